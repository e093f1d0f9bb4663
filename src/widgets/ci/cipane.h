#pragma once

#include "core/ci/forgejo.h"
#include "core/ci/logcache.h"
#include "core/host/operation.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

class CommandRunner;
class CommandJob;
class LogViewer;
struct CommandResult;

namespace Ci {
class JobTreeModel;
class LogLoader;
class LogSource;
class RunListModel;
class StepListModel;
} // namespace Ci

namespace Ui {
class CiPane;
}

// The CI tab: Forgejo runs from PROD-ALM (filters, failed first, pages) → the run's jobs and
// attempts → the attempt's steps → its log in the LogViewer. Opening a failed run opens its failed
// job on the failed step, unfolded, the other steps folded. Also: the error lines of the log
// (jump to each), "Compare with last green" (steps side by side, first differing lines, both logs),
// "Reset stuck run…" (an Operation), copy a step's log, copy a link the pane can open again.
//
// Until the pane contract (Pane/HostConnection/LatestQuery) is on main this is a QWidget with the
// same entry points: setRunner() stands for attach()+onConnected(), operations go to the handler.
class CiPane : public QWidget
{
    Q_OBJECT
public:
    static constexpr int RefreshMs = 5000; // while something runs

    explicit CiPane(QWidget* parent = nullptr);
    ~CiPane() override;

    QString title() const;
    // The host: commands run through `runner`; `hostName` keys the log cache. Null: disconnected.
    void setRunner(CommandRunner* runner, const QString& hostName = {});
    void setCacheLimit(qint64 bytes);
    // Where mutating operations go (the shell's confirmation + OperationRunner + journal).
    void setOperationHandler(std::function<void(const Operation&)> handler) { m_perform = std::move(handler); }
    void onConnected();
    void onDisconnected();

    void refresh();
    void setFilter(const Ci::Forgejo::RunFilter& filter);
    Ci::Forgejo::RunFilter filter() const;
    // Selects the run (and its failed job) once it is listed.
    void openRun(qint64 runId);
    // "gbadmin://ci/run/R/job/J/attempt/A/step/S/line/L" (line 1-based within the step).
    QString linkToCurrentLine() const;
    bool openLink(const QString& link);
    void compareWithLastGreen();
    void resetStuckRun();

    // For tests and screenshots.
    Ci::RunListModel* runModel() const { return m_runs; }
    Ci::JobTreeModel* jobModel() const { return m_jobs; }
    Ci::StepListModel* stepModel() const { return m_steps; }
    Ci::LogLoader* loader() const { return m_loader.get(); }
    LogViewer* viewer() const;
    int currentStep() const;
    QString messageText() const;
    bool isAutoRefreshing() const { return m_autoRefresh.isActive(); }
    void showCompareTab();

Q_SIGNALS:
    void runsLoaded();
    void jobsLoaded();
    void stepsLoaded();
    // The log of the opened attempt shows its focus step (the failed one, else the first).
    void logFocused(int step);
    void comparisonReady();
    void operationRequested(const Operation& operation);

private:
    using Handler = std::function<void(const CommandResult&)>;
    void runQuery(const Result<RemoteCommand>& command, quint64* generation, Handler handler);
    void showMessage(const QString& text, bool error = true);
    void onRunsLoaded(const CommandResult& r);
    void onRunSelected();
    void onJobsLoaded(const CommandResult& r);
    void onJobSelected();
    void onStepsLoaded(const CommandResult& r);
    void onSourceChanged(Ci::LogSource* source);
    void applyFocus();
    void updateProblems();
    void updateActions();
    void gotoStep(int step);
    void copyStepLog();
    void onGreenFound(const CommandResult& r);
    void onGreenJobs(const CommandResult& r);
    void onGreenSteps(const CommandResult& r);
    void showComparison();
    const Ci::Forgejo::RunRow* currentRun() const;

    std::unique_ptr<Ui::CiPane> m_ui;
    CommandRunner* m_runner = nullptr;
    QString m_host;
    std::function<void(const Operation&)> m_perform;
    Ci::RunListModel* m_runs;
    Ci::JobTreeModel* m_jobs;
    Ci::StepListModel* m_steps;
    Ci::LogCache m_cache;
    std::unique_ptr<Ci::LogLoader> m_loader;
    std::unique_ptr<Ci::LogLoader> m_greenLoader;
    QTimer m_autoRefresh;
    QTimer m_problemsTimer;
    QList<QPointer<CommandJob>> m_jobsInFlight;

    quint64 m_runsGen = 0, m_jobsGen = 0, m_stepsGen = 0, m_greenGen = 0;
    qint64 m_selectedRun = 0;
    qint64 m_pendingRun = 0; // openRun() before the list had it
    qint64 m_pendingTask = 0; // openLink(): the attempt to select
    int m_pendingStep = -1;
    qint64 m_pendingLine = -1;
    qint64 m_loadedTask = 0;
    bool m_focusPending = false;
    int m_focusStep = -1;

    // Comparison state.
    Ci::Forgejo::GreenMatch m_green;
    QList<Ci::UiStep> m_greenSteps;
    Ci::Forgejo::Attempt m_greenAttempt;
    QString m_compareJob;
};
