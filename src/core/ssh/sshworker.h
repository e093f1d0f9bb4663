#pragma once

#include "core/ssh/credentialrequest.h"
#include "core/ssh/hostkeyinfo.h"
#include "core/ssh/remotecommand.h"
#include "core/ssh/sshhandles.h"
#include "core/ssh/sshtarget.h"

#include <libssh/callbacks.h>
#include <libssh/server.h> // ssh_send_keepalive() is declared here, but works for clients too

#include <QElapsedTimer>
#include <QHash>
#include <QLoggingCategory>
#include <QObject>
#include <QPointer>

#include <deque>
#include <map>
#include <memory>
#include <vector>

Q_DECLARE_LOGGING_CATEGORY(lcSsh)

class QSocketNotifier;
class QTemporaryFile;
class QTimer;
class SshSession;

// Internal: the half of SshSession that lives on the session's thread and owns every libssh
// handle. Talks to SshSession only through queued calls. Not for use outside src/core/ssh.
class SshWorker : public QObject
{
    Q_OBJECT
public:
    // Mirrors SshSession::State (kept as int to avoid a header cycle).
    enum Phase
    {
        Disconnected,
        Connecting,
        Authenticating,
        Connected,
        Reconnecting,
        Lost
    };

    explicit SshWorker(SshSession* session);
    ~SshWorker() override;

    // All of these run on the worker thread (called through QMetaObject::invokeMethod).
    void connectToHost(const SshTarget& target);
    void disconnectFromHost();
    void hostKeyDecision(bool accept, bool save);
    void provideCredential(quint64 requestId, const QStringList& answers);
    void cancelCredential(quint64 requestId);
    void startCommand(quint64 id, const RemoteCommand& command);
    void cancelCommand(quint64 id);
    void acknowledge(quint64 id, qint64 bytes);
    void writeStdin(quint64 id, const QByteArray& data, bool close);
    void shutdown(); // frees everything; the thread quits afterwards

private:
    struct Job;
    enum class AuthStep
    {
        None,
        Agent,
        Keys,
        KbdInt,
        Password,
        Done
    };

    // connection
    void attemptConnect();
    void continueConnect(int generation);
    void failConnect(const QString& message, bool hardStop);
    void checkHostKey();
    void continueAuth();
    QString noMethodLeftMessage() const;
    void authSucceeded();
    void connectionLost(const QString& why);
    void scheduleReconnect();
    void teardownSession();
    quint64 requestCredential(CredentialRequest req);
    void setPhase(Phase p, const QString& error = {});

    // channels
    void schedulePump();
    void pump();
    bool advance(Job& job); // true when it made progress
    void finishJob(Job& job, CommandResult result);
    void startQueued();
    bool openChannel(Job& job);
    QString commandLineFor(const Job& job, QString* error) const;
    void readStderrThroughSudo(Job& job, QByteArray& chunk);
    void answerSudoPrompt(Job& job);
    void requestSudoPassword(Job& job, const QString& previousError);
    void escalate(Job& job);
    void killRemote(const Job& job, const char* signal);
    void housekeeping();
    void onSocketActivity();

    static void onExitStatus(ssh_session, ssh_channel, int status, void* userdata);
    static void onExitSignal(
        ssh_session, ssh_channel, const char* signal, int core, const char* errmsg, const char* lang, void* userdata);
    static void onChannelClose(ssh_session, ssh_channel, void* userdata);
    static void onChannelEof(ssh_session, ssh_channel, void* userdata);

    QPointer<SshSession> m_owner;
    SshTarget m_target;
    Phase m_phase = Disconnected;
    bool m_wasConnected = false; // a loss after this triggers Reconnecting
    SshHandles::Session m_session;
    SshHandles::Event m_event;
    std::unique_ptr<QSocketNotifier> m_readNotifier;
    std::unique_ptr<QSocketNotifier> m_writeNotifier;
    QTimer* m_housekeeping = nullptr;
    QTimer* m_reconnectTimer = nullptr;
    int m_reconnectAttempt = 0;
    int m_connectGeneration = 0;
    QElapsedTimer m_connectClock;
    QElapsedTimer m_lastActivity;
    qint64 m_lastKeepaliveSent = 0;
    bool m_pumpScheduled = false;
    std::unique_ptr<QTemporaryFile> m_proxyStderr; // the ProxyJump hop's stderr

    // host key
    QString m_acceptedOnceFingerprint;
    HostKeyInfo m_pendingHostKey;
    bool m_awaitingHostKey = false;

    // auth (secrets kept in memory only, for reconnects of this session)
    AuthStep m_authStep = AuthStep::None;
    int m_authMethods = 0;
    QStringList m_keys;
    int m_keyIndex = 0;
    bool m_keyPubChecked = false;
    int m_passphraseAttempts = 0;
    QHash<QString, QString> m_passphrases;
    QString m_password;
    int m_passwordAttempts = 0;
    bool m_passwordFromKbd = false;
    QStringList m_kbdAnswers;
    bool m_kbdHaveAnswers = false;
    quint64 m_awaitedCredential = 0;
    CredentialRequest::Kind m_awaitedKind = CredentialRequest::Kind::Password;
    quint64 m_nextRequestId = 1;
    QList<quint64> m_acceptedRequests; // credentials that worked in this auth round
    QString m_sudoPassword;
    bool m_sudoPasswordVerified = false;

    // commands
    std::map<quint64, std::unique_ptr<Job>> m_jobs;
    std::deque<quint64> m_queue; // waiting for a free channel
    int m_openChannels = 0;
    // Channels of finished jobs whose open request the host has not answered yet: they are closed
    // once it does (an EOF or close before that would name a channel the host does not know, and
    // sshd ends the connection for it).
    std::vector<SshHandles::Channel> m_unconfirmedChannels;
    void closeUnconfirmedChannels();
    quint64 m_nextInternalId = 1; // ids of our own helper commands (kill), never reported
};
