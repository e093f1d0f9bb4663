#include "widgets/welcome/welcomepage.h"

#include "core/ssh/sshconfig.h"

#include <QCommandLinkButton>
#include <QDir>
#include <QFileInfo>

#include "ui_welcomepage.h"

WelcomePage::WelcomePage(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::WelcomePage>())
    , m_sshConfigFile(SshConfig::defaultPath())
    , m_demoStateDir(DemoHosts::defaultStateDir())
{
    m_ui->setupUi(this);
    connect(m_ui->importButton, &QCommandLinkButton::clicked, this, &WelcomePage::importRequested);
    connect(m_ui->addButton, &QCommandLinkButton::clicked, this, &WelcomePage::addHostRequested);
    connect(m_ui->demoButton, &QCommandLinkButton::clicked, this, [this] {
        if (m_demo)
            Q_EMIT openDemoRequested(*m_demo);
    });
    refresh();
}

WelcomePage::~WelcomePage() = default;

void WelcomePage::setSshConfigFile(const QString& path)
{
    m_sshConfigFile = path;
    refresh();
}

void WelcomePage::setDemoStateDir(const QString& dir)
{
    m_demoStateDir = dir;
    refresh();
}

void WelcomePage::refresh()
{
    const auto config = SshConfig::load(m_sshConfigFile);
    m_hostCount = config ? int(config->hostAliases().size()) : 0;
    const QString shownPath = m_sshConfigFile == SshConfig::defaultPath() ? QStringLiteral("~/.ssh/config")
                                                                          : QDir::toNativeSeparators(m_sshConfigFile);
    m_ui->importButton->setText(tr("Import hosts from %1").arg(shownPath));
    m_ui->importButton->setEnabled(m_hostCount > 0);
    if (!QFileInfo::exists(m_sshConfigFile))
        m_ui->importButton->setDescription(tr("There is no %1 on this computer yet.").arg(shownPath));
    else if (!config)
        m_ui->importButton->setDescription(config.errorMessage());
    else if (m_hostCount == 0)
        m_ui->importButton->setDescription(tr("It names no host."));
    else
        m_ui->importButton->setDescription(
            tr("Hosts in it: %n. Each becomes a connection profile; user, port, keys and ProxyJump stay as ssh "
               "uses them.",
                nullptr, m_hostCount));

    m_demo = DemoHosts::find(m_demoStateDir);
    m_ui->demoButton->setVisible(m_demo.has_value());
    if (m_demo)
        m_ui->demoButton->setDescription(
            tr("The simulated General Bots host that scripts/demo.sh started is running: try GB Admin "
               "without touching a real host."));
}

void WelcomePage::showEvent(QShowEvent* event)
{
    refresh();
    QWidget::showEvent(event);
}
