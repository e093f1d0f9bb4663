#include "widgets/logs/logrowsview.h"

#include "widgets/common/statusdelegate.h"

#include <QPlainTextEdit>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace {

QTextCharFormat formatFor(Logs::Level level)
{
    QTextCharFormat format;
    switch (level) {
    case Logs::Level::Error:
        format.setForeground(StatusDelegate::red());
        format.setFontWeight(QFont::DemiBold);
        break;
    case Logs::Level::Warn:
        format.setForeground(StatusDelegate::amber());
        break;
    case Logs::Level::Debug:
    case Logs::Level::Trace:
        format.setForeground(StatusDelegate::grey());
        break;
    default:
        break;
    }
    return format;
}

// "20260519153341.123" → "15:33:41.123", with the date when `withDate`.
QString shortStamp(const QString& stamp, bool withDate)
{
    const QString time
        = stamp.mid(8, 2) + QLatin1Char(':') + stamp.mid(10, 2) + QLatin1Char(':') + stamp.mid(12, 2) + stamp.mid(14);
    if (!withDate)
        return time;
    return stamp.left(4) + QLatin1Char('-') + stamp.mid(4, 2) + QLatin1Char('-') + stamp.mid(6, 2) + QLatin1Char(' ')
        + time;
}

} // namespace

LogRowsView::LogRowsView(QPlainTextEdit* edit, const Logs::LineBuffer* buffer, QObject* parent)
    : QObject(parent)
    , m_edit(edit)
    , m_buffer(buffer)
{
    // A log is read, not edited: no undo history growing with every row.
    m_edit->setUndoRedoEnabled(false);
    m_edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_edit->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &LogRowsView::update);
    connect(m_edit->verticalScrollBar(), &QScrollBar::valueChanged, this, &LogRowsView::onScrolled);
    connect(m_edit->verticalScrollBar(), &QScrollBar::rangeChanged, this, &LogRowsView::onRangeChanged);
}

void LogRowsView::setFilter(const Logs::LogFilter& filter)
{
    m_filter = filter;
    rebuild();
}

void LogRowsView::rowsAdded(const Logs::LineBuffer::Appended& appended)
{
    // The row that was last before this append is the last one this view considered only when
    // nothing came in between.
    const qint64 endBefore = m_buffer->dropped() + m_buffer->size() - appended.added;
    if (appended.lastRowChanged && endBefore == m_shownUpTo)
        m_lastChanged = true;
    if (m_timer.isActive())
        return;
    const qint64 since = m_sinceUpdate.isValid() ? m_sinceUpdate.elapsed() : UpdateIntervalMs;
    if (since >= UpdateIntervalMs)
        update();
    else
        m_timer.start(int(UpdateIntervalMs - since));
}

void LogRowsView::rebuild()
{
    m_timer.stop();
    m_edit->clear();
    m_shownUpTo = 0;
    m_countedUpTo = 0;
    m_lastShown = -1;
    m_lastChanged = false;
    m_pending = 0;
    // A rebuild shows everything from the bottom, whatever the user was reading.
    update();
    m_atEnd = true;
    QScrollBar* bar = m_edit->verticalScrollBar();
    bar->setValue(bar->maximum());
}

void LogRowsView::flush()
{
    update();
}

bool LogRowsView::isPaused() const
{
    return !m_atEnd;
}

QString LogRowsView::visibleText() const
{
    return m_edit->toPlainText();
}

QString LogRowsView::foldSuffix(const Logs::LogEntry& row)
{
    if (row.count < 2)
        return {};
    if (row.firstStamp.isEmpty() || row.lastStamp.isEmpty())
        return tr("  (×%1)").arg(row.count);
    const bool otherDay = row.firstStamp.left(8) != row.lastStamp.left(8);
    return tr("  (×%1, first %2, last %3)")
        .arg(row.count)
        .arg(shortStamp(row.firstStamp, otherDay), shortStamp(row.lastStamp, otherDay));
}

