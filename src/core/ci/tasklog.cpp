#include "tasklog.h"

#include "core/ci/logindexes.h"
#include "core/ci/logline.h"
#include "core/common/backgroundwork.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryFile>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <cerrno>
#include <cstring>
#include <deque>
#include <sys/mman.h>
#include <unistd.h>

namespace Ci {

namespace {

bool preadFully(int fd, qint64 offset, qint64 length, char* dst)
{
    qint64 done = 0;
    while (done < length) {
        const ssize_t n = ::pread(fd, dst + done, size_t(length - done), offset + done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

constexpr qsizetype PartialKeep = 256; // enough of an unfinished line to classify it
constexpr int FrameCacheSize = 8; // 8 × 128 KiB decoded frames for on-demand reads
constexpr int FramesPerBatch = 16; // 2 MiB of decoded text per indexing step
constexpr qint64 HeadLines = 1024; // log_indexes decoded at open: far more than a screen
constexpr qint64 TailLines = 1024;
constexpr qint64 IndexBatch = 1 << 16; // log_indexes values decoded between two looks at cancel()

// Indexing threads run below normal priority (GbAdmin::lowerThisThreadsPriority): on two cores the
// worker and the two decoding threads competed with the GUI thread at equal weight and it waited
// for a core (bench_gui's "waiting for one"). They never hold m_mutex for long, so the GUI thread
// does not wait for a preempted one.
using GbAdmin::lowerThisThreadsPriority;

qint64 nowMs()
{
    static QElapsedTimer timer = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return timer.elapsed();
}

} // namespace

TaskLog::TaskLog(QObject* parent)
    : LogSource(parent)
{ }

TaskLog::~TaskLog()
{
    cancel();
    waitForFinished();
    resetState();
#ifdef __GLIBC__
    // A closed 1 GB log freed tens of MB in worker-thread arenas; hand them back to the system.
    malloc_trim(0);
#endif
}

void TaskLog::cancel()
{
    QMutexLocker lock(&m_growMutex);
    m_cancel = true;
    m_grew.wakeAll(); // a worker waiting for download bytes
}

bool TaskLog::waitForFinished(int msecs)
{
    if (!m_worker.joinable())
        return true;
    if (msecs >= 0) {
        QElapsedTimer t;
        t.start();
        while (!m_complete && t.elapsed() < msecs)
            QThread::msleep(5);
        if (!m_complete)
            return false;
    }
    m_worker.join();
    return true;
}

void TaskLog::resetState()
{
    cancel();
    if (m_worker.joinable())
        m_worker.join();
    QMutexLocker lock(&m_mutex);
    m_index.clear();
    m_scanIndex.clear();
    m_scanIndexBytes = 0;
    m_decodedIndex = LineIndex();
    m_prebuilt = false;
    m_indexDecoding = false;
    m_logIndexes.clear();
    m_blobPos = 0;
    m_prevOffset = -1;
    m_declaredCount = 0;
    m_tailFirst = 0;
    m_tailOffsets.clear();
    m_checkpoints.clear();
    m_lineCount = 0;
    m_batch.clear();
    m_scanLinesShown = 0;
    m_spoolText = true;
    m_textInPlace = false;
    m_sourceFile.reset();
    m_groups.clear();
    m_openGroups.clear();
    m_errors.clear();
    m_warnings.clear();
    m_masks.clear();
    m_scanLines = 0;
    m_partial.clear();
    m_partialLen = 0;
    m_spool.reset();
    m_spoolFd = -1;
    m_spooled = 0;
    m_seekPath.clear();
    m_table = {};
    m_frameFile.reset();
    m_cache.clear();
    m_cancel = false;
    m_complete = false;
    m_following = false;
    m_error.clear();
    m_errorOffset = -1;
    m_lastEmitted = -1;
    QMutexLocker growLock(&m_growMutex);
    m_growing = false;
    m_grown = 0;
    m_growEnded = false;
}

Result<void> TaskLog::prepareSpool()
{
    auto spool = std::make_unique<QTemporaryFile>(QDir::tempPath() + QStringLiteral("/gbadmin-cilog-XXXXXX"));
    if (!spool->open())
        return Error::of(
            QCoreApplication::translate("TaskLog", "Cannot create a temporary file for the decoded log: %1")
                .arg(spool->errorString()));
    // Unlinked at once: the space is freed even if the app crashes.
    ::unlink(QFile::encodeName(spool->fileName()).constData());
    m_spoolFd = spool->handle();
    m_spool = std::move(spool);
    return {};
}

void TaskLog::startWorker(std::function<void()> fn)
{
    m_worker = std::thread([fn = std::move(fn)] {
        lowerThisThreadsPriority();
        fn();
    });
}

Result<void> TaskLog::openFile(const QString& path, const QByteArray& logIndexes)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        return Error::of(QCoreApplication::translate("TaskLog", "Cannot open %1: %2").arg(path, file->errorString()));
    const QByteArray magic = file->peek(4);
    // A zstd frame, or a skippable frame (an empty seekable file is only its seek table).
    const bool zstd = magic == QByteArray::fromHex("28b52ffd")
        || (magic.size() == 4 && (quint8(magic[0]) & 0xf0) == 0x50 && magic.endsWith(QByteArray::fromHex("2a4d18")));
    if (zstd && openSeekableFile(path, logIndexes))
        return {};
    const qint64 size = file->size();
    if (zstd || path.endsWith(QLatin1String(".zst"))) {
        openZstdStream(std::move(file), size);
        return {};
    }
    // A plain local file is its own text store: index it in place, copy nothing.
    resetState();
    auto source = std::make_unique<QFile>(path);
    if (!source->open(QIODevice::ReadOnly))
        return Error::of(QCoreApplication::translate("TaskLog", "Cannot open %1: %2").arg(path, source->errorString()));
    m_spoolFd = source->handle();
    m_spoolText = false;
    m_textInPlace = true;
    m_sourceFile = std::move(source);
    if (size > 0)
        m_index.reserve(size / 48);
    QIODevice* dev = file.release();
    startWorker([this, dev, size] { runPlainPass(std::unique_ptr<QIODevice>(dev), size); });
    return {};
}

Result<void> TaskLog::openSeekableFile(const QString& path, const QByteArray& logIndexes)
{
    resetState();
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        return Error::of(QCoreApplication::translate("TaskLog", "Cannot open %1: %2").arg(path, file->errorString()));
    auto table = SeekTable::read(*file);
    if (!table)
        return table.error();
    {
        QMutexLocker lock(&m_mutex);
        m_table = std::move(table.value());
        m_seekPath = path;
        m_frameFile = std::move(file);
        m_spoolText = false; // frames are the text store; the spool (below) speeds up search
        // Untouched capacity costs no memory; it saves the copies of a growing vector.
        m_index.reserve(m_table.decompressedSize() / 48);
        // Counting and checking log_indexes is linear in its size (50 MB for 1 GiB): the worker
        // does it, and announces the lines when the head and tail are known.
        m_logIndexes = logIndexes;
    }
    // Optionally the indexing pass also writes the decoded text to an unlinked temp file (search
    // then maps it); without it, or without temp space, frames serve all reads.
    if (m_spoolSeekable && prepareSpool())
        m_spoolText = true;
    startWorker([this] { runSeekablePass(); });
    return {};
}

Result<void> TaskLog::openGrowingSeekable(const QString& path, const SeekTable& table)
{
    resetState();
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        return Error::of(QCoreApplication::translate("TaskLog", "Cannot open %1: %2").arg(path, file->errorString()));
    {
        QMutexLocker lock(&m_mutex);
        m_table = table;
        m_seekPath = path;
        m_frameFile = std::move(file);
        m_spoolText = false;
        m_index.reserve(m_table.decompressedSize() / 48);
    }
    {
        QMutexLocker lock(&m_growMutex);
        m_growing = true;
    }
    startWorker([this] { runSeekablePass(); });
    return {};
}

void TaskLog::grow(qint64 bytesWritten)
{
    QMutexLocker lock(&m_growMutex);
    if (bytesWritten > m_grown) {
        m_grown = bytesWritten;
        m_grew.wakeAll();
    }
}

void TaskLog::endGrow()
{
    QMutexLocker lock(&m_growMutex);
    m_growEnded = true;
    m_grew.wakeAll();
}

bool TaskLog::readCompressed(int fd, qint64 offset, qint64 length, char* dst) const
{
    {
        QMutexLocker lock(&m_growMutex);
        while (m_growing && m_grown < offset + length && !m_growEnded && !m_cancel)
            m_grew.wait(&m_growMutex);
        if (m_growing && m_grown < offset + length)
            return false;
    }
    return preadFully(fd, offset, length, dst);
}

bool TaskLog::decodeTail(qint64 declared, qint64 lines, QList<qint64>* out) const
{
    // Varints end at bytes without the continuation bit, so the last ones are found from the end.
    const auto* b = reinterpret_cast<const quint8*>(m_logIndexes.constData());
    const qsizetype size = m_logIndexes.size();
    const qint64 k = qMin(lines, declared);
    if (size == 0 || (b[size - 1] & 0x80))
        return false;
    QList<qint64> offsets(k);
    qsizetype end = size; // one past the current varint
    for (qint64 i = k - 1; i >= 0; --i) {
        qsizetype start = end - 1;
        while (start > 0 && (b[start - 1] & 0x80))
            --start;
        if (end - start > 10)
            return false;
        quint64 u = 0;
        for (qsizetype j = start; j < end; ++j)
            u |= quint64(b[j] & 0x7f) << (7 * (j - start));
        offsets[i] = qint64(u >> 1) ^ -qint64(u & 1);
        end = start;
    }
    const qint64 total = m_table.decompressedSize();
    for (qint64 i = 0; i < k; ++i)
        if (offsets[i] < 0 || offsets[i] >= total || (i > 0 && offsets[i] < offsets[i - 1]))
            return false;
    *out = std::move(offsets);
    return true;
}

bool TaskLog::decodeLogIndexes(qint64 maxValues)
{
    // On the worker, without the lock: the blob, the decoding position and m_decodedIndex are this
    // thread's until the decoding ends; the lock only covers swapping the whole index in.
    qsizetype pos = m_blobPos;
    const qsizetype end = m_logIndexes.size();
    const qint64 total = m_table.decompressedSize();
    qint64 prev = m_prevOffset;
    std::vector<qint64> lengths;
    lengths.reserve(size_t(qMin<qint64>(maxValues, m_declaredCount)));
    qint64 n = 0;
    while (pos < end && n < maxValues) {
        qint64 v = 0;
        if (!LogIndexes::readValue(m_logIndexes, &pos, &v))
            return false;
        if ((prev < 0 && v != 0) || v < prev || v >= total)
            return false;
        if (prev >= 0)
            lengths.push_back(v - prev);
        prev = v;
        ++n;
    }
    const bool done = pos == end;
    if (done && prev >= 0)
        lengths.push_back(total - prev);
    m_blobPos = pos;
    m_prevOffset = prev;
    // Readers do not see this index until it is whole (they use the head, tail and checkpoints
    // meanwhile), so it grows without the lock; then it is swapped in.
    for (const qint64 l : lengths)
        m_decodedIndex.append(l);
    if (done)
        endLogIndexes(std::exchange(m_decodedIndex, LineIndex()), true);
    return true;
}

void TaskLog::endLogIndexes(LineIndex index, bool prebuilt)
{
    // What is replaced (the blob, the head index, checkpoints: tens of MB) is freed after the lock
    // is released: the locals are destroyed after `lock`, which is declared last.
    LineIndex replaced;
    QByteArray blob;
    QList<qint64> tail;
    QList<qsizetype> checkpoints;
    QMutexLocker lock(&m_mutex);
    replaced = std::exchange(m_index, std::move(index));
    m_prebuilt = prebuilt;
    m_indexDecoding = false;
    blob.swap(m_logIndexes);
    tail.swap(m_tailOffsets);
    checkpoints.swap(m_checkpoints);
    publishCountLocked();
}

void TaskLog::openZstdStream(std::unique_ptr<QIODevice> device, qint64 compressedSize)
{
    resetState();
    if (auto r = prepareSpool(); !r) {
        fail(r.errorMessage(), 0);
        return;
    }
    // Never-written capacity is not resident; reserving saves the copies of a growing index.
    if (compressedSize > 0)
        m_index.reserve(qMin<qint64>(compressedSize * 12, qint64(1) << 36) / 48);
    QIODevice* dev = device.release();
    startWorker([this, dev, compressedSize] {
        std::unique_ptr<QIODevice> owned(dev);
        // Two stages on two threads: this one decodes (inherently serial for plain zstd), the
        // other spools and indexes 1 MiB batches. A few batches in flight bound the memory.
        struct Pipe
        {
            QMutex mutex;
            QWaitCondition changed;
            std::deque<QByteArray> full;
            std::vector<QByteArray> empty; // recycled buffers: no fresh pages per batch
            bool done = false;
        } pipe;
        constexpr qsizetype BatchBytes = 1 << 20;
        constexpr size_t MaxInFlight = 4;
        std::thread indexer([this, &pipe] {
            lowerThisThreadsPriority();
            for (;;) {
                QByteArray batch;
                {
                    QMutexLocker lock(&pipe.mutex);
                    while (pipe.full.empty() && !pipe.done)
                        pipe.changed.wait(&pipe.mutex);
                    if (pipe.full.empty())
                        return;
                    batch = std::move(pipe.full.front());
                    pipe.full.pop_front();
                    pipe.changed.wakeAll();
                }
                if (!m_cancel)
                    consume(batch);
                emitLinesThrottled(false);
                batch.clear();
                QMutexLocker lock(&pipe.mutex);
                pipe.empty.push_back(std::move(batch));
            }
        });
        QByteArray pending;
        auto takeBuffer = [&pipe] {
            QMutexLocker lock(&pipe.mutex);
            QByteArray b;
            if (!pipe.empty.empty()) {
                b = std::move(pipe.empty.back());
                pipe.empty.pop_back();
            }
            return b;
        };
        auto push = [&pipe, &pending] {
            QMutexLocker lock(&pipe.mutex);
            while (pipe.full.size() >= MaxInFlight)
                pipe.changed.wait(&pipe.mutex);
            pipe.full.push_back(std::move(pending));
            pending = QByteArray();
            pipe.changed.wakeAll();
        };
        pending = takeBuffer();
        pending.reserve(BatchBytes + (128 << 10));
        qint64 lastProgress = 0;
        auto r = ZstdStreamDecoder::decodeDevice(
            *owned,
            [&](QByteArrayView d) {
                pending.append(d);
                if (pending.size() >= BatchBytes) {
                    push();
                    pending = takeBuffer();
                    pending.reserve(BatchBytes + (128 << 10));
                }
                return !m_cancel.load();
            },
            [this, compressedSize, &lastProgress](qint64 done) {
                if (nowMs() - lastProgress >= 50) {
                    lastProgress = nowMs();
                    Q_EMIT progress(done, compressedSize);
                }
            },
            &m_cancel);
        // Whatever was decoded before an error is indexed before the error is reported.
        if (!pending.isEmpty())
            push();
        {
            QMutexLocker lock(&pipe.mutex);
            pipe.done = true;
            pipe.changed.wakeAll();
        }
        indexer.join();
        if (!r) {
            if (m_cancel) {
                m_complete = true; // cancelled on purpose: no failure to report
                return;
            }
            fail(r.errorMessage(), r.error().code);
            return;
        }
        Q_EMIT progress(compressedSize, compressedSize);
        finishInput();
        complete();
    });
}

void TaskLog::openPlainStream(std::unique_ptr<QIODevice> device, qint64 size)
{
    resetState();
    if (auto r = prepareSpool(); !r) {
        fail(r.errorMessage(), 0);
        return;
    }
    if (size > 0)
        m_index.reserve(size / 48);
    QIODevice* dev = device.release();
    startWorker([this, dev, size] { runPlainPass(std::unique_ptr<QIODevice>(dev), size); });
}

void TaskLog::runPlainPass(std::unique_ptr<QIODevice> device, qint64 size)
{
    QByteArray buf(1 << 20, Qt::Uninitialized);
    qint64 done = 0;
    for (;;) {
        if (m_cancel) {
            m_complete = true;
            return;
        }
        const qint64 n = device->read(buf.data(), buf.size());
        if (n < 0) {
            fail(QCoreApplication::translate("TaskLog", "Read error at byte %1: %2")
                     .arg(done)
                     .arg(device->errorString()),
                done);
            return;
        }
        if (n == 0) {
            if (device->isSequential() && !device->atEnd() && device->waitForReadyRead(30000))
                continue;
            break;
        }
        consume(QByteArrayView(buf.constData(), n));
        done += n;
        emitLinesThrottled(false);
        Q_EMIT progress(done, size);
    }
    finishInput();
    complete();
}

Result<void> TaskLog::beginFollow()
{
    resetState();
    auto r = prepareSpool();
    if (!r)
        return r;
    m_following = true;
    return {};
}

void TaskLog::append(QByteArrayView bytes)
{
    if (!m_following || bytes.isEmpty())
        return;
    consume(bytes);
    emitLinesThrottled(true);
}

void TaskLog::endFollow()
{
    if (!m_following)
        return;
    m_following = false;
    finishInput();
    complete();
}

bool TaskLog::adoptLogIndexes()
{
    // Linear in the blob (50 MB for 1 GiB), so done before the lock: the blob is only read until
    // the decoding ends, and written by this thread only.
    QList<qsizetype> checkpoints;
    const qint64 declared = LogIndexes::count(m_logIndexes, CheckpointEvery, &checkpoints);
    QList<qint64> tail;
    if (declared > 0 && decodeTail(declared, TailLines, &tail)) {
        m_decodedIndex.reserve(declared);
        {
            QMutexLocker lock(&m_mutex);
            m_declaredCount = declared;
            m_checkpoints = std::move(checkpoints);
            m_tailOffsets = std::move(tail);
            m_tailFirst = declared - m_tailOffsets.size();
            m_prebuilt = true;
            m_indexDecoding = true;
        }
        // The declared count is shown once the head is decoded and checked.
        if (decodeLogIndexes(HeadLines)) {
            QMutexLocker lock(&m_mutex);
            publishCountLocked();
            return true;
        }
    }
    forgetLogIndexes();
    return false;
}

void TaskLog::forgetLogIndexes()
{
    // Not this file's index: one full pass instead.
    m_decodedIndex = LineIndex();
    LineIndex fresh;
    fresh.reserve(m_table.decompressedSize() / 48); // untouched capacity: no memory yet
    endLogIndexes(std::move(fresh), false);
}

void TaskLog::runSeekablePass()
{
    if (!m_logIndexes.isEmpty() && adoptLogIndexes())
        Q_EMIT linesAvailable(lineCount());
    // m_indexDecoding is written by this thread only (and by resetState() after a join).
    while (m_indexDecoding) {
        if (m_cancel) {
            m_complete = true;
            return;
        }
        if (!decodeLogIndexes(IndexBatch)) {
            // log_indexes does not describe this file: forget it and index in the frame pass.
            forgetLogIndexes();
            Q_EMIT linesAvailable(0);
            break;
        }
    }
    QFile file(m_seekPath);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(QCoreApplication::translate("TaskLog", "Cannot open %1: %2").arg(m_seekPath, file.errorString()), 0);
        return;
    }
    const SeekTable& table = m_table; // not modified while the worker runs
    const qsizetype frames = table.frames.size();
    bool growing = false;
    {
        QMutexLocker lock(&m_growMutex);
        growing = m_growing;
    }
    // A growing file's size is known from its table only.
    const qint64 fileSize = growing && frames > 0
        ? table.frames.last().compressedOffset + table.frames.last().compressedSize + table.tableBytes
        : file.size();
    const int fd = file.handle();

    struct Job
    {
        qsizetype frame = 0;
        QByteArrayView compressed;
        QByteArray out;
        QString error;
    };
    struct Batch
    {
        QByteArray compressed;
        std::vector<Job> jobs;
        QFuture<void> future;
        QString readError;
        qint64 readErrorOffset = 0;
    };
    // Decoding of batch n+1 (two pool threads) overlaps with indexing of batch n. Two batches
    // alternate and keep their buffers, so no page is faulted in twice.
    std::unique_ptr<Batch> spare;
    auto launch = [&](qsizetype first) {
        std::unique_ptr<Batch> b = spare ? std::move(spare) : std::make_unique<Batch>();
        b->readError.clear();
        const qsizetype last = qMin(first + FramesPerBatch, frames);
        const qint64 from = table.frames[first].compressedOffset;
        const qint64 to = table.frames[last - 1].compressedOffset + table.frames[last - 1].compressedSize;
        b->compressed.resize(to - from);
        if (!readCompressed(fd, from, to - from, b->compressed.data())) {
            b->readError
                = QCoreApplication::translate("TaskLog", "File ends inside the zstd frame at byte %1").arg(from);
            b->readErrorOffset = from;
            b->jobs.clear();
            return b;
        }
        b->jobs.resize(size_t(last - first));
        for (qsizetype i = first; i < last; ++i) {
            Job& j = b->jobs[size_t(i - first)];
            j.frame = i;
            j.error.clear();
            j.compressed = QByteArrayView(b->compressed)
                               .sliced(table.frames[i].compressedOffset - from, table.frames[i].compressedSize);
        }
        const bool checksums = table.hasChecksums;
        b->future = QtConcurrent::map(GbAdmin::backgroundPool(), b->jobs, [&table, checksums](Job& j) {
            lowerThisThreadsPriority();
            auto r = decodeSeekableFrame(j.compressed, table.frames[j.frame], checksums, j.out);
            if (!r)
                j.error = r.errorMessage();
        });
        return b;
    };

    std::unique_ptr<Batch> current = frames > 0 ? launch(0) : nullptr;
    for (qsizetype first = 0; first < frames; first += FramesPerBatch) {
        if (m_cancel) {
            if (current)
                current->future.waitForFinished();
            m_complete = true;
            return;
        }
        current->future.waitForFinished();
        std::unique_ptr<Batch> next = first + FramesPerBatch < frames ? launch(first + FramesPerBatch) : nullptr;
        if (!current->readError.isEmpty()) {
            if (next)
                next->future.waitForFinished();
            fail(current->readError, current->readErrorOffset);
            return;
        }
        for (Job& j : current->jobs) {
            if (!j.error.isEmpty()) {
                if (next)
                    next->future.waitForFinished();
                fail(j.error, table.frames[j.frame].compressedOffset);
                return;
            }
            consume(j.out);
        }
        emitLinesThrottled(false);
        const qsizetype done = qMin(first + FramesPerBatch, frames) - 1;
        Q_EMIT progress(table.frames[done].compressedOffset + table.frames[done].compressedSize, fileSize);
        spare = std::move(current);
        current = std::move(next);
    }
    Q_EMIT progress(fileSize, fileSize);
    finishInput();
    complete();
}

void TaskLog::consume(QByteArrayView decoded)
{
    if (decoded.isEmpty())
        return;
    // Text first, index second: a line is announced only once its bytes are readable.
    const qint64 at = m_spooled.load();
    qsizetype written = 0;
    while (m_spoolText && written < decoded.size()) {
        const ssize_t n = ::pwrite(m_spoolFd, decoded.data() + written, size_t(decoded.size() - written), at + written);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break; // disk full: lines stay readable from frames (seekable) or the index stops growing
        written += n;
    }
    if (m_spoolText)
        m_spooled = at + written;
    else if (m_textInPlace)
        m_spooled = at + decoded.size(); // the source file holds these bytes already

    // Lines are split and classified without the lock: the scan state (partial line, open
    // groups, line number) is this thread's. What readers see is published in one short locked
    // step per call, so the GUI thread never waits for a whole frame's scan.
    ScanBatch& batch = m_batch;
    batch.clear();
    const qsizetype groupsBefore = m_groups.size(); // only this thread appends to m_groups
    auto handleLine = [&](QByteArrayView row) {
        const qint64 lineNo = m_scanLines++;
        if (row.endsWith('\n'))
            row.chop(1);
        const QByteArrayView content = LogLine::split(row).content;
        switch (LogLine::classify(content)) {
        case LogLine::Kind::GroupStart:
            batch.groups.append(GroupRange { lineNo, -1, int(m_openGroups.size()) });
            m_openGroups.append(groupsBefore + batch.groups.size() - 1);
            break;
        case LogLine::Kind::GroupEnd:
            if (!m_openGroups.isEmpty()) {
                const qsizetype g = m_openGroups.takeLast();
                if (g >= groupsBefore)
                    batch.groups[g - groupsBefore].lastLine = lineNo;
                else
                    batch.closed.append({ g, lineNo });
            }
            break;
        case LogLine::Kind::Error:
            batch.errors.append(lineNo);
            break;
        case LogLine::Kind::Warning:
            batch.warnings.append(lineNo);
            break;
        case LogLine::Kind::Command:
            // m_masks is only written by this thread: reading it unlocked is safe.
            if (const QByteArrayView v = LogLine::maskValue(content);
                !v.isEmpty() && !m_masks.contains(v) && !batch.masks.contains(v))
                batch.masks.append(v.toByteArray());
            break;
        case LogLine::Kind::Notice:
        case LogLine::Kind::Normal:
            break;
        }
    };
    const char* p = decoded.data();
    const char* const end = p + decoded.size();
    while (p < end) {
        const auto* nl = static_cast<const char*>(std::memchr(p, '\n', size_t(end - p)));
        const char* lineEnd = nl ? nl + 1 : end;
        if (m_partialLen == 0 && nl) {
            handleLine(QByteArrayView(p, lineEnd));
            batch.lengths.push_back(lineEnd - p);
        } else {
            if (m_partial.size() < PartialKeep)
                m_partial.append(p, qMin<qsizetype>(PartialKeep - m_partial.size(), lineEnd - p));
            m_partialLen += lineEnd - p;
            if (nl) {
                handleLine(m_partial);
                batch.lengths.push_back(m_partialLen);
                m_partial.clear();
                m_partialLen = 0;
            }
        }
        p = lineEnd;
    }
    publishBatch();
}

void TaskLog::ScanBatch::clear()
{
    lengths.clear();
    groups.clear();
    closed.clear();
    errors.clear();
    warnings.clear();
    masks.clear();
}

void TaskLog::publishBatch()
{
    // Beside a prebuilt index, the scan's own index is read by nobody until complete(): it grows
    // without the lock.
    if (m_prebuilt) {
        for (const qint64 l : m_batch.lengths)
            m_scanIndex.append(l);
        m_scanIndexBytes.store(m_scanIndex.memoryBytes(), std::memory_order_relaxed);
    }
    QMutexLocker lock(&m_mutex);
    if (!m_prebuilt) {
        for (const qint64 l : m_batch.lengths)
            m_index.append(l);
    }
    // Appending to a list the GUI thread holds a copy of copies it (implicit sharing): O(list)
    // under the lock, but once per GUI refresh and only for these short lists.
    for (const auto& [g, last] : std::as_const(m_batch.closed))
        m_groups[g].lastLine = last;
    if (!m_batch.groups.isEmpty())
        m_groups.append(m_batch.groups);
    if (!m_batch.errors.isEmpty())
        m_errors.append(m_batch.errors);
    if (!m_batch.warnings.isEmpty())
        m_warnings.append(m_batch.warnings);
    if (!m_batch.masks.isEmpty())
        m_masks.append(m_batch.masks);
    m_scanLinesShown = m_scanLines;
    publishCountLocked();
}

void TaskLog::publishCountLocked()
{
    m_lineCount.store(m_indexDecoding ? m_declaredCount : m_index.count(), std::memory_order_relaxed);
}

void TaskLog::finishInput()
{
    QMutexLocker lock(&m_mutex);
    if (m_partialLen == 0)
        return;
    LineIndex& target = m_prebuilt ? m_scanIndex : m_index;
    const qint64 lineNo = m_scanLines++;
    const QByteArrayView content = LogLine::split(m_partial).content;
    const auto kind = LogLine::classify(content);
    if (kind == LogLine::Kind::Error)
        m_errors.append(lineNo);
    else if (kind == LogLine::Kind::Warning)
        m_warnings.append(lineNo);
    else if (const QByteArrayView v = LogLine::maskValue(content); !v.isEmpty() && !m_masks.contains(v))
        m_masks.append(v.toByteArray());
    else if (kind == LogLine::Kind::GroupStart) {
        m_groups.append(GroupRange { lineNo, lineNo, int(m_openGroups.size()) });
    }
    target.append(m_partialLen);
    if (m_prebuilt)
        m_scanIndexBytes = m_scanIndex.memoryBytes();
    m_partial.clear();
    m_partialLen = 0;
    m_scanLinesShown = m_scanLines;
    publishCountLocked();
}

void TaskLog::complete()
{
    LineIndex served; // log_indexes' index, freed after the lock is released (tens of MB)
    {
        QMutexLocker lock(&m_mutex);
        if (m_prebuilt) {
            // The scan is the truth; log_indexes only served until it was done.
            served = std::move(m_index);
            m_index = std::move(m_scanIndex);
            m_scanIndex = LineIndex();
            m_scanIndexBytes = 0;
            publishCountLocked();
        }
    }
    m_complete = true;
    Q_EMIT linesAvailable(lineCount());
    Q_EMIT finished();
}

void TaskLog::fail(const QString& message, qint64 offset)
{
    finishInput(); // the bytes decoded before the damage form the last line
    LineIndex scanned; // freed after the lock is released
    {
        QMutexLocker lock(&m_mutex);
        // A prebuilt index stays: lines after a damaged frame are still readable from their frames.
        if (m_prebuilt) {
            scanned = std::move(m_scanIndex);
            m_scanIndex = LineIndex();
            m_scanIndexBytes = 0;
        }
        m_error = message;
        m_errorOffset = offset;
    }
    m_complete = true;
    Q_EMIT linesAvailable(lineCount());
    Q_EMIT failed(message, offset);
}

void TaskLog::emitLinesThrottled(bool force)
{
    const qint64 now = nowMs();
    if (!force && now - m_lastEmitMs < 50)
        return;
    m_lastEmitMs = now;
    const qint64 n = lineCount();
    if (n != m_lastEmitted) {
        m_lastEmitted = n;
        Q_EMIT linesAvailable(n);
    }
}

qint64 TaskLog::lineCount() const
{
    // Published under m_mutex by every change; read without it (asked on every view refresh).
    return m_lineCount.load(std::memory_order_relaxed);
}

bool TaskLog::usedLogIndexes() const
{
    QMutexLocker lock(&m_mutex);
    return m_prebuilt;
}

qint64 TaskLog::totalBytesLocked() const
{
    return m_prebuilt ? m_table.decompressedSize() : m_index.totalBytes();
}

bool TaskLog::locate(qint64 index, qint64* start, qint64* length) const
{
    const qint64 n = m_indexDecoding ? m_declaredCount : m_index.count();
    if (index < 0 || index >= n)
        return false;
    if (index < m_index.count()) {
        *start = m_index.lineStart(index);
        *length = m_index.lineLength(index);
        return true;
    }
    if (!m_indexDecoding)
        return false;
    const qint64 total = m_table.decompressedSize();
    if (index >= m_tailFirst) {
        const qint64 k = index - m_tailFirst;
        *start = m_tailOffsets[k];
        *length = (k + 1 < m_tailOffsets.size() ? m_tailOffsets[k + 1] : total) - *start;
        return true;
    }
    // Not decoded yet: from the nearest checkpoint (≤ CheckpointEvery values, microseconds), so a
    // reader never waits for the worker. The worker still checks the whole blob; if it does not
    // fit, the log is announced again from its own scan.
    const qint64 c = index / CheckpointEvery;
    if (c >= m_checkpoints.size())
        return false;
    qsizetype pos = m_checkpoints[c];
    qint64 from = 0, to = total;
    for (qint64 i = c * CheckpointEvery; i <= index; ++i)
        if (!LogIndexes::readValue(m_logIndexes, &pos, &from))
            return false;
    if (index + 1 < m_declaredCount && !LogIndexes::readValue(m_logIndexes, &pos, &to))
        return false;
    if (from < 0 || to > total || to < from)
        return false;
    *start = from;
    *length = to - from;
    return true;
}

bool TaskLog::isComplete() const
{
    return m_complete;
}

QList<GroupRange> TaskLog::groups() const
{
    QList<GroupRange> out;
    qint64 last = 0;
    {
        QMutexLocker lock(&m_mutex);
        out = m_groups; // shared, not copied
        last = qMax<qint64>(m_scanLinesShown - 1, 0);
    }
    // Groups still open end at the last line so far; the copy (if any) is made outside the lock.
    for (qsizetype i = 0; i < out.size(); ++i)
        if (out.at(i).lastLine < 0)
            out[i].lastLine = last;
    return out;
}

QList<qint64> TaskLog::errorLines() const
{
    QMutexLocker lock(&m_mutex);
    return m_errors;
}

QList<qint64> TaskLog::warningLines() const
{
    QMutexLocker lock(&m_mutex);
    return m_warnings;
}

QList<QByteArray> TaskLog::maskValues() const
{
    QMutexLocker lock(&m_mutex);
    return m_masks;
}

qint64 TaskLog::lineStart(qint64 index) const
{
    QMutexLocker lock(&m_mutex);
    qint64 start = 0, length = 0;
    return locate(index, &start, &length) ? start : totalBytesLocked();
}

qint64 TaskLog::indexedBytes() const
{
    QMutexLocker lock(&m_mutex);
    return totalBytesLocked();
}

qint64 TaskLog::indexMemoryBytes() const
{
    QMutexLocker lock(&m_mutex);
    return m_index.memoryBytes() + m_scanIndexBytes.load(std::memory_order_relaxed);
}

QString TaskLog::errorString() const
{
    QMutexLocker lock(&m_mutex);
    return m_error;
}

qint64 TaskLog::errorOffset() const
{
    QMutexLocker lock(&m_mutex);
    return m_errorOffset;
}

bool TaskLog::readSpool(qint64 offset, qint64 length, char* dst) const
{
    return preadFully(m_spoolFd, offset, length, dst);
}

bool TaskLog::readFrames(qint64 offset, qint64 length, char* dst) const
{
    QMutexLocker lock(&m_mutex);
    while (length > 0) {
        const qsizetype fi = m_table.frameAt(offset);
        if (fi < 0 || !m_frameFile)
            return false;
        qsizetype ci = 0;
        while (ci < m_cache.size() && m_cache[ci].index != fi)
            ++ci;
        if (ci == m_cache.size()) {
            CachedFrame f;
            f.index = fi;
            if (!decodeSeekableFrame(*m_frameFile, m_table, fi, f.data))
                return false;
            m_cache.prepend(std::move(f));
            if (m_cache.size() > FrameCacheSize)
                m_cache.removeLast();
            ci = 0;
        } else if (ci != 0) {
            m_cache.move(ci, 0);
            ci = 0;
        }
        const SeekTable::Frame& fr = m_table.frames[fi];
        const qint64 in = offset - fr.decompressedOffset;
        const qint64 n = qMin<qint64>(length, fr.decompressedSize - in);
        std::memcpy(dst, m_cache[0].data.constData() + in, size_t(n));
        dst += n;
        offset += n;
        length -= n;
    }
    return true;
}

QByteArray TaskLog::readBytes(qint64 offset, qint64 length) const
{
    const qint64 total = indexedBytes();
    if (offset < 0 || offset >= total || length <= 0)
        return {};
    length = qMin(length, total - offset);
    QByteArray out(length, Qt::Uninitialized);
    bool ok = false;
    if (offset + length <= m_spooled.load())
        ok = readSpool(offset, length, out.data());
    else if (!m_seekPath.isEmpty())
        ok = readFrames(offset, length, out.data());
    return ok ? out : QByteArray();
}

void TaskLog::visitRange(qint64 offset, qint64 length, const std::function<void(QByteArrayView)>& fn) const
{
    const qint64 total = indexedBytes();
    if (offset < 0 || offset >= total || length <= 0)
        return;
    length = qMin(length, total - offset);
    if (m_spoolFd >= 0 && offset + length <= m_spooled.load()) {
        // Spooled text is mapped, not copied: the pages are page cache, not this process's heap.
        static const qint64 page = ::sysconf(_SC_PAGESIZE);
        const qint64 base = offset / page * page;
        void* map = ::mmap(nullptr, size_t(offset + length - base), PROT_READ, MAP_SHARED, m_spoolFd, base);
        if (map != MAP_FAILED) {
            fn(QByteArrayView(static_cast<const char*>(map) + (offset - base), length));
            ::munmap(map, size_t(offset + length - base));
            return;
        }
    }
    // Frame by frame: each decoded 128 KiB frame is handed over while it is still in the CPU cache
    // (decoding the whole range first wrote it all to memory and read it back), in pieces of whole
    // lines; the part of a line that runs into the next frame waits in front of it.
    const int fd = m_frameFile ? m_frameFile->handle() : -1;
    if (m_seekPath.isEmpty() || fd < 0)
        return;
    const qsizetype fa = m_table.frameAt(offset), fb = m_table.frameAt(offset + length - 1);
    if (fa < 0 || fb < 0)
        return;
    const qint64 cFrom = m_table.frames[fa].compressedOffset;
    const qint64 cTo = m_table.frames[fb].compressedOffset + m_table.frames[fb].compressedSize;
    thread_local QByteArray compressed, buf;
    compressed.resize(cTo - cFrom);
    if (!readCompressed(fd, cFrom, cTo - cFrom, compressed.data()))
        return;
    const qint64 end = offset + length;
    qsizetype carry = 0; // bytes of an unfinished line at the front of buf
    for (qsizetype fi = fa; fi <= fb; ++fi) {
        const SeekTable::Frame& fr = m_table.frames[fi];
        if (buf.size() < carry + qsizetype(fr.decompressedSize))
            buf.resize(carry + qsizetype(fr.decompressedSize));
        const QByteArrayView src = QByteArrayView(compressed).sliced(fr.compressedOffset - cFrom, fr.compressedSize);
        if (!decodeSeekableFrameInto(src, fr, false, buf.data() + carry)) // checked by the indexing pass
            return;
        const qint64 from = qMax(offset, fr.decompressedOffset) - fr.decompressedOffset;
        const qint64 to = qMin(end, fr.decompressedOffset + fr.decompressedSize) - fr.decompressedOffset;
        // The first frame's piece starts inside it (carry is 0); later ones start at their frame.
        const char* const first = fi == fa ? buf.constData() + from : buf.constData();
        const char* const last = buf.constData() + carry + to;
        if (fi == fb) {
            fn(QByteArrayView(first, last));
            return;
        }
        const auto* nl = static_cast<const char*>(::memrchr(first, '\n', size_t(last - first)));
        const char* const rest = nl ? nl + 1 : first;
        if (rest > first)
            fn(QByteArrayView(first, rest));
        carry = last - rest;
        std::memmove(buf.data(), rest, size_t(carry));
    }
}

QByteArray TaskLog::readRange(qint64 offset, qint64 length) const
{
    const qint64 total = indexedBytes();
    if (offset < 0 || offset >= total || length <= 0)
        return {};
    length = qMin(length, total - offset);
    QByteArray out(length, Qt::Uninitialized);
    if (offset + length <= m_spooled.load())
        return readSpool(offset, length, out.data()) ? out : QByteArray();
    // The frame file stays open (and unchanged) while the log is: pread needs no file position, so
    // search threads share its descriptor. It also still reads a download renamed into the cache.
    const int fd = m_frameFile ? m_frameFile->handle() : -1;
    if (m_seekPath.isEmpty() || fd < 0)
        return {};
    // m_table is not modified while a log is open. The compressed span is read in one go; whole
    // frames decode straight into the result, only the two boundary frames go through a scratch
    // buffer. Checksums were verified by the indexing pass.
    const qsizetype fa = m_table.frameAt(offset), fb = m_table.frameAt(offset + length - 1);
    if (fa < 0 || fb < 0)
        return {};
    const qint64 cFrom = m_table.frames[fa].compressedOffset;
    const qint64 cTo = m_table.frames[fb].compressedOffset + m_table.frames[fb].compressedSize;
    thread_local QByteArray compressed, scratch;
    compressed.resize(cTo - cFrom);
    if (!readCompressed(fd, cFrom, cTo - cFrom, compressed.data()))
        return {};
    for (qsizetype fi = fa; fi <= fb; ++fi) {
        const SeekTable::Frame& fr = m_table.frames[fi];
        const QByteArrayView src = QByteArrayView(compressed).sliced(fr.compressedOffset - cFrom, fr.compressedSize);
        const qint64 from = qMax(offset, fr.decompressedOffset);
        const qint64 to = qMin(offset + length, fr.decompressedOffset + fr.decompressedSize);
        if (from == fr.decompressedOffset && to == fr.decompressedOffset + fr.decompressedSize) {
            if (!decodeSeekableFrameInto(src, fr, false, out.data() + (from - offset)))
                return {};
        } else {
            if (!decodeSeekableFrame(src, fr, false, scratch))
                return {};
            std::memcpy(
                out.data() + (from - offset), scratch.constData() + (from - fr.decompressedOffset), size_t(to - from));
        }
    }
    return out;
}

QByteArray TaskLog::line(qint64 index) const
{
    qint64 start = 0, len = 0;
    {
        QMutexLocker lock(&m_mutex);
        if (!locate(index, &start, &len))
            return {};
    }
    QByteArray row = readBytes(start, len);
    if (row.endsWith('\n'))
        row.chop(1);
    return row;
}

} // namespace Ci
