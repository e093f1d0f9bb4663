#include "widgets/containers/containerspane.h"

#include "core/containers/containercatalog.h"
#include "core/containers/containermodel.h"
#include "core/containers/containeroperations.h"
#include "core/containers/incusparser.h"
#include "core/host/hostconnection.h"
#include "core/host/profiletarget.h"
#include "core/host/tasklistmodel.h"
#include "core/settings/appsettings.h"
#include "core/settings/preferences.h"
#include "core/ssh/shellquote.h"
#include "widgets/common/messagebanner.h"
#include "widgets/common/statusdelegate.h"
#include "widgets/containers/servicesdialog.h"
#include "widgets/containers/snapshotsdialog.h"
#include "widgets/containers/terminallauncher.h"
#include "widgets/containers/textviewdialog.h"

#include <QAction>
#include <QHeaderView>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QTime>
#include <QTimer>

#include "ui_containerspane.h"

namespace {
QColor colorOfState(const QVariant& code)
{
    switch (code.toInt()) {
    case 103: // Running
        return StatusDelegate::green();
    case 102: // Stopped
        return StatusDelegate::red();
    case 110: // Frozen
    case 106: // Starting
    case 107: // Stopping
        return StatusDelegate::amber();
    case 112: // Error
        return StatusDelegate::red();
    default:
        return StatusDelegate::grey();
    }
}
} // namespace

