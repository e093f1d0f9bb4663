#include "core/host/hostconnection.h"

#include "core/host/hostprompts.h"
#include "core/host/operation.h"
#include "core/host/operationrunner.h"
#include "core/host/profiletarget.h"
#include "core/host/sessioncommandrunner.h"
#include "core/host/tasklistmodel.h"
#include "core/ssh/credentialstore.h"

#include <QCoreApplication>

namespace {
// Without a confirmer nothing mutating runs: a context must be told who confirms.
class RefusingConfirmer : public OperationConfirmer
{
public:
    std::optional<QString> confirm(const Operation&, const HostProfile&) override { return std::nullopt; }
};
} // namespace

// The stable runner: forwards to the session of the moment (or the test runner).
class HostConnection::Runner : public CommandRunner
{
public:
    explicit Runner(const HostConnection* host)
        : m_host(host)
    { }
    CommandJob* run(const RemoteCommand& command, QObject* parent) override
    {
        if (m_host->m_testRunner)
            return m_host->m_testRunner->run(command, parent);
        // Without a session (or while it is not connected) the job fails at once, asynchronously.
        return SessionCommandRunner(m_host->m_session).run(command, parent);
    }

private:
    const HostConnection* m_host;
};

QString connectionStateText(SshSession::State state)
{
    switch (state) {
    case SshSession::State::Disconnected:
        return QCoreApplication::translate("HostConnection", "Not connected");
    case SshSession::State::Connecting:
        return QCoreApplication::translate("HostConnection", "Connecting…");
    case SshSession::State::Authenticating:
        return QCoreApplication::translate("HostConnection", "Authenticating…");
    case SshSession::State::Connected:
        return QCoreApplication::translate("HostConnection", "Connected");
    case SshSession::State::Reconnecting:
        return QCoreApplication::translate("HostConnection", "Connection dropped, reconnecting…");
    case SshSession::State::Lost:
        return QCoreApplication::translate("HostConnection", "Connection lost");
    }
    return {};
}

HostConnection::HostConnection(Journal* journal, QObject* parent)
    : QObject(parent)
    , m_journal(journal)
    , m_confirmer(std::make_unique<RefusingConfirmer>())
    , m_runner(std::make_unique<Runner>(this))
    , m_tasks(new TaskListModel(this))
{
    m_operations = new OperationRunner(m_runner.get(), journal, m_tasks, this);
    connect(m_operations, &OperationRunner::operationFinished, this, &HostConnection::operationFinished);
}

HostConnection::~HostConnection()
{
    // Ask what still runs to stop on the host before the session goes away.
    for (int row = 0; row < m_tasks->rowCount(); ++row)
        m_tasks->cancel(row);
    delete m_operations;
    m_operations = nullptr;
    if (m_session)
        m_session->disconnect(this);
}

void HostConnection::setPrompts(std::unique_ptr<HostPrompts> prompts)
{
    m_prompts = std::move(prompts);
}

void HostConnection::setConfirmer(std::unique_ptr<OperationConfirmer> confirmer)
{
    m_confirmer = confirmer ? std::move(confirmer) : std::make_unique<RefusingConfirmer>();
}

void HostConnection::setCredentialStore(CredentialStore* store)
{
    m_credentials = store;
    if (m_session)
        m_session->setCredentialStore(store);
}

CommandRunner* HostConnection::runner() const
{
    return m_runner.get();
}

QString HostConnection::destination() const
{
    return m_destination.isEmpty() ? m_profile.destination() : m_destination;
}

SshSession::State HostConnection::state() const
{
    return m_state;
}

QString HostConnection::lastError() const
{
    return m_session ? m_session->lastError() : QString();
}

QString HostConnection::stateText() const
{
    QString text = connectionStateText(state());
    if (!lastError().isEmpty() && state() != SshSession::State::Connected)
        text += QStringLiteral(": ") + lastError();
    return text;
}

void HostConnection::setProfile(const HostProfile& profile)
{
    m_profile = profile;
    const Result<SshTarget> target = sshTargetFor(profile);
    m_destination = target ? target->displayName() : QString();
    Q_EMIT profileChanged(m_profile);
}

