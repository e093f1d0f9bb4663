#include "widgets/ci/cipane.h"

#include "core/ci/jobtreemodel.h"
#include "core/ci/linecollector.h"
#include "core/ci/logcompare.h"
#include "core/ci/logline.h"
#include "core/ci/logloader.h"
#include "core/ci/remotetasklog.h"
#include "core/ci/runlistmodel.h"
#include "core/ci/steplistmodel.h"
#include "core/ci/stuckrun.h"
#include "core/host/commandrunner.h"
#include "core/host/hostconnection.h"
#include "core/host/journal.h"
#include "core/host/tasklistmodel.h"
#include "core/settings/appsettings.h"
#include "core/settings/preferences.h"
#include "widgets/ci/cistatus.h"
#include "widgets/ci/logview.h"
#include "widgets/ci/logviewer.h"
#include "widgets/common/messagebanner.h"
#include "widgets/common/statusdelegate.h"

#include "ui_cipane.h"

#include <QAction>
#include <QClipboard>
#include <QDateTime>
#include <QGuiApplication>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace {

constexpr int ProblemRole = Qt::UserRole + 1;
// A query of the ALM database: long enough for a loaded host, short enough to say so.
constexpr int QueryTimeoutMs = 60000;

Result<RemoteCommand> withTimeout(Result<RemoteCommand> command)
{
    if (command)
        command->timeoutMs = QueryTimeoutMs;
    return command;
}

StatusDelegate* statusDelegate(int role, QObject* parent)
{
    return new StatusDelegate(
        role, [](const QVariant& v) { return CiStatus::color(Ci::Status(v.toInt())); }, parent);
}

} // namespace

