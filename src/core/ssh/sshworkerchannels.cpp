// SshWorker, commands: one channel each, stdin/stdout with backpressure, sudo, cancel and timeouts.

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

namespace {
constexpr qint64 kReadChunk = 64 * 1024; // a read this large reserves the pass's whole budget at once
constexpr qint64 kReadBudgetPerPass = 1024 * 1024;
constexpr int kPollsPerActivity = 256; // libssh reads 4 KiB per poll: up to 1 MiB per socket wake-up
constexpr qint64 kWriteChunk = 128 * 1024;
constexpr int kSignalGraceMs = 300; // TERM, then KILL after this, then the channel is closed

bool isProcessId(const QByteArray& pid)
{
    return !pid.isEmpty() && std::all_of(pid.cbegin(), pid.cend(), [](char c) { return c >= '0' && c <= '9'; });
}
} // namespace

namespace {
constexpr quint64 kInternalIdBit = quint64(1) << 63;

// Every command is started as `printf '%s\n' "$$"; exec CMD`: the shell sshd started is a session
// and process group leader (setsid), exec keeps its pid, so the first stdout line names the process
// group of the command. Cancelling kills that group from a second channel: sshd honours the
// "signal" channel request only with privilege separation (not for root logins), and closing a
// pty-less channel kills nothing.
const QString kPidPrefix = QStringLiteral("printf '%s\\n' \"$$\"; exec ");
} // namespace

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
    if (command.stdoutSink) {
        // Called from the sink's thread when it drained; ~Job clears it before this worker can go.
        command.stdoutSink->setWaker([this] {
            QMetaObject::invokeMethod(
                this, [this] { schedulePump(); }, Qt::QueuedConnection);
        });
    }
    Job& ref = *job;
    m_jobs.emplace(id, std::move(job));
    if (m_phase != Connected || !m_session) {
        CommandResult r;
        r.status = CommandResult::Status::Failed;
        r.error = tr("Not connected to %1.").arg(m_target.displayName());
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

    // stdout, stderr (bounded by what the consumer has not acknowledged yet, or by what a stdout
    // sink has not written yet)
    bool drained = true;
    for (int isStderr = 0; isStderr < 2; ++isStderr) {
        qint64 budget = kReadBudgetPerPass;
        // Reads are batched into one delivery per pass: fewer cross-thread events on bulk output.
        QByteArray batch;
        OutputSink* sink = isStderr || job.internal ? nullptr : job.cmd.stdoutSink.get();
        const auto held = [&] { return sink ? sink->backlog() + batch.size() : job.unacked; };
        const auto flush = [&] {
            if (batch.isEmpty())
                return;
            if (sink) {
                sink->push(std::exchange(batch, {}));
                return;
            }
            QMetaObject::invokeMethod(
                owner,
                [owner, id, data = std::exchange(batch, {}), isStderr] {
                    owner->onCommandOutput(id, data, isStderr != 0);
                },
                Qt::QueuedConnection);
        };
        while (true) {
            if (held() >= CommandHandle::highWaterMark() || budget <= 0) {
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
                const qint64 want = std::min({ qint64(avail), budget, CommandHandle::highWaterMark() - held() });
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
                if (!sink)
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
            if (!sink)
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
        } else if (!job.internal && !isProcessId(job.pid)) {
            // Every POSIX shell prints the pid line before it runs anything: a login shell that
            // did not (fish, nologin) never ran the command, whatever its exit status says.
            r.status = CommandResult::Status::Failed;
            r.error = tr("The login shell of %1 did not run the command. GB Admin needs a POSIX login shell "
                         "there (sh, bash, dash or zsh); fish and similar shells do not work.")
                          .arg(m_target.displayName());
        } else if (!job.exitSignal.isEmpty()) {
            r.status = CommandResult::Status::Signalled;
            r.exitSignal = job.exitSignal;
            r.error = tr("The command was killed on the host by signal %1.").arg(job.exitSignal);
        } else if (job.haveExit) {
            r.status = CommandResult::Status::Exited;
        } else {
            r.status = CommandResult::Status::Failed;
            r.error = tr("The host closed the command's channel without reporting an exit status.");
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
        r.error = tr("Cancelled before it started.");
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
