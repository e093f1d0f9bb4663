#pragma once

#include "core/common/result.h"

#include <QList>
#include <QPair>
#include <QString>

#include <memory>

namespace Ci {

class TaskLog;

// Whole task logs downloaded from the host (compressed, as stored), kept in a local directory and
// evicted least-recently-used first once they exceed a size limit (Preferences ▸ CI log cache).
// A file in the cache is complete: downloads are written to a ".part" name and renamed.
class LogCache
{
public:
    // Empty dir: <cache location>/ci-logs.
    explicit LogCache(const QString& dir = {}, qint64 limitBytes = qint64(1024) << 20);

    QString directory() const { return m_dir; }
    qint64 limit() const { return m_limit; }
    void setLimit(qint64 bytes); // evicts at once when over

    // The key of one stored file on one host: host identity, path and a version string (what
    // tells two contents of that path apart; see LogLoader::cacheKeyFor()).
    static QString keyFor(const QString& host, const QString& path, const QString& version);
    // The cached file for a key (suffix kept so the format is recognisable), or empty when absent.
    // A hit counts as a use (its time moves to now).
    QString lookup(const QString& key, const QString& suffix);
    // Where a download writes; commit() moves it into the cache and evicts older files.
    QString partPath(const QString& key, const QString& suffix) const;
    Result<QString> commit(const QString& key, const QString& suffix);
    void discard(const QString& key, const QString& suffix);
    qint64 sizeOnDisk() const;
    void evict(const QString& keep = {});

    // The cached file opened as a TaskLog, shared: the last KeptOpen logs stay open with their
    // line index, so opening one again (another search, another loader) does not index it again.
    // Lives on the GUI thread; a log nobody holds any more is deleted later (deleteLater).
    static constexpr int KeptOpen = 2;
    Result<std::shared_ptr<TaskLog>> open(const QString& path);
    // Makes `log` (already reading the file at `path`, e.g. indexed while it downloaded) the open log
    // of that file, so open(path) returns it instead of indexing the file again.
    void adopt(const QString& path, std::shared_ptr<TaskLog> log);

private:
    QString fileName(const QString& key, const QString& suffix) const;
    void forget(const QString& path);

    QList<QPair<QString, std::shared_ptr<TaskLog>>> m_open; // most recent last

    QString m_dir;
    qint64 m_limit;
};

} // namespace Ci
