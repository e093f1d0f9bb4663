#include "core/ssh/sshworker.h"

#include "core/ssh/credentialstore.h"
#include "core/ssh/knownhosts.h"
#include "core/ssh/proxyjump.h"
#include "core/ssh/shellquote.h"
#include "core/ssh/sshconfig.h"
#include "core/ssh/ssherror.h"
#include "core/ssh/sshsession.h"
#include "core/ssh/sudogate.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QSocketNotifier>
#include <QTemporaryFile>
#include <QThread>
#include <QTimer>

#include <algorithm>

Q_LOGGING_CATEGORY(lcSsh, "gbadmin.ssh", QtWarningMsg)

namespace {

constexpr qint64 kReadChunk = 64 * 1024; // a read this large reserves the pass's whole budget at once
constexpr qint64 kReadBudgetPerPass = 1024 * 1024;
constexpr int kPollsPerActivity = 256; // libssh reads 4 KiB per poll: up to 1 MiB per socket wake-up
constexpr qint64 kWriteChunk = 128 * 1024;
constexpr int kSignalGraceMs = 300; // TERM, then KILL after this, then the channel is closed

QString defaultKnownHosts()
{
    return QDir::homePath() + QStringLiteral("/.ssh/known_hosts");
}

} // namespace

struct SshWorker::Job
{
    enum class State
    {
        Queued,
        Opening,
        Exec,
        Running
    };
    quint64 id = 0;
    RemoteCommand cmd;
    State state = State::Queued;
    // Set for sudo commands: stdin is held until the command runs, the password written only when
    // sudo prints this run's prompt.
    std::unique_ptr<SudoGate> sudo;
    SshHandles::Channel channel;
    ssh_channel_callbacks_struct callbacks {};
    QByteArray pendingStdin; // the caller's bytes (held while sudo has not started the command)
    QByteArray secretStdin; // the sudo password line, written when sudo asked; never reported
    int passwordsWritten = 0;
    quint64 answeredRequest = 0; // the credential request whose answer was written last
    bool sudoRefusedInput = false; // the sudo prompt was cancelled: stdin is closed, sudo gives up
    bool closeStdin = false;
    bool eofSent = false;
    qint64 unacked = 0;
    bool remoteEof = false;
    bool remoteClosed = false;
    bool openRequested = false; // the channel-open request went out
    bool haveExit = false;
    int exitStatus = -1;
    QString exitSignal;
    bool startedEmitted = false;
    QElapsedTimer clock;
    bool terminating = false;
    CommandResult::Status endStatus = CommandResult::Status::Cancelled;
    QElapsedTimer terminateClock;
    int escalation = 0;
    quint64 sudoRequest = 0;
    SshWorker* worker = nullptr;
    bool internal = false; // a helper command of ours (kill): nothing is reported
    QByteArray pid; // the remote process (group) id, printed first by the wrapper
    bool pidKnown = false;
    QByteArray pidBuffer;
};

namespace {
constexpr quint64 kInternalIdBit = quint64(1) << 63;

// Every command is started as `printf '%s\n' "$$"; exec CMD`: the shell sshd started is a session
// and process group leader (setsid), exec keeps its pid, so the first stdout line names the process
// group of the command. Cancelling kills that group from a second channel: sshd honours the
// "signal" channel request only with privilege separation (not for root logins), and closing a
// pty-less channel kills nothing.
const QString kPidPrefix = QStringLiteral("printf '%s\\n' \"$$\"; exec ");
} // namespace

SshWorker::SshWorker(SshSession* session)
    : m_owner(session)
{
    m_housekeeping = new QTimer(this);
    m_housekeeping->setInterval(100);
    connect(m_housekeeping, &QTimer::timeout, this, &SshWorker::housekeeping);
    m_reconnectTimer = new QTimer(this);
    m_reconnectTimer->setSingleShot(true);
    connect(m_reconnectTimer, &QTimer::timeout, this, &SshWorker::attemptConnect);
}

SshWorker::~SshWorker() = default;

// ---------------------------------------------------------------- connection

void SshWorker::setPhase(Phase p, const QString& error)
{
    m_phase = p;
    SshSession* owner = m_owner.data();
    QMetaObject::invokeMethod(
        owner, [owner, p, error] { owner->onWorkerState(int(p), error); }, Qt::QueuedConnection);
}

void SshWorker::connectToHost(const SshTarget& target)
{
    m_target = target;
    m_wasConnected = false;
    m_reconnectAttempt = 0;
    m_password.clear();
    m_passphrases.clear();
    m_sudoPassword.clear();
    m_sudoPasswordVerified = false;
    m_acceptedOnceFingerprint.clear();
    attemptConnect();
}

void SshWorker::disconnectFromHost()
{
    m_reconnectTimer->stop();
    const QString why = QStringLiteral("The connection was closed before the command finished.");
    while (!m_jobs.empty()) {
        Job& job = *m_jobs.begin()->second;
        CommandResult r;
        r.status = CommandResult::Status::Failed;
        r.error = why;
        finishJob(job, r);
    }
    teardownSession();
    m_wasConnected = false;
    m_awaitingHostKey = false;
    m_awaitedCredential = 0;
    setPhase(Disconnected);
}

void SshWorker::shutdown()
{
    m_reconnectTimer->stop();
    m_housekeeping->stop();
    m_jobs.clear();
    m_queue.clear();
    teardownSession();
}

void SshWorker::teardownSession()
{
    ++m_connectGeneration; // a pending connect poll must not touch the next session
    m_readNotifier.reset();
    m_writeNotifier.reset();
    m_housekeeping->stop();
    for (auto& [id, job] : m_jobs)
        job->channel.reset();
    m_unconfirmedChannels.clear();
    m_openChannels = 0;
    m_event.reset();
    m_session.reset();
}