CiPane::CiPane(QWidget* parent)
    : Pane(parent)
    , m_ui(std::make_unique<Ui::CiPane>())
    , m_runs(new Ci::RunListModel(this))
    , m_jobs(new Ci::JobTreeModel(this))
    , m_steps(new Ci::StepListModel(this))
{
    m_ui->setupUi(this);
    m_ui->runs->setModel(m_runs);
    m_ui->jobs->setModel(m_jobs);
    m_ui->steps->setModel(m_steps);
    m_ui->runs->setItemDelegateForColumn(
        Ci::RunListModel::StatusColumn, statusDelegate(Ci::RunListModel::StatusRole, this));
    m_ui->jobs->setItemDelegateForColumn(
        Ci::JobTreeModel::StatusColumn, statusDelegate(Ci::JobTreeModel::StatusRole, this));
    m_ui->steps->setItemDelegateForColumn(
        Ci::StepListModel::StatusColumn, statusDelegate(Ci::StepListModel::StatusRole, this));
    // Every column but the title fits its contents (dates and repositories were cut); the title takes
    // the rest. Jobs and steps likewise, so the narrow left column needs no horizontal scrolling.
    m_ui->runs->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->runs->horizontalHeader()->setSectionResizeMode(Ci::RunListModel::RunColumn, QHeaderView::Stretch);
    m_ui->runs->verticalHeader()->hide();
    m_ui->steps->verticalHeader()->hide();
    m_ui->steps->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->steps->horizontalHeader()->setSectionResizeMode(Ci::StepListModel::NameColumn, QHeaderView::Stretch);
    m_ui->steps->horizontalHeader()->setMinimumSectionSize(24);
    m_ui->jobs->header()->setStretchLastSection(false);
    m_ui->jobs->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->jobs->header()->setSectionResizeMode(Ci::JobTreeModel::NameColumn, QHeaderView::Stretch);
    // Rows as dense as the jobs tree's (the default section size left the step list half empty).
    const int rowHeight = fontMetrics().lineSpacing() + 8;
    m_ui->runs->verticalHeader()->setDefaultSectionSize(rowHeight);
    m_ui->steps->verticalHeader()->setDefaultSectionSize(rowHeight);
    m_ui->event->lineEdit()->setPlaceholderText(tr("event"));
    m_ui->mainSplitter->setSizes({ 260, 560 });
    m_ui->detailSplitter->setStretchFactor(0, 0);
    m_ui->detailSplitter->setStretchFactor(1, 1);
    m_ui->detailSplitter->setSizes({ 380, 1020 });
    m_ui->logState->setText(tr("Select a run: its failed job opens on the failed step."));

    m_ui->status->addItem(tr("All statuses"), -1);
    for (int s = 0; s <= 7; ++s)
        m_ui->status->addItem(Ci::statusLabel(Ci::Status(s)), s);

    m_autoRefresh.setInterval(RefreshMs);
    connect(&m_autoRefresh, &QTimer::timeout, this, &CiPane::refresh);
    m_problemsTimer.setInterval(300);
    m_problemsTimer.setSingleShot(true);
    connect(&m_problemsTimer, &QTimer::timeout, this, &CiPane::updateProblems);

    auto filterChanged = [this] {
        Ci::Forgejo::RunFilter f = filter();
        f.offset = 0;
        setFilter(f);
    };
    for (QLineEdit* e : { m_ui->repository, m_ui->workflow, m_ui->branch, m_ui->actor })
        connect(e, &QLineEdit::editingFinished, this, filterChanged);
    connect(m_ui->event, &QComboBox::currentTextChanged, this, filterChanged);
    connect(m_ui->status, &QComboBox::currentIndexChanged, this, filterChanged);
    connect(m_ui->failedFirst, &QCheckBox::toggled, this, filterChanged);
    m_refreshAction = new QAction(tr("Refresh"), this);
    m_refreshAction->setToolTip(tr("Read the runs again"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    connect(m_refreshAction, &QAction::triggered, this, &CiPane::refresh);
    m_ui->refresh->setDefaultAction(m_refreshAction);
    connect(m_ui->previousPage, &QToolButton::clicked, this, [this] {
        Ci::Forgejo::RunFilter f = filter();
        f.offset = qMax(0, f.offset - f.limit);
        setFilter(f);
    });
    connect(m_ui->nextPage, &QToolButton::clicked, this, [this] {
        Ci::Forgejo::RunFilter f = filter();
        f.offset += f.limit;
        setFilter(f);
    });

    connect(m_ui->runs->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CiPane::onRunSelected);
    connect(m_ui->jobs->selectionModel(), &QItemSelectionModel::currentChanged, this, &CiPane::onJobSelected);
    connect(m_ui->steps, &QTableView::clicked, this, [this](const QModelIndex& i) { gotoStep(i.row()); });
    connect(m_ui->problems, &QListWidget::itemActivated, this,
        [this](QListWidgetItem* item) { m_ui->viewer->view()->gotoLine(item->data(ProblemRole).toLongLong()); });
    connect(m_ui->problems, &QListWidget::itemClicked, this,
        [this](QListWidgetItem* item) { m_ui->viewer->view()->gotoLine(item->data(ProblemRole).toLongLong()); });

    connect(m_ui->download, &QToolButton::clicked, this, [this] {
        if (m_loader)
            m_loader->downloadWhole();
    });
    connect(m_ui->cancelDownload, &QToolButton::clicked, this, [this] {
        if (m_loader)
            m_loader->cancelDownload();
    });
    connect(m_ui->copyStep, &QToolButton::clicked, this, &CiPane::copyStepLog);
    connect(m_ui->copyLink, &QToolButton::clicked, this,
        [this] { QGuiApplication::clipboard()->setText(linkToCurrentLine()); });
    connect(m_ui->openLink, &QToolButton::clicked, this, &CiPane::askForLink);
    connect(m_ui->compare, &QToolButton::clicked, this, &CiPane::compareWithLastGreen);
    connect(m_ui->reset, &QToolButton::clicked, this, &CiPane::resetStuckRun);
    connect(m_ui->viewer, &LogViewer::searchNeedsWholeLog, this, [this] {
        if (m_loader && m_loader->canDownload()) {
            showInformation(tr("Searching needs the whole log: downloading it once into the cache."));
            m_loader->downloadWhole();
        }
    });
    connect(m_ui->differences, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const qint64 a = item->data(0, Qt::UserRole).toLongLong();
        const qint64 b = item->data(1, Qt::UserRole).toLongLong();
        if (a >= 0)
            m_ui->failedLog->gotoLine(a);
        if (b >= 0)
            m_ui->greenLog->gotoLine(b);
    });

    m_ui->compareSteps->setColumnCount(6);
    m_ui->compareSteps->setHorizontalHeaderLabels(
        { tr("Step"), tr("Failed run"), tr("Duration"), tr("Last green run"), tr("Duration"), tr("Δ") });
    m_ui->compareSteps->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->compareSteps->verticalHeader()->hide();
    updateActions();
}

CiPane::~CiPane()
{
    // ~QWidget closes a shown pane, and a filter field losing focus then says editingFinished: no
    // child may call into this half-destroyed pane (it crashed closing a window with the CI tab).
    for (QObject* child : findChildren<QObject*>())
        child->disconnect(this);
    m_autoRefresh.stop();
    m_ui->runs->selectionModel()->disconnect(this);
    m_ui->jobs->selectionModel()->disconnect(this);
    // The views let go of the sources before the loaders delete them.
    m_ui->viewer->setSource(nullptr);
    m_ui->failedLog->setSource(nullptr);
    m_ui->greenLog->setSource(nullptr);
    m_loader.reset();
    m_greenLoader.reset();
}

void CiPane::showEvent(QShowEvent* event)
{
    Pane::showEvent(event);
    // The first split at the real width: set in the constructor, a pane laid out hidden (another
    // tab current) at a small default size kept jobs and steps 140 px wide in a full window.
    if (!m_splitApplied && m_ui->detailSplitter->width() > 600) {
        m_splitApplied = true;
        const int w = m_ui->detailSplitter->width();
        const int left = qMin(380, w / 3);
        m_ui->detailSplitter->setSizes({ left, w - left });
    }
}

QList<QAction*> CiPane::paneActions() const
{
    return { m_refreshAction };
}

LogViewer* CiPane::viewer() const
{
    return m_ui->viewer;
}

QString CiPane::messageText() const
{
    return banner()->text();
}

void CiPane::showCompareTab()
{
    m_ui->tabs->setCurrentWidget(m_ui->compareTab);
}

void CiPane::onAttached()
{
    // The context's runner keeps its identity across reconnects: everything is made once, here.
    CommandRunner* runner = host()->runner();
    m_runsQuery = std::make_unique<LatestQuery<Ci::Forgejo::RunPage>>(this, runner);
    m_jobsQuery = std::make_unique<LatestQuery<QList<Ci::Forgejo::Job>>>(this, runner);
    m_stepsQuery = std::make_unique<LatestQuery<Ci::Forgejo::StepsResult>>(this, runner);
    m_greenQuery = std::make_unique<LatestQuery<Ci::Forgejo::GreenMatch>>(this, runner);
    m_greenJobsQuery = std::make_unique<LatestQuery<QList<Ci::Forgejo::Job>>>(this, runner);
    m_greenStepsQuery = std::make_unique<LatestQuery<Ci::Forgejo::StepsResult>>(this, runner);
    // psql's own error text is the better sentence: the parsers turn a failed command into it.
    m_runsQuery->setAcceptFailures(true);
    m_jobsQuery->setAcceptFailures(true);
    m_stepsQuery->setAcceptFailures(true);
    m_greenQuery->setAcceptFailures(true);
    m_greenJobsQuery->setAcceptFailures(true);
    m_greenStepsQuery->setAcceptFailures(true);
    applyCacheLimit();

    // Logs are read through one shell kept open in the log container while the pane is in use:
    // a log's first screen and each later read then cost a round trip, not a new sudo + incus exec.
    m_logShell = new ContainerShell(
        runner, QString::fromLatin1(Ci::Forgejo::LogContainer), Ci::RemoteTaskLog::shellScripts(), this);
    m_loader = std::make_unique<Ci::LogLoader>(runner, &m_cache);
    m_loader->setShell(m_logShell);
    connect(m_loader.get(), &Ci::LogLoader::sourceChanged, this, &CiPane::onSourceChanged);
    connect(m_loader.get(), &Ci::LogLoader::messageChanged, this, [this](const QString& text, bool error) {
        if (text.isEmpty()) {
            if (!m_loaderMessage.isEmpty() && banner()->text() == m_loaderMessage)
                banner()->clearMessage();
        } else if (error) {
            showError(text);
        } else {
            showInformation(text);
        }
        m_loaderMessage = text;
    });
    connect(m_loader.get(), &Ci::LogLoader::downloadProgress, this, [this](qint64 done, qint64 total) {
        m_ui->downloadProgress->setVisible(true);
        m_ui->cancelDownload->setVisible(true);
        m_ui->downloadProgress->setMaximum(total > 0 ? 1000 : 0);
        m_ui->downloadProgress->setValue(total > 0 ? int(done * 1000 / total) : 0);
    });
    connect(m_loader.get(), &Ci::LogLoader::downloadFinished, this, [this](bool ok, const QString& error) {
        m_ui->downloadProgress->setVisible(false);
        m_ui->cancelDownload->setVisible(false);
        if (!ok && !error.isEmpty())
            showError(error);
        updateActions();
    });
    connect(m_loader.get(), &Ci::LogLoader::followEnded, this, [this] {
        // The task ended: its status and steps changed too.
        onJobSelected();
        refresh();
    });
    // The reset changes the run's status: read the list again once it is done.
    connect(host(), &HostConnection::operationFinished, this, [this](Task* task, const JournalEntry& entry) {
        if (!task || task != m_resetTask)
            return;
        m_resetTask = nullptr;
        if (!entry.ok)
            showError(tr("The run was not reset: %1").arg(entry.result));
        refresh();
        if (m_selectedRun)
            readJobs(m_selectedRun);
    });
    m_greenLoader = std::make_unique<Ci::LogLoader>(runner, &m_cache);
    m_greenLoader->setShell(m_logShell);
    connect(m_greenLoader.get(), &Ci::LogLoader::sourceChanged, this, [this](Ci::LogSource* s) {
        m_ui->greenLog->setSource(s);
        m_ui->greenLog->setSteps(m_greenSteps);
    });
}

void CiPane::applyCacheLimit()
{
    m_cache.setLimit(qint64(Preferences::load(*settings()).ciLogCacheMiB) << 20);
}

void CiPane::onSettingChanged(const QString& key)
{
    if (key == QLatin1String(Settings::Keys::CiLogCacheMiB.name))
        applyCacheLimit();
}

void CiPane::onProfileChanged(const HostProfile& profile)
{
    const QString name = profile.name.isEmpty() ? profile.destination() : profile.name;
    if (name == m_host)
        return;
    // Another host: what is shown belongs to the previous one.
    const bool hadHost = !m_host.isEmpty();
    m_host = name;
    if (m_loader) {
        m_loader->setHost(name);
        m_greenLoader->setHost(name);
    }
    if (hadHost)
        clearShown();
}

void CiPane::clearShown()
{
    m_autoRefresh.stop();
    cancelQueries();
    m_loader->clear();
    m_greenLoader->clear();
    m_selectedRun = m_pendingRun = m_pendingTask = m_loadedTask = 0;
    m_runs->setPage({});
    m_jobs->setJobs({});
    m_steps->setSteps({});
    m_ui->pageLabel->clear();
    m_ui->logState->clear();
    banner()->clearMessage();
    updateActions();
}

void CiPane::onConnected()
{
    refresh();
    // A followed log reads on from where it was (reloading it would lose the place on screen); a log
    // whose reads failed while the connection was away is read again.
    if (m_loader->mode() == Ci::LogLoader::Mode::Following) {
        m_loader->resume();
    } else if (m_loader->mode() == Ci::LogLoader::Mode::Remote && m_loader->remote()) {
        m_loader->remote()->retryUnreadFrames();
    } else if (m_loader->mode() == Ci::LogLoader::Mode::Failed) {
        m_loadedTask = 0;
        onJobSelected();
    }
}

template<typename T>
void CiPane::runQuery(LatestQuery<T>& query, const Result<RemoteCommand>& command,
    Result<T> (*parse)(const CommandResult&), std::function<void(const Result<T>&)> deliver)
{
    if (!command) {
        showError(command.errorMessage());
        return;
    }
    if (!isConnected())
        return; // the shell says so; onConnected() asks again
    query.run(*withTimeout(command), parse, std::move(deliver));
}

void CiPane::onDisconnected()
{
    // Keep what is shown; stop asking.
    m_autoRefresh.stop();
    if (!m_runsQuery)
        return;
    cancelQueries();
    updateActions();
}

void CiPane::cancelQueries()
{
    m_runsQuery->cancel();
    m_jobsQuery->cancel();
    m_stepsQuery->cancel();
    m_greenQuery->cancel();
    m_greenJobsQuery->cancel();
    m_greenStepsQuery->cancel();
}

Ci::Forgejo::RunFilter CiPane::filter() const
{
    Ci::Forgejo::RunFilter f;
    f.repository = m_ui->repository->text().trimmed();
    f.workflow = m_ui->workflow->text().trimmed();
    f.branch = m_ui->branch->text().trimmed();
    f.event = m_ui->event->currentText().trimmed();
    f.actor = m_ui->actor->text().trimmed();
    const int s = m_ui->status->currentData().toInt();
    if (s >= 0)
        f.statuses = { Ci::Status(s) };
    f.failedFirst = m_ui->failedFirst->isChecked();
    f.offset = m_ui->nextPage->property("offset").toInt();
    return f;
}

void CiPane::setFilter(const Ci::Forgejo::RunFilter& f)
{
    const QSignalBlocker b1(m_ui->event), b2(m_ui->status), b3(m_ui->failedFirst);
    m_ui->repository->setText(f.repository);
    m_ui->workflow->setText(f.workflow);
    m_ui->branch->setText(f.branch);
    m_ui->event->setCurrentText(f.event);
    m_ui->actor->setText(f.actor);
    m_ui->status->setCurrentIndex(f.statuses.size() == 1 ? m_ui->status->findData(int(f.statuses.first())) : 0);
    m_ui->failedFirst->setChecked(f.failedFirst);
    m_ui->nextPage->setProperty("offset", f.offset);
    refresh();
}

void CiPane::refresh()
{
    if (!m_runsQuery)
        return;
    runQuery<Ci::Forgejo::RunPage>(*m_runsQuery, Ci::Forgejo::runsCommand(filter()), Ci::Forgejo::parseRuns,
        [this](const Result<Ci::Forgejo::RunPage>& page) { onRunsLoaded(page); });
}

void CiPane::onRunsLoaded(const Result<Ci::Forgejo::RunPage>& page)
{
    if (!page) {
        showError(tr("The runs could not be read: %1").arg(page.errorMessage()));
        m_runsFailed = true;
        m_autoRefresh.stop();
        return;
    }
    if (m_runsFailed && banner()->level() == MessageBanner::Level::Error)
        banner()->clearMessage();
    m_runsFailed = false;
    const qint64 keep = m_pendingRun ? m_pendingRun : m_selectedRun;
    m_runs->setPage(*page);
    const Ci::Forgejo::RunFilter f = filter();
    const qint64 last = qMin<qint64>(f.offset + f.limit, page->total);
    m_ui->pageLabel->setText(
        page->total == 0 ? tr("no runs") : tr("%1–%2 of %3").arg(f.offset + 1).arg(last).arg(page->total));
    m_ui->previousPage->setEnabled(f.offset > 0);
    m_ui->nextPage->setEnabled(last < page->total);
    const int row = m_runs->rowOfRun(keep);
    if (row >= 0 && m_runs->runAt(row)->id != m_selectedRun) {
        m_pendingRun = 0;
        m_ui->runs->selectRow(row);
    } else if (row >= 0) {
        m_pendingRun = 0;
        m_ui->runs->selectionModel()->setCurrentIndex(
            m_runs->index(row, 0), QItemSelectionModel::Current | QItemSelectionModel::Rows);
        // The same run, maybe with a new status: reread its jobs while it is not done.
        const auto* run = m_runs->runAt(row);
        if (!Ci::statusIsDone(run->status))
            readJobs(run->id);
    }
    const bool active = m_runs->hasActiveRuns() || (m_loader && m_loader->mode() == Ci::LogLoader::Mode::Following);
    if (active && !m_autoRefresh.isActive())
        m_autoRefresh.start();
    else if (!active)
        m_autoRefresh.stop();
    updateActions();
    Q_EMIT runsLoaded();
}

const Ci::Forgejo::RunRow* CiPane::currentRun() const
{
    return m_runs->runAt(m_runs->rowOfRun(m_selectedRun));
}

void CiPane::openRun(qint64 runId)
{
    const int row = m_runs->rowOfRun(runId);
    if (row >= 0) {
        if (m_ui->runs->currentIndex().row() == row)
            onRunSelected();
        else
            m_ui->runs->selectRow(row);
        return;
    }
    m_pendingRun = runId;
    refresh();
}

void CiPane::onRunSelected()
{
    const Ci::Forgejo::RunRow* run = m_runs->runAt(m_ui->runs->currentIndex().row());
    if (!run)
        return;
    const bool same = run->id == m_selectedRun;
    m_selectedRun = run->id;
    if (!same) {
        m_loadedTask = 0;
        m_jobs->setJobs({});
        m_steps->setSteps({});
    }
    readJobs(run->id);
    // A run was chosen: one of its logs is likely next, so the shell that reads logs opens now.
    if (isConnected())
        m_logShell->start();
    updateActions();
}

void CiPane::readJobs(qint64 runId)
{
    runQuery<QList<Ci::Forgejo::Job>>(*m_jobsQuery, Ci::Forgejo::jobsCommand(runId), Ci::Forgejo::parseJobs,
        [this, runId](const Result<QList<Ci::Forgejo::Job>>& jobs) {
            if (runId == m_selectedRun)
                onJobsLoaded(jobs);
        });
}

void CiPane::onJobsLoaded(const Result<QList<Ci::Forgejo::Job>>& jobs)
{
    if (!jobs) {
        showError(tr("The jobs of the run could not be read: %1").arg(jobs.errorMessage()));
        return;
    }
    const qint64 keepTask = m_pendingTask ? m_pendingTask : m_loadedTask;
    m_jobs->setJobs(*jobs);
    m_ui->jobs->expandAll();
    QModelIndex pick = keepTask ? m_jobs->indexOfTask(keepTask) : QModelIndex();
    if (!pick.isValid())
        pick = m_jobs->firstFailedJob(); // a failed run opens on its failed job
    m_pendingTask = 0;
    if (pick.isValid()) {
        const QSignalBlocker block(m_ui->jobs->selectionModel());
        m_ui->jobs->selectionModel()->setCurrentIndex(
            pick, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    Q_EMIT jobsLoaded();
    onJobSelected();
}

void CiPane::onJobSelected()
{
    const Ci::Forgejo::Attempt* attempt = m_jobs->attemptAt(m_ui->jobs->currentIndex());
    if (!attempt) {
        m_steps->setSteps({});
        if (m_loader)
            m_loader->clear();
        m_loadedTask = 0;
        m_ui->logState->setText(tr("This job has not run."));
        updateActions();
        return;
    }
    const qint64 task = attempt->taskId;
    runQuery<Ci::Forgejo::StepsResult>(*m_stepsQuery, Ci::Forgejo::stepsCommand(task), Ci::Forgejo::parseSteps,
        [this, task](const Result<Ci::Forgejo::StepsResult>& steps) {
            const Ci::Forgejo::Attempt* current = m_jobs->attemptAt(m_ui->jobs->currentIndex());
            if (current && current->taskId == task)
                onStepsLoaded(steps);
        });
}

void CiPane::onStepsLoaded(const Result<Ci::Forgejo::StepsResult>& steps)
{
    if (!steps) {
        showError(tr("The steps of the job could not be read: %1").arg(steps.errorMessage()));
        return;
    }
    const Ci::Forgejo::Attempt* attempt = m_jobs->attemptAt(m_ui->jobs->currentIndex());
    if (!attempt)
        return;
    const QList<Ci::UiStep> ui = Ci::fullSteps(steps->task, steps->steps);
    m_steps->setSteps(ui);
    m_ui->viewer->setSteps(ui);
    const int failed = m_steps->firstFailedStep();
    m_focusStep = m_pendingStep >= 0 ? m_pendingStep : (failed >= 0 ? failed : -1);
    const bool newTask = attempt->taskId != m_loadedTask;
    if (newTask && m_loader) {
        m_loadedTask = attempt->taskId;
        m_focusPending = true;
        if (banner()->level() != MessageBanner::Level::Error)
            banner()->clearMessage();
        m_loader->load(*attempt);
        m_ui->logState->setText(attempt->logExpired ? tr("log expired")
                : attempt->logInStorage             ? tr("task %1, stored log").arg(attempt->taskId)
                                                    : tr("task %1, live from the database").arg(attempt->taskId));
    }
    if (m_focusStep >= 0)
        m_ui->steps->selectRow(m_focusStep);
    Q_EMIT stepsLoaded();
    applyFocus();
    updateActions();
}

void CiPane::onSourceChanged(Ci::LogSource* source)
{
    // A followed log that ended is replaced by its stored file: keep the place (the bottom while
    // following, else the top line), so the switch does not show.
    const LogView* view = m_ui->viewer->view();
    const bool fromFollow = m_sourceFollowing && view->source() && source;
    m_restoreBottom = fromFollow && view->follow() && !view->isFollowPaused();
    m_restoreLine = fromFollow && !m_restoreBottom && view->rowCount() > 0 ? view->lineAtRow(view->topRow()) : -1;
    m_sourceFollowing = source && m_loader && m_loader->mode() == Ci::LogLoader::Mode::Following;
    m_ui->viewer->setSource(source);
    m_ui->viewer->setSteps(m_steps->steps());
    m_ui->failedLog->setSource(source);
    m_ui->failedLog->setSteps(m_steps->steps());
    if (source) {
        connect(source, &Ci::LogSource::contentChanged, this, [this] {
            refineFocus();
            // A remote log learns its error and warning lines as frames arrive.
            if (!m_problemsTimer.isActive())
                m_problemsTimer.start();
        });
        connect(source, &Ci::LogSource::linesAvailable, this, [this] {
            applyFocus();
            refineFocus();
            if (!m_problemsTimer.isActive())
                m_problemsTimer.start();
        });
        connect(source, &Ci::LogSource::finished, this, [this] {
            refineFocus();
            m_problemsTimer.start();
        });
        if (m_loader && m_loader->mode() == Ci::LogLoader::Mode::Following) {
            m_ui->viewer->view()->setFollow(true);
            if (!m_autoRefresh.isActive())
                m_autoRefresh.start();
        }
        m_focusPending = true;
    }
    applyFocus();
    updateProblems();
    updateActions();
}

void CiPane::applyFocus()
{
    // Once the log has lines: the focus step (the failed one) unfolded at its first error or first
    // line, every other step folded.
    LogView* view = m_ui->viewer->view();
    if (!m_focusPending || !view->source() || view->source()->lineCount() == 0)
        return;
    const QList<Ci::UiStep>& steps = m_steps->steps();
    if (steps.isEmpty())
        return;
    m_focusPending = false;
    m_refineFocus = false;
    view->syncWithSource();
    const bool following = m_loader && m_loader->mode() == Ci::LogLoader::Mode::Following;
    if (m_focusStep >= 0 && m_focusStep < steps.size()) {
        for (int i = 0; i < steps.size(); ++i)
            view->setStepFolded(i, i != m_focusStep);
        const Ci::UiStep& s = steps[m_focusStep];
        qint64 line = s.firstLine;
        if (m_pendingLine >= 0) {
            line = s.firstLine + m_pendingLine;
            m_pendingLine = -1;
        } else {
            // The error marks of the step's lines may not be known yet (a remote log scans only the
            // frames it fetched, a local one is still indexing): start at the first line and move to
            // the first error line once it is known, unless the user moved first.
            line = firstErrorInStep(s);
            if (line < 0)
                line = s.firstLine;
            m_refineFocus = s.lineCount > 0 && !errorMarksFinal(s, line);
            if (auto* remote = qobject_cast<Ci::RemoteTaskLog*>(view->source()); remote && m_refineFocus)
                remote->prefetch(s.firstLine, s.lineCount);
        }
        m_focusLine = qMin(line, qMax<qint64>(s.endLine() - 1, s.firstLine));
        view->gotoLine(m_focusLine);
    } else if (m_restoreLine >= 0) {
        view->scrollToRow(qMax<qint64>(0, view->rowOfLine(m_restoreLine)));
    } else if (m_restoreBottom) {
        view->scrollToBottom();
    } else if (!following) {
        view->scrollToRow(0);
    }
    m_restoreLine = -1;
    m_restoreBottom = false;
    m_pendingStep = -1;
    Q_EMIT logFocused(m_focusStep);
}

qint64 CiPane::firstErrorInStep(const Ci::UiStep& s) const
{
    const Ci::LogSource* source = m_ui->viewer->view()->source();
    if (!source)
        return -1;
    const QList<qint64> errors = source->errorLines();
    const auto it = std::lower_bound(errors.cbegin(), errors.cend(), s.firstLine);
    return it != errors.cend() && *it < s.endLine() ? *it : -1;
}

bool CiPane::errorMarksFinal(const Ci::UiStep& s, qint64 upTo) const
{
    // Whether no error line before `upTo` can still turn up in the step: a remote log knows the
    // marks of the frames it scanned; a local one indexes in order, so its first error is final.
    const Ci::LogSource* source = m_ui->viewer->view()->source();
    if (!source)
        return true;
    const bool isError = firstErrorInStep(s) == upTo;
    if (const auto* remote = qobject_cast<const Ci::RemoteTaskLog*>(source))
        return remote->isScanned(s.firstLine, isError ? upTo : s.endLine());
    return isError || source->isComplete();
}

void CiPane::refineFocus()
{
    if (!m_refineFocus || m_focusStep < 0 || m_focusStep >= m_steps->steps().size())
        return;
    LogView* view = m_ui->viewer->view();
    if (!view->source() || view->currentLine() != m_focusLine) {
        m_refineFocus = false; // the user went elsewhere: leave them there
        return;
    }
    view->syncWithSource();
    const Ci::UiStep& s = m_steps->steps()[m_focusStep];
    const qint64 error = firstErrorInStep(s);
    const qint64 line = error >= 0 ? error : s.firstLine;
    if (line != m_focusLine) {
        m_focusLine = line;
        view->gotoLine(line);
        Q_EMIT logFocused(m_focusStep);
    }
    m_refineFocus = !errorMarksFinal(s, line);
    if (auto* remote = qobject_cast<Ci::RemoteTaskLog*>(view->source()); remote && m_refineFocus)
        remote->prefetch(s.firstLine, s.lineCount); // the index may reach the step's lines now
}

void CiPane::updateProblems()
{
    m_ui->problems->clear();
    Ci::LogSource* source = m_ui->viewer->view()->source();
    if (!source)
        return;
    // Error and warning lines in log order (each list is ascending), at most 500 of them.
    const QList<qint64> errors = source->errorLines();
    const QList<qint64> warnings = source->warningLines();
    const LogView* view = m_ui->viewer->view();
    qsizetype ei = 0, wi = 0;
    for (int n = 0; n < 500 && (ei < errors.size() || wi < warnings.size()); ++n) {
        const bool isError = wi >= warnings.size() || (ei < errors.size() && errors[ei] <= warnings[wi]);
        const qint64 line = isError ? errors[ei++] : warnings[wi++];
        const int step = view->stepOfLine(line);
        const QString stepName = step >= 0 && step < m_steps->steps().size() ? m_steps->steps()[step].name : QString();
        // The text as the log shows it: commands as labels, masks applied, no ANSI.
        const QString text = view->shownText(line).left(160);
        auto* item = new QListWidgetItem(tr("%1:%2  %3").arg(stepName).arg(view->displayLineNumber(line)).arg(text));
        item->setData(ProblemRole, line);
        item->setForeground(isError ? CiStatus::color(Ci::Status::Failure) : CiStatus::warningColor());
        m_ui->problems->addItem(item);
    }
}

void CiPane::updateActions()
{
    const Ci::Forgejo::RunRow* run = currentRun();
    m_ui->download->setEnabled(m_loader && m_loader->canDownload());
    m_ui->copyStep->setEnabled(m_ui->viewer->view()->source() && currentStep() >= 0);
    m_ui->copyLink->setEnabled(m_loadedTask != 0);
    const Ci::Forgejo::Job* job = m_jobs->jobAt(m_ui->jobs->currentIndex());
    m_ui->compare->setEnabled(run && job && job->status == Ci::Status::Failure);
    m_ui->reset->setEnabled(run && run->status == Ci::Status::Running);
}

int CiPane::currentStep() const
{
    const int row = m_ui->steps->currentIndex().row();
    if (row >= 0)
        return row;
    const qint64 line = m_ui->viewer->view()->currentLine();
    return line >= 0 ? m_ui->viewer->view()->stepOfLine(line) : -1;
}

void CiPane::gotoStep(int step)
{
    const QList<Ci::UiStep>& steps = m_steps->steps();
    if (step < 0 || step >= steps.size())
        return;
    LogView* view = m_ui->viewer->view();
    view->syncWithSource();
    view->setStepFolded(step, false);
    if (steps[step].lineCount > 0)
        view->gotoLine(steps[step].firstLine);
    updateActions();
}

void CiPane::copyStepLog()
{
    const int step = currentStep();
    Ci::LogSource* source = m_ui->viewer->view()->source();
    if (step < 0 || step >= m_steps->steps().size() || !source)
        return;
    const Ci::UiStep& s = m_steps->steps()[step];
    auto* collector = new Ci::LineCollector(source, s.firstLine, s.lineCount, this);
    connect(collector, &Ci::LineCollector::done, this,
        [this, collector, source = QPointer(source)](const QList<QByteArray>& rows) {
            QByteArray text;
            for (const QByteArray& r : rows)
                text += r + '\n';
            // `::add-mask::` values never leave the app, not even through the clipboard.
            if (source)
                text = Ci::LogLine::applyMasks(std::move(text), source->maskValues());
            QGuiApplication::clipboard()->setText(QString::fromUtf8(text));
            showInformation(tr("Copied %n line(s) of the step.", nullptr, int(rows.size())));
            collector->deleteLater();
        });
    collector->start();
}

QString CiPane::linkToCurrentLine() const
{
    const Ci::Forgejo::Job* job = m_jobs->jobAt(m_ui->jobs->currentIndex());
    const Ci::Forgejo::Attempt* attempt = m_jobs->attemptAt(m_ui->jobs->currentIndex());
    if (!job || !attempt)
        return {};
    const LogView* view = m_ui->viewer->view();
    const qint64 line = view->currentLine();
    int step = line >= 0 ? view->stepOfLine(line) : currentStep();
    if (step < 0)
        step = 0;
    const qint64 inStep = line >= 0 && step < m_steps->steps().size() ? line - m_steps->steps()[step].firstLine + 1 : 1;
    return QStringLiteral("gbadmin://ci/run/%1/job/%2/attempt/%3/step/%4/line/%5")
        .arg(m_selectedRun)
        .arg(job->id)
        .arg(attempt->attempt)
        .arg(step)
        .arg(inStep);
}

bool CiPane::openLink(const QString& link)
{
    static const QRegularExpression re(
        QStringLiteral("^gbadmin://ci/run/(\\d+)/job/(\\d+)/attempt/(\\d+)(?:/step/(\\d+)(?:/line/(\\d+))?)?$"));
    const auto m = re.match(link.trimmed());
    if (!m.hasMatch())
        return false;
    const qint64 run = m.captured(1).toLongLong();
    const qint64 jobId = m.captured(2).toLongLong();
    const qint64 attemptNo = m.captured(3).toLongLong();
    m_pendingStep = m.captured(4).isEmpty() ? -1 : m.captured(4).toInt();
    m_pendingLine = m.captured(5).isEmpty() ? -1 : qMax<qint64>(0, m.captured(5).toLongLong() - 1);
    // The task is known once the jobs are read: find it then (job id + attempt number).
    m_pendingTask = 0;
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(this, &CiPane::jobsLoaded, this, [this, connection, jobId, attemptNo] {
        disconnect(*connection);
        for (const Ci::Forgejo::Job& j : m_jobs->jobs())
            if (j.id == jobId)
                for (const Ci::Forgejo::Attempt& a : j.attempts)
                    if (a.attempt == attemptNo) {
                        const QModelIndex idx = m_jobs->indexOfTask(a.taskId);
                        const QSignalBlocker block(m_ui->jobs->selectionModel());
                        m_ui->jobs->selectionModel()->setCurrentIndex(
                            idx, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                        m_loadedTask = a.taskId == m_loadedTask ? 0 : m_loadedTask;
                    }
    });
    m_loadedTask = 0;
    m_selectedRun = 0;
    openRun(run);
    return true;
}

void CiPane::askForLink()
{
    // The clipboard's link is offered when it holds one (the usual way: "Copy link" elsewhere).
    const QString clip = QGuiApplication::clipboard()->text().trimmed();
    bool ok = false;
    const QString example = QStringLiteral("gbadmin://ci/run/…"); // no slash inside tr(): lupdate 6.4 hangs on it
    const QString link = QInputDialog::getText(this, tr("Open CI link"), tr("Link (%1):").arg(example),
        QLineEdit::Normal, clip.startsWith(QLatin1String("gbadmin://ci/")) ? clip : QString(), &ok);
    if (!ok || link.trimmed().isEmpty())
        return;
    if (!openLink(link))
        showWarning(tr("This is not a CI link the app can open: %1").arg(link.trimmed().left(200)));
}

void CiPane::compareWithLastGreen()
{
    const Ci::Forgejo::RunRow* run = currentRun();
    const Ci::Forgejo::Job* job = m_jobs->jobAt(m_ui->jobs->currentIndex());
    if (!run || !job)
        return;
    m_compareJob = job->name;
    m_ui->compareTitle->setText(
        tr("Looking for the last green run of %1…").arg(run->workflow + QStringLiteral(" / ") + job->name));
    m_ui->tabs->setCurrentWidget(m_ui->compareTab);
    m_greenJobsQuery->cancel();
    m_greenStepsQuery->cancel();
    runQuery<Ci::Forgejo::GreenMatch>(*m_greenQuery, Ci::Forgejo::lastGreenCommand(*run, job->name),
        Ci::Forgejo::parseLastGreen, [this](const Result<Ci::Forgejo::GreenMatch>& g) { onGreenFound(g); });
}

void CiPane::onGreenFound(const Result<Ci::Forgejo::GreenMatch>& g)
{
    if (!g) {
        m_ui->compareTitle->setText(g.errorMessage());
        return;
    }
    if (!g->found) {
        m_ui->compareTitle->setText(tr("No successful run of this job on this branch or the default branch."));
        return;
    }
    m_green = *g;
    runQuery<QList<Ci::Forgejo::Job>>(*m_greenJobsQuery, Ci::Forgejo::jobsCommand(g->runId), Ci::Forgejo::parseJobs,
        [this](const Result<QList<Ci::Forgejo::Job>>& jobs) { onGreenJobs(jobs); });
}

void CiPane::onGreenJobs(const Result<QList<Ci::Forgejo::Job>>& jobs)
{
    if (!jobs) {
        m_ui->compareTitle->setText(jobs.errorMessage());
        return;
    }
    for (const Ci::Forgejo::Job& j : *jobs) {
        if (j.id != m_green.jobId || !j.latestAttempt())
            continue;
        m_greenAttempt = *j.latestAttempt();
        runQuery<Ci::Forgejo::StepsResult>(*m_greenStepsQuery, Ci::Forgejo::stepsCommand(m_greenAttempt.taskId),
            Ci::Forgejo::parseSteps, [this](const Result<Ci::Forgejo::StepsResult>& steps) { onGreenSteps(steps); });
        return;
    }
    m_ui->compareTitle->setText(tr("The last green run has no attempt of this job to compare with."));
}

void CiPane::onGreenSteps(const Result<Ci::Forgejo::StepsResult>& steps)
{
    if (!steps) {
        m_ui->compareTitle->setText(steps.errorMessage());
        return;
    }
    m_greenSteps = Ci::fullSteps(steps->task, steps->steps);
    if (m_greenLoader)
        m_greenLoader->load(m_greenAttempt);
    showComparison();
}

void CiPane::showComparison()
{
    const QList<Ci::UiStep>& failed = m_steps->steps();
    const auto pairs = Ci::LogCompare::pairSteps(failed, m_greenSteps);
    m_ui->compareTitle->setText(tr("%1: this run against run #%2 (%3), the last green one.")
                                    .arg(m_compareJob)
                                    .arg(m_green.runIndex)
                                    .arg(m_green.ref));
    m_ui->compareSteps->setRowCount(int(pairs.size()));
    auto seconds = [](qint64 s) { return s < 0 ? QString() : Ci::RunListModel::formatDuration(s); };
    int failedRow = -1;
    for (int i = 0; i < pairs.size(); ++i) {
        const auto& p = pairs[i];
        auto cell = [&](int col, const QString& text, Ci::Status s = Ci::Status::Unknown, bool coloured = false) {
            auto* item = new QTableWidgetItem(text);
            if (coloured)
                item->setForeground(CiStatus::color(s));
            m_ui->compareSteps->setItem(i, col, item);
        };
        cell(0, p.name);
        cell(1, p.failedStep >= 0 ? Ci::statusLabel(p.failedStatus) : QString(), p.failedStatus, true);
        cell(2, seconds(p.failedSeconds));
        cell(3, p.greenStep >= 0 ? Ci::statusLabel(p.greenStatus) : QString(), p.greenStatus, true);
        cell(4, seconds(p.greenSeconds));
        const qint64 d = p.deltaSeconds();
        cell(5,
            p.failedSeconds >= 0 && p.greenSeconds >= 0
                ? (d >= 0 ? QStringLiteral("+") : QStringLiteral("−")) + Ci::RunListModel::formatDuration(qAbs(d))
                : QString());
        if (failedRow < 0 && p.failedStatus == Ci::Status::Failure)
            failedRow = i;
    }
    m_ui->differences->clear();
    if (failedRow < 0 || pairs[failedRow].greenStep < 0) {
        Q_EMIT comparisonReady();
        return;
    }
    const Ci::UiStep a = failed[pairs[failedRow].failedStep];
    const Ci::UiStep b = m_greenSteps[pairs[failedRow].greenStep];
    m_ui->greenLog->setSteps(m_greenSteps);
    // Both steps' lines, fetched as needed, then the first differences.
    auto* ca
        = new Ci::LineCollector(m_ui->viewer->view()->source(), a.firstLine, qMin<qint64>(a.lineCount, 4000), this);
    auto rowsA = std::make_shared<std::optional<QList<QByteArray>>>();
    auto rowsB = std::make_shared<std::optional<QList<QByteArray>>>();
    auto finish = [this, rowsA, rowsB, a, b] {
        if (!rowsA->has_value() || !rowsB->has_value())
            return;
        const auto diffs = Ci::LogCompare::firstDifferences(**rowsA, a.firstLine, **rowsB, b.firstLine);
        for (const auto& d : diffs) {
            auto* item = new QTreeWidgetItem(m_ui->differences);
            item->setText(0, d.onlyInGreen ? QString() : d.failedText);
            item->setText(1, d.onlyInGreen ? d.greenText : QString());
            item->setData(0, Qt::UserRole, d.failedLine);
            item->setData(1, Qt::UserRole, d.greenLine);
            if (!d.onlyInGreen)
                item->setForeground(0, CiStatus::color(Ci::Status::Failure));
        }
        m_ui->differences->resizeColumnToContents(0);
        for (int i = 0; i < m_steps->steps().size(); ++i)
            m_ui->failedLog->setStepFolded(i, i != m_steps->firstFailedStep());
        if (!diffs.isEmpty()) {
            m_ui->failedLog->gotoLine(diffs.first().failedLine >= 0 ? diffs.first().failedLine : a.firstLine);
            if (diffs.first().greenLine >= 0)
                m_ui->greenLog->gotoLine(diffs.first().greenLine);
        }
        Q_EMIT comparisonReady();
    };
    // Masked values stay hidden in the differences as in the logs.
    const auto masked = [](QList<QByteArray> rows, const Ci::LogSource* source) {
        const QList<QByteArray> masks = source ? source->maskValues() : QList<QByteArray> {};
        for (QByteArray& r : rows)
            r = Ci::LogLine::applyMasks(std::move(r), masks);
        return rows;
    };
    connect(ca, &Ci::LineCollector::done, this,
        [ca, rowsA, finish, masked, source = QPointer(m_ui->viewer->view()->source())](const QList<QByteArray>& rows) {
            *rowsA = masked(rows, source);
            ca->deleteLater();
            finish();
        });
    ca->start();
    auto startGreen = [this, b, rowsB, finish, masked](Ci::LogSource* s) {
        if (!s || rowsB->has_value())
            return;
        auto* cb = new Ci::LineCollector(s, b.firstLine, qMin<qint64>(b.lineCount, 4000), this);
        connect(cb, &Ci::LineCollector::done, this,
            [cb, rowsB, finish, masked, source = QPointer(s)](const QList<QByteArray>& rows) {
                *rowsB = masked(rows, source);
                cb->deleteLater();
                finish();
            });
        cb->start();
    };
    if (m_greenLoader->source())
        startGreen(m_greenLoader->source());
    else {
        auto c = std::make_shared<QMetaObject::Connection>();
        *c = connect(m_greenLoader.get(), &Ci::LogLoader::sourceChanged, this, [c, startGreen](Ci::LogSource* s) {
            if (s) {
                QObject::disconnect(*c);
                startGreen(s);
            }
        });
    }
}

void CiPane::resetStuckRun()
{
    const Ci::Forgejo::RunRow* run = currentRun();
    if (!run)
        return;
    QString why;
    if (!Ci::StuckRun::looksStuck(*run, m_jobs->jobs(), QDateTime::currentSecsSinceEpoch(), &why)) {
        showWarning(why);
        return;
    }
    auto op = Ci::StuckRun::resetOperation(*run, m_jobs->jobs(), QDateTime::currentDateTimeUtc());
    if (!op) {
        showError(op.errorMessage());
        return;
    }
    showInformation(why);
    m_resetTask = perform(*op);
}
