#include "widgets/common/pane.h"

#include "core/host/hostconnection.h"
#include "core/settings/appsettings.h"
#include "widgets/common/messagebanner.h"

Pane::Pane(QWidget* parent)
    : QWidget(parent)
    , m_banner(new MessageBanner(this))
{ }

Pane::~Pane() = default;

void Pane::attach(HostConnection* host, AppSettings* settings)
{
    Q_ASSERT(!m_host && host && settings);
    m_host = host;
    m_settings = settings;
    connect(host, &HostConnection::connected, this, [this] { onConnected(); });
    connect(host, &HostConnection::disconnected, this, [this] { onDisconnected(); });
    connect(host, &HostConnection::profileChanged, this, [this](const HostProfile& p) { onProfileChanged(p); });
    connect(settings, &AppSettings::changed, this, [this](const QString& key) { onSettingChanged(key); });
    onAttached();
    onProfileChanged(host->profile());
    if (host->isConnected())
        onConnected();
    else
        onDisconnected();
}

bool Pane::isConnected() const
{
    return m_host && m_host->isConnected();
}

Task* Pane::perform(const Operation& operation)
{
    if (!m_host)
        return nullptr;
    const Result<Task*> task = m_host->perform(operation);
    if (!task) {
        if (task.error().code != HostConnection::NotConfirmed)
            showError(task.errorMessage());
        return nullptr;
    }
    return *task;
}

void Pane::showError(const QString& text)
{
    m_banner->showMessage(MessageBanner::Level::Error, text);
}

void Pane::showWarning(const QString& text)
{
    m_banner->showMessage(MessageBanner::Level::Warning, text);
}

void Pane::showInformation(const QString& text)
{
    m_banner->showMessage(MessageBanner::Level::Information, text);
}