void SshWorker::attemptConnect()
{
    teardownSession();
    m_awaitingHostKey = false;
    setPhase(m_wasConnected ? Reconnecting : Connecting);
    m_session.reset(ssh_new());
    ssh_session s = m_session.get();
    const QByteArray host = m_target.host.toUtf8();
    const QByteArray user = m_target.user.toUtf8();
    const QByteArray known
        = (m_target.knownHostsFile.isEmpty() ? defaultKnownHosts() : m_target.knownHostsFile).toUtf8();
    const unsigned int port = unsigned(m_target.port);
    const long timeoutSec = std::max(1L, long((m_target.connectTimeoutMs + 999) / 1000));
    bool processConfig = false; // we read ~/.ssh/config ourselves (SshConfig); libssh must not
    const int nodelay = 1; // many small request/response round trips: no Nagle delay
    ssh_options_set(s, SSH_OPTIONS_PROCESS_CONFIG, &processConfig);
    ssh_options_set(s, SSH_OPTIONS_HOST, host.constData());
    ssh_options_set(s, SSH_OPTIONS_PORT, &port);
    if (!user.isEmpty())
        ssh_options_set(s, SSH_OPTIONS_USER, user.constData());
    ssh_options_set(s, SSH_OPTIONS_TIMEOUT, &timeoutSec);
    ssh_options_set(s, SSH_OPTIONS_KNOWNHOSTS, known.constData());
    ssh_options_set(s, SSH_OPTIONS_NODELAY, &nodelay);
    // AES-GCM first: with AES-NI it is the cheapest AEAD cipher, and bulk transfers are CPU-bound
    // (libssh otherwise prefers chacha20-poly1305). All of these are OpenSSH defaults too.
    static const char ciphers[] = "aes128-gcm@openssh.com,aes256-gcm@openssh.com,chacha20-poly1305@openssh.com,"
                                  "aes128-ctr,aes192-ctr,aes256-ctr";
    ssh_options_set(s, SSH_OPTIONS_CIPHERS_C_S, ciphers);
    ssh_options_set(s, SSH_OPTIONS_CIPHERS_S_C, ciphers);
    if (!m_target.proxyJump.isEmpty()) {
        // The hop's own stderr goes to a private file, so its reason can be shown when it fails.
        if (!m_proxyStderr) {
            m_proxyStderr
                = std::make_unique<QTemporaryFile>(QDir::tempPath() + QStringLiteral("/gbadmin-proxy-XXXXXX.log"));
            if (!m_proxyStderr->open())
                m_proxyStderr.reset();
        }
        auto proxy = ProxyJump::proxyCommand(m_target, m_proxyStderr ? m_proxyStderr->fileName() : QString());
        if (!proxy) {
            failConnect(proxy.errorMessage(), true);
            return;
        }
        const QByteArray line = proxy->toUtf8();
        ssh_options_set(s, SSH_OPTIONS_PROXYCOMMAND, line.constData());
    }
    // Non-blocking, polled: the thread keeps serving queued calls (disconnect, shutdown) while the
    // TCP connect, banner and key exchange run.
    ssh_set_blocking(s, 0);
    m_connectClock.start();
    ++m_connectGeneration;
    continueConnect(m_connectGeneration);
}

void SshWorker::continueConnect(int generation)
{
    if (generation != m_connectGeneration || !m_session)
        return;
    ssh_session s = m_session.get();
    const int rc = ssh_connect(s);
    if (rc == SSH_AGAIN) {
        if (m_connectClock.elapsed() > m_target.connectTimeoutMs) {
            failConnect(sshErrorMessage(QStringLiteral("Timeout connecting to %1").arg(m_target.host),
                            QStringLiteral("connect to %1").arg(m_target.displayName())),
                false);
            return;
        }
        QTimer::singleShot(
            m_connectClock.elapsed() < 200 ? 2 : 15, this, [this, generation] { continueConnect(generation); });
        return;
    }
    if (rc != SSH_OK) {
        QString message = sshErrorMessage(s, tr("connect to %1").arg(m_target.displayName()));
        const QString hop = m_proxyStderr ? ProxyJump::stderrTail(m_proxyStderr->fileName()) : QString();
        if (!hop.isEmpty())
            message += QLatin1Char(' ') + tr("The jump host said: %1").arg(hop);
        failConnect(message, false);
        return;
    }
    // Authentication is a short series of round trips, bounded by SSH_OPTIONS_TIMEOUT; it runs
    // blocking, the channels later run non-blocking.
    ssh_set_blocking(s, 1);
    checkHostKey();
}

void SshWorker::failConnect(const QString& message, bool hardStop)
{
    teardownSession();
    m_awaitingHostKey = false;
    m_awaitedCredential = 0;
    if (m_wasConnected && !hardStop && m_target.autoReconnect) {
        // Said once per outage, not at every retry.
        if (m_reconnectAttempt <= 1) {
            SshSession* owner = m_owner.data();
            QMetaObject::invokeMethod(
                owner, [owner, message] { Q_EMIT owner->errorOccurred(message); }, Qt::QueuedConnection);
        }
        scheduleReconnect();
        return;
    }
    m_wasConnected = false;
    setPhase(Disconnected, message);
}

void SshWorker::scheduleReconnect()
{
    static constexpr int delays[] = { 1000, 2000, 4000, 8000, 16000, 30000 };
    const int delay = delays[std::min<int>(m_reconnectAttempt, int(std::size(delays)) - 1)];
    ++m_reconnectAttempt;
    setPhase(Reconnecting);
    m_reconnectTimer->start(delay);
}

void SshWorker::checkHostKey()
{
    ssh_session s = m_session.get();
    ssh_key rawKey = nullptr;
    if (ssh_get_server_publickey(s, &rawKey) != SSH_OK) {
        failConnect(sshErrorMessage(s, QStringLiteral("read the host key of %1").arg(m_target.displayName())), false);
        return;
    }
    SshHandles::Key key(rawKey);
    unsigned char* rawHash = nullptr;
    size_t hashLen = 0;
    if (ssh_get_publickey_hash(key.get(), SSH_PUBLICKEY_HASH_SHA256, &rawHash, &hashLen) != SSH_OK) {
        failConnect(
            QStringLiteral("Could not compute the fingerprint of the host key of %1.").arg(m_target.displayName()),
            true);
        return;
    }
    SshHandles::Hash hash(rawHash);
    SshHandles::CString fp(ssh_get_fingerprint_hash(SSH_PUBLICKEY_HASH_SHA256, hash.get(), hashLen));
    HostKeyInfo info;
    info.host = KnownHosts::entryName(m_target.host, m_target.port);
    info.keyType = QString::fromLatin1(ssh_key_type_to_char(ssh_key_type(key.get())));
    info.fingerprintSha256 = QString::fromLatin1(fp.get());
    info.knownHostsFile = m_target.knownHostsFile.isEmpty() ? defaultKnownHosts() : m_target.knownHostsFile;
    char* rawB64 = nullptr;
    if (ssh_pki_export_pubkey_base64(key.get(), &rawB64) != SSH_OK) {
        failConnect(tr("Could not read the host key of %1.").arg(m_target.displayName()), true);
        return;
    }
    const QByteArray blob = QByteArray::fromBase64(QByteArray(rawB64));
    ssh_string_free_char(rawB64);

    const auto proceed = [this] {
        setPhase(Authenticating);
        m_authStep = AuthStep::None;
        m_acceptedRequests.clear();
        continueAuth();
    };
    // Every known_hosts file, read by us (KnownHosts): libssh reads one and ignores the markers.
    const QStringList files
        = QStringList { info.knownHostsFile } + m_target.moreKnownHostsFiles + m_target.globalKnownHostsFiles;
    const KnownHosts::Result known = KnownHosts::check(files, m_target.host, m_target.port, info.keyType, blob);
    const QString where = known.line > 0 ? tr("line %1 of %2").arg(known.line).arg(known.file) : QString();
    switch (known.verdict) {
    case KnownHosts::Verdict::Known:
        proceed();
        return;
    case KnownHosts::Verdict::Revoked:
        failConnect(tr("DANGER: the host key of %1 (%2 %3) is marked @revoked at %4. Nothing was run; do not "
                       "connect until the host has a new key.")
                        .arg(m_target.displayName(), info.keyType, info.fingerprintSha256, where),
            true);
        return;
    case KnownHosts::Verdict::Changed:
        failConnect(tr("DANGER: the host key of %1 has CHANGED (%2 now presents %3 %4). Someone may be "
                       "intercepting the connection, or the host was reinstalled. Nothing was run. "
                       "If you know why it changed, remove the old key at %5 (for example with "
                       "`ssh-keygen -R '%6' -f %7`) and connect again.")
                        .arg(m_target.displayName(), m_target.host, info.keyType, info.fingerprintSha256, where,
                            info.host, known.file),
            true);
        return;
    case KnownHosts::Verdict::Unusable:
    case KnownHosts::Verdict::OtherType:
    case KnownHosts::Verdict::Unknown:
        break;
    }
    info.status = known.verdict == KnownHosts::Verdict::Unusable ? HostKeyInfo::Status::Unusable
        : known.verdict == KnownHosts::Verdict::OtherType        ? HostKeyInfo::Status::OtherType
        : QFileInfo::exists(info.knownHostsFile)                 ? HostKeyInfo::Status::Unknown
                                                                 : HostKeyInfo::Status::NoKnownHostsFile;
    if (known.verdict == KnownHosts::Verdict::Unusable)
        info.detail = where + QStringLiteral(": ") + known.reason;
    if (!m_acceptedOnceFingerprint.isEmpty() && m_acceptedOnceFingerprint == info.fingerprintSha256) {
        proceed();
        return;
    }
    if (m_target.hostKeyPolicy == SshTarget::HostKeyPolicy::Strict) {
        if (known.verdict == KnownHosts::Verdict::Unusable)
            failConnect(tr("DANGER: known_hosts has an entry for %1 that cannot be used (%2), and strict host key "
                           "checking is on. Nothing was run.")
                            .arg(m_target.displayName(), info.detail),
                true);
        else
            failConnect(tr("The host key of %1 (%2 %3) is not in %4 and strict host key checking is on. "
                           "Nothing was run.")
                            .arg(m_target.displayName(), info.keyType, info.fingerprintSha256, info.knownHostsFile),
                true);
        return;
    }
    // accept-new saves only a true first contact; a host with unusable entries is never new.
    if (m_target.hostKeyPolicy == SshTarget::HostKeyPolicy::AcceptNew
        && known.verdict == KnownHosts::Verdict::Unknown) {
        if (ssh_session_update_known_hosts(s) != SSH_OK) {
            failConnect(sshErrorMessage(s, tr("save the host key to %1").arg(info.knownHostsFile)), true);
            return;
        }
        proceed();
        return;
    }
    m_pendingHostKey = info;
    m_awaitingHostKey = true;
    SshSession* owner = m_owner.data();
    QMetaObject::invokeMethod(
        owner, [owner, info] { Q_EMIT owner->hostKeyDecisionNeeded(info); }, Qt::QueuedConnection);
}

