#include "core/host/localfilesink.h"

#include "core/ssh/commandhandle.h"
#include "core/ssh/outputsink.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>

// What the session thread and the writer thread share. Outlives the sink object while a job
// still holds it (the job only pushes into it; after finish() or the sink's end it drops bytes).
struct LocalFileSink::State : public OutputSink
{
    std::mutex mutex;
    std::condition_variable changed;
    std::deque<QByteArray> queue;
    qint64 received = 0;
    bool accepting = true;
    bool finishing = false;
    bool keep = false;
    bool abandoned = false;
    std::atomic<qint64> pending { 0 };
    std::atomic<qint64> written { 0 };

    void push(QByteArray data) override
    {
        if (data.isEmpty())
            return;
        {
            const std::lock_guard lock(mutex);
            if (!accepting)
                return;
            received += data.size();
            pending += data.size();
            queue.push_back(std::move(data));
        }
        changed.notify_one();
    }
    qint64 backlog() const override { return pending.load(); }

    // Writer thread: a chunk left the queue (written or dropped). The session thread stops reading
    // at the high-water mark; below half of it, it may read on.
    void consumed(qint64 n)
    {
        const qint64 half = CommandHandle::highWaterMark() / 2;
        const qint64 before = pending.fetch_sub(n);
        if (before >= half && before - n < half)
            wake();
    }
    // Drops what waits (no file will be kept) and lets the session thread read on.
    void dropQueued()
    {
        qint64 dropped = 0;
        for (const QByteArray& b : queue)
            dropped += b.size();
        queue.clear();
        if (dropped > 0)
            consumed(dropped);
    }
};

LocalFileSink::LocalFileSink(const QString& path, QObject* parent)
    : QObject(parent)
    , m_path(path)
    , m_state(std::make_shared<State>())
{ }

LocalFileSink::~LocalFileSink()
{
    {
        const std::lock_guard lock(m_state->mutex);
        m_state->accepting = false;
        m_state->abandoned = true;
        m_state->dropQueued();
    }
    m_state->changed.notify_one();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

bool LocalFileSink::open()
{
    if (m_thread)
        return true;
    // A hidden partial file beside the final one (same file system, so the rename is atomic),
    // created new with the usual permissions (0666 less the umask).
    const QFileInfo target(m_path);
    auto file = std::make_unique<QFile>();
    for (int attempt = 0; attempt < 16; ++attempt) {
        file->setFileName(target.absolutePath() + QStringLiteral("/.") + target.fileName() + QStringLiteral(".part-")
            + QString::number(QRandomGenerator::global()->generate(), 36));
        // Unbuffered: the chunks are large already; a buffer would only add a copy.
        if (file->open(QIODevice::WriteOnly | QIODevice::NewOnly | QIODevice::Unbuffered))
            break;
        if (file->exists())
            continue; // that random name is taken: another
        m_error = file->errorString();
        return false;
    }
    if (!file->isOpen()) {
        m_error = file->errorString();
        return false;
    }
    QFile* f = file.release();
    m_thread = QThread::create([this, f] { run(f); });
    m_thread->setObjectName(QStringLiteral("file writer"));
    f->moveToThread(m_thread);
    m_thread->start();
    return true;
}

std::shared_ptr<OutputSink> LocalFileSink::input() const
{
    return m_state;
}

qint64 LocalFileSink::received() const
{
    const std::lock_guard lock(m_state->mutex);
    return m_state->received;
}

qint64 LocalFileSink::written() const
{
    return m_state->written.load();
}

void LocalFileSink::finish(bool keep)
{
    if (m_finished)
        return;
    m_finished = true;
    if (!m_thread) {
        // Never opened: nothing to keep.
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT closed(false, m_error); }, Qt::QueuedConnection);
        return;
    }
    {
        const std::lock_guard lock(m_state->mutex);
        m_state->accepting = false;
        m_state->finishing = true;
        m_state->keep = keep;
        if (!keep)
            m_state->dropQueued();
    }
    m_state->changed.notify_one();
}

// The writer thread. Posts to `this` are safe: the destructor waits for this function to return.
void LocalFileSink::run(QFile* file)
{
    State& s = *m_state;
    QString error;
    QElapsedTimer sinceReport;
    sinceReport.start();
    bool unreported = false; // written bytes progressed() has not told yet
    const auto report = [this, &s, &sinceReport, &unreported] {
        unreported = false;
        sinceReport.restart();
        QMetaObject::invokeMethod(
            this, [this, done = s.written.load()] { Q_EMIT progressed(done); }, Qt::QueuedConnection);
    };
    bool keep = false;
    bool abandoned = false;
    while (true) {
        QByteArray chunk;
        {
            std::unique_lock lock(s.mutex);
            const auto ready = [&s] { return !s.queue.empty() || s.finishing || s.abandoned; };
            if (unreported) {
                // Reports at most every kProgressEveryMs, and the last one soon after bytes stop.
                const auto left
                    = std::chrono::milliseconds(std::max<qint64>(1, kProgressEveryMs - sinceReport.elapsed()));
                if (!s.changed.wait_for(lock, left, ready)) {
                    lock.unlock();
                    report();
                    continue;
                }
            } else {
                s.changed.wait(lock, ready);
            }
            if (s.abandoned) {
                abandoned = true;
                break;
            }
            if (s.queue.empty()) {
                keep = s.keep; // finishing, and every byte is out of the queue
                break;
            }
            chunk = std::move(s.queue.front());
            s.queue.pop_front();
        }
        if (error.isEmpty()) {
            if (file->write(chunk) != chunk.size()) {
                error = file->errorString();
                QMetaObject::invokeMethod(
                    this, [this, error] { Q_EMIT writeFailed(error); }, Qt::QueuedConnection);
            } else {
                s.written += chunk.size();
                unreported = true;
                if (sinceReport.elapsed() >= kProgressEveryMs)
                    report();
            }
        }
        s.consumed(chunk.size());
    }
    // Named without a sync to disk, as `ssh … > file`, cp or a browser leave a download: the object
    // is still on the host, and a sync made the download wait for the disk (1 GiB: 4 s to the page
    // cache, 11 s synced here).
    bool kept = false;
    file->close();
    if (keep && error.isEmpty()) {
        // QFile::rename never replaces a file that appeared under that name meanwhile.
        if (file->error() != QFileDevice::NoError || !file->rename(m_path))
            error = file->errorString();
        else
            kept = true;
    }
    if (!kept)
        file->remove();
    delete file;
    if (abandoned)
        return; // nobody listens any more
    const qint64 done = s.written.load();
    QMetaObject::invokeMethod(
        this,
        [this, kept, error, done] {
            Q_EMIT progressed(done);
            Q_EMIT closed(kept, error);
        },
        Qt::QueuedConnection);
}
