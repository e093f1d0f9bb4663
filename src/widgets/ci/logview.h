#pragma once

#include "core/ci/ansi.h"
#include "core/ci/logline.h"
#include "core/ci/logsource.h"
#include "core/ci/stepmap.h"
#include "widgets/ci/logrowmap.h"

#include <QAbstractScrollArea>
#include <QCache>
#include <QHash>
#include <QPointer>
#include <QRegularExpression>
#include <QSet>
#include <QTimer>

// A view of a (possibly huge, possibly growing) CI task log: a custom scroll area that paints
// only the rows on screen, reading just those lines from the LogSource. Rows have one fixed
// height; the scroll position is a row number (64-bit), so logs taller than INT_MAX pixels scroll
// fine. Nothing here walks all lines: folding and search navigation work on ranges and on the
// match list.
//
// How lines are shown, compared with Forgejo's page (spec §4.4):
// - A line with '\r' (progress bars) or erase codes: Forgejo shows each part as its own visual
//   line; here the row shows the last part, what a terminal ends up showing, and a "↻" marker in
//   the gutter tells that earlier redraws were dropped. Copy gives the text as shown. (One row
//   per stored line keeps rows and lines in a cheap 1:1 mapping for 10 M+ line logs.)
// - Lines holding only ANSI codes stay visible (empty) and numbers follow the stored positions,
//   so they match the step's log_index/log_length (newer Forgejo hides them and renumbers).
// - `##[group]` / `::group::` rows show the title in bold with a fold marker; `##[endgroup]` rows are
//   shown dimmed (Forgejo hides them); they are hidden with the group when it is folded.
// - `::error`/`##[error]`, `::warning`, `::notice` rows read "Error: file:line:col: message" (like
//   Gitea's labels) on a red, yellow or blue band; other workflow commands (`::debug::`,
//   `::add-matcher::` …) are dimmed. `::add-mask::` values (LogSource::maskValues(), and the
//   command's own value) are shown as "***" everywhere, also in copies; "***" in the log stays as is.
// - Columns assume a monospace font; wide characters (emoji, CJK) shift the columns after them
//   on that line for hit-testing and highlights.
class LogView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit LogView(QWidget* parent = nullptr);
    ~LogView() override;

    // The view does not own the source; it must outlive the view or be reset first.
    void setSource(Ci::LogSource* source);
    Ci::LogSource* source() const { return m_source; }

    // Step headers and per-step line numbers (Ci::fullSteps(): "Set up job", the task's steps,
    // "Complete job"; a step's lines are [firstLine, firstLine + lineCount), numbered 1.. within
    // it); empty: no headers, lines numbered 1..N.
    void setSteps(const QList<Ci::UiStep>& steps);
    QList<Ci::UiStep> steps() const { return m_steps; }

    // The time column: none, the line's local date and time, or the time since its step started
    // (Forgejo's "Show seconds": step start from the steps, else the step's first line).
    enum class TimestampMode
    {
        None,
        Absolute,
        Relative
    };
    void setTimestampMode(TimestampMode mode);
    TimestampMode timestampMode() const { return m_timestampMode; }
    void setShowTimestamps(bool show) { setTimestampMode(show ? TimestampMode::Absolute : TimestampMode::None); }
    bool showTimestamps() const { return m_timestampMode != TimestampMode::None; }
    // The time column's text for a line in the current mode (empty: none).
    QString timestampText(qint64 line) const;
    // The line's text as shown (no ANSI, commands rewritten, masks applied).
    QString shownText(qint64 line) const;

    // Follow mode: keep the last line in view while the log grows. Scrolling up pauses it,
    // scrolling back to the bottom resumes it.
    void setFollow(bool follow);
    bool follow() const { return m_follow; }
    bool isFollowPaused() const { return m_follow && !m_atBottom; }

    // Folding. Groups are named by their header line (LogSource::groups()).
    void setGroupFolded(qint64 headerLine, bool folded);
    bool isGroupFolded(qint64 headerLine) const;
    void setStepFolded(int step, bool folded);
    bool isStepFolded(int step) const { return m_foldedSteps.contains(step); }
    void foldAllGroups();
    void unfoldAll();

    // Rows ↔ lines (rows count the visible lines plus step headers).
    qint64 rowCount() const { return m_rows.rowCount(); }
    qint64 rowOfLine(qint64 line) const { return m_rows.rowOfLine(line); }
    qint64 lineAtRow(qint64 row) const { return m_rows.rowAt(row).line; }
    qint64 topRow() const { return m_topRow; }
    int visibleRowCount() const;
    // The line number the UI shows for a log line: 1-based within its step (Forgejo numbering).
    qint64 displayLineNumber(qint64 line) const;
    int stepOfLine(qint64 line) const;

    // Search highlighting (done by the view on the lines it paints) and navigation over a match
    // list (one entry per matching line, ascending) that an engine delivers, maybe in batches.
    void setSearchPattern(const QString& text, bool regex, bool caseSensitive);
    void setSearchResults(const QList<qint64>& lines);
    void appendSearchResults(const QList<qint64>& lines);
    QList<qint64> searchResults() const { return m_matches; }
    int currentMatch() const { return m_currentMatch; }
    void nextMatch();
    void previousMatch();
    // Jumps to the first line of LogSource::errorLines(); false when there is none.
    bool gotoFirstError();
    // Scrolls so that the line is visible (unfolding what hides it) and marks it current.
    void gotoLine(qint64 line);
    qint64 currentLine() const { return m_currentLine; }

    // Selection: from anchor to cursor, in (line, column of the shown text).
    bool hasSelection() const;
    // Plain text of the selected rows (no ANSI), at most MaxCopyRows lines.
    QString selectedText(bool* truncated = nullptr) const;
    void selectLines(qint64 first, qint64 last);
    void clearSelection();
    void copy();

    // Colours as painted: an ANSI colour in this palette (the 16 base colours are picked per
    // palette lightness), and a foreground moved towards white/black until it has a WCAG
    // contrast of at least 4.5:1 against the background it is drawn on.
    QColor ansiColor(const Ci::Ansi::Color& c, bool foreground) const;
    QColor readable(const QColor& fg, const QColor& bg) const;

    // Upper bound on the rows one copy takes; larger selections are cut (and copyTruncated emitted).
    static constexpr qint64 MaxCopyRows = 100000;

