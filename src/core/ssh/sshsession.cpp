#include "core/ssh/sshsession.h"

#include "core/ssh/credentialstore.h"
#include "core/ssh/sshworker.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QThread>
#include <QTimer>

SshSession::SshSession(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<HostKeyInfo>();
    qRegisterMetaType<CredentialRequest>();
    qRegisterMetaType<CommandResult>();
}

SshSession::~SshSession()
{
    stopWorker();
    for (const auto& h : std::as_const(m_handles)) {
        if (h)
            h->m_session = nullptr;
    }
}

void SshSession::stopWorker()
{
    if (!m_thread)
        return;
    SshWorker* w = m_worker;
    QThread* gui = thread();
    QMetaObject::invokeMethod(
        w,
        [w, gui] {
            w->shutdown();
            w->moveToThread(gui); // so it can be deleted here once the thread is gone
        },
        Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
    m_worker = nullptr;
    delete m_thread;
    m_thread = nullptr;
}

void SshSession::setCredentialStore(CredentialStore* store)
{
    m_store = store;
}

QString SshSession::stateName(State s)
{
    switch (s) {
    case State::Disconnected:
        return tr("Disconnected");
    case State::Connecting:
        return tr("Connecting");
    case State::Authenticating:
        return tr("Logging in");
    case State::Connected:
        return tr("Connected");
    case State::Reconnecting:
        return tr("Reconnecting");
    case State::Lost:
        return tr("Connection lost");
    }
    return {};
}

void SshSession::connectToHost(const SshTarget& target)
{
    stopWorker();
    m_target = target;
    m_lastError.clear();
    m_pendingRequests.clear();
    m_toRemember.clear();
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("ssh %1").arg(target.displayName()));
    m_worker = new SshWorker(this);
    m_worker->moveToThread(m_thread);
    m_thread->start();
    SshWorker* w = m_worker;
    QMetaObject::invokeMethod(
        w, [w, target] { w->connectToHost(target); }, Qt::QueuedConnection);
}

void SshSession::disconnectFromHost()
{
    if (!m_worker) {
        setState(State::Disconnected);
        return;
    }
    SshWorker* w = m_worker;
    QMetaObject::invokeMethod(
        w, [w] { w->disconnectFromHost(); }, Qt::QueuedConnection);
}

void SshSession::acceptHostKey(bool save)
{
    if (SshWorker* w = m_worker)
        QMetaObject::invokeMethod(
            w, [w, save] { w->hostKeyDecision(true, save); }, Qt::QueuedConnection);
}

void SshSession::rejectHostKey()
{
    if (SshWorker* w = m_worker)
        QMetaObject::invokeMethod(
            w, [w] { w->hostKeyDecision(false, false); }, Qt::QueuedConnection);
}

void SshSession::provideCredential(quint64 requestId, const QStringList& answers, bool remember)
{
    const CredentialRequest req = m_pendingRequests.take(requestId);
    if (remember && !req.storeKey.isEmpty() && !answers.isEmpty())
        m_toRemember.insert(requestId, { req.storeKey, answers.value(0) });
    if (SshWorker* w = m_worker)
        QMetaObject::invokeMethod(
            w, [w, requestId, answers] { w->provideCredential(requestId, answers); }, Qt::QueuedConnection);
}

void SshSession::cancelCredential(quint64 requestId)
{
    m_pendingRequests.remove(requestId);
    if (SshWorker* w = m_worker)
        QMetaObject::invokeMethod(
            w, [w, requestId] { w->cancelCredential(requestId); }, Qt::QueuedConnection);
}

void SshSession::onCredentialNeeded(const CredentialRequest& request)
{
    m_pendingRequests.insert(request.id, request);
    // A stored secret is tried once, silently; if it is wrong the worker asks again with
    // previousError set and the person answers.
    const bool storable = request.kind != CredentialRequest::Kind::KeyboardInteractive || !request.storeKey.isEmpty();
    if (m_store && storable && !request.storeKey.isEmpty() && request.previousError.isEmpty()) {
        m_store->read(request.storeKey, this, [this, request](Result<QString> secret) {
            if (!m_pendingRequests.contains(request.id))
                return;
            if (secret.ok()) {
                provideCredential(request.id, QStringList { secret.value() }, false);
                return;
            }
            Q_EMIT credentialNeeded(request);
        });
        return;
    }
    Q_EMIT credentialNeeded(request);
}

