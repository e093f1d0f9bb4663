#pragma once

#include "core/ci/lineindex.h"
#include "core/ci/logsource.h"
#include "core/ci/zstdseekable.h"
#include "core/host/containershell.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QTimer>

class CommandRunner;
class CommandJob;
struct CommandResult;

namespace Ci {

// A seekable `.log.zst` that stays on the host. One command at open brings the file's size, its
// seek table and its first and last frames (the whole file when small), so the first and the
// last screen cost one round trip to the container and ~160 KiB for a 1 GiB log: their lines are
// split from the decoded frames, counted from the start and back from the end (log_length), until
// action_task.log_indexes arrives (its head and tail asked for at the same time, the rest in 1 MiB
// chunks while lines in between are asked for). Other frames are fetched when the view paints
// them, by byte ranges (`dd` inside the container, offsets as argv).
//
// Lines whose frame is not here yet read as a placeholder; contentChanged() tells when fetched
// frames replaced placeholders. A frame that does not decode reads as a marker line naming the
// frame, the others stay readable. Lives on one thread (the GUI's); decoding one 128 KiB frame
// takes well under a millisecond.
class RemoteTaskLog : public LogSource
{
    Q_OBJECT
public:
    static constexpr qint64 IndexChunk = 1 << 20; // log_indexes bytes per query after the first
    static constexpr qint64 IndexHeadTail = 64 << 10; // log_indexes bytes fetched at open, each end
    static constexpr int CachedFrames = 64;
    // A log up to this size comes whole with the first command; a bigger one brings its seek table
    // and first and last frames within it (else only the table).
    static constexpr qint64 OpenBudget = 512 << 10;
    static constexpr qsizetype PrefetchReach = 256; // frames into a range prefetch() walks (32 MiB decoded)

    RemoteTaskLog(CommandRunner* runner, QObject* parent = nullptr);
    ~RemoteTaskLog() override;

    // The scripts this class runs in the log's container, for a ContainerShell kept open there.
    static QList<ContainerShell::Script> shellScripts();
    // Reads through `shell` (made with shellScripts()) when it serves the log's container: each read
    // then costs a round trip instead of a new sudo + incus exec. Not owned.
    void setShell(ContainerShell* shell);
    // Bytes the open command may bring (tests use 0: the seek table alone, frames by ranges).
    void setOpenBudget(qint64 bytes) { m_openBudget = qMax<qint64>(0, bytes); }
    // Starts reading: `path` in `container`, task `taskId` whose log has `lineCount` lines.
    void open(const QString& container, const QString& path, qint64 taskId, qint64 lineCount);
    void cancel();

    bool isReady() const { return m_ready; } // seek table and both ends known
    bool isSeekable() const { return m_seekable; }
    // The file's seek table once read (a download indexes its frames as they arrive with it).
    bool hasSeekTable() const { return m_tableDone && m_seekable; }
    const SeekTable& seekTable() const { return m_table; }
    qint64 fileSize() const { return m_fileSize; }
    qint64 bytesTransferred() const { return m_bytes; } // stdout bytes received, all commands
    int commandsRun() const { return m_commands; }
    QString errorString() const { return m_error; }
    // Whether the line's bytes are here (false: line() is a placeholder and a fetch is on its way).
    bool isLineLoaded(qint64 index) const;
    static QByteArray placeholderText();
    // Asks for frames holding lines [first, first + count) that were not scanned yet (at most
    // maxFrames per call; see the .cpp for which), so their error and group marks become known
    // without the view painting them.
    void prefetch(qint64 first, qint64 count, int maxFrames = 32);
    // Whether the error and group marks of lines [first, end) are known (their frames were scanned).
    bool isScanned(qint64 first, qint64 end) const;
    // Frames whose read failed (the connection dropped, not damage) are read again when next shown.
    void retryUnreadFrames();

