#pragma once

#include <QByteArray>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <deque>

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

// The newest `capacity` lines; older ones are dropped (a day of following stays bounded).
class LineBuffer
{
public:
    explicit LineBuffer(qsizetype capacity)
        : m_capacity(capacity)
    { }
    void append(const QStringList& lines);
    qsizetype size() const { return qsizetype(m_lines.size()); }
    qsizetype capacity() const { return m_capacity; }
    qint64 dropped() const { return m_dropped; }
    const QString& at(qsizetype i) const { return m_lines[size_t(i)]; }
    void clear();

private:
    std::deque<QString> m_lines;
    qsizetype m_capacity;
    qint64 m_dropped = 0;
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