void SshWorker::hostKeyDecision(bool accept, bool save)
{
    if (!m_awaitingHostKey || !m_session)
        return;
    m_awaitingHostKey = false;
    if (!accept) {
        failConnect(
            QStringLiteral("The host key of %1 was not trusted; nothing was run.").arg(m_target.displayName()), true);
        return;
    }
    if (save) {
        if (ssh_session_update_known_hosts(m_session.get()) != SSH_OK) {
            failConnect(sshErrorMessage(m_session.get(),
                            QStringLiteral("save the host key to %1").arg(m_pendingHostKey.knownHostsFile)),
                true);
            return;
        }
    } else {
        m_acceptedOnceFingerprint = m_pendingHostKey.fingerprintSha256;
    }
    setPhase(Authenticating);
    m_authStep = AuthStep::None;
    m_acceptedRequests.clear();
    continueAuth();
}

quint64 SshWorker::requestCredential(CredentialRequest req)
{
    req.id = m_nextRequestId++;
    req.target = m_target.displayName();
    SshSession* owner = m_owner.data();
    QMetaObject::invokeMethod(
        owner, [owner, req] { owner->onCredentialNeeded(req); }, Qt::QueuedConnection);
    return req.id;
}

void SshWorker::provideCredential(quint64 requestId, const QStringList& answers)
{
    // sudo passwords belong to a command, not to the login.
    for (auto& [id, job] : m_jobs) {
        if (job->sudoRequest == requestId && job->sudo) {
            job->sudoRequest = 0;
            m_sudoPassword = answers.value(0);
            m_sudoPasswordVerified = false;
            m_acceptedRequests.append(requestId);
            job->answeredRequest = requestId;
            answerSudoPrompt(*job);
            return;
        }
    }
    if (requestId != m_awaitedCredential || !m_session)
        return;
    m_awaitedCredential = 0;
    m_acceptedRequests.append(requestId);
    switch (m_awaitedKind) {
    case CredentialRequest::Kind::KeyPassphrase:
        m_passphrases.insert(m_keys.value(m_keyIndex), answers.value(0));
        break;
    case CredentialRequest::Kind::Password:
        m_password = answers.value(0);
        m_passwordFromKbd = false;
        break;
    case CredentialRequest::Kind::KeyboardInteractive:
        m_kbdAnswers = answers;
        m_kbdHaveAnswers = true;
        // The answer to the host's password prompt is the session's password: kept for reconnects.
        if (m_passwordFromKbd)
            m_password = answers.value(0);
        break;
    case CredentialRequest::Kind::SudoPassword:
        break;
    }
    continueAuth();
}

void SshWorker::cancelCredential(quint64 requestId)
{
    for (auto& [id, job] : m_jobs) {
        if (job->sudoRequest == requestId && job->sudo) {
            // sudo waits for the password on stdin: closing it makes sudo give up without running
            // anything; the result then says why.
            job->sudoRequest = 0;
            job->sudoRefusedInput = true;
            job->pendingStdin.clear();
            job->closeStdin = true;
            schedulePump();
            return;
        }
    }
    if (requestId != m_awaitedCredential || !m_session)
        return;
    m_awaitedCredential = 0;
    switch (m_awaitedKind) {
    case CredentialRequest::Kind::KeyPassphrase:
        ++m_keyIndex; // skip this key, as OpenSSH does when the passphrase prompt is dismissed
        m_keyPubChecked = false;
        m_passphraseAttempts = 0;
        continueAuth();
        return;
    case CredentialRequest::Kind::KeyboardInteractive:
        // Dismissing the host's password prompt means "do not log in", not "ask for the same
        // password again through the password method"; other prompts (a token) may be skipped.
        if (!m_passwordFromKbd) {
            m_authStep = AuthStep::Password;
            continueAuth();
            return;
        }
        [[fallthrough]];
    default:
        failConnect(QStringLiteral("Login to %1 was cancelled.").arg(m_target.displayName()), true);
        return;
    }
}

