#pragma once

#include "core/ci/forgejo.h"
#include "core/ci/logcache.h"
#include "core/ci/stepmap.h"
#include "core/host/latestquery.h"
#include "widgets/common/pane.h"

#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

class ContainerShell;
class LogViewer;
class QAction;
class Task;

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
// Queries run through the host context's runner (latest-only); the reset goes through perform().
// The downloaded-log cache is keyed by the profile's name and sized by Preferences (CiLogCacheMiB).
class CiPane : public Pane
{
    Q_OBJECT
public:
    static constexpr int RefreshMs = 5000; // while something runs

    explicit CiPane(QWidget* parent = nullptr);
    ~CiPane() override;

    static QString displayTitle() { return tr("CI"); }
    QString title() const override { return displayTitle(); }
    QList<QAction*> paneActions() const override;

    void refresh();
    void setFilter(const Ci::Forgejo::RunFilter& filter);
    Ci::Forgejo::RunFilter filter() const;
    // Selects the run (and its failed job) once it is listed.
    void openRun(qint64 runId);
    // "gbadmin://ci/run/R/job/J/attempt/A/step/S/line/L" (line 1-based within the step).
    QString linkToCurrentLine() const;
    bool openLink(const QString& link);
    // "Open link…": asks for a link (the clipboard's, when it holds one) and opens it.
    void askForLink();
    void compareWithLastGreen();
    void resetStuckRun();

    // For tests and screenshots.
    Ci::RunListModel* runModel() const { return m_runs; }
    Ci::JobTreeModel* jobModel() const { return m_jobs; }
    Ci::StepListModel* stepModel() const { return m_steps; }
    Ci::LogLoader* loader() const { return m_loader.get(); }
    ContainerShell* logShell() const { return m_logShell; }
    const Ci::LogCache& cache() const { return m_cache; }
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

protected:
    void showEvent(QShowEvent* event) override;
    void onAttached() override;
    void onConnected() override;
    void onDisconnected() override;
    void onProfileChanged(const HostProfile& profile) override;
    void onSettingChanged(const QString& key) override;

private:
    void cancelQueries();
    template<typename T>
    void runQuery(LatestQuery<T>& query, const Result<RemoteCommand>& command, Result<T> (*parse)(const CommandResult&),
        std::function<void(const Result<T>&)> deliver);
    void applyCacheLimit();
    void clearShown();
    void onRunsLoaded(const Result<Ci::Forgejo::RunPage>& page);
    void onRunSelected();
    void readJobs(qint64 runId);
    void onJobsLoaded(const Result<QList<Ci::Forgejo::Job>>& jobs);
    void onJobSelected();
    void onStepsLoaded(const Result<Ci::Forgejo::StepsResult>& steps);
    void onSourceChanged(Ci::LogSource* source);
    void applyFocus();
    void refineFocus();
    qint64 firstErrorInStep(const Ci::UiStep& s) const;
    bool errorMarksFinal(const Ci::UiStep& s, qint64 upTo) const;
    void updateProblems();
    void updateActions();
    void gotoStep(int step);
    void copyStepLog();
    void onGreenFound(const Result<Ci::Forgejo::GreenMatch>& green);
    void onGreenJobs(const Result<QList<Ci::Forgejo::Job>>& jobs);
    void onGreenSteps(const Result<Ci::Forgejo::StepsResult>& steps);
    void showComparison();
    const Ci::Forgejo::RunRow* currentRun() const;

    std::unique_ptr<Ui::CiPane> m_ui;
    QString m_host; // the profile's name: keys the log cache
    Ci::RunListModel* m_runs;
    Ci::JobTreeModel* m_jobs;
    Ci::StepListModel* m_steps;
    Ci::LogCache m_cache;
    ContainerShell* m_logShell = nullptr;
    std::unique_ptr<Ci::LogLoader> m_loader;
    std::unique_ptr<Ci::LogLoader> m_greenLoader;
    std::unique_ptr<LatestQuery<Ci::Forgejo::RunPage>> m_runsQuery;
    std::unique_ptr<LatestQuery<QList<Ci::Forgejo::Job>>> m_jobsQuery;
    std::unique_ptr<LatestQuery<Ci::Forgejo::StepsResult>> m_stepsQuery;
    std::unique_ptr<LatestQuery<Ci::Forgejo::GreenMatch>> m_greenQuery;
    std::unique_ptr<LatestQuery<QList<Ci::Forgejo::Job>>> m_greenJobsQuery;
    std::unique_ptr<LatestQuery<Ci::Forgejo::StepsResult>> m_greenStepsQuery;
    QTimer m_autoRefresh;
    QTimer m_problemsTimer;
    QAction* m_refreshAction = nullptr;
    QPointer<Task> m_resetTask; // the reset this pane asked for, until it ends
    bool m_runsFailed = false; // the banner's error is the run list's
    QString m_loaderMessage; // the loader's sentence in the banner (cleared with it)

    qint64 m_selectedRun = 0;
    qint64 m_pendingRun = 0; // openRun() before the list had it
    qint64 m_pendingTask = 0; // openLink(): the attempt to select
    int m_pendingStep = -1;
    qint64 m_pendingLine = -1;
    qint64 m_loadedTask = 0;
    bool m_focusPending = false;
    int m_focusStep = -1;
    bool m_refineFocus = false; // the focus may still move to the step's first error line
    qint64 m_focusLine = -1; // where the focus put the current line
    bool m_splitApplied = false; // the detail splitter got its first sizes at a real width
    bool m_sourceFollowing = false; // the shown source is a followed DBFS log
    bool m_restoreBottom = false; // after the follow ended: stay at the bottom …
    qint64 m_restoreLine = -1; // … or keep this line at the top

    // Comparison state.
    Ci::Forgejo::GreenMatch m_green;
    QList<Ci::UiStep> m_greenSteps;
    Ci::Forgejo::Attempt m_greenAttempt;
    QString m_compareJob;
};
