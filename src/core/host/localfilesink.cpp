#include "core/host/localfilesink.h"

#include "core/ssh/commandhandle.h"
#include "core/ssh/outputsink.h"

#include <QElapsedTimer>
#include <QSaveFile>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#endif

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
    auto file = std::make_unique<QSaveFile>(m_path);
    file->setDirectWriteFallback(false);
    // Unbuffered: the chunks are large already; a buffer would only add a copy.
    if (!file->open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        m_error = file->errorString();
        return false;
    }
    QSaveFile* f = file.release();
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
void LocalFileSink::run(QSaveFile* file)
{
    State& s = *m_state;
    QString error;
    qint64 handedToDisk = 0;
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
                const qint64 done = s.written += chunk.size();
                unreported = true;
#ifdef Q_OS_LINUX
                // Start writeback of what is written (asynchronous; a busy disk may slow this
                // thread, never the session or the GUI), so commit()'s sync has little left to do.
                if (done - handedToDisk >= kWritebackStep) {
                    ::sync_file_range(file->handle(), handedToDisk, done - handedToDisk, SYNC_FILE_RANGE_WRITE);
                    handedToDisk = done;
                }
#endif
                if (sinceReport.elapsed() >= kProgressEveryMs)
                    report();
            }
        }
        s.consumed(chunk.size());
    }
    bool kept = false;
    if (keep && error.isEmpty()) {
        kept = file->commit(); // syncs, then renames over the final name
        if (!kept)
            error = file->errorString();
    } else {
        file->cancelWriting();
    }
    delete file; // an uncommitted QSaveFile removes its temporary file
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
