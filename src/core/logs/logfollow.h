#pragma once

#include <QByteArray>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <deque>
#include <optional>

// Following botserver's logs (spec §4.3: `YYYYMMDDHHMMSS.mmm <level> <module>:<message>`) with
// INFRA.md's grep presets, in bounded memory.
namespace Logs {

// Turns a byte stream into complete lines; a partial last line waits for the next chunk. A line
// longer than maxLineBytes is cut there so one runaway line cannot grow memory.
class LineSplitter
{
public:
    explicit LineSplitter(qsizetype maxLineBytes = 64 * 1024)
        : m_max(maxLineBytes)
    { }
    QStringList feed(const QByteArray& chunk);
    QString flush(); // what is left when the stream ends

private:
    QByteArray m_partial;
    qsizetype m_max;
};

// One logical log message: a record's first line plus botserver's wrapped continuation lines
// (spec §4.3), joined back into the message as it was logged, and how often it came in a row.
struct LogEntry
{
    QString text; // the whole message; a continuation's 25-space indentation is removed
    QString firstStamp; // "YYYYMMDDHHMMSS.mmm" of the first occurrence, empty when the line has none
    QString lastStamp; // of the newest consecutive repeat (equal to firstStamp when count == 1)
    qint64 count = 1; // consecutive repeats folded into this row
    // A continuation that came after its record was already handed on (the stream paused in the
    // middle of a record); LineBuffer appends it to the last row.
    bool continuesPrevious = false;
    // lastStamp before the newest repeat was folded in, so that a late continuation can take
    // that repeat out again (valid when canUnfold).
    QString previousLastStamp;
    bool canUnfold = false;

    // What makes two messages "the same": the text after the timestamp.
    QStringView repeatKey() const;
    bool operator==(const LogEntry&) const = default;
};

// The timestamp at the start of a compact-logger line, or an empty view.
QStringView stampOf(QStringView line);

// Joins physical lines into LogEntry values. Spec §4.3: a line longer than 100 characters is cut
// at 100; each further piece (75 characters) is a line of its own indented 25 spaces. So a line
// continues the previous one only when the previous one was cut (exactly 100 characters long)
// and this one is 25 spaces plus 1 to 75 characters; anything else, even a line that starts with
// spaces, is a message of its own. (Characters or UTF-8 bytes: both counts are accepted, so
// either way botserver counts, the rule holds.)
//
// A record whose last line is full may still get a continuation, so it is held until the next
// line shows it is complete, or until flush() (the stream went idle or ended).
class LineJoiner
{
public:
    static constexpr qsizetype WrapWidth = 100;
    static constexpr qsizetype ContinuationIndent = 25;

    QList<LogEntry> feed(const QStringList& lines);
    bool hasPending() const { return m_open.has_value(); }
    // Hands on the held record; a continuation arriving later comes out with continuesPrevious.
    QList<LogEntry> flush();
    void reset();

    static bool isFull(const QString& line);
    static bool isContinuation(const QString& line);

private:
    std::optional<LogEntry> m_open; // always a record whose last physical line is full
    bool m_flushedMayContinue = false;
};

// The newest `capacity` rows; older ones are dropped (a day of following stays bounded). A message
// equal to the last row's (after the timestamp) folds into that row: its count and lastStamp
// change, no row is added.
class LineBuffer
{
public:
    explicit LineBuffer(qsizetype capacity)
        : m_capacity(std::max<qsizetype>(1, capacity))
    { }
    struct Appended
    {
        bool lastRowChanged = false; // the row that was last before the call was folded into or extended
        qsizetype added = 0; // new rows (some may already be dropped again when added > capacity)
    };
    Appended append(const QList<LogEntry>& entries);
    Appended append(const QStringList& lines); // each line one message (no joining)
    void setFoldRepeats(bool on) { m_fold = on; }
    qsizetype size() const { return qsizetype(m_rows.size()); }
    qsizetype capacity() const { return m_capacity; }
    // Rows dropped at the front so far: row i has the sequence number dropped() + i.
    qint64 dropped() const { return m_dropped; }
    // Messages received (a folded row counts each repeat).
    qint64 messages() const { return m_messages; }
    const LogEntry& at(qsizetype i) const { return m_rows[size_t(i)]; }
    void clear();

private:
    std::deque<LogEntry> m_rows;
    qsizetype m_capacity;
    qint64 m_dropped = 0;
    qint64 m_messages = 0;
    bool m_fold = true;
};

enum class Preset
{
    All,
    Errors,
    Bot,
    DriveConfig,
    ModelLlm
};

// A preset (INFRA.md's "LOGGING" greps, case-insensitive) plus a free filter. The free filter is
// a case-insensitive substring, or a regular expression when `regex` is set.
class LogFilter
{
public:
    LogFilter() = default;
    LogFilter(Preset preset, const QString& botName, const QString& freeText, bool regex);
    bool matches(const QString& line) const;
    bool matches(const LogEntry& entry) const { return matches(entry.text); }
    bool isValid() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    // The shell pipeline INFRA.md would use, for "Show command" (informative only).
    QString grepPattern() const;

private:
    QRegularExpression m_preset;
    QRegularExpression m_free;
    QString m_freeText;
    bool m_regex = false;
    QString m_error;
};

enum class Level
{
    Unknown,
    Error,
    Warn,
    Info,
    Debug,
    Trace
};
// The level of a compact-logger line, Unknown for continuation lines and other formats.
Level levelOf(const QString& line);

} // namespace Logs
