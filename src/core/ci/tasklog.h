#pragma once

#include "core/ci/lineindex.h"
#include "core/ci/logsource.h"
#include "core/ci/zstdseekable.h"
#include "core/common/result.h"

#include <QByteArray>
#include <QMutex>
#include <QString>
#include <QWaitCondition>

#include <atomic>
#include <functional>
#include <memory>
#include <thread>
#include <utility>
#include <vector>

class QIODevice;
class QFile;
class QTemporaryFile;

namespace Ci {

// A task log as a LogSource. Decoded text never sits in the heap: seekable input is read back by
// decoding single 128 KiB frames on demand (a small LRU for the view; search decodes its own
// ranges in parallel); streamed input is spooled to an unlinked temporary file and read back
// with pread (i.e. from the page cache). The line index is a LineIndex (≈ 1.1 B/line). Indexing
// runs on a worker thread; signals are emitted from it (queued to receivers in other threads).
//
// Inputs:
//  - openSeekableFile(): seekable zstd file. With the task's log_indexes the worker first counts
//    the lines and decodes the head and tail of the varint blob, then announces every line
//    (linesAvailable) before it decodes the rest (a line in the middle asked for before that is
//    decoded from the nearest of the checkpoints noted while counting: no reader waits for the
//    worker), then all frames on two threads to find groups and errors and to check the index.
//    Nothing linear in the log's size runs in the caller's thread, nor under m_mutex: the worker
//    scans without it and publishes each step's results in one short locked step.
//  - openZstdStream() / openPlainStream(): one streaming pass over any QIODevice.
//  - openFile(): picks one of the above from the file's content and name.
//  - beginFollow()/append()/endFollow(): a growing plain log (DBFS while the task runs).
class TaskLog : public LogSource
{
    Q_OBJECT
public:
    explicit TaskLog(QObject* parent = nullptr);
    ~TaskLog() override;

    Result<void> openSeekableFile(const QString& path, const QByteArray& logIndexes = {});
    void openZstdStream(std::unique_ptr<QIODevice> device, qint64 compressedSize = -1);
    void openPlainStream(std::unique_ptr<QIODevice> device, qint64 size = -1);
    Result<void> openFile(const QString& path, const QByteArray& logIndexes = {});
    // A seekable file still being written (a download into the cache): `table` is its seek table
    // (read beforehand, e.g. by RemoteTaskLog), `path` the file as it grows. Frames are decoded and
    // indexed as grow() announces their bytes, so indexing ends with the download instead of
    // starting after it; the result is what openSeekableFile() gives for the whole file. The file
    // may be renamed meanwhile (it stays open). cancel() (or destruction) stops the wait.
    Result<void> openGrowingSeekable(const QString& path, const SeekTable& table);
    void grow(qint64 bytesWritten); // any thread; bytes [0, bytesWritten) of the file are there
    void endGrow(); // no more bytes come: a frame not yet whole fails like a truncated file

    Result<void> beginFollow();
    void append(QByteArrayView bytes); // any split; a trailing partial line waits for its '\n'
    void endFollow(); // the last partial line (if any) becomes a line

    void cancel();
    bool waitForFinished(int msecs = -1);

    // LogSource
    qint64 lineCount() const override;
    QByteArray line(qint64 index) const override;
    bool isComplete() const override;
    QList<GroupRange> groups() const override;
    QList<qint64> errorLines() const override;
    QList<qint64> warningLines() const override;
    QList<QByteArray> maskValues() const override;

    // For search and diagnostics.
    qint64 lineStart(qint64 index) const;
    // Decoded bytes [offset, offset+length) (clamped to what is indexed), through the frame LRU.
    QByteArray readBytes(qint64 offset, qint64 length) const;
    // Same, for bulk readers on any thread (search): no shared cache, no lock held while decoding.
    QByteArray readRange(qint64 offset, qint64 length) const;
    // Calls fn with the bytes of the range in consecutive pieces (mapped from the spool when there,
    // else decoded frame by frame); every piece but the last ends with '\n'. Nothing on failure.
    void visitRange(qint64 offset, qint64 length, const std::function<void(QByteArrayView)>& fn) const;
    // Seekable input: also spool the decoded text during indexing, so search maps page cache
    // instead of decoding frames again. Off by default: on the project's VM writing 1 GB of spool
    // doubled the indexing CPU and made its wall time erratic, for no net gain in search (see
    // bench/ci). Takes effect at the next open.
    void setSpoolSeekable(bool on) { m_spoolSeekable = on; }
    qint64 indexedBytes() const;
    qint64 indexMemoryBytes() const;
    bool usedLogIndexes() const;
    QString errorString() const;
    qint64 errorOffset() const;

private:
    // What one consume() call found, published under m_mutex in one step (worker-only otherwise).
    struct ScanBatch
    {
        std::vector<qint64> lengths;
        QList<GroupRange> groups; // started in this batch
        QList<std::pair<qsizetype, qint64>> closed; // earlier groups (index in m_groups) that ended
        QList<qint64> errors;
        QList<qint64> warnings;
        QList<QByteArray> masks;
        void clear();
    };