void SshWorker::continueAuth()
{
    ssh_session s = m_session.get();
    const QString who = m_target.displayName();
    // Wrong passwords in all, over keyboard-interactive and password together: OpenSSH's
    // NumberOfPasswordPrompts, and what people expect from "three tries".
    constexpr int maxPasswordAttempts = 3;
    const auto failPasswordRefused = [this, &who] {
        failConnect(QStringLiteral("The host %1 did not accept the password (%2 attempts). Check the user name and "
                                   "the password.")
                        .arg(who)
                        .arg(maxPasswordAttempts),
            true);
    };
    while (s) {
        switch (m_authStep) {
        case AuthStep::None: {
            const int rc = ssh_userauth_none(s, nullptr);
            if (rc == SSH_AUTH_SUCCESS) {
                authSucceeded();
                return;
            }
            if (rc == SSH_AUTH_ERROR) {
                failConnect(sshErrorMessage(s, QStringLiteral("log in to %1").arg(who)), false);
                return;
            }
            m_authMethods = ssh_userauth_list(s, nullptr);
            m_authStep = AuthStep::Agent;
            m_keys = m_target.useKeyFiles ? m_target.identityFiles : QStringList();
            if (m_keys.isEmpty() && m_target.useKeyFiles) {
                for (const char* name : { "id_ed25519", "id_ecdsa", "id_rsa" }) {
                    const QString p = QDir::homePath() + QStringLiteral("/.ssh/") + QLatin1String(name);
                    if (QFileInfo::exists(p))
                        m_keys << p;
                }
            }
            m_keyIndex = 0;
            m_keyPubChecked = false;
            m_passphraseAttempts = 0;
            m_passwordAttempts = 0;
            m_passwordFromKbd = false;
            m_kbdHaveAnswers = false;
            qCDebug(lcSsh) << "auth: methods offered by" << who << Qt::showbase << Qt::hex << m_authMethods;
            break;
        }
        case AuthStep::Agent: {
            m_authStep = AuthStep::Keys;
            if ((m_authMethods & SSH_AUTH_METHOD_PUBLICKEY) && m_target.useAgent
                && !qEnvironmentVariableIsEmpty("SSH_AUTH_SOCK")) {
                const int rc = ssh_userauth_agent(s, nullptr);
                if (rc == SSH_AUTH_SUCCESS) {
                    authSucceeded();
                    return;
                }
                if (!ssh_is_connected(s)) {
                    failConnect(sshErrorMessage(s, QStringLiteral("log in to %1 with ssh-agent").arg(who)), false);
                    return;
                }
            }
            break;
        }
        case AuthStep::Keys: {
            if (!(m_authMethods & SSH_AUTH_METHOD_PUBLICKEY) || m_keyIndex >= m_keys.size()) {
                m_authStep = AuthStep::KbdInt;
                break;
            }
            const QString path = m_keys.at(m_keyIndex);
            const auto nextKey = [this] {
                ++m_keyIndex;
                m_keyPubChecked = false;
                m_passphraseAttempts = 0;
            };
            if (!QFileInfo::exists(path)) {
                nextKey();
                break;
            }
            if (!m_keyPubChecked) {
                // Offer the public half first, so a key the host does not know never costs a
                // passphrase prompt.
                ssh_key pubRaw = nullptr;
                const QByteArray pubPath = (path + QStringLiteral(".pub")).toUtf8();
                if (ssh_pki_import_pubkey_file(pubPath.constData(), &pubRaw) == SSH_OK) {
                    SshHandles::Key pub(pubRaw);
                    if (ssh_userauth_try_publickey(s, nullptr, pub.get()) != SSH_AUTH_SUCCESS) {
                        nextKey();
                        break;
                    }
                }
                m_keyPubChecked = true;
            }
            const QByteArray file = path.toUtf8();
            const bool havePass = m_passphrases.contains(path);
            const QByteArray pass = m_passphrases.value(path).toUtf8();
            ssh_key privRaw = nullptr;
            const int rc = ssh_pki_import_privkey_file(
                file.constData(), havePass ? pass.constData() : nullptr, nullptr, nullptr, &privRaw);
            if (rc != SSH_OK) {
                m_passphrases.remove(path);
                if (m_passphraseAttempts >= 3) {
                    nextKey();
                    break;
                }
                CredentialRequest req;
                req.kind = CredentialRequest::Kind::KeyPassphrase;
                req.detail = path;
                req.storeKey = CredentialStore::keyFor(CredentialStore::Kind::KeyPassphrase, path);
                if (havePass)
                    req.previousError = QStringLiteral("The passphrase did not unlock the key.");
                ++m_passphraseAttempts;
                m_awaitedKind = req.kind;
                m_awaitedCredential = requestCredential(req);
                return;
            }
            SshHandles::Key priv(privRaw);
            if (ssh_userauth_publickey(s, nullptr, priv.get()) == SSH_AUTH_SUCCESS) {
                authSucceeded();
                return;
            }
            if (!ssh_is_connected(s)) {
                failConnect(sshErrorMessage(s, QStringLiteral("log in to %1 with %2").arg(who, path)), false);
                return;
            }
            nextKey();
            break;
        }
        case AuthStep::KbdInt: {
            if (!(m_authMethods & SSH_AUTH_METHOD_INTERACTIVE) || !m_target.usePassword) {
                m_authStep = AuthStep::Password;
                break;
            }
            if (m_kbdHaveAnswers) {
                for (int i = 0; i < m_kbdAnswers.size(); ++i)
                    ssh_userauth_kbdint_setanswer(s, unsigned(i), m_kbdAnswers.at(i).toUtf8().constData());
                m_kbdHaveAnswers = false;
                m_kbdAnswers.clear();
            }
            const int rc = ssh_userauth_kbdint(s, nullptr, nullptr);
            if (rc == SSH_AUTH_SUCCESS) {
                authSucceeded();
                return;
            }
            if (rc == SSH_AUTH_INFO) {
                const int n = ssh_userauth_kbdint_getnprompts(s);
                CredentialRequest req;
                req.kind = CredentialRequest::Kind::KeyboardInteractive;
                req.detail = QString::fromUtf8(ssh_userauth_kbdint_getinstruction(s));
                for (int i = 0; i < n; ++i) {
                    char echo = 0;
                    req.prompts << QString::fromUtf8(ssh_userauth_kbdint_getprompt(s, unsigned(i), &echo));
                    req.echo << bool(echo);
                }
                if (n == 0) {
                    m_kbdHaveAnswers = true; // an empty round: answer with nothing
                    break;
                }
                // One hidden "Password:" prompt (PAM's) asks for the login password; m_passwordFromKbd
                // marks this round as that prompt until it is answered, refused or cancelled.
                m_passwordFromKbd = n == 1 && !req.echo.at(0) && req.prompts.at(0).contains(QLatin1String("assword"));
                qCDebug(lcSsh) << "auth: keyboard-interactive round," << n
                               << "prompt(s), password prompt:" << m_passwordFromKbd;
                if (m_passwordFromKbd && !m_password.isEmpty()) {
                    // Known and not refused yet (a reconnect, or given for the password method).
                    m_kbdAnswers = QStringList { m_password };
                    m_kbdHaveAnswers = true;
                    ++m_passwordAttempts;
                    break;
                }
                if (m_passwordFromKbd) {
                    req.storeKey = CredentialStore::keyFor(CredentialStore::Kind::SshPassword, who);
                    if (m_passwordAttempts > 0)
                        req.previousError = QStringLiteral("The host did not accept the password.");
                    ++m_passwordAttempts;
                }
                m_awaitedKind = req.kind;
                m_awaitedCredential = requestCredential(req);
                return;
            }
            if (rc == SSH_AUTH_ERROR || !ssh_is_connected(s)) {
                failConnect(sshErrorMessage(s, QStringLiteral("log in to %1").arg(who)), false);
                return;
            }
            if (m_passwordFromKbd && rc == SSH_AUTH_DENIED) {
                // The password given at the host's prompt was refused: a new round asks again, as
                // OpenSSH does, instead of asking once more through the password method.
                qCDebug(lcSsh) << "auth: password refused at keyboard-interactive, attempt" << m_passwordAttempts;
                m_passwordFromKbd = false;
                m_password.clear();
                if (m_passwordAttempts >= maxPasswordAttempts) {
                    failPasswordRefused();
                    return;
                }
                break;
            }
            m_passwordFromKbd = false;
            m_authStep = AuthStep::Password; // denied or partial
            break;
        }
        case AuthStep::Password: {
            if (!(m_authMethods & SSH_AUTH_METHOD_PASSWORD) || !m_target.usePassword) {
                failConnect(noMethodLeftMessage(), true);
                return;
            }
            // m_password is empty once refused, so a refused one is never sent again.
            if (m_password.isEmpty()) {
                if (m_passwordAttempts >= maxPasswordAttempts) {
                    failPasswordRefused();
                    return;
                }
                CredentialRequest req;
                req.kind = CredentialRequest::Kind::Password;
                req.storeKey = CredentialStore::keyFor(CredentialStore::Kind::SshPassword, who);
                if (m_passwordAttempts > 0)
                    req.previousError = QStringLiteral("The host did not accept the password.");
                m_passwordFromKbd = false;
                m_awaitedKind = req.kind;
                m_awaitedCredential = requestCredential(req);
                return;
            }
            ++m_passwordAttempts;
            qCDebug(lcSsh) << "auth: password method, attempt" << m_passwordAttempts;
            const int rc = ssh_userauth_password(s, nullptr, m_password.toUtf8().constData());
            if (rc == SSH_AUTH_SUCCESS) {
                authSucceeded();
                return;
            }
            if (rc == SSH_AUTH_ERROR || !ssh_is_connected(s)) {
                failConnect(sshErrorMessage(s, QStringLiteral("log in to %1").arg(who)), false);
                return;
            }
            m_password.clear();
            break;
        }
        case AuthStep::Done:
            return;
        }
    }
}