void SshSession::onCredentialsAccepted(const QList<quint64>& requestIds)
{
    for (quint64 id : requestIds) {
        const auto entry = m_toRemember.take(id);
        if (m_store && !entry.first.isEmpty())
            m_store->write(entry.first, entry.second, this, [](Result<>) {});
    }
}

void SshSession::setState(State s)
{
    if (s == m_state)
        return;
    m_state = s;
    Q_EMIT stateChanged(s);
}

void SshSession::onWorkerState(int phase, const QString& error)
{
    if (!error.isEmpty()) {
        m_lastError = error;
        Q_EMIT errorOccurred(error);
    }
    setState(static_cast<State>(phase));
}

CommandHandle* SshSession::run(const RemoteCommand& command, QObject* parent)
{
    const quint64 id = m_nextId++;
    auto* handle = new CommandHandle(this, id, command);
    if (parent)
        handle->setParent(parent);
    m_handles.insert(id, handle);
    if (!m_worker || m_state != State::Connected) {
        CommandResult r;
        r.status = CommandResult::Status::Failed;
        r.error = m_state == State::Reconnecting
            ? tr("The connection to %1 is being re-established; try again in a moment.").arg(m_target.displayName())
            : tr("Not connected to %1.").arg(m_target.displayName().isEmpty() ? tr("a host") : m_target.displayName());
        // Delivered from the event loop, so the caller can connect to finished() first.
        QTimer::singleShot(0, this, [this, id, r] { onCommandFinished(id, r); });
        return handle;
    }
    SshWorker* w = m_worker;
    QMetaObject::invokeMethod(
        w, [w, id, command] { w->startCommand(id, command); }, Qt::QueuedConnection);
    return handle;
}

CommandResult SshSession::runAndWait(const RemoteCommand& command, int timeoutMs)
{
    std::unique_ptr<CommandHandle> h(run(command));
    if (!h->waitForFinished(timeoutMs)) {
        CommandResult r;
        r.status = CommandResult::Status::TimedOut;
        r.error = tr("No result within %1 ms.").arg(timeoutMs);
        return r;
    }
    return h->result();
}

bool SshSession::waitForConnected(int timeoutMs)
{
    if (m_state == State::Connected)
        return true;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    connect(this, &SshSession::stateChanged, &loop, [&loop](State s) {
        if (s == State::Connected || s == State::Disconnected || s == State::Lost)
            loop.quit();
    });
    timer.start(timeoutMs);
    loop.exec();
    return m_state == State::Connected;
}

void SshSession::onCommandStarted(quint64 id)
{
    if (CommandHandle* h = m_handles.value(id))
        Q_EMIT h->started();
}

void SshSession::onCommandOutput(quint64 id, const QByteArray& data, bool isStderr)
{
    CommandHandle* h = m_handles.value(id);
    if (!h) {
        acknowledge(id, data.size());
        return;
    }
    if (isStderr)
        h->deliverStderr(data);
    else
        h->deliverStdout(data);
}

void SshSession::onStdinWritten(quint64 id, qint64 bytes)
{
    if (CommandHandle* h = m_handles.value(id))
        Q_EMIT h->stdinBytesWritten(bytes);
}

void SshSession::onCommandFinished(quint64 id, const CommandResult& result)
{
    CommandHandle* h = m_handles.take(id);
    if (h)
        h->deliverFinished(result);
}

void SshSession::handleDestroyed(quint64 id)
{
    m_handles.remove(id);
}

void SshSession::acknowledge(quint64 id, qint64 bytes)
{
    if (SshWorker* w = m_worker)
        QMetaObject::invokeMethod(
            w, [w, id, bytes] { w->acknowledge(id, bytes); }, Qt::QueuedConnection);
}

void SshSession::cancelCommand(quint64 id)
{
    if (SshWorker* w = m_worker)
        QMetaObject::invokeMethod(
            w, [w, id] { w->cancelCommand(id); }, Qt::QueuedConnection);
}

void SshSession::writeStdin(quint64 id, const QByteArray& data, bool close)
{
    if (SshWorker* w = m_worker)
        QMetaObject::invokeMethod(
            w, [w, id, data, close] { w->writeStdin(id, data, close); }, Qt::QueuedConnection);
}