    Result<void> prepareSpool();
    void resetState();
    void startWorker(std::function<void()> fn);
    // Spools + indexes (or only scans, when the index came from log_indexes) decoded bytes.
    void consume(QByteArrayView decoded);
    void publishBatch();
    void publishCountLocked(); // m_mutex held
    void finishInput(); // flushes a trailing partial line
    void fail(const QString& message, qint64 offset);
    void complete();
    void emitLinesThrottled(bool force);
    bool readSpool(qint64 offset, qint64 length, char* dst) const;
    bool readFrames(qint64 offset, qint64 length, char* dst) const;
    void runSeekablePass();
    // Compressed bytes [offset, offset+length) of the seekable file (waits for a growing one).
    bool readCompressed(int fd, qint64 offset, qint64 length, char* dst) const;
    void runPlainPass(std::unique_ptr<QIODevice> device, qint64 size);
    // log_indexes → m_index, continuing at m_blobPos; false when the blob does not fit the file.
    bool decodeLogIndexes(qint64 maxValues);
    bool adoptLogIndexes(); // on the worker: count, head and tail of log_indexes; false when unfit
    void forgetLogIndexes();
    // Puts `index` in place and drops the log_indexes state (the worker, at the end of decoding).
    void endLogIndexes(LineIndex index, bool prebuilt);
    bool decodeTail(qint64 declared, qint64 lines, QList<qint64>* out) const;
    bool locate(qint64 index, qint64* start, qint64* length) const; // m_mutex held
    qint64 totalBytesLocked() const;

    mutable QMutex m_mutex; // guards index, groups, errors, frame cache
    LineIndex m_index;
    LineIndex m_scanIndex; // built by the worker while the prebuilt index serves lookups (its own)
    std::atomic<qint64> m_scanIndexBytes { 0 }; // its memoryBytes(), for indexMemoryBytes()
    LineIndex m_decodedIndex; // log_indexes as decoded so far (the worker's); m_index when whole
    bool m_prebuilt = false;
    // While the log_indexes blob is decoded: its line count, and the offsets of its last lines.
    bool m_indexDecoding = false;
    QByteArray m_logIndexes;
    qsizetype m_blobPos = 0;
    qint64 m_prevOffset = -1;
    qint64 m_declaredCount = 0;
    qint64 m_tailFirst = 0;
    QList<qint64> m_tailOffsets;
    QList<qsizetype> m_checkpoints; // blob position of value k × CheckpointEvery
    static constexpr qint64 CheckpointEvery = 1024;
    std::atomic<qint64> m_lineCount { 0 }; // lineCount(), published under m_mutex
    bool m_spoolText = true;
    bool m_spoolSeekable = false;
    bool m_textInPlace = false; // a plain local file: m_spoolFd is the file itself
    std::unique_ptr<QFile> m_sourceFile; // owns that descriptor
    QList<GroupRange> m_groups;
    QList<qsizetype> m_openGroups;
    QList<qint64> m_errors;
    QList<qint64> m_warnings;
    QList<QByteArray> m_masks;
    qint64 m_scanLines = 0; // lines seen by the scanner (its thread only)
    qint64 m_scanLinesShown = 0; // the same, as published (m_mutex)
    ScanBatch m_batch;
    QByteArray m_partial; // bytes of the unfinished last line (its first ≤ 256 bytes)
    qint64 m_partialLen = 0;

    std::unique_ptr<QTemporaryFile> m_spool;
    int m_spoolFd = -1;
    std::atomic<qint64> m_spooled { 0 };

    QString m_seekPath;
    SeekTable m_table;
    mutable std::unique_ptr<QFile> m_frameFile;
    struct CachedFrame
    {
        qsizetype index = -1;
        QByteArray data;
    };
    mutable QList<CachedFrame> m_cache; // most recent first

    // A growing file (openGrowingSeekable): bytes written so far, and whether more will come.
    bool m_growing = false;
    mutable QMutex m_growMutex;
    mutable QWaitCondition m_grew;
    qint64 m_grown = 0;
    bool m_growEnded = false;

    std::thread m_worker;
    std::atomic_bool m_cancel { false };
    std::atomic_bool m_complete { false };
    std::atomic_bool m_following { false };
    QString m_error;
    qint64 m_errorOffset = -1;
    qint64 m_lastEmitMs = 0;
    qint64 m_lastEmitted = -1;
};

} // namespace Ci
