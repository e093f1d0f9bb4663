#pragma once

// The engine's implementation is Ci::TaskLog (tasklog.h); search is Ci::LogSearch (logsearch.h),
// steps and Forgejo's per-step line numbers are in stepmap.h. Signals of a TaskLog come from its
// worker thread (queued to GUI receivers); groups() and errorLines() fill in while indexing and are
// final at finished().

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

namespace Ci {

// A foldable `##[group]` / `::group::` section: the header line and the last line inside it
// (the `##[endgroup]` line itself, or the last line of the log when unterminated).
struct GroupRange
{
    qint64 headerLine = -1;
    qint64 lastLine = -1;
    int depth = 0;
};

// Line-addressed read access to one task log (decoded text, one Forgejo log row per line).
//
// The view asks only for the lines it paints, so implementations decode on demand and cache
// frames; line() is called on the GUI thread for a screenful at a time and must stay fast.
// lineCount() grows while the log is indexed or followed; linesAvailable() announces growth.
// Reads of lines below lineCount() are safe while indexing continues on a worker thread.
class LogSource : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~LogSource() override = default;

    virtual qint64 lineCount() const = 0;
    // The stored line without its trailing '\n': "<28-byte timestamp> <content>".
    virtual QByteArray line(qint64 index) const = 0;
    // True once the whole input is indexed (a followed log may still grow through linesAvailable).
    virtual bool isComplete() const = 0;
    // Structure found while indexing: groups (in header order) and error lines (ascending).
    virtual QList<GroupRange> groups() const = 0;
    virtual QList<qint64> errorLines() const = 0;
    // `::warning` / `##[warning]` (and tool "warning: ") lines, ascending; `::add-mask::` values seen
    // so far (a view shows them as "***"). Sources that do not look for them have none.
    virtual QList<qint64> warningLines() const { return {}; }
    virtual QList<QByteArray> maskValues() const { return {}; }

Q_SIGNALS:
    void linesAvailable(qint64 lineCount);
    void progress(qint64 bytesDone, qint64 bytesTotal); // bytesTotal is -1 when unknown
    void finished();
    // Lines already announced now read differently (a remote source replaced placeholders with
    // fetched text): views drop what they cached and repaint.
    void contentChanged();
    // Input ended badly (truncated, corrupt). Lines decoded before byteOffset stay readable.
    void failed(const QString& message, qint64 byteOffset);
};

} // namespace Ci