    // LogSource
    qint64 lineCount() const override { return m_lineCount; }
    QByteArray line(qint64 index) const override;
    bool isComplete() const override { return m_ready && m_indexDone; }
    QList<GroupRange> groups() const override;
    QList<qint64> errorLines() const override;
    QList<qint64> warningLines() const override { return m_warnings; }
    QList<QByteArray> maskValues() const override { return m_masks; }

Q_SIGNALS:
    // The seek table and the first and last lines are known (from the index or from the decoded
    // first and last frames): the first screen can be painted.
    void ready();
    // The file is not seekable zstd (plain zstd or damaged): read it whole instead.
    void notSeekable(const QString& why);

private:
    struct Span
    {
        qint64 start = -1;
        qint64 length = 0;
    };
    // Runs one of shellScripts() in the container: through the shell when one is set, else as a
    // one-shot command.
    CommandJob* runScript(const QString& name, const QStringList& args, const QString& description);
    bool readFailed(const CommandResult& r); // counts the reply; true (and failed) when it failed
    void onOpened(const CommandResult& r);
    void onTail(const CommandResult& r);
    // False when the file is not a seekable zstd log (notSeekable() was emitted).
    bool takeTail(qint64 size, const QByteArray& tail);
    void requestIndexEnds();
    void acceptFrame(qsizetype frame, QByteArrayView compressed);
    void learnEndsFromFrames(qsizetype frame);
    void indexFromFrames();
    void trimFrameCache();
    void onIndexChunk(const CommandResult& r, bool tail);
    void requestIndexChunk();
    void onFrames(const CommandResult& r, const QList<qsizetype>& frames);
    void dispatchFrames();
    void maybeReady();
    void failWith(const QString& message);
    // countedBack: also lines numbered back from the end (log_length); marks do not trust those.
    Span locate(qint64 index, bool countedBack = true) const;
    void scanFrame(qsizetype frame, const QByteArray& text);
    void scanHeldFrames();

    CommandRunner* m_runner;
    QPointer<ContainerShell> m_shell;
    QList<QPointer<CommandJob>> m_jobs;
    QString m_container;
    QString m_path;
    qint64 m_taskId = 0;
    qint64 m_lineCount = 0;
    qint64 m_fileSize = -1;
    qint64 m_openBudget = OpenBudget;
    SeekTable m_table;
    bool m_seekable = false;
    bool m_tableDone = false;
    bool m_ready = false;
    QString m_error;
    qint64 m_bytes = 0;
    int m_commands = 0;

    // log_indexes: decoded from the start as chunks arrive; the last lines from the tail chunk.
    qint64 m_blobSize = -1;
    qint64 m_blobFetched = 0; // bytes of the blob consumed from the start
    QByteArray m_blobCarry; // an unfinished varint at a chunk boundary
    qint64 m_prevOffset = -1;
    qint64 m_decodedLines = 0;
    LineIndex m_index;
    QList<qint64> m_tailOffsets;
    // Until the index arrives: line ends in frame 0, and starts of the last lines (from the end).
    QList<qint64> m_headEnds;
    QList<qint64> m_endStarts;
    QByteArray m_heldHead; // bytes from the open command, used while the table is parsed
    QByteArray m_heldTail;
    qint64 m_tailFirst = -1;
    bool m_headDone = false;
    bool m_tailDone = false;
    bool m_indexDone = false;
    bool m_indexInFlight = false;
    bool m_tailRequested = false; // the index's tail was asked for with its head (requestIndexEnds)
    mutable bool m_indexWanted = false;

    // Frames: decoded text (LRU), damaged frames (their message), frames in flight or wanted.
    mutable QHash<qsizetype, QByteArray> m_frames;
    mutable QList<qsizetype> m_lru; // most recent last
    QHash<qsizetype, QString> m_badFrames;
    QSet<qsizetype> m_unreadFrames; // bad because the read failed: worth another try
    mutable QSet<qsizetype> m_wanted;
    QSet<qsizetype> m_inFlight;
    QTimer* m_dispatch;

    // Groups and error lines seen in the frames fetched so far (the whole log only once all are).
    QList<GroupRange> m_groups;
    QList<qint64> m_errors;
    QList<qint64> m_warnings;
    QList<QByteArray> m_masks;
    QSet<qsizetype> m_scanned;
};

} // namespace Ci
