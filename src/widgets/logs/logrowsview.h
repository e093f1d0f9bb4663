#pragma once

#include "core/logs/logfollow.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

class QPlainTextEdit;

// Shows a Logs::LineBuffer in a QPlainTextEdit: one block per logical message (botserver's
// wrapped lines joined, so the view wraps it to its own width and search finds text across the
// original cut), coloured by level; a folded row ends with its count and first/last time and is
// updated in place when another repeat comes. Holds the bottom while the user is there; while
// they read above, new rows wait (pendingRows) and come in when they scroll back down.
//
// A fast stream costs one insertion per frame: rowsAdded() only notes what changed and the view
// catches up at most every UpdateIntervalMs, so the GUI thread never falls behind the stream.
class LogRowsView : public QObject
{
    Q_OBJECT
public:
    static constexpr int UpdateIntervalMs = 50;

    // Neither is owned; both must outlive this object.
    LogRowsView(QPlainTextEdit* edit, const Logs::LineBuffer* buffer, QObject* parent = nullptr);

    void setFilter(const Logs::LogFilter& filter); // rebuilds
    const Logs::LogFilter& filter() const { return m_filter; }
    // After every append to the buffer.
    void rowsAdded(const Logs::LineBuffer::Appended& appended);
    // Shows the buffer anew (after a clear, a resize or a filter change).
    void rebuild();
    // Brings the view up to date now (tests; before reading visibleText()).
    void flush();

    bool isPaused() const;
    qint64 pendingRows() const { return m_pending; }
    QString visibleText() const;
    // How a folded row is shown after its message (also the text search finds).
    static QString foldSuffix(const Logs::LogEntry& row);

Q_SIGNALS:
    void pendingChanged(qint64 rows);

private:
    void update();
    void onScrolled(int value);
    void onRangeChanged(int min, int max);
    void writeRow(class QTextCursor& cursor, const Logs::LogEntry& row) const;

    QPlainTextEdit* m_edit;
    const Logs::LineBuffer* m_buffer;
    Logs::LogFilter m_filter;
    QTimer m_timer;
    QElapsedTimer m_sinceUpdate;
    qint64 m_shownUpTo = 0; // sequence number after the last row considered for the view
    qint64 m_lastShown = -1; // sequence number of the row in the view's last block
    bool m_lastChanged = false; // that row changed (folded into, extended) since it was written
    qint64 m_pending = 0; // matching rows that came while paused
    qint64 m_countedUpTo = 0; // sequence number after the last row counted into m_pending
    bool m_updating = false;
    // The user's intent, not the scroll bar's position: the range also grows when the edit lays
    // rows out later or gets shorter, and that must not look like the user scrolling up.
    bool m_atEnd = true;
};
