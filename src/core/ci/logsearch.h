#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QRegularExpression>
#include <QString>

#include <atomic>
#include <memory>
#include <thread>

namespace Ci {

class TaskLog;

struct SearchQuery
{
    QString pattern;
    bool regex = false;
    bool caseSensitive = true;
};

// A compiled query that finds matching lines in a block of whole lines. Lines are matched whole
// (timestamp included), like `grep -c` on the decoded text. Literal queries use memmem (ASCII
// case folding when case-insensitive); regular expressions are QRegularExpression (PCRE2), with
// a literal that every match must contain used as a prefilter when the pattern allows one.
class LineMatcher
{
public:
    explicit LineMatcher(const SearchQuery& query);
    bool isValid() const { return m_valid; }
    QString errorString() const { return m_error; }
    QByteArray prefilter() const { return m_literal; }

    // Appends firstLine + k for every matching line k of `text` (whole lines, '\n'-separated).
    void matchBlock(QByteArrayView text, qint64 firstLine, QList<qint64>& out) const;

    // A literal every match of `pattern` must contain, or empty when none can be proven.
    static QByteArray requiredLiteral(const QString& pattern);

private:
    bool lineMatchesRegex(QByteArrayView line, QString& scratch) const;

    bool m_valid = true;
    bool m_regex = false;
    bool m_fold = false; // ASCII-lowercased haystack and needle
    QString m_error;
    QByteArray m_literal;
    QRegularExpression m_re;
};

// Searches a whole TaskLog on worker threads (one per core). Matching line numbers arrive in
// ascending order, in batches, through matchesFound() in the thread that owns this object.
// start() cancels a running search; batches of a cancelled search are never delivered.
class LogSearch : public QObject
{
    Q_OBJECT
public:
    explicit LogSearch(const TaskLog* log, QObject* parent = nullptr);
    ~LogSearch() override;

    void start(const SearchQuery& query);
    void cancel();
    bool isRunning() const { return m_running; }
    qint64 matchCount() const { return m_matches; }

    // The search core without threads or signals; used by the benchmark's cross-checks.
    static qint64 countSequential(const TaskLog& log, const SearchQuery& query);

Q_SIGNALS:
    void matchesFound(const QList<qint64>& lines);
    void progress(qint64 linesDone, qint64 linesTotal);
    void finished(qint64 totalMatches);
    void failed(const QString& message);

private:
    void deliver(quint64 generation, const QList<qint64>& lines, qint64 done, qint64 total);
    void deliverEnd(quint64 generation, qint64 total);
    void stopWorker();

    const TaskLog* m_log;
    std::thread m_worker;
    std::atomic<quint64> m_generation { 0 };
    std::atomic_bool m_running { false };
    qint64 m_matches = 0;
};

} // namespace Ci