void LogRowsView::writeRow(QTextCursor& cursor, const Logs::LogEntry& row) const
{
    const QTextCharFormat format = formatFor(Logs::levelOf(row.text));
    cursor.insertText(row.text, format);
    if (row.count > 1) {
        QTextCharFormat suffix;
        suffix.setForeground(StatusDelegate::grey());
        suffix.setFontItalic(true);
        cursor.insertText(foldSuffix(row), suffix);
    }
}

void LogRowsView::update()
{
    if (m_updating)
        return;
    const QScopedValueRollback guard(m_updating, true);
    m_timer.stop();
    m_sinceUpdate.start();
    const qint64 first = m_buffer->dropped();
    const qint64 end = first + m_buffer->size();
    if (isPaused()) {
        // Only the rows that came since the last count are matched (a long pause stays cheap).
        const qint64 before = m_pending;
        for (qint64 s = std::max({ m_countedUpTo, m_shownUpTo, first }); s < end; ++s)
            m_pending += m_filter.matches(m_buffer->at(s - first)) ? 1 : 0;
        m_countedUpTo = end;
        if (m_pending != before)
            Q_EMIT pendingChanged(m_pending);
        return;
    }

    QTextDocument* doc = m_edit->document();
    QTextCursor cursor(doc);
    cursor.beginEditBlock();
    qint64 from = std::max(m_shownUpTo, first);
    if (m_lastChanged && m_shownUpTo > first) {
        // A repeat folded into the last row considered, or its late continuation came.
        const qint64 changed = m_shownUpTo - 1;
        const Logs::LogEntry& row = m_buffer->at(changed - first);
        if (changed == m_lastShown) {
            // setPosition, not movePosition: moving lays the block out, which a long log cannot afford.
            cursor.setPosition(doc->lastBlock().position());
            cursor.setPosition(doc->characterCount() - 1, QTextCursor::KeepAnchor);
            cursor.removeSelectedText();
            if (m_filter.matches(row)) {
                writeRow(cursor, row);
            } else {
                if (doc->blockCount() > 1)
                    cursor.deletePreviousChar(); // the now empty block goes too
                m_lastShown = -1;
            }
        } else if (m_filter.matches(row)) {
            from = changed; // it was hidden; what was added to it makes it match
        }
    }
    m_lastChanged = false;
    bool empty = m_lastShown < 0 && doc->characterCount() <= 1;
    // Rows beyond what the view keeps would be cut again at once.
    const qint64 keep = m_edit->maximumBlockCount() > 0 ? m_edit->maximumBlockCount() : end - from;
    if (keep < end - from) {
        qint64 matched = 0;
        for (qint64 s = end - 1; s >= from; --s) {
            if (m_filter.matches(m_buffer->at(s - first)) && ++matched == keep) {
                from = s;
                break;
            }
        }
    }
    cursor.setPosition(doc->characterCount() - 1); // the end; each insertion leaves it there
    for (qint64 s = from; s < end; ++s) {
        const Logs::LogEntry& row = m_buffer->at(s - first);
        if (!m_filter.matches(row))
            continue;
        if (!empty)
            cursor.insertBlock();
        writeRow(cursor, row);
        empty = false;
        m_lastShown = s;
    }
    // Before the edit ends: ending it moves the scroll bar, whose signal comes back here.
    m_shownUpTo = end;
    cursor.endEditBlock();
    if (m_pending != 0) {
        m_pending = 0;
        Q_EMIT pendingChanged(0);
    }
    QScrollBar* bar = m_edit->verticalScrollBar();
    bar->setValue(bar->maximum());
}

void LogRowsView::onScrolled(int value)
{
    if (m_updating)
        return; // our own insertions move the bar; update() puts it back at the end
    m_atEnd = value >= m_edit->verticalScrollBar()->maximum();
    if (m_atEnd && m_shownUpTo < m_buffer->dropped() + m_buffer->size())
        update();
}

void LogRowsView::onRangeChanged(int, int max)
{
    if (m_atEnd)
        m_edit->verticalScrollBar()->setValue(max);
}
