#pragma once

#include "core/ci/forgejo.h"
#include "core/ci/logcache.h"
#include "core/host/containershell.h"

#include <QFile>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class CommandRunner;
class CommandJob;
struct CommandResult;

namespace Ci {

class LogSource;
class RemoteTaskLog;
class TaskLog;

// Picks the way to read one attempt's log and keeps the source current (spec §0):
//  - expired (§5): no source, a message saying so;
//  - still in DBFS (running, or a finished task whose upload never happened): the lines are
//    read from dbfs_data and followed every second until the task ends, then the source
//    switches to the stored file;
//  - a stored `.log.zst`: a cached whole copy when there is one, else a RemoteTaskLog that
//    fetches only the frames shown; plain zstd and `.log` files are downloaded whole.
// downloadWhole() streams the compressed file once into the LogCache (progress, cancel) and
// switches to a local TaskLog (search needs every line); a seekable file is indexed while it
// arrives (TaskLog::openGrowingSeekable), so that log is ready when the last byte is.
class LogLoader : public QObject
{
    Q_OBJECT
public:
    enum class Mode
    {
        None,
        Expired,
        Following, // DBFS
        Remote,
        Local, // a whole copy in the cache (or a finished DBFS read)
        Downloading,
        Failed,
    };
    Q_ENUM(Mode)

    LogLoader(CommandRunner* runner, LogCache* cache, QObject* parent = nullptr);
    ~LogLoader() override;

    // `host` names the host for the cache key (profile destination).
    void setHost(const QString& host) { m_host = host; }
    // Remote logs read through this shell in the log container (RemoteTaskLog::setShell). Not owned.
    void setShell(ContainerShell* shell) { m_shell = shell; }
    // The cache key of an attempt's stored log: host, path, task id and the row's log_size and
    // log_length. A stored log is written once when its task ends (TransferLogs, spec §3.2) and
    // only ever deleted after that (expiry, §5), so the key needs no look at the remote file.
    static QString cacheKeyFor(const QString& host, const Forgejo::Attempt& attempt);
    void setFollowInterval(int ms) { m_poll.setInterval(ms); }
    void load(const Forgejo::Attempt& attempt);
    void clear();
    // A followed log reads on at once (after a reconnect), from where it was.
    void resume();

    Mode mode() const { return m_mode; }
    LogSource* source() const;
    RemoteTaskLog* remote() const { return m_remote.get(); }
    const Forgejo::Attempt& attempt() const { return m_attempt; }
    QString message() const { return m_message; }
    qint64 bytesTransferred() const;

    bool canDownload() const;
    void downloadWhole();
    void cancelDownload();

Q_SIGNALS:
    // The view must show this source now (nullptr: nothing to show, see message()).
    void sourceChanged(Ci::LogSource* source);
    void messageChanged(const QString& text, bool error);
    void downloadProgress(qint64 done, qint64 total);
    void downloadFinished(bool ok, const QString& error);
    // A followed DBFS log was replaced by the stored file (or ended in DBFS).
    void followEnded();

private:
    void setMessage(const QString& text, bool error);
    void startFollow();
    void poll();
    void onDbfs(const CommandResult& r);
    void onState(const CommandResult& r);
    void openStored(bool preferCache = true);
    void openLocal(const QString& path);
    void replaceSources(std::shared_ptr<TaskLog> local, std::unique_ptr<RemoteTaskLog> remote);
    void startDownload(qint64 size);
    QString suffix() const;
    QString cacheKey() const;
    CommandJob* track(CommandJob* job);

    CommandRunner* m_runner;
    QPointer<ContainerShell> m_shell;
    LogCache* m_cache;
    QString m_host;
    Forgejo::Attempt m_attempt;
    Mode m_mode = Mode::None;
    QString m_message;
    quint64 m_generation = 0; // replies of an earlier load() are dropped

    std::shared_ptr<TaskLog> m_local; // shared with the LogCache when it is a cached file
    std::unique_ptr<RemoteTaskLog> m_remote;

    // DBFS follow
    QTimer m_poll;
    qint64 m_received = 0;
    bool m_pollBusy = false;
    bool m_pollFailed = false; // the last poll failed: its message is shown until one succeeds
    qint64 m_pollBytes = 0;

    // Download
    QPointer<CommandJob> m_download;
    std::unique_ptr<QFile> m_part;
    std::shared_ptr<TaskLog> m_streamed; // indexes a seekable download as it arrives
    qint64 m_downloadSize = -1;
    qint64 m_downloaded = 0;
    qint64 m_bytes = 0; // bytes fetched by this loader (DBFS, downloads)
    QList<QPointer<CommandJob>> m_jobs;
};

} // namespace Ci