public Q_SLOTS:
    // Reads the source's line count, groups and errors now (announcements are otherwise batched
    // every 100 ms): for callers that navigate right after the source grew.
    void syncWithSource() { refreshStructure(); }
    void scrollToRow(qint64 row);
    void scrollToBottom();

Q_SIGNALS:
    void currentMatchChanged(int index, int total);
    void followPausedChanged(bool paused);
    void foldingChanged();
    void copyTruncated(qint64 rowsCopied);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void changeEvent(QEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    struct FoldedGroup
    {
        qint64 header = 0;
        qint64 last = 0;
    };
    struct Shown
    {
        QByteArray timestamp;
        Ci::Ansi::StyledText text;
        int parts = 0;
        enum class Kind : quint8
        {
            Normal,
            GroupHeader,
            GroupEnd,
            Error,
            Warning,
            Notice,
            Command
        } kind = Kind::Normal;
    };
    struct TextPos
    {
        qint64 line = -1;
        int column = 0;
        friend bool operator<(const TextPos& a, const TextPos& b)
        {
            return a.line != b.line ? a.line < b.line : a.column < b.column;
        }
        friend bool operator==(const TextPos&, const TextPos&) = default;
    };

    void onLinesAvailable();
    void refreshStructure();
    void rebuildRows();
    void updateScrollBars();
    void setTopRow(qint64 row, bool fromScrollBar = false);
    qint64 maxTopRow() const;
    const Shown& shownLine(qint64 line) const;
    static QByteArray commandText(const Ci::LogLine::WorkflowCommand& cmd, Shown::Kind kind);
    void unfoldToShow(qint64 line);
    QList<FoldedGroup>::iterator foldedGroup(qint64 headerLine);
    const Ci::GroupRange* groupAt(qint64 headerLine) const;
    bool isErrorLine(qint64 line) const;
    void selectMatch(int index);
    void updateFollowState();
    TextPos textPosAt(const QPoint& p) const;
    int textX() const;
    int gutterWidth() const;
    int foldColumnX() const;
    void toggleFoldAtRow(qint64 row);
    void buildColors();

    QPointer<Ci::LogSource> m_source;
    QList<QMetaObject::Connection> m_sourceConnections;
    QList<Ci::UiStep> m_steps;
    QList<int> m_stepsByFirstLine; // indices of steps with lines, ordered by firstLine
    QList<Ci::GroupRange> m_groups; // in header order
    QList<qint64> m_errors;
    // Sorted by header: fold-all, rebuilds and lookups stay linear or logarithmic (no hashing,
    // no sorting of 100 000s of groups on every change).
    QList<FoldedGroup> m_foldedGroups;
    QSet<int> m_foldedSteps;
    LogRowMap m_rows;
    qint64 m_lineCount = 0;
    qint64 m_topRow = 0;
    int m_leftColumn = 0;
    int m_maxColumns = 0;
    TimestampMode m_timestampMode = TimestampMode::None;
    QList<QByteArray> m_masks;
    bool m_follow = false;
    bool m_atBottom = true;
    bool m_structureDirty = false;
    QTimer m_refreshTimer;

    QRegularExpression m_pattern;
    QList<qint64> m_matches;
    int m_currentMatch = -1;
    qint64 m_currentLine = -1;

    TextPos m_anchor;
    TextPos m_cursor;
    bool m_selecting = false;

    int m_lineHeight = 1;
    int m_charWidth = 1; // gutter layout
    qreal m_advance = 1; // one text column
    int m_ascent = 0;
    QColor m_base16[16];
    bool m_dark = false;
    mutable QHash<quint64, QColor> m_readableCache;
    mutable QCache<qint64, Shown> m_lineCache;
};
