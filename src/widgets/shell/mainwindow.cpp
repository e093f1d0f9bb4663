#include "widgets/shell/mainwindow.h"

#include "core/common/version.h"
#include "core/host/hostconnection.h"
#include "core/host/journal.h"
#include "core/host/profiletarget.h"
#include "core/host/tasklistmodel.h"
#include "core/settings/appsettings.h"
#include "widgets/bots/botspane.h"
#include "widgets/common/pane.h"
#include "widgets/common/paneframe.h"
#include "widgets/drive/drivepane.h"
#include "widgets/help/aboutdialog.h"
#include "widgets/help/shortcutsdialog.h"
#include "widgets/shell/confirmoperationdialog.h"
#include "widgets/shell/connectiondialog.h"
#include "widgets/shell/journalview.h"
#include "widgets/shell/panetable.h"
#include "widgets/shell/preferencesdialog.h"
#include "widgets/shell/sessionprompts.h"
#include "widgets/shell/taskpanel.h"
#include "widgets/welcome/welcomepage.h"

#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QStatusBar>
#include <QTimer>

#include "ui_mainwindow.h"

MainWindow::MainWindow(AppSettings* settings, Journal* journal, CredentialStore* credentials, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_settings(settings)
    , m_journal(journal)
    , m_credentials(credentials)
    , m_host(new HostConnection(journal, this))
{
    m_ui->setupUi(this);
    m_welcome = new WelcomePage(m_ui->centralWidget);
    m_ui->centralLayout->insertWidget(0, m_welcome);
    m_host->setPrompts(std::make_unique<DialogPrompts>(this));
    m_host->setConfirmer(std::make_unique<DialogConfirmer>(this));
    m_host->setCredentialStore(credentials);
    createFrames();

    m_taskPanel = new TaskPanel(m_host->tasks(), this);
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
    connect(m_ui->actionDisconnect, &QAction::triggered, m_host, &HostConnection::disconnectFromHost);
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
    connect(m_host, &HostConnection::profileChanged, this, &MainWindow::updateTarget);
    connect(m_host, &HostConnection::stateChanged, this, &MainWindow::updateState);
    connect(m_host, &HostConnection::message, this,
        [this](const QString& text, bool) { statusBar()->showMessage(text, 15000); });
    connect(m_host->tasks(), &TaskListModel::runningCountChanged, this, [dock](int running) {
        if (running > 0)
            dock->show();
    });

    restoreGeometry(m_settings->get(Settings::Keys::MainWindowGeometry));
    restoreState(m_settings->get(Settings::Keys::MainWindowState));
    updateTarget();
    updateState();
}

MainWindow::~MainWindow()
{
    // No pane is created while the tabs go.
    m_paneTimer->stop();
    disconnect(m_ui->tabs, nullptr, this, nullptr);
    // Panes go first: they may still talk to the host context while they close.
    qDeleteAll(m_frames);
}

void MainWindow::createFrames()
{
    // Tabs and banners now, panes after the window: building all seven took 25-50 ms of the
    // window's first turn (bench_gui "open the main window"). The shown tab's pane comes first,
    // the others one per event-loop turn, so each turn stays short.
    for (const PaneEntry& entry : paneTable()) {
        auto* frame = new PaneFrame(m_ui->tabs);
        m_ui->tabs->addTab(frame, entry.title());
        m_panes.append(nullptr);
        m_paneIds.append(QString::fromLatin1(entry.id));
        m_frames.append(frame);
    }
    m_paneTimer = new QTimer(this);
    m_paneTimer->setSingleShot(true);
    m_paneTimer->setInterval(0);
    connect(m_paneTimer, &QTimer::timeout, this, &MainWindow::createNextPane);
    connect(m_ui->tabs, &QTabWidget::currentChanged, this, &MainWindow::createPane);
    createPane(m_ui->tabs->currentIndex());
}

void MainWindow::createPane(int index)
{
    if (index < 0 || index >= m_panes.size() || m_panes.at(index))
        return;
    Pane* pane = paneTable().at(index).create();
    m_frames.at(index)->setPane(pane);
    pane->attach(m_host, m_settings);
    // Shortcuts of a pane work while its tab is shown.
    m_frames.at(index)->addActions(pane->paneActions());
    m_panes[index] = pane;
    // "Open in Drive" of the Bots pane shows the bot's bucket in the Drive tab.
    if (auto* bots = qobject_cast<BotsPane*>(pane)) {
        connect(bots, &BotsPane::openBucketRequested, this, [this](const QString& bucket) {
            showTab(QStringLiteral("drive"));
            if (auto* drive = this->pane<DrivePane>())
                drive->openBucket(bucket);
        });
    }
    if (m_panes.contains(nullptr))
        m_paneTimer->start();
}

void MainWindow::createNextPane()
{
    const qsizetype next = m_panes.indexOf(nullptr);
    if (next >= 0)
        createPane(int(next));
}

QList<PaneFrame*> MainWindow::paneFrames()
{
    panes();
    return m_frames;
}

QList<Pane*> MainWindow::panes()
{
    for (int i = 0; i < m_panes.size(); ++i)
        createPane(i);
    return m_panes;
}

void MainWindow::updateTarget()
{
    const HostProfile& p = m_host->profile();
    const bool has = m_host->hasProfile();
    for (PaneFrame* frame : std::as_const(m_frames))
        frame->setTarget(p.name, m_host->destination(), p.environment, p.readOnly);
    // The title carries the environment too: it is what the task bar and window switcher show.
    setWindowTitle(has
            ? tr("GB Admin — %1 · %2 (%3)").arg(environmentName(p.environment), p.name, m_host->destination())
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
    const bool first = !m_host->hasProfile() && ProfileStore(m_settings).profiles().isEmpty();
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
    const HostProfile& p = m_host->profile();
    const QString text = m_host->stateText();
    m_stateLabel->setText(m_host->hasProfile() ? p.name + QStringLiteral(": ") + text : text);
    m_stateLabel->setToolTip(m_host->lastError());
}

void MainWindow::connectToProfile(const HostProfile& profile)
{
    m_settings->set(Settings::Keys::LastProfile, profile.name);
    m_host->setEnvironmentRules(ProfileStore(m_settings).environmentRules());
    m_host->connectTo(profile);
}

bool MainWindow::showTab(const QString& idOrTitle)
{
    for (int i = 0; i < m_ui->tabs->count(); ++i) {
        if (m_paneIds.value(i).compare(idOrTitle, Qt::CaseInsensitive) == 0
            || m_ui->tabs->tabText(i).remove(QLatin1Char('&')).compare(idOrTitle, Qt::CaseInsensitive) == 0) {
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
    const QString last = m_host->hasProfile() ? m_host->profile().name : m_settings->get(Settings::Keys::LastProfile);
    if (!last.isEmpty())
        dialog.selectProfile(last);
    if (dialog.exec() == QDialog::Accepted)
        connectToProfile(dialog.selectedProfile());
}

MainWindow* MainWindow::openNewWindow()
{
    auto* window = new MainWindow(m_settings, m_journal, m_credentials);
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
        panes(); // their actions are listed too
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