ContainersPane::ContainersPane(QWidget* parent)
    : Pane(parent)
    , m_ui(std::make_unique<Ui::ContainersPane>())
    , m_model(new ContainerModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_timer(new QTimer(this))
{
    m_ui->setupUi(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ContainerModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_ui->table->setModel(m_proxy);
    m_ui->table->sortByColumn(ContainerModel::Name, Qt::AscendingOrder);
    m_ui->table->setItemDelegateForColumn(
        ContainerModel::State, new StatusDelegate(ContainerModel::StatusCodeRole, colorOfState, m_ui->table));
    m_ui->table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Measuring every row of a 1,000-container list on each refresh stalled the GUI for ~0.8 s
    // (bench/gui); the first rows on screen are enough to size the columns.
    m_ui->table->horizontalHeader()->setResizeContentsPrecision(64);
    m_ui->table->horizontalHeader()->setStretchLastSection(true);

    connect(m_ui->filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_timer, &QTimer::timeout, this, &ContainersPane::refresh);
    connect(m_ui->autoRefresh, &QCheckBox::toggled, this, [this](bool on) {
        if (on && isConnected())
            m_timer->start();
        else
            m_timer->stop();
    });
    createActions();
    connect(
        m_ui->table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ContainersPane::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ContainersPane::updateActions);
    updateActions();
}

ContainersPane::~ContainersPane() = default;

QList<QAction*> ContainersPane::paneActions() const
{
    return { m_refresh };
}

void ContainersPane::createActions()
{
    const auto make = [this](const QString& text, const QKeySequence& key, auto slot) {
        auto* a = new QAction(text, this);
        if (!key.isEmpty()) {
            a->setShortcut(key);
            a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        }
        connect(a, &QAction::triggered, this, slot);
        m_ui->table->addAction(a);
        return a;
    };
    using L = ContainerOperations::Lifecycle;
    m_start
        = make(tr("&Start"), {}, [this] { request(ContainerOperations::lifecycle(L::Start, selectedContainers())); });
    m_stop = make(tr("S&top"), {}, [this] { request(ContainerOperations::lifecycle(L::Stop, selectedContainers())); });
    m_restart = make(
        tr("&Restart"), {}, [this] { request(ContainerOperations::lifecycle(L::Restart, selectedContainers())); });
    m_snapshot = make(tr("Sna&pshot"), {},
        [this] { request(ContainerOperations::createSnapshot(selectedContainers(), QDateTime::currentDateTime())); });
    m_snapshotRestart = make(tr("Snapshot, then restart"), {}, [this] {
        request(ContainerOperations::snapshotThenRestart(selectedContainers().value(0), QDateTime::currentDateTime()));
    });
    m_snapshots = make(tr("Snapshots…"), {}, &ContainersPane::showSnapshots);
    m_log = make(tr("Show &log"), {}, &ContainersPane::showLog);
    m_services = make(tr("Ser&vices…"), {}, &ContainersPane::showServices);
    m_shell = make(tr("Open s&hell"), {}, &ContainersPane::openShell);
    m_refresh = make(tr("Refresh"), QKeySequence::Refresh, &ContainersPane::refresh);
    auto* find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, m_ui->filter, [this] { m_ui->filter->setFocus(); });
    addAction(find);

    m_ui->start->setDefaultAction(m_start);
    m_ui->stop->setDefaultAction(m_stop);
    m_ui->restart->setDefaultAction(m_restart);
    m_ui->snapshot->setDefaultAction(m_snapshot);
    auto* snapMenu = new QMenu(this);
    snapMenu->addAction(m_snapshotRestart);
    snapMenu->addAction(m_snapshots);
    m_ui->snapshot->setMenu(snapMenu);
    auto* more = new QMenu(this);
    more->addAction(m_log);
    more->addAction(m_services);
    more->addAction(m_shell);
    m_ui->more->setMenu(more);
    m_ui->refresh->setDefaultAction(m_refresh);
}

void ContainersPane::onAttached()
{
    m_list = std::make_unique<LatestQuery<ContainerList>>(this, host()->runner());
    applyPreferences();
}

void ContainersPane::onSettingChanged(const QString& key)
{
    if (Preferences::isPreferenceKey(key))
        applyPreferences();
}

void ContainersPane::applyPreferences()
{
    const Preferences p = Preferences::load(*settings());
    const int ms = p.refreshIntervalSeconds * 1000;
    if (ms != m_timer->interval())
        m_timer->setInterval(ms); // restarts a running timer, so only on a real change
    m_terminalCommand = p.terminalCommand;
}

void ContainersPane::onConnected()
{
    banner()->clearMessage();
    if (m_ui->autoRefresh->isChecked())
        m_timer->start();
    refresh();
    updateActions();
}

void ContainersPane::onDisconnected()
{
    // Whatever was asked of the old connection is stale; the last list stays readable.
    if (m_list)
        m_list->cancel();
    m_timer->stop();
    showInformation(tr("Not connected. Connect to a host to see its containers."));
    updateActions();
}

void ContainersPane::onProfileChanged(const HostProfile& profile)
{
    m_sshInvocation = profile.name.isEmpty() ? QStringList() : opensshCommandFor(profile);
    updateActions();
}

int ContainersPane::refreshInterval() const
{
    return m_timer->interval() / 1000;
}

QStringList ContainersPane::selectedContainers() const
{
    QStringList names;
    const QModelIndexList rows = m_ui->table->selectionModel()->selectedRows(ContainerModel::Name);
    for (const QModelIndex& i : rows)
        names.append(i.data(ContainerModel::NameRole).toString());
    names.sort();
    return names;
}

void ContainersPane::updateActions()
{
    const QStringList selected = selectedContainers();
    const bool connected = isConnected();
    const bool any = connected && !selected.isEmpty();
    const bool one = connected && selected.size() == 1;
    bool anyRunning = false;
    bool anyStopped = false;
    for (const QString& name : selected) {
        const ContainerInfo* c = m_model->container(m_model->rowOf(name));
        if (c && c->isRunning())
            anyRunning = true;
        else
            anyStopped = true;
    }
    m_start->setEnabled(any && anyStopped);
    m_stop->setEnabled(any && anyRunning);
    m_restart->setEnabled(any && anyRunning);
    m_snapshot->setEnabled(any);
    m_snapshotRestart->setEnabled(one && anyRunning);
    m_snapshots->setEnabled(one);
    m_log->setEnabled(one);
    m_services->setEnabled(one && anyRunning && !ContainerCatalog::roleOf(selected.value(0)).units.isEmpty());
    m_shell->setEnabled(one && anyRunning && !m_sshInvocation.isEmpty());
    m_refresh->setEnabled(connected);
}

void ContainersPane::request(const Result<Operation>& operation)
{
    if (!operation.ok()) {
        showError(operation.errorMessage());
        return;
    }
    Task* task = perform(*operation);
    if (!task)
        return;
    // Whatever the list says now predates the operation: ask again when it has ended.
    connect(task, &Task::finished, this, [this] {
        m_list->cancel();
        refresh();
    });
    Q_EMIT operationStarted(task);
}

void ContainersPane::refresh()
{
    // One listing at a time: a slow host must not pile up requests.
    if (!isConnected() || !m_list || m_list->isRunning())
        return;
    // Parsing a large list is done off the GUI thread; the model diff is cheap.
    m_list->run(
        ContainerOperations::listCommand(), [](const CommandResult& r) { return Incus::parseList(r.stdoutData); },
        [this](const Result<ContainerList>& list) { onListed(list); });
}

void ContainersPane::onListed(const Result<ContainerList>& list)
{
    if (!list) {
        // Keep showing the last good list: nothing is lost by a bad answer.
        showError(tr("Could not list the containers: %1").arg(list.errorMessage()));
        return;
    }
    if (banner()->level() == MessageBanner::Level::Error)
        banner()->clearMessage();
    m_model->setContainers(*list);
    int running = 0;
    for (const ContainerInfo& c : *list)
        running += c.isRunning() ? 1 : 0;
    m_ui->status->setText(tr("%1 containers, %2 running — updated %3")
                              .arg(list->size())
                              .arg(running)
                              .arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))));
    updateActions();
    Q_EMIT refreshed(int(list->size()));
}

