#pragma once

#include "core/ci/logsource.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QRegularExpression>
#include <QTimer>

// A simple search for the LogViewer over LogSource::line(), run on the GUI thread in time
// slices of a few milliseconds so the UI never stalls. It matches the text the view shows (ANSI
// stripped, last '\r' part), so every hit is also highlighted. The engine's multi-threaded search
// can replace it: the view only needs LogView::setSearchResults()/appendSearchResults().
class LogViewSearch : public QObject
{
    Q_OBJECT
public:
    explicit LogViewSearch(QObject* parent = nullptr);

    void setSource(Ci::LogSource* source);
    // Starts a new search, cancelling the running one. An empty text only cancels.
    // Returns false (and searches nothing) for an invalid regular expression.
    bool start(const QString& text, bool regex, bool caseSensitive);
    void cancel();
    bool isRunning() const { return m_timer.isActive(); }
    qint64 linesSearched() const { return m_next; }

Q_SIGNALS:
    void matchesFound(const QList<qint64>& lines);
    // All lines indexed so far are searched (a growing log is searched further as it grows).
    void finished(qint64 matchCount);

private:
    void step();

    QPointer<Ci::LogSource> m_source;
    QRegularExpression m_pattern;
    QTimer m_timer;
    qint64 m_next = 0;
    qint64 m_matchCount = 0;
    bool m_active = false;
};