void HostConnection::connectTo(const HostProfile& profile, ConnectOptions options)
{
    disconnectFromHost();
    setProfile(profile);
    Result<SshTarget> target = sshTargetFor(profile);
    if (!target) {
        Q_EMIT message(target.errorMessage(), true);
        return;
    }
    if (options.unattended) {
        target->hostKeyPolicy = SshTarget::HostKeyPolicy::Strict;
        target->autoReconnect = false;
    }
    m_session = new SshSession(this);
    if (m_credentials)
        m_session->setCredentialStore(m_credentials);
    if (m_prompts)
        m_prompts->attach(m_session);
    connect(m_session, &SshSession::stateChanged, this, &HostConnection::onSessionState);
    connect(m_session, &SshSession::errorOccurred, this, [this](const QString& text) { Q_EMIT message(text, true); });
    m_session->connectToHost(*target);
}

void HostConnection::disconnectFromHost()
{
    if (!m_session)
        return;
    SshSession* old = m_session;
    m_session = nullptr;
    old->disconnect(this);
    old->disconnectFromHost();
    old->deleteLater();
    if (!m_testRunner)
        setEffectiveState(SshSession::State::Disconnected);
}

void HostConnection::useRunner(CommandRunner* runner)
{
    m_testRunner = runner;
    setEffectiveState(
        runner ? SshSession::State::Connected : (m_session ? m_session->state() : SshSession::State::Disconnected));
}

void HostConnection::onSessionState(SshSession::State state)
{
    if (m_testRunner)
        return;
    if (state == SshSession::State::Connected)
        failClosedOnAddress(); // before connected(): no pane may act under the weaker environment
    setEffectiveState(state);
}

void HostConnection::failClosedOnAddress()
{
    const QStringList addresses = m_session ? m_session->reachedAddresses() : QStringList();
    if (m_profile.environment == Environment::Prod || m_rules.detect(QString(), addresses) != Environment::Prod)
        return;
    m_profile.environment = Environment::Prod;
    Q_EMIT profileChanged(m_profile);
    Q_EMIT message(QCoreApplication::translate("HostConnection",
                       "%1 reached %2, which is in a PROD subnet: this connection is handled as PROD.")
                       .arg(m_profile.name, addresses.join(QLatin1String(", "))),
        true);
}

void HostConnection::setEffectiveState(SshSession::State state)
{
    const SshSession::State before = m_state;
    if (state == before)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
    if (state == SshSession::State::Connected)
        Q_EMIT connected();
    else if (before == SshSession::State::Connected)
        Q_EMIT disconnected();
}

Result<OperationConsent> HostConnection::confirm(const Operation& operation)
{
    if (auto ok = OperationPolicy::permitted(operation, m_profile); !ok) {
        Q_EMIT message(ok.errorMessage(), true);
        return ok.error();
    }
    const std::optional<QString> typed = m_confirmer->confirm(operation, m_profile);
    if (!typed)
        return Error::of(QCoreApplication::translate("HostConnection", "Not confirmed; nothing ran."), NotConfirmed);
    // The runner would refuse this answer later; say so now, before any work (or upload) starts.
    if (auto ok = OperationRunner::admits(operation, m_profile, *typed); !ok) {
        Q_EMIT message(ok.errorMessage(), true);
        return ok.error();
    }
    return OperationConsent { operation.commandLines(), *typed };
}

Result<Task*> HostConnection::perform(const Operation& operation)
{
    const Result<OperationConsent> consent = confirm(operation);
    if (!consent)
        return consent.error();
    return performWithConsent(operation, *consent);
}

Result<Task*> HostConnection::performWithConsent(const Operation& operation, const OperationConsent& consent)
{
    if (auto ok = OperationPolicy::permitted(operation, m_profile); !ok) {
        Q_EMIT message(ok.errorMessage(), true);
        return ok.error();
    }
    if (!OperationPolicy::consentCovers(operation, consent)) {
        const QString why = QCoreApplication::translate(
            "HostConnection", "\"%1\" was not run: its exact commands were not the ones confirmed.")
                                .arg(operation.action);
        Q_EMIT message(why, true);
        return Error::of(why);
    }
    // The runner checks the typed name (PROD, unknown environment) exactly as after perform().
    auto started = m_operations->start(operation, m_profile, consent.typedName);
    if (!started)
        Q_EMIT message(started.errorMessage(), true);
    return started;
}
