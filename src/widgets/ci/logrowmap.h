#pragma once

#include <QList>

#include <limits>

// Maps the rows a LogView shows to log lines and back. Rows are the visible log lines plus one
// header row per step; folded groups and steps are hidden line ranges. The map is a short list
// of pieces (one per step header and per visible stretch between hidden ranges), so a lookup is
// a binary search and the cost never depends on the number of lines, only on the number of
// steps and folded ranges.
class LogRowMap
{
public:
    struct Range
    {
        qint64 first = 0; // first line
        qint64 end = 0; // one past the last line
    };

    struct Row
    {
        bool isHeader = false;
        int step = -1; // header rows: the step index
        qint64 line = -1; // line rows: the log line
    };

    // headerPositions[s]: the line before which step s's header row appears (ascending).
    // hidden: ranges of lines not shown, in any order, may overlap.
    void rebuild(qint64 lineCount, const QList<qint64>& headerPositions, QList<Range> hidden);

    qint64 rowCount() const { return m_rowCount; }
    qint64 lineCount() const { return m_lineCount; }
    Row rowAt(qint64 row) const;
    // The row of a line, or -1 when the line is hidden (or out of range).
    qint64 rowOfLine(qint64 line) const;
    // The row of the first visible line at or after `line`, or rowCount() when none.
    qint64 rowAtOrAfterLine(qint64 line) const;
    qint64 rowOfHeader(int step) const;
    qint64 hiddenLineCount() const { return m_lineCount - (m_rowCount - m_headerCount); }

private:
    struct Piece
    {
        qint64 rowStart = 0;
        qint64 lineStart = 0;
        qint64 lineEnd = 0; // == lineStart for a header
        int step = -1; // >= 0 for a header piece
    };
    QList<Piece> m_pieces; // ordered by rowStart and by lineStart
    qint64 m_rowCount = 0;
    qint64 m_lineCount = 0;
    qint64 m_headerCount = 0;
};