void ContainersPane::showLog()
{
    const QString name = selectedContainers().value(0);
    if (!isConnected() || name.isEmpty())
        return;
    auto* dialog = new TextViewDialog(tr("Log of %1").arg(name), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    dialog->load(host()->runner(), ContainerOperations::logCommand(name));
}

void ContainersPane::showSnapshots()
{
    const QString name = selectedContainers().value(0);
    const ContainerInfo* c = m_model->container(m_model->rowOf(name));
    if (!c)
        return;
    auto* dialog = new SnapshotsDialog(name, c->snapshots, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SnapshotsDialog::restoreRequested, this,
        [this, name](const QString& snapshot) { request(ContainerOperations::restoreSnapshot(name, snapshot)); });
    connect(dialog, &SnapshotsDialog::deleteRequested, this,
        [this, name](const QString& snapshot) { request(ContainerOperations::deleteSnapshot(name, snapshot)); });
    connect(dialog, &SnapshotsDialog::createRequested, this,
        [this, name] { request(ContainerOperations::createSnapshot({ name }, QDateTime::currentDateTime())); });
    connect(m_model, &QAbstractItemModel::dataChanged, dialog, [this, dialog, name] {
        if (const ContainerInfo* now = m_model->container(m_model->rowOf(name)))
            dialog->setSnapshots(now->snapshots);
    });
    dialog->show();
}

void ContainersPane::showServices()
{
    const QString name = selectedContainers().value(0);
    const QStringList units = ContainerCatalog::roleOf(name).units;
    if (!isConnected() || units.isEmpty())
        return;
    auto* dialog = new ServicesDialog(name, units, host(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ServicesDialog::restartRequested, this,
        [this, name](const QString& unit) { request(ContainerOperations::restartService(name, unit)); });
    dialog->show();
    dialog->refresh();
}

void ContainersPane::openShell()
{
    const QString name = selectedContainers().value(0);
    if (name.isEmpty() || m_sshInvocation.isEmpty())
        return;
    if (auto ok = ContainerOperations::checkName(name, "container"); !ok) {
        showError(ok.errorMessage());
        return;
    }
    const auto remote = ShellQuote::commandLine({ QStringLiteral("sudo"), QStringLiteral("incus"),
        QStringLiteral("exec"), name, QStringLiteral("--"), QStringLiteral("bash") });
    QStringList argv = m_sshInvocation;
    argv.insert(1, QStringLiteral("-t"));
    argv.append(remote.value());
    if (auto started
        = TerminalLauncher::open(argv, tr("%1 on %2").arg(name, m_sshInvocation.last()), m_terminalCommand);
        !started)
        showError(started.errorMessage());
}
