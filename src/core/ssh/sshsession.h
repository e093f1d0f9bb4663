#pragma once

#include "core/common/result.h"
#include "core/ssh/commandhandle.h"
#include "core/ssh/credentialrequest.h"
#include "core/ssh/hostkeyinfo.h"
#include "core/ssh/remotecommand.h"
#include "core/ssh/sshtarget.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QThread;
class SshWorker;
class CredentialStore;

// The connection to one host. Lives on the GUI thread; owns a worker on its own QThread (named
// "ssh <user@host>") on which every libssh call happens, so the GUI never blocks on the network.
// Many commands run at once over the one session (one channel each).
//
// Flow: connectToHost() → stateChanged(Connecting) → [hostKeyDecisionNeeded → acceptHostKey /
// rejectHostKey] → stateChanged(Authenticating) → [credentialNeeded → provideCredential /
// cancelCredential]* → stateChanged(Connected). Failures: errorOccurred(sentence) and
// stateChanged(Disconnected). A changed host key is a hard stop (errorOccurred names the
// known_hosts file and line) and no command ever runs.
//
// When an established connection drops: commands in flight finish with Status::Failed and a clear
// error; state goes Reconnecting (retries with backoff 1, 2, 4 … 30 s) and back to Connected, or
// Lost when the target disallows reconnects. run() while not Connected fails at once.
//
// Cancel and timeout: TERM is sent to the remote process group (as an SSH "signal" request and,
// because sshd ignores those for root logins, with `kill -TERM -- -PGID` on a second channel),
// KILL 300 ms later, and the channel is closed after 600 ms. One channel of target.maxChannels is
// kept free for this. sudo relays the signal to its command.
//
// Known limit: authentication round trips run blocking on the worker (each bounded by
// target.connectTimeoutMs); destroying the session during one waits for it to end.
class SshSession : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Disconnected,
        Connecting,
        Authenticating,
        Connected,
        Reconnecting,
        Lost
    };
    Q_ENUM(State)

    explicit SshSession(QObject* parent = nullptr);
    ~SshSession() override; // disconnects and joins the worker thread

    // Optional: secrets are looked up here before credentialNeeded is emitted, and answers given
    // with remember=true are saved here once they worked. Not owned.
    void setCredentialStore(CredentialStore* store);

    void connectToHost(const SshTarget& target);
    void disconnectFromHost();
    State state() const { return m_state; }
    const SshTarget& target() const { return m_target; }
    QString lastError() const { return m_lastError; }
    // The numeric addresses this connection reached (the peer; through a ProxyJump hop, what the
    // host name resolves to here). Known once the TCP connection stands, before Connected.
    QStringList reachedAddresses() const { return m_reachedAddresses; }

    // Host key decision for the pending hostKeyDecisionNeeded. save=true appends the key to the
    // known_hosts file (OpenSSH format); save=false trusts it for this session object only.
    void acceptHostKey(bool save);
    void rejectHostKey();

    // Answer to credentialNeeded(request). For KeyboardInteractive, answers holds one entry per
    // prompt; otherwise answers[0] is the secret. remember=true stores it in the CredentialStore
    // after it was accepted by the host.
    void provideCredential(quint64 requestId, const QStringList& answers, bool remember = false);
    void cancelCredential(quint64 requestId);

    // Starts `command`; the returned handle is owned by the caller (parent it or delete it).
    // Fails through the handle (finished with Status::Failed) when not connected.
    CommandHandle* run(const RemoteCommand& command, QObject* parent = nullptr);
    // Convenience: run and collect everything; blocks in a local event loop (tests, bench only).
    CommandResult runAndWait(const RemoteCommand& command, int timeoutMs = 60000);

    // Blocks in a local event loop until state is Connected (true) or Disconnected/Lost (false).
    // Host-key and credential prompts must be answered by connected slots meanwhile. Tests only.
    bool waitForConnected(int timeoutMs = 30000);

    static QString stateName(State s);

Q_SIGNALS:
    void stateChanged(SshSession::State state);
    void hostKeyDecisionNeeded(const HostKeyInfo& info);
    void credentialNeeded(const CredentialRequest& request);
    void errorOccurred(const QString& message);

private:
    friend class CommandHandle;
    friend class SshWorker;
    void setState(State s);
    // Called (queued) by the worker.
    void onWorkerState(int phase, const QString& error);
    void onCredentialNeeded(const CredentialRequest& request);
    void onCredentialsAccepted(const QList<quint64>& requestIds);
    void onCommandStarted(quint64 id);
    void onCommandOutput(quint64 id, const QByteArray& data, bool isStderr);
    void onStdinWritten(quint64 id, qint64 bytes);
    void onCommandFinished(quint64 id, const CommandResult& result);
    // Called by CommandHandle.
    void handleDestroyed(quint64 id);
    void acknowledge(quint64 id, qint64 bytes);
    void cancelCommand(quint64 id);
    void writeStdin(quint64 id, const QByteArray& data, bool close);
    void stopWorker();

    SshTarget m_target;
    State m_state = State::Disconnected;
    QString m_lastError;
    QStringList m_reachedAddresses;
    QThread* m_thread = nullptr;
    SshWorker* m_worker = nullptr; // lives on m_thread
    QPointer<CredentialStore> m_store;
    QHash<quint64, QPointer<CommandHandle>> m_handles;
    QHash<quint64, CredentialRequest> m_pendingRequests;
    QHash<quint64, QPair<QString, QString>> m_toRemember; // request id → (store key, secret)
    quint64 m_nextId = 1;
};
