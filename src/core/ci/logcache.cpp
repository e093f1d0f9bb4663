#include "core/ci/logcache.h"

#include "core/ci/tasklog.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>

namespace Ci {

LogCache::LogCache(const QString& dir, qint64 limitBytes)
    : m_dir(dir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/ci-logs")
                          : dir)
    , m_limit(qMax<qint64>(0, limitBytes))
{
    QDir().mkpath(m_dir);
}

void LogCache::setLimit(qint64 bytes)
{
    m_limit = qMax<qint64>(0, bytes);
    evict();
}

QString LogCache::keyFor(const QString& host, const QString& path, const QString& version)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(host.toUtf8());
    h.addData(QByteArrayView("\0", 1));
    h.addData(path.toUtf8());
    h.addData(QByteArrayView("\0", 1));
    h.addData(version.toUtf8());
    return QString::fromLatin1(h.result().toHex().left(40));
}

QString LogCache::fileName(const QString& key, const QString& suffix) const
{
    return m_dir + QLatin1Char('/') + key + suffix;
}

QString LogCache::lookup(const QString& key, const QString& suffix)
{
    const QString f = fileName(key, suffix);
    QFile file(f);
    if (!file.exists())
        return {};
    // The modification time is the last use: LRU order survives restarts.
    if (file.open(QIODevice::ReadWrite))
        file.setFileTime(QDateTime::currentDateTimeUtc(), QFileDevice::FileModificationTime);
    return f;
}

QString LogCache::partPath(const QString& key, const QString& suffix) const
{
    QDir().mkpath(m_dir);
    return fileName(key, suffix) + QStringLiteral(".part");
}

Result<std::shared_ptr<TaskLog>> LogCache::open(const QString& path)
{
    const QString abs = QFileInfo(path).absoluteFilePath();
    for (qsizetype i = 0; i < m_open.size(); ++i) {
        if (m_open[i].first != abs)
            continue;
        auto kept = m_open.takeAt(i);
        if (!kept.second->errorString().isEmpty())
            break; // a failed read is not kept: read it again
        m_open.append(kept);
        return kept.second;
    }
    std::shared_ptr<TaskLog> log(new TaskLog, [](TaskLog* l) { l->deleteLater(); });
    if (auto r = log->openFile(abs); !r)
        return r.error();
    m_open.append({ abs, log });
    while (m_open.size() > KeptOpen)
        m_open.removeFirst();
    return log;
}

void LogCache::adopt(const QString& path, std::shared_ptr<TaskLog> log)
{
    forget(path);
    m_open.append({ QFileInfo(path).absoluteFilePath(), std::move(log) });
    while (m_open.size() > KeptOpen)
        m_open.removeFirst();
}

void LogCache::forget(const QString& path)
{
    const QString abs = QFileInfo(path).absoluteFilePath();
    for (qsizetype i = m_open.size() - 1; i >= 0; --i)
        if (m_open[i].first == abs)
            m_open.removeAt(i);
}

Result<QString> LogCache::commit(const QString& key, const QString& suffix)
{
    const QString to = fileName(key, suffix);
    forget(to);
    QFile::remove(to);
    if (!QFile::rename(partPath(key, suffix), to))
        return Error::of(
            QCoreApplication::translate("Ci::LogCache", "Could not store the downloaded log in %1.").arg(m_dir));
    evict(to);
    return to;
}

void LogCache::discard(const QString& key, const QString& suffix)
{
    QFile::remove(partPath(key, suffix));
}

qint64 LogCache::sizeOnDisk() const
{
    qint64 total = 0;
    for (const QFileInfo& fi : QDir(m_dir).entryInfoList(QDir::Files))
        total += fi.size();
    return total;
}

void LogCache::evict(const QString& keep)
{
    QFileInfoList files = QDir(m_dir).entryInfoList(QDir::Files);
    std::sort(files.begin(), files.end(),
        [](const QFileInfo& a, const QFileInfo& b) { return a.lastModified() < b.lastModified(); });
    qint64 total = 0;
    for (const QFileInfo& fi : files)
        total += fi.size();
    for (const QFileInfo& fi : files) {
        if (total <= m_limit)
            break;
        // Downloads in progress and the file just stored stay.
        if (fi.absoluteFilePath() == QFileInfo(keep).absoluteFilePath()
            || fi.fileName().endsWith(QLatin1String(".part")))
            continue;
        total -= fi.size();
        forget(fi.absoluteFilePath());
        QFile::remove(fi.absoluteFilePath());
    }
}

} // namespace Ci
