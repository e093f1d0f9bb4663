// The connection: connect, host key, keepalive, loss and reconnect. Authentication is in
// sshworkerauth.cpp, commands (channels, sudo, cancel) in sshworkerchannels.cpp.

#include "core/ssh/sshworker.h"
#include "core/ssh/sshworkerjob.h"

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

#include <arpa/inet.h>
#include <netdb.h>
#include <sys/socket.h>

Q_LOGGING_CATEGORY(lcSsh, "gbadmin.ssh", QtWarningMsg)

namespace {
QString defaultKnownHosts()
{
    return QDir::homePath() + QStringLiteral("/.ssh/known_hosts");
}

QString numericAddress(const sockaddr* address, socklen_t length)
{
    char text[NI_MAXHOST] = {};
    if (getnameinfo(address, length, text, sizeof text, nullptr, 0, NI_NUMERICHOST) != 0)
        return {};
    return QString::fromLatin1(text);
}

// The addresses the session reached: the socket's peer, or (through a ProxyJump hop, whose
// socket is a pipe) what the host name resolves to here. Environment rules match subnets on
// them, so a stage-looking name that points into a PROD subnet is caught.
QStringList reachedAddresses(socket_t fd, const QString& host)
{
    sockaddr_storage peer {};
    socklen_t length = sizeof peer;
    if (fd != SSH_INVALID_SOCKET && getpeername(fd, reinterpret_cast<sockaddr*>(&peer), &length) == 0
        && (peer.ss_family == AF_INET || peer.ss_family == AF_INET6)) {
        const QString address = numericAddress(reinterpret_cast<const sockaddr*>(&peer), length);
        return address.isEmpty() ? QStringList() : QStringList { address };
    }
    QStringList out;
    addrinfo hints {};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo* found = nullptr;
    if (host.isEmpty() || getaddrinfo(host.toUtf8().constData(), nullptr, &hints, &found) != 0)
        return out;
    for (const addrinfo* a = found; a; a = a->ai_next) {
        const QString address = numericAddress(a->ai_addr, a->ai_addrlen);
        if (!address.isEmpty() && !out.contains(address))
            out.append(address);
    }
    freeaddrinfo(found);
    return out;
}
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
    const QString why = tr("The connection was closed before the command finished.");
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
            failConnect(sshErrorMessage(tr("Timeout connecting to %1").arg(m_target.host),
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
    SshSession* owner = m_owner.data();
    const QStringList addresses = reachedAddresses(ssh_get_fd(s), m_target.host);
    QMetaObject::invokeMethod(
        owner, [owner, addresses] { owner->m_reachedAddresses = addresses; }, Qt::QueuedConnection);
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
        failConnect(tr("Could not compute the fingerprint of the host key of %1.").arg(m_target.displayName()), true);
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
        failConnect(tr("The host key of %1 was not trusted; nothing was run.").arg(m_target.displayName()), true);
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

void SshWorker::connectionLost(const QString& why)
{
    const QString host = m_target.displayName();
    const QString msg = tr("The connection to %1 was lost while the command ran (%2). It may or may not "
                           "have completed on the host; check before retrying.")
                            .arg(host, why);
    while (!m_jobs.empty()) {
        Job& job = *m_jobs.begin()->second;
        CommandResult r;
        r.status = CommandResult::Status::Failed;
        r.error = job.state == Job::State::Queued
            ? tr("The connection to %1 was lost before the command started (%2).").arg(host, why)
            : msg;
        finishJob(job, r);
    }
    teardownSession();
    const QString sentence = tr("The connection to %1 was lost (%2).").arg(host, why);
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
                r.error = tr("The command did not start within %1 ms.").arg(job.cmd.timeoutMs);
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