// Every allowed method failed, or the host offers none of them: say which, so the admin knows
// whether to fix the key, the user name or the profile's login method.
QString SshWorker::noMethodLeftMessage() const
{
    const QString who = m_target.displayName();
    QStringList tried;
    const bool pubkey = m_authMethods & SSH_AUTH_METHOD_PUBLICKEY;
    if (pubkey && m_target.useAgent && !qEnvironmentVariableIsEmpty("SSH_AUTH_SOCK"))
        tried << QStringLiteral("ssh-agent");
    if (pubkey && !m_keys.isEmpty())
        tried << QStringLiteral("key files");
    if ((m_authMethods & SSH_AUTH_METHOD_INTERACTIVE) && m_target.usePassword)
        tried << QStringLiteral("keyboard-interactive");
    if (!tried.isEmpty())
        return QStringLiteral("The host %1 accepted none of the login methods tried (%2). Check the user name and the "
                              "key, or add your key to the host's authorized_keys.")
            .arg(who, tried.join(QLatin1String(", ")));
    QStringList offered;
    if (pubkey)
        offered << QStringLiteral("public key");
    if (m_authMethods & SSH_AUTH_METHOD_INTERACTIVE)
        offered << QStringLiteral("keyboard-interactive");
    if (m_authMethods & SSH_AUTH_METHOD_PASSWORD)
        offered << QStringLiteral("password");
    return QStringLiteral("The host %1 offers no login method this profile allows (it offers: %2). Change the "
                          "profile's login method, or add a key file.")
        .arg(who, offered.isEmpty() ? QStringLiteral("nothing") : offered.join(QLatin1String(", ")));
}

void SshWorker::authSucceeded()
{
    m_authStep = AuthStep::Done;
    ssh_session s = m_session.get();
    SshSession* owner = m_owner.data();
    const QList<quint64> accepted = m_acceptedRequests;
    m_acceptedRequests.clear();
    QMetaObject::invokeMethod(
        owner, [owner, accepted] { owner->onCredentialsAccepted(accepted); }, Qt::QueuedConnection);

    ssh_set_blocking(s, 0);
    m_event.reset(ssh_event_new());
    ssh_event_add_session(m_event.get(), s);
    const auto fd = ssh_get_fd(s);
    m_readNotifier = std::make_unique<QSocketNotifier>(fd, QSocketNotifier::Read);
    connect(m_readNotifier.get(), &QSocketNotifier::activated, this, &SshWorker::onSocketActivity);
    m_writeNotifier = std::make_unique<QSocketNotifier>(fd, QSocketNotifier::Write);
    m_writeNotifier->setEnabled(false);
    connect(m_writeNotifier.get(), &QSocketNotifier::activated, this, &SshWorker::onSocketActivity);
    m_lastActivity.start();
    m_lastKeepaliveSent = 0;
    m_housekeeping->start();
    m_wasConnected = true;
    m_reconnectAttempt = 0;
    setPhase(Connected);
    schedulePump();
}

void SshWorker::connectionLost(const QString& why)
{
    const QString host = m_target.displayName();
    const QString msg = QStringLiteral("The connection to %1 was lost while the command ran (%2). It may or may not "
                                       "have completed on the host; check before retrying.")
                            .arg(host, why);
    while (!m_jobs.empty()) {
        Job& job = *m_jobs.begin()->second;
        CommandResult r;
        r.status = CommandResult::Status::Failed;
        r.error = job.state == Job::State::Queued
            ? QStringLiteral("The connection to %1 was lost before the command started (%2).").arg(host, why)
            : msg;
        finishJob(job, r);
    }
    teardownSession();
    const QString sentence = QStringLiteral("The connection to %1 was lost (%2).").arg(host, why);
    if (m_target.autoReconnect) {
        SshSession* owner = m_owner.data();
        QMetaObject::invokeMethod(
            owner, [owner, sentence] { Q_EMIT owner->errorOccurred(sentence); }, Qt::QueuedConnection);
        m_reconnectAttempt = 0;
        scheduleReconnect();
    } else {
        m_wasConnected = false;
        setPhase(Lost, sentence);
    }
}

// ---------------------------------------------------------------- channels

void SshWorker::startCommand(quint64 id, const RemoteCommand& command)
{
    auto job = std::make_unique<Job>();
    job->id = id;
    job->cmd = command;
    job->worker = this;
    job->clock.start();
    if (command.sudo)
        job->sudo = std::make_unique<SudoGate>();
    job->pendingStdin = command.stdinData;
    job->closeStdin = !command.keepStdinOpen;
    Job& ref = *job;
    m_jobs.emplace(id, std::move(job));
    if (m_phase != Connected || !m_session) {
        CommandResult r;
        r.status = CommandResult::Status::Failed;
        r.error = QStringLiteral("Not connected to %1.").arg(m_target.displayName());
        finishJob(ref, r);
        return;
    }
    QString error;
    if (commandLineFor(ref, &error).isEmpty()) {
        CommandResult r;
        r.status = CommandResult::Status::Failed;
        r.error = error;
        finishJob(ref, r);
        return;
    }
    m_queue.push_back(id);
    startQueued();
    schedulePump();
}

QString SshWorker::commandLineFor(const Job& job, QString* error) const
{
    auto line = ShellQuote::commandLine(job.cmd.argv);
    if (!line) {
        *error = line.errorMessage();
        return {};
    }
    if (job.internal)
        return *line;
    return kPidPrefix + (job.sudo ? job.sudo->commandLine(*line) : *line);
}

