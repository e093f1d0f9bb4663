#include "widgets/shell/mainwindow.h"

#include "core/common/version.h"
#include "core/host/journal.h"
#include "core/host/profiletarget.h"
#include "core/host/tasklistmodel.h"
#include "core/settings/appsettings.h"
#include "widgets/common/paneframe.h"
#include "widgets/containers/containerspane.h"
#include "widgets/health/healthpane.h"
#include "widgets/help/aboutdialog.h"
#include "widgets/help/shortcutsdialog.h"
#include "widgets/logs/logspane.h"
#include "widgets/shell/botsplaceholder.h"
#include "widgets/shell/ciplaceholder.h"
#include "widgets/shell/connectiondialog.h"
#include "widgets/shell/dnsplaceholder.h"
#include "widgets/shell/driveplaceholder.h"
#include "widgets/shell/hostcontroller.h"
#include "widgets/shell/journalview.h"
#include "widgets/shell/preferencesdialog.h"
#include "widgets/shell/taskpanel.h"
#include "widgets/welcome/welcomepage.h"

#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QStatusBar>

#include "ui_mainwindow.h"

MainWindow::MainWindow(AppSettings* settings, Journal* journal, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_settings(settings)
    , m_journal(journal)
    , m_controller(new HostController(journal, this, this))
    , m_health(new HealthPane)
    , m_containers(new ContainersPane)
    , m_logs(new LogsPane)
{
    m_ui->setupUi(this);
    m_welcome = new WelcomePage(m_ui->centralWidget);
    m_ui->centralLayout->insertWidget(0, m_welcome);
    addPane(m_health, tr("Health"));
    addPane(m_containers, tr("Containers"));
    for (QWidget* pane : std::initializer_list<QWidget*> {
             new BotsPlaceholder, new DrivePlaceholder, new DnsPlaceholder, new CiPlaceholder })
        addPane(pane);
    addPane(m_logs, tr("Logs"));
    wirePanes();

    m_taskPanel = new TaskPanel(m_controller->tasks(), this);
    auto* dock = new QDockWidget(tr("Tasks"), this);
    dock->setObjectName(QStringLiteral("tasksDock"));
    dock->setWidget(m_taskPanel);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    m_ui->menuView->addAction(dock->toggleViewAction());

    m_stateLabel = new QLabel(this);
    m_stateLabel->setObjectName(QStringLiteral("connectionState"));
    statusBar()->addPermanentWidget(m_stateLabel);
    if (!journal || !journal->isOpen())
        statusBar()->showMessage(tr("The journal is not available: actions that change a host are disabled."));

    connect(m_ui->actionConnect, &QAction::triggered, this, &MainWindow::openConnectionDialog);
    connect(m_ui->actionDisconnect, &QAction::triggered, m_controller, &HostController::disconnectFromHost);
    connect(m_ui->actionNewWindow, &QAction::triggered, this, &MainWindow::openNewWindow);
    connect(m_ui->actionJournal, &QAction::triggered, this, &MainWindow::showJournal);
    // Not every platform theme binds QKeySequence::Preferences; Ctrl+, is what most desktop tools use.
    const QList<QKeySequence> preferencesKeys = QKeySequence::keyBindings(QKeySequence::Preferences);
    m_ui->actionPreferences->setShortcuts(
        preferencesKeys.isEmpty() ? QList<QKeySequence> { QKeySequence(Qt::CTRL | Qt::Key_Comma) } : preferencesKeys);
    connect(m_ui->actionPreferences, &QAction::triggered, this, &MainWindow::showPreferences);
    connect(m_ui->actionQuit, &QAction::triggered, qApp, &QApplication::closeAllWindows);
    connect(m_ui->actionKeyboardShortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_welcome, &WelcomePage::addHostRequested, this, &MainWindow::openConnectionDialog);
    connect(m_welcome, &WelcomePage::importRequested, this, [this] {
        ProfileStore store(m_settings);
        ConnectionDialog dialog(&store, this);
        if (!m_sshConfigFile.isEmpty())
            dialog.setSshConfigFile(m_sshConfigFile);
        dialog.importSshConfig();
        if (dialog.exec() == QDialog::Accepted)
            connectToProfile(dialog.selectedProfile());
    });
    connect(m_welcome, &WelcomePage::openDemoRequested, this, &MainWindow::connectToDemoHost);
    connect(m_settings, &AppSettings::changed, this, [this](const QString& key) {
        if (key == QLatin1String(Settings::Keys::Profiles.name))
            updateWelcome();
    });
    connect(m_controller, &HostController::profileChanged, this, &MainWindow::updateTarget);
    connect(m_controller, &HostController::stateChanged, this, &MainWindow::updateState);
    connect(m_controller, &HostController::message, this,
        [this](const QString& text, bool) { statusBar()->showMessage(text, 15000); });
    connect(m_controller->tasks(), &TaskListModel::runningCountChanged, this, [dock](int running) {
        if (running > 0)
            dock->show();
    });

    restoreGeometry(m_settings->get(Settings::Keys::MainWindowGeometry));
    restoreState(m_settings->get(Settings::Keys::MainWindowState));
    updateTarget();
    updateState();
}

MainWindow::~MainWindow() = default;

void MainWindow::addPane(QWidget* pane, const QString& title)
{
    auto* frame = new PaneFrame(pane, m_ui->tabs);
    const auto* placeholder = qobject_cast<PlaceholderPane*>(pane);
    m_ui->tabs->addTab(frame, placeholder ? placeholder->title() : title);
    m_frames.append(frame);
}

void MainWindow::wirePanes()
{
    // Panes get the session's command runner while connected, and nothing otherwise; every change
    // they want goes through the controller (confirmation, PROD guard, journal).
    connect(m_controller, &HostController::stateChanged, this, [this](SshSession::State state) {
        CommandRunner* runner = state == SshSession::State::Connected ? m_controller->commandRunner() : nullptr;
        if (state == SshSession::State::Reconnecting)
            return; // keep the panes as they are until the session is back or lost
        m_health->setCommandRunner(runner);
        m_containers->setCommandRunner(runner);
        m_logs->setCommandRunner(runner);
        if (runner)
            m_health->runAll();
    });
    connect(m_controller, &HostController::profileChanged, this, [this](const HostProfile& profile) {
        m_health->setProfileName(profile.name);
        m_containers->setSshInvocation(opensshCommandFor(profile));
    });
    connect(m_containers, &ContainersPane::operationRequested, this, [this](const Operation& operation) {
        const auto task = m_controller->perform(operation);
        if (!task) {
            if (!task.errorMessage().isEmpty())
                statusBar()->showMessage(task.errorMessage(), 15000);
            return;
        }
        connect(*task, &Task::finished, m_containers, &ContainersPane::operationFinished);
    });
    // Every window shares the one AppSettings, so a change made in any window's dialog lands here too.
    connect(m_settings, &AppSettings::changed, this, [this](const QString& key) {
        if (Preferences::isPreferenceKey(key))
            applyPreferences();
    });
    applyPreferences();
}

void MainWindow::applyPreferences()
{
    const Preferences p = Preferences::load(*m_settings);
    m_containers->setRefreshInterval(p.refreshIntervalSeconds);
    m_containers->setTerminalCommand(p.terminalCommand);
    m_logs->setCapacity(p.logBufferLines);
    // The check box is also the user's own per-report choice: only a changed default overrides it.
    if (!m_appliedPreferences || m_appliedPreferences->healthHideAddresses != p.healthHideAddresses)
        m_health->setHideAddresses(p.healthHideAddresses);
    m_appliedPreferences = p;
}

void MainWindow::updateTarget()
{
    const HostProfile& p = m_controller->profile();
    const bool has = m_controller->hasProfile();
    for (PaneFrame* frame : std::as_const(m_frames))
        frame->setTarget(p.name, m_controller->destination(), p.environment, p.readOnly);
    // The title carries the environment too: it is what the task bar and window switcher show.
    setWindowTitle(has
            ? tr("GB Admin — %1 · %2 (%3)").arg(environmentName(p.environment), p.name, m_controller->destination())
            : tr("GB Admin %1").arg(GbAdmin::version()));
    m_ui->actionDisconnect->setEnabled(has);
    updateState();
    updateWelcome();
}

void MainWindow::setSshConfigFile(const QString& path)
{
    m_sshConfigFile = path;
    if (!path.isEmpty())
        m_welcome->setSshConfigFile(path);
}

void MainWindow::updateWelcome()
{
    const bool first = !m_controller->hasProfile() && ProfileStore(m_settings).profiles().isEmpty();
    m_welcome->setVisible(first);
    m_ui->tabs->setVisible(!first);
}

void MainWindow::connectToDemoHost(const DemoHost& host)
{
    HostProfile p = profileForAlias(host.alias, host.sshConfigFile);
    p.environment = detectEnvironment(p, ProfileStore(m_settings).environmentRules());
    connectToProfile(p);
}

void MainWindow::updateState()
{
    const HostProfile& p = m_controller->profile();
    const QString text = m_controller->stateText();
    m_stateLabel->setText(m_controller->hasProfile() ? p.name + QStringLiteral(": ") + text : text);
    m_stateLabel->setToolTip(m_controller->session() ? m_controller->session()->lastError() : QString());
}

void MainWindow::connectToProfile(const HostProfile& profile)
{
    m_settings->set(Settings::Keys::LastProfile, profile.name);
    m_controller->connectTo(profile);
}

bool MainWindow::showTab(const QString& title)
{
    for (int i = 0; i < m_ui->tabs->count(); ++i) {
        if (m_ui->tabs->tabText(i).remove(QLatin1Char('&')).compare(title, Qt::CaseInsensitive) == 0) {
            m_ui->tabs->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

void MainWindow::openConnectionDialog()
{
    ProfileStore store(m_settings);
    ConnectionDialog dialog(&store, this);
    if (!m_sshConfigFile.isEmpty())
        dialog.setSshConfigFile(m_sshConfigFile);
    const QString last
        = m_controller->hasProfile() ? m_controller->profile().name : m_settings->get(Settings::Keys::LastProfile);
    if (!last.isEmpty())
        dialog.selectProfile(last);
    if (dialog.exec() == QDialog::Accepted)
        connectToProfile(dialog.selectedProfile());
}

MainWindow* MainWindow::openNewWindow()
{
    auto* window = new MainWindow(m_settings, m_journal);
    window->setSshConfigFile(m_sshConfigFile);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->move(pos() + QPoint(40, 40));
    window->show();
    return window;
}

JournalView* MainWindow::showJournal()
{
    if (!m_journalView) {
        m_journalView = new JournalView(m_journal, this);
        m_journalView->setWindowFlag(Qt::Window);
        m_journalView->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_journalView->show();
    m_journalView->raise();
    return m_journalView;
}

PreferencesDialog* MainWindow::showPreferences()
{
    if (!m_preferences) {
        m_preferences = new PreferencesDialog(m_settings, this);
        m_preferences->setAttribute(Qt::WA_DeleteOnClose);
        m_preferences->setWindowModality(Qt::WindowModal);
    }
    m_preferences->show();
    m_preferences->raise();
    m_preferences->activateWindow();
    return m_preferences;
}

ShortcutsDialog* MainWindow::showShortcuts()
{
    if (!m_shortcuts) {
        m_shortcuts = new ShortcutsDialog(this);
        m_shortcuts->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_shortcuts->show();
    m_shortcuts->raise();
    m_shortcuts->activateWindow();
    return m_shortcuts;
}

AboutDialog* MainWindow::showAbout()
{
    if (!m_about) {
        m_about = new AboutDialog(this);
        m_about->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_about->show();
    m_about->raise();
    m_about->activateWindow();
    return m_about;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_settings->set(Settings::Keys::MainWindowGeometry, saveGeometry());
    m_settings->set(Settings::Keys::MainWindowState, saveState());
    QMainWindow::closeEvent(event);
}
