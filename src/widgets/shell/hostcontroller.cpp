#include "widgets/shell/hostcontroller.h"

#include "core/host/operation.h"
#include "core/host/operationrunner.h"
#include "core/host/profiletarget.h"
#include "core/host/sessioncommandrunner.h"
#include "core/host/tasklistmodel.h"
#include "widgets/shell/confirmoperationdialog.h"
#include "widgets/shell/sessionprompts.h"

#include <QWidget>

namespace {
// The operation runner outlives sessions (a reconnect makes a new one): it runs through this.
class ForwardingRunner : public CommandRunner
{
public:
    explicit ForwardingRunner(const HostController* controller)
        : m_controller(controller)
    { }
    CommandJob* run(const RemoteCommand& command, QObject* parent) override
    {
        return m_controller->commandRunner()->run(command, parent);
    }

private:
    const HostController* m_controller;
};
} // namespace

QString connectionStateText(SshSession::State state)
{
    switch (state) {
    case SshSession::State::Disconnected:
        return HostController::tr("Not connected");
    case SshSession::State::Connecting:
        return HostController::tr("Connecting…");
    case SshSession::State::Authenticating:
        return HostController::tr("Authenticating…");
    case SshSession::State::Connected:
        return HostController::tr("Connected");
    case SshSession::State::Reconnecting:
        return HostController::tr("Connection dropped, reconnecting…");
    case SshSession::State::Lost:
        return HostController::tr("Connection lost");
    }
    return {};
}

HostController::HostController(Journal* journal, QWidget* window, QObject* parent)
    : QObject(parent)
    , m_journal(journal)
    , m_window(window)
    , m_confirmer(std::make_unique<DialogConfirmer>())
    , m_tasks(new TaskListModel(this))
    , m_forward(std::make_unique<ForwardingRunner>(this))
{
    m_operations = new OperationRunner(m_forward.get(), journal, m_tasks, this);
    rebuildRunner();
}

HostController::~HostController()
{
    // Ask what still runs to stop on the host before the session goes away.
    for (int row = 0; row < m_tasks->rowCount(); ++row)
        m_tasks->cancel(row);
    delete m_operations;
    m_operations = nullptr;
    if (m_session)
        m_session->disconnect(this);
}

SshSession::State HostController::state() const
{
    return m_session ? m_session->state() : SshSession::State::Disconnected;
}

QString HostController::stateText() const
{
    QString text = connectionStateText(state());
    if (m_session && !m_session->lastError().isEmpty() && state() != SshSession::State::Connected)
        text += QStringLiteral(": ") + m_session->lastError();
    return text;
}

CommandRunner* HostController::commandRunner() const
{
    return m_overrideRunner ? m_overrideRunner : m_sessionRunner.get();
}

void HostController::setConfirmer(std::unique_ptr<OperationConfirmer> confirmer)
{
    m_confirmer = std::move(confirmer);
}

void HostController::setCommandRunner(CommandRunner* runner)
{
    m_overrideRunner = runner;
    rebuildRunner();
}

void HostController::rebuildRunner()
{
    m_sessionRunner = std::make_unique<SessionCommandRunner>(m_session);
}

void HostController::setProfile(const HostProfile& profile)
{
    m_profile = profile;
    const Result<SshTarget> target = sshTargetFor(profile);
    m_destination = target ? target->displayName() : QString();
    Q_EMIT profileChanged(m_profile);
}

void HostController::connectTo(const HostProfile& profile)
{
    disconnectFromHost();
    setProfile(profile);
    const Result<SshTarget> target = sshTargetFor(profile);
    if (!target) {
        Q_EMIT message(target.errorMessage(), true);
        return;
    }
    m_session = new SshSession(this);
    SessionPrompts::attach(m_session, m_window);
    connect(m_session, &SshSession::stateChanged, this, &HostController::stateChanged);
    connect(m_session, &SshSession::errorOccurred, this, [this](const QString& text) { Q_EMIT message(text, true); });
    rebuildRunner();
    m_session->connectToHost(*target);
}

void HostController::disconnectFromHost()
{
    if (!m_session)
        return;
    SshSession* old = m_session;
    m_session = nullptr;
    old->disconnect(this);
    old->disconnectFromHost();
    old->deleteLater();
    rebuildRunner();
    Q_EMIT stateChanged(SshSession::State::Disconnected);
}

Result<Task*> HostController::perform(const Operation& operation)
{
    if (auto ok = OperationPolicy::permitted(operation, m_profile); !ok) {
        Q_EMIT message(ok.errorMessage(), true);
        return ok.error();
    }
    const std::optional<QString> typed = m_confirmer->confirm(operation, m_profile, m_window);
    if (!typed)
        return Error::of(tr("Not confirmed; nothing ran."));
    auto started = m_operations->start(operation, m_profile, *typed);
    if (!started)
        Q_EMIT message(started.errorMessage(), true);
    return started;
}