void SshWorker::startQueued()
{
    // One channel stays free for our kill helpers, so a cancel never waits behind busy commands.
    const int limit = std::max(1, m_target.maxChannels);
    while (!m_queue.empty() && m_session) {
        const quint64 id = m_queue.front();
        auto it = m_jobs.find(id);
        if (it == m_jobs.end()) {
            m_queue.pop_front();
            continue;
        }
        const bool internal = it->second->internal;
        if (m_openChannels >= (internal ? limit : std::max(1, limit - 1)))
            break;
        m_queue.pop_front();
        openChannel(*it->second);
    }
}

bool SshWorker::openChannel(Job& job)
{
    job.channel.reset(ssh_channel_new(m_session.get()));
    if (!job.channel) {
        CommandResult r;
        r.status = CommandResult::Status::Failed;
        r.error = sshErrorMessage(m_session.get(), QStringLiteral("open a command channel"));
        finishJob(job, r);
        return false;
    }
    ++m_openChannels;
    job.callbacks = {};
    job.callbacks.userdata = &job;
    job.callbacks.channel_exit_status_function = &SshWorker::onExitStatus;
    job.callbacks.channel_exit_signal_function = &SshWorker::onExitSignal;
    job.callbacks.channel_close_function = &SshWorker::onChannelClose;
    job.callbacks.channel_eof_function = &SshWorker::onChannelEof;
    ssh_callbacks_init(&job.callbacks);
    ssh_set_channel_callbacks(job.channel.get(), &job.callbacks);
    job.state = Job::State::Opening;
    job.remoteEof = job.remoteClosed = job.haveExit = job.openRequested = false;
    job.exitStatus = -1;
    job.exitSignal.clear();
    job.eofSent = false;
    job.pid.clear();
    job.pidKnown = false;
    job.pidBuffer.clear();
    qCDebug(lcSsh) << "open channel for command" << job.id << (job.internal ? "(internal)" : "");
    return true;
}

void SshWorker::onExitStatus(ssh_session, ssh_channel, int status, void* userdata)
{
    auto* job = static_cast<Job*>(userdata);
    job->haveExit = true;
    job->exitStatus = status;
}

void SshWorker::onExitSignal(
    ssh_session, ssh_channel, const char* signal, int, const char*, const char*, void* userdata)
{
    auto* job = static_cast<Job*>(userdata);
    job->haveExit = true;
    job->exitSignal = QString::fromLatin1(signal);
}

void SshWorker::onChannelClose(ssh_session, ssh_channel, void* userdata)
{
    static_cast<Job*>(userdata)->remoteClosed = true;
}

void SshWorker::onChannelEof(ssh_session, ssh_channel, void* userdata)
{
    static_cast<Job*>(userdata)->remoteEof = true;
}

void SshWorker::schedulePump()
{
    if (m_pumpScheduled)
        return;
    m_pumpScheduled = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_pumpScheduled = false;
            pump();
        },
        Qt::QueuedConnection);
}

void SshWorker::onSocketActivity()
{
    m_lastActivity.restart();
    if (!m_event)
        return;
    // libssh reads at most 4 KiB per poll: take in what the socket holds (bounded by the channels'
    // windows and kPollsPerActivity) before one pump, not one event-loop turn and pump per 4 KiB.
    for (int i = 0; i < kPollsPerActivity; ++i) {
        const int rc = ssh_event_dopoll(m_event.get(), 0);
        if (rc == SSH_ERROR && m_session && !ssh_is_connected(m_session.get())) {
            connectionLost(sshErrorMessage(m_session.get(), QString()));
            return;
        }
        if (rc != SSH_OK || !m_event)
            break; // SSH_AGAIN: the socket is empty
    }
    pump();
}

void SshWorker::pump()
{
    if (!m_session || m_phase != Connected)
        return;
    closeUnconfirmedChannels();
    bool progress = true;
    int rounds = 0;
    while (progress && rounds++ < 4) {
        progress = false;
        // Collect ids first: advance() may finish (erase) jobs.
        std::vector<quint64> ids;
        ids.reserve(m_jobs.size());
        for (const auto& [id, job] : m_jobs)
            ids.push_back(id);
        for (quint64 id : ids) {
            auto it = m_jobs.find(id);
            if (it == m_jobs.end() || !it->second->channel)
                continue;
            progress |= advance(*it->second);
            if (!m_session)
                return; // connection lost inside
        }
        if (!ssh_is_connected(m_session.get())) {
            connectionLost(sshErrorMessage(m_session.get(), QString()));
            return;
        }
    }
    if (progress)
        schedulePump(); // more to do, but let queued acks and new commands in first
    if (m_writeNotifier)
        m_writeNotifier->setEnabled(ssh_get_poll_flags(m_session.get()) & SSH_WRITE_PENDING);
}

void SshWorker::closeUnconfirmedChannels()
{
    bool closed = false;
    for (auto it = m_unconfirmedChannels.begin(); it != m_unconfirmedChannels.end();) {
        const int rc = ssh_channel_open_session(it->get());
        if (rc == SSH_AGAIN) {
            ++it;
            continue;
        }
        if (rc == SSH_OK)
            ssh_channel_close(it->get());
        it = m_unconfirmedChannels.erase(it);
        --m_openChannels;
        closed = true;
    }
    if (closed)
        startQueued();
}

