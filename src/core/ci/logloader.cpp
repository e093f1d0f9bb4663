#include "core/ci/logloader.h"

#include "core/ci/remotetasklog.h"
#include "core/ci/tasklog.h"
#include "core/host/commandrunner.h"

#include <QCoreApplication>

namespace Ci {

namespace { } // namespace

LogLoader::LogLoader(CommandRunner* runner, LogCache* cache, QObject* parent)
    : QObject(parent)
    , m_runner(runner)
    , m_cache(cache)
{
    m_poll.setInterval(1000);
    m_poll.setSingleShot(true);
    connect(&m_poll, &QTimer::timeout, this, &LogLoader::poll);
}

LogLoader::~LogLoader()
{
    clear();
}

CommandJob* LogLoader::track(CommandJob* job)
{
    m_jobs << job;
    return job;
}

LogSource* LogLoader::source() const
{
    if (m_local)
        return m_local.get();
    return m_remote.get();
}

qint64 LogLoader::bytesTransferred() const
{
    return m_bytes + (m_remote ? m_remote->bytesTransferred() : 0);
}

void LogLoader::setMessage(const QString& text, bool error)
{
    m_message = text;
    Q_EMIT messageChanged(text, error);
}

void LogLoader::clear()
{
    ++m_generation;
    m_poll.stop();
    m_pollBusy = false;
    m_pollFailed = false;
    if (m_download) {
        m_download->cancel();
        m_download = nullptr; // its finished() is dropped (generation); a new download may start
    }
    if (m_streamed) {
        m_streamed->cancel();
        m_streamed.reset();
    }
    if (m_part) {
        const QString part = m_part->fileName();
        m_part->close();
        m_part.reset();
        QFile::remove(part);
    }
    for (const QPointer<CommandJob>& j : std::as_const(m_jobs))
        if (j)
            j->cancel();
    m_jobs.clear();
    if (m_local || m_remote)
        replaceSources(nullptr, nullptr);
    m_mode = Mode::None;
    m_message.clear();
    m_received = 0;
}

void LogLoader::load(const Forgejo::Attempt& attempt)
{
    clear();
    m_attempt = attempt;
    if (attempt.logExpired) {
        m_mode = Mode::Expired;
        setMessage(tr("Logs have been purged because they were too old (Forgejo's LOG_RETENTION_DAYS). "
                      "The steps and their line counts are kept."),
            false);
        Q_EMIT sourceChanged(nullptr);
        return;
    }
    if (attempt.logFilename.isEmpty()) {
        m_mode = Mode::None;
        setMessage(tr("This attempt has no log yet."), false);
        Q_EMIT sourceChanged(nullptr);
        return;
    }
    if (!attempt.logInStorage) {
        startFollow();
        return;
    }
    openStored();
}

QString LogLoader::suffix() const
{
    return m_attempt.logFilename.endsWith(QLatin1String(".zst")) ? QStringLiteral(".log.zst") : QStringLiteral(".log");
}

QString LogLoader::cacheKeyFor(const QString& host, const Forgejo::Attempt& attempt)
{
    return LogCache::keyFor(host, Forgejo::storagePath(attempt.logFilename),
        QStringLiteral("task %1 size %2 lines %3").arg(attempt.taskId).arg(attempt.logSize).arg(attempt.logLength));
}

QString LogLoader::cacheKey() const
{
    return cacheKeyFor(m_host, m_attempt);
}

void LogLoader::openLocal(const QString& path)
{
    auto log = m_cache->open(path);
    if (!log) {
        m_mode = Mode::Failed;
        setMessage(log.errorMessage(), true);
        return;
    }
    m_mode = Mode::Local;
    replaceSources(std::move(log.value()), nullptr);
}

void LogLoader::replaceSources(std::shared_ptr<TaskLog> local, std::unique_ptr<RemoteTaskLog> remote)
{
    // The view lets go of the old source (sourceChanged) before it goes; it is deleted later
    // (the deleter of m_local, and below) because this may run inside one of its own signals.
    std::shared_ptr<TaskLog> oldLocal = std::move(m_local);
    std::unique_ptr<RemoteTaskLog> oldRemote = std::move(m_remote);
    m_local = std::move(local);
    m_remote = std::move(remote);
    Q_EMIT sourceChanged(source());
    if (oldLocal)
        oldLocal->disconnect(this);
    if (oldRemote) {
        oldRemote->cancel();
        oldRemote->disconnect(this);
        oldRemote.release()->deleteLater();
    }
}

void LogLoader::openStored(bool preferCache)
{
    // A cached whole copy wins, without a single command (cacheKeyFor() says why that is safe).
    if (preferCache) {
        const QString hit = m_cache->lookup(cacheKey(), suffix());
        if (!hit.isEmpty()) {
            openLocal(hit);
            return;
        }
    }
    const quint64 gen = m_generation;
    if (!m_attempt.logFilename.endsWith(QLatin1String(".zst"))) {
        // An uncompressed `.log` (LOG_COMPRESSION=none): read whole, it has no frames to seek.
        RemoteCommand c = RemoteCommand::of(
            { QStringLiteral("incus"), QStringLiteral("exec"), QString::fromLatin1(Forgejo::LogContainer),
                QStringLiteral("--"), QStringLiteral("stat"), QStringLiteral("-c"), QStringLiteral("%s"),
                QStringLiteral("--"), Forgejo::storagePath(m_attempt.logFilename) });
        c.sudo = true;
        c.timeoutMs = 60000;
        CommandJob* job = track(m_runner->run(c, this));
        connect(job, &CommandJob::finished, this, [this, gen, preferCache](const CommandResult& r) {
            if (gen != m_generation)
                return;
            bool ok = false;
            const qint64 size = r.stdoutData.trimmed().toLongLong(&ok);
            if (!r.succeeded() || !ok) {
                m_mode = Mode::Failed;
                setMessage(tr("The log file %1 is missing from the log storage.")
                               .arg(Forgejo::storagePath(m_attempt.logFilename)),
                    true);
                Q_EMIT sourceChanged(nullptr);
                return;
            }
            const QString hit = preferCache ? m_cache->lookup(cacheKey(), suffix()) : QString();
            if (!hit.isEmpty())
                openLocal(hit);
            else
                startDownload(size);
        });
        return;
    }
    auto owned = std::make_unique<RemoteTaskLog>(m_runner);
    RemoteTaskLog* remote = owned.get();
    remote->setShell(m_shell);
    connect(remote, &RemoteTaskLog::ready, this, [this, remote, preferCache] {
        // While a download runs, its copy is what opens (opening a cached one now as well would
        // replace the source under whoever took it when the download lands).
        if (remote != m_remote.get() || m_download)
            return;
        const QString hit = preferCache ? m_cache->lookup(cacheKey(), suffix()) : QString();
        if (!hit.isEmpty())
            openLocal(hit);
    });
    connect(remote, &RemoteTaskLog::notSeekable, this, [this, remote](const QString&) {
        if (remote != m_remote.get())
            return;
        const qint64 size = remote->fileSize();
        const QString hit = m_cache->lookup(cacheKey(), suffix());
        if (!hit.isEmpty())
            openLocal(hit);
        else
            startDownload(size); // plain zstd: one pass over the whole file
    });
    connect(remote, &LogSource::failed, this, [this, remote](const QString& message, qint64) {
        if (remote != m_remote.get())
            return;
        m_mode = Mode::Failed;
        setMessage(message, true);
    });
    m_mode = Mode::Remote;
    replaceSources(nullptr, std::move(owned));
    remote->open(QString::fromLatin1(Forgejo::LogContainer), Forgejo::storagePath(m_attempt.logFilename),
        m_attempt.taskId, m_attempt.logLength);
}

bool LogLoader::canDownload() const
{
    return m_mode == Mode::Remote && m_remote && m_remote->fileSize() >= 0;
}

void LogLoader::downloadWhole()
{
    if (!canDownload())
        return;
    startDownload(m_remote->fileSize());
}

void LogLoader::startDownload(qint64 size)
{
    if (m_download)
        return;
    const QString key = cacheKey();
    m_part = std::make_unique<QFile>(m_cache->partPath(key, suffix()));
    if (!m_part->open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        const QString err = tr("Cannot write the log cache: %1").arg(m_part->errorString());
        m_part.reset();
        Q_EMIT downloadFinished(false, err);
        setMessage(err, true);
        return;
    }
    m_downloadSize = size;
    m_downloaded = 0;
    // A seekable log whose seek table is here already is decoded and indexed while it downloads
    // (frames as their bytes land in the part file): when the last byte arrives the log is ready,
    // instead of a second pass over the whole file starting then.
    m_streamed.reset();
    if (m_remote && m_remote->hasSeekTable() && size == m_remote->fileSize()) {
        std::shared_ptr<TaskLog> log(new TaskLog, [](TaskLog* l) { l->deleteLater(); });
        if (log->openGrowingSeekable(m_part->fileName(), m_remote->seekTable()))
            m_streamed = std::move(log);
    }
    const Mode before = m_mode;
    m_mode = Mode::Downloading;
    RemoteCommand c = RemoteCommand::of({ QStringLiteral("incus"), QStringLiteral("exec"),
        QString::fromLatin1(Forgejo::LogContainer), QStringLiteral("--"), QStringLiteral("cat"), QStringLiteral("--"),
        Forgejo::storagePath(m_attempt.logFilename) });
    c.sudo = true;
    c.output = RemoteCommand::Output::Stream;
    c.description = tr("Download a CI log");
    m_download = track(m_runner->run(c, this));
    const quint64 gen = m_generation;
    connect(m_download, &CommandJob::outputReceived, this, [this, gen](const QByteArray& data, bool isStderr) {
        if (isStderr || !m_part || gen != m_generation)
            return;
        m_part->write(data);
        m_downloaded += data.size();
        m_bytes += data.size();
        if (m_streamed && m_part->flush())
            m_streamed->grow(m_downloaded);
        Q_EMIT downloadProgress(m_downloaded, m_downloadSize);
    });
    connect(m_download, &CommandJob::finished, this, [this, key, before, gen](const CommandResult& r) {
        if (gen != m_generation)
            return; // another attempt was loaded meanwhile: clear() cancelled this and removed its part
        m_download = nullptr;
        std::shared_ptr<TaskLog> streamed = std::move(m_streamed);
        if (streamed)
            streamed->endGrow();
        const bool ok = r.succeeded() && m_part && m_part->error() == QFileDevice::NoError
            && (m_downloadSize < 0 || m_downloaded == m_downloadSize);
        if (m_part)
            m_part->close();
        m_part.reset();
        if (!ok) {
            if (streamed)
                streamed->cancel();
            m_cache->discard(key, suffix());
            m_mode = before == Mode::Downloading ? Mode::Failed : before;
            const QString err = r.status == CommandResult::Status::Cancelled ? tr("Download canceled.")
                : r.succeeded() ? tr("The download ended after %1 of %2 bytes.").arg(m_downloaded).arg(m_downloadSize)
                                : tr("The download failed: %1")
                                      .arg(r.error.isEmpty() ? QString::fromUtf8(r.stderrData).trimmed() : r.error);
            Q_EMIT downloadFinished(false, err);
            if (m_mode == Mode::Failed)
                setMessage(err, true);
            return;
        }
        auto stored = m_cache->commit(key, suffix());
        if (!stored) {
            if (streamed)
                streamed->cancel();
            m_mode = before;
            Q_EMIT downloadFinished(false, stored.errorMessage());
            return;
        }
        if (streamed)
            m_cache->adopt(*stored, std::move(streamed)); // openLocal() takes it: no second pass
        openLocal(*stored);
        Q_EMIT downloadFinished(true, {});
    });
}

void LogLoader::cancelDownload()
{
    if (m_download)
        m_download->cancel();
}

void LogLoader::startFollow()
{
    std::shared_ptr<TaskLog> log(new TaskLog, [](TaskLog* l) { l->deleteLater(); });
    if (auto r = log->beginFollow(); !r) {
        m_mode = Mode::Failed;
        setMessage(r.errorMessage(), true);
        return;
    }
    m_mode = Mode::Following;
    m_received = 0;
    replaceSources(std::move(log), nullptr);
    poll();
}

void LogLoader::resume()
{
    // The connection is back: read on now instead of at the next tick.
    if (m_mode == Mode::Following && !m_pollBusy) {
        m_poll.stop();
        poll();
    }
}

void LogLoader::poll()
{
    if (m_pollBusy || m_mode != Mode::Following)
        return;
    auto cmd = Forgejo::dbfsCommand(m_attempt.logFilename, m_received);
    if (!cmd) {
        setMessage(cmd.errorMessage(), true);
        return;
    }
    m_pollBusy = true;
    const quint64 gen = m_generation;
    CommandJob* job = track(m_runner->run(*cmd, this));
    connect(job, &CommandJob::finished, this, [this, gen](const CommandResult& r) {
        if (gen == m_generation)
            onDbfs(r);
    });
}

void LogLoader::onDbfs(const CommandResult& r)
{
    m_bytes += r.stdoutData.size();
    auto chunk = Forgejo::parseDbfs(r);
    if (!chunk) {
        // Most often the connection went away: say so and keep polling from the same offset; the
        // lines read so far stay and nothing is read twice once it is back.
        m_pollBusy = false;
        m_pollFailed = true;
        setMessage(chunk.errorMessage(), true);
        m_poll.start();
        return;
    }
    if (m_pollFailed) {
        m_pollFailed = false;
        setMessage({}, false);
    }
    if (chunk->exists && chunk->fileSize > m_received) {
        // Bytes [m_received, file_size): blocks in offset order, holes read as zero bytes (§3.2).
        const qint64 end = chunk->fileSize;
        QByteArray fresh(end - m_received, '\0');
        for (const auto& [offset, data] : std::as_const(chunk->blocks)) {
            const qint64 from = qMax(offset, m_received);
            const qint64 to = qMin(offset + qint64(data.size()), end);
            if (to > from)
                std::memcpy(fresh.data() + (from - m_received), data.constData() + (from - offset), size_t(to - from));
        }
        m_received = end;
        m_local->append(fresh);
    }
    // Then the task row: has the log moved to storage, has the task ended?
    auto cmd = Forgejo::taskStateCommand(m_attempt.taskId);
    if (!cmd) {
        m_pollBusy = false;
        return;
    }
    const quint64 gen = m_generation;
    const bool dbfsGone = !chunk->exists;
    CommandJob* job = track(m_runner->run(*cmd, this));
    connect(job, &CommandJob::finished, this, [this, gen, dbfsGone](const CommandResult& sr) {
        if (gen != m_generation)
            return;
        m_pollBusy = false;
        m_bytes += sr.stdoutData.size();
        auto state = Forgejo::parseTaskState(sr);
        if (!state) {
            m_pollFailed = true;
            setMessage(state.errorMessage(), true);
            m_poll.start();
            return;
        }
        if (state->logExpired) {
            load(*state);
            return;
        }
        if (state->logInStorage) {
            // TransferLogs moved it: read the stored file from now on (the DBFS rows are gone).
            m_attempt = *state;
            m_local->endFollow();
            m_mode = Mode::None;
            openStored();
            Q_EMIT followEnded();
            return;
        }
        if (statusIsDone(state->status) && !dbfsGone) {
            // Finished but never uploaded (§3.2): what DBFS holds is the whole log.
            m_attempt = *state;
            m_local->endFollow();
            m_mode = Mode::Local;
            Q_EMIT followEnded();
            return;
        }
        m_attempt.status = state->status;
        m_poll.start();
    });
}

} // namespace Ci