bool SshWorker::advance(Job& job)
{
    ssh_channel ch = job.channel.get();
    ssh_session s = m_session.get();
    const auto fail = [&](const QString& doing) {
        CommandResult r;
        r.status = CommandResult::Status::Failed;
        r.error = sshErrorMessage(s, doing);
        finishJob(job, r);
        return true;
    };
    if (job.state == Job::State::Opening) {
        job.openRequested = true;
        const int rc = ssh_channel_open_session(ch);
        if (rc == SSH_AGAIN)
            return false;
        if (rc != SSH_OK)
            return fail(QStringLiteral("open a command channel on %1").arg(m_target.displayName()));
        job.state = Job::State::Exec;
    }
    if (job.state == Job::State::Exec) {
        QString error;
        const QByteArray line = commandLineFor(job, &error).toUtf8();
        const int rc = ssh_channel_request_exec(ch, line.constData());
        if (rc == SSH_AGAIN)
            return false;
        if (rc != SSH_OK)
            return fail(QStringLiteral("start a command on %1").arg(m_target.displayName()));
        job.state = Job::State::Running;
        if (!job.startedEmitted) {
            job.startedEmitted = true;
            SshSession* owner = m_owner.data();
            const quint64 id = job.id;
            QMetaObject::invokeMethod(
                owner, [owner, id] { owner->onCommandStarted(id); }, Qt::QueuedConnection);
        }
    }
    bool progress = false;
    SshSession* owner = m_owner.data();
    const quint64 id = job.id;

    // The sudo password first, and only after sudo printed this run's prompt; never reported.
    while (!job.secretStdin.isEmpty() && !job.eofSent) {
        const qint64 n = std::min(qint64(job.secretStdin.size()), qint64(ssh_channel_window_size(ch)));
        if (n <= 0)
            break;
        const int w = ssh_channel_write(ch, job.secretStdin.constData(), uint32_t(n));
        if (w == SSH_ERROR)
            return fail(tr("send input to a command on %1").arg(m_target.displayName()));
        if (w <= 0)
            break;
        // Overwrite before dropping: the password does not linger in freed memory longer than needed.
        std::fill_n(job.secretStdin.data(), w, '\0');
        job.secretStdin.remove(0, w);
        progress = true;
    }
    // The caller's stdin, once the command itself runs (sudo: after the start marker), never more
    // than the peer's window allows (so a write never blocks)
    const bool stdinOpen = !job.sudo || job.sudo->started();
    qint64 written = 0;
    while (stdinOpen && job.secretStdin.isEmpty() && !job.pendingStdin.isEmpty() && !job.eofSent) {
        const qint64 window = ssh_channel_window_size(ch);
        const qint64 n = std::min({ qint64(job.pendingStdin.size()), window, kWriteChunk });
        if (n <= 0)
            break;
        const int w = ssh_channel_write(ch, job.pendingStdin.constData(), uint32_t(n));
        if (w == SSH_ERROR)
            return fail(QStringLiteral("send input to a command on %1").arg(m_target.displayName()));
        if (w <= 0)
            break;
        job.pendingStdin.remove(0, w);
        written += w;
    }
    if (written > 0) {
        progress = true;
        QMetaObject::invokeMethod(
            owner, [owner, id, written] { owner->onStdinWritten(id, written); }, Qt::QueuedConnection);
    }
    if ((stdinOpen || job.sudoRefusedInput) && job.secretStdin.isEmpty() && job.pendingStdin.isEmpty() && job.closeStdin
        && !job.eofSent && !job.remoteClosed) {
        ssh_channel_send_eof(ch);
        job.eofSent = true;
    }

    // stdout, stderr (bounded by what the consumer has not acknowledged yet)
    bool drained = true;
    for (int isStderr = 0; isStderr < 2; ++isStderr) {
        qint64 budget = kReadBudgetPerPass;
        // Reads are batched into one delivery per pass: fewer cross-thread events on bulk output.
        QByteArray batch;
        const auto flush = [&] {
            if (batch.isEmpty())
                return;
            QMetaObject::invokeMethod(
                owner,
                [owner, id, data = std::exchange(batch, {}), isStderr] {
                    owner->onCommandOutput(id, data, isStderr != 0);
                },
                Qt::QueuedConnection);
        };
        while (true) {
            if (job.unacked >= CommandHandle::highWaterMark() || budget <= 0) {
                drained = false;
                break;
            }
            // What libssh has decoded for this stream (it polls the socket once when nothing is).
            const int avail = ssh_channel_poll(ch, isStderr);
            int n = avail;
            if (avail > 0) {
                // Straight into the delivery buffer (the only copy out of libssh), never past the
                // high-water mark.
                const qsizetype at = batch.size();
                const qint64 want = std::min({ qint64(avail), budget, CommandHandle::highWaterMark() - job.unacked });
                if (at == 0 && want >= kReadChunk)
                    batch.reserve(budget);
                batch.resize(at + want);
                n = ssh_channel_read_nonblocking(ch, batch.data() + at, uint32_t(want), isStderr);
                batch.truncate(at + std::max(n, 0));
            }
            if (n == 0)
                break;
            if (n < 0) {
                if (!ssh_is_connected(s)) {
                    connectionLost(sshErrorMessage(s, QString()));
                    return true;
                }
                break; // SSH_EOF, or the channel is closed
            }
            budget -= n;
            progress = true;
            if (!job.internal && (isStderr ? !job.sudo || job.sudo->started() : job.pidKnown)) {
                // Plain output (the usual case) stays where it was read.
                job.unacked += n;
                continue;
            }
            QByteArray chunk = batch.right(n);
            batch.chop(n);
            if (!isStderr && !job.pidKnown && !job.internal) {
                job.pidBuffer += chunk;
                const qsizetype nl = job.pidBuffer.indexOf('\n');
                if (nl < 0 && job.pidBuffer.size() < 32)
                    continue;
                job.pid = job.pidBuffer.left(std::max<qsizetype>(nl, 0)).trimmed();
                job.pidKnown = true;
                chunk = job.pidBuffer.mid(nl + 1);
                job.pidBuffer.clear();
                if (chunk.isEmpty())
                    continue;
            }
            if (isStderr && job.sudo && !job.internal) {
                readStderrThroughSudo(job, chunk);
                if (chunk.isEmpty())
                    continue;
            }
            if (job.internal)
                continue;
            job.unacked += chunk.size();
            batch += chunk;
        }
        flush();
    }

    const bool done = job.remoteClosed || (job.remoteEof && job.haveExit);
    if (done && drained && ssh_channel_poll(ch, 0) <= 0 && ssh_channel_poll(ch, 1) <= 0) {
        if (job.sudo && !job.sudo->started()) {
            // sudo ended without running the command: what it said is the caller's error output.
            const QByteArray held = job.sudo->takeHeld();
            if (!held.isEmpty()) {
                job.unacked += held.size();
                QMetaObject::invokeMethod(
                    owner, [owner, id, held] { owner->onCommandOutput(id, held, true); }, Qt::QueuedConnection);
            }
            if (job.passwordsWritten > 0) {
                m_sudoPassword.clear(); // refused (or never checked): not to be written again
                m_sudoPasswordVerified = false;
                m_acceptedRequests.removeAll(job.answeredRequest);
            }
            if (job.sudoRefusedInput && !job.terminating) {
                CommandResult r;
                r.status = CommandResult::Status::Failed;
                r.exitCode = job.exitStatus;
                r.error = tr("sudo on %1 needs a password and none was given.").arg(m_target.displayName());
                finishJob(job, r);
                return true;
            }
        }
        CommandResult r;
        if (job.terminating) {
            r.status = job.endStatus;
        } else if (!job.exitSignal.isEmpty()) {
            r.status = CommandResult::Status::Signalled;
            r.exitSignal = job.exitSignal;
            r.error = QStringLiteral("The command was killed on the host by signal %1.").arg(job.exitSignal);
        } else if (job.haveExit) {
            r.status = CommandResult::Status::Exited;
        } else {
            r.status = CommandResult::Status::Failed;
            r.error = QStringLiteral("The host closed the command's channel without reporting an exit status.");
        }
        r.exitCode = job.exitStatus;
        finishJob(job, r);
        return true;
    }
    return progress;
}

void SshWorker::readStderrThroughSudo(Job& job, QByteArray& chunk)
{
    const SudoGate::Step step = job.sudo->feed(chunk);
    chunk = step.passThrough;
    for (int i = 0; i < step.prompts; ++i) {
        if (job.passwordsWritten > 0 && !job.sudoRefusedInput) {
            // sudo asks again after an answer: that password was wrong.
            m_sudoPassword.clear();
            m_sudoPasswordVerified = false;
            m_acceptedRequests.removeAll(job.answeredRequest);
            requestSudoPassword(job, tr("sudo did not accept the password."));
        } else if (!m_sudoPassword.isEmpty()) {
            answerSudoPrompt(job);
        } else {
            requestSudoPassword(job, {});
        }
    }
    if (step.started && job.passwordsWritten > 0 && !m_sudoPasswordVerified) {
        m_sudoPasswordVerified = true;
        SshSession* o = m_owner.data();
        const QList<quint64> accepted = std::exchange(m_acceptedRequests, {});
        QMetaObject::invokeMethod(
            o, [o, accepted] { o->onCredentialsAccepted(accepted); }, Qt::QueuedConnection);
    }
    if (step.started)
        schedulePump(); // the caller's stdin may go now
}

void SshWorker::answerSudoPrompt(Job& job)
{
    job.secretStdin = m_sudoPassword.toUtf8() + '\n';
    ++job.passwordsWritten;
    schedulePump();
}

void SshWorker::requestSudoPassword(Job& job, const QString& previousError)
{
    // sudo keeps waiting on its stdin (bounded by its passwd_timeout) while the person answers.
    CredentialRequest req;
    req.kind = CredentialRequest::Kind::SudoPassword;
    req.storeKey = CredentialStore::keyFor(CredentialStore::Kind::SudoPassword, m_target.displayName());
    req.previousError = previousError;
    job.sudoRequest = requestCredential(req);
}

void SshWorker::finishJob(Job& job, CommandResult result)
{
    if (job.channel) {
        // libssh keeps a freed channel until the host's close arrives and would then call our
        // callbacks with this Job as userdata, after the Job is gone.
        ssh_remove_channel_callbacks(job.channel.get(), &job.callbacks);
        const bool alive = m_session && ssh_is_connected(m_session.get());
        if (alive && job.openRequested && !ssh_channel_is_open(job.channel.get()) && !job.remoteClosed) {
            m_unconfirmedChannels.push_back(std::move(job.channel)); // still counted as open
        } else {
            if (alive && !job.remoteClosed && ssh_channel_is_open(job.channel.get()))
                ssh_channel_close(job.channel.get());
            job.channel.reset();
            --m_openChannels;
        }
    }
    result.elapsedMs = job.clock.elapsed();
    qCDebug(lcSsh) << "command" << job.id << "finished, status" << int(result.status) << "exit" << result.exitCode;
    const quint64 id = job.id;
    m_queue.erase(std::remove(m_queue.begin(), m_queue.end(), id), m_queue.end());
    const bool internal = job.internal;
    m_jobs.erase(id);
    if (!internal) {
        SshSession* owner = m_owner.data();
        QMetaObject::invokeMethod(
            owner, [owner, id, result] { owner->onCommandFinished(id, result); }, Qt::QueuedConnection);
    }
    startQueued();
    if (!m_queue.empty() || m_openChannels > 0)
        schedulePump();
}

void SshWorker::cancelCommand(quint64 id)
{
    auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return;
    Job& job = *it->second;
    if (job.terminating)
        return;
    if (job.state != Job::State::Running || !job.channel) {
        CommandResult r;
        r.status = CommandResult::Status::Cancelled;
        r.error = QStringLiteral("Cancelled before it started.");
        finishJob(job, r);
        return;
    }
    job.terminating = true;
    job.endStatus = CommandResult::Status::Cancelled;
    escalate(job);
}

void SshWorker::escalate(Job& job)
{
    // TERM to the remote process group (sshd's killpg; sudo relays it to its child), then KILL,
    // then close the channel whatever the host says.
    if (job.escalation == 0) {
        ssh_channel_request_send_signal(job.channel.get(), "TERM");
        killRemote(job, "TERM");
        job.terminateClock.start();
        job.escalation = 1;
    } else if (job.escalation == 1 && job.terminateClock.elapsed() >= kSignalGraceMs) {
        ssh_channel_request_send_signal(job.channel.get(), "KILL");
        killRemote(job, "KILL");
        job.escalation = 2;
    } else if (job.escalation == 2 && job.terminateClock.elapsed() >= 2 * kSignalGraceMs) {
        CommandResult r;
        r.status = job.endStatus;
        finishJob(job, r);
        return;
    }
    schedulePump();
}

void SshWorker::killRemote(const Job& job, const char* signal)
{
    bool ok = false;
    const qint64 pid = job.pid.toLongLong(&ok);
    qCDebug(lcSsh) << "kill" << signal << "command" << job.id << "pid" << job.pid;
    if (!job.pidKnown || !ok || pid <= 1 || !m_session)
        return;
    auto helper = std::make_unique<Job>();
    helper->id = kInternalIdBit | m_nextInternalId++;
    helper->internal = true;
    helper->worker = this;
    helper->clock.start();
    helper->closeStdin = true;
    helper->cmd.argv = QStringList { QStringLiteral("kill"), QStringLiteral("-") + QLatin1String(signal),
        QStringLiteral("--"), QStringLiteral("-") + QString::number(pid) };
    helper->cmd.timeoutMs = 5000;
    const quint64 id = helper->id;
    m_jobs.emplace(id, std::move(helper));
    // Ahead of queued commands: a cancel must not wait for a free channel slot.
    m_queue.push_front(id);
    startQueued();
    schedulePump();
}

void SshWorker::housekeeping()
{
    if (!m_session || m_phase != Connected)
        return;
    std::vector<quint64> ids;
    for (const auto& [id, job] : m_jobs)
        ids.push_back(id);
    for (quint64 id : ids) {
        auto it = m_jobs.find(id);
        if (it == m_jobs.end())
            continue;
        Job& job = *it->second;
        if (job.terminating) {
            escalate(job);
        } else if (job.cmd.timeoutMs > 0 && job.clock.elapsed() > job.cmd.timeoutMs) {
            if (job.state == Job::State::Running && job.channel) {
                job.terminating = true;
                job.endStatus = CommandResult::Status::TimedOut;
                escalate(job);
            } else {
                CommandResult r;
                r.status = CommandResult::Status::TimedOut;
                r.error = QStringLiteral("The command did not start within %1 ms.").arg(job.cmd.timeoutMs);
                finishJob(job, r);
            }
        }
    }
    // Keepalive and dead-connection detection: silence is answered with a probe; too much silence
    // means the peer is gone even if TCP has not noticed yet.
    const qint64 silent = m_lastActivity.elapsed();
    const qint64 interval = std::max(1000, m_target.keepaliveIntervalMs);
    if (silent > interval * std::max(1, m_target.keepaliveCountMax)) {
        connectionLost(QStringLiteral("no answer from the host for %1 s").arg(silent / 1000));
        return;
    }
    if (silent > interval && m_lastActivity.elapsed() - m_lastKeepaliveSent >= 0
        && (m_lastKeepaliveSent == 0 || silent - m_lastKeepaliveSent >= interval)) {
        ssh_send_keepalive(m_session.get());
        m_lastKeepaliveSent = silent;
        if (m_writeNotifier)
            m_writeNotifier->setEnabled(ssh_get_poll_flags(m_session.get()) & SSH_WRITE_PENDING);
    }
    if (silent < interval)
        m_lastKeepaliveSent = 0;
    if (!ssh_is_connected(m_session.get()))
        connectionLost(sshErrorMessage(m_session.get(), QString()));
}

void SshWorker::acknowledge(quint64 id, qint64 bytes)
{
    auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return;
    Job& job = *it->second;
    const bool wasBlocked = job.unacked >= CommandHandle::highWaterMark();
    job.unacked = std::max<qint64>(0, job.unacked - bytes);
    if (wasBlocked && job.unacked < CommandHandle::highWaterMark())
        schedulePump();
}

void SshWorker::writeStdin(quint64 id, const QByteArray& data, bool close)
{
    auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return;
    Job& job = *it->second;
    if (!job.sudoRefusedInput)
        job.pendingStdin += data;
    if (close)
        job.closeStdin = true;
    schedulePump();
}
