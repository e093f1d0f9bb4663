#include "widgets/ci/logrowmap.h"

#include <algorithm>

void LogRowMap::rebuild(qint64 lineCount, const QList<qint64>& headerPositions, QList<Range> hidden)
{
    m_lineCount = std::max<qint64>(0, lineCount);
    m_pieces.resize(0); // keeps the capacity: rebuilds happen on every fold and growth
    m_headerCount = headerPositions.size();

    // Merge hidden ranges into sorted, disjoint ranges clamped to the log, in place.
    const auto byFirst = [](const Range& a, const Range& b) { return a.first < b.first; };
    if (!std::is_sorted(hidden.cbegin(), hidden.cend(), byFirst))
        std::sort(hidden.begin(), hidden.end(), byFirst);
    Range* data = hidden.data();
    qsizetype count = 0;
    for (qsizetype i = 0; i < hidden.size(); ++i) {
        Range r = data[i];
        r.first = std::max<qint64>(0, r.first);
        r.end = std::min(r.end, m_lineCount);
        if (r.end <= r.first)
            continue;
        if (count > 0 && r.first <= data[count - 1].end)
            data[count - 1].end = std::max(data[count - 1].end, r.end);
        else
            data[count++] = r;
    }
    hidden.resize(count);
    const QList<Range>& merged = hidden;
    m_pieces.reserve(2 * count + headerPositions.size() + 1);

    qint64 row = 0;
    qsizetype hi = 0;
    // Appends the visible parts of [a, b) as line pieces.
    const auto emitLines = [&](qint64 a, qint64 b) {
        qint64 pos = a;
        while (pos < b) {
            while (hi < merged.size() && merged[hi].end <= pos)
                ++hi;
            if (hi < merged.size() && merged[hi].first <= pos) {
                pos = merged[hi].end;
                continue;
            }
            const qint64 next = hi < merged.size() ? std::min(b, merged[hi].first) : b;
            m_pieces.append(Piece { row, pos, next, -1 });
            row += next - pos;
            pos = next;
        }
    };

    qint64 cursor = 0;
    for (int s = 0; s < headerPositions.size(); ++s) {
        const qint64 pos = std::clamp<qint64>(headerPositions[s], cursor, m_lineCount);
        emitLines(cursor, pos);
        cursor = pos;
        m_pieces.append(Piece { row, pos, pos, s });
        ++row;
    }
    emitLines(cursor, m_lineCount);
    m_rowCount = row;
}

LogRowMap::Row LogRowMap::rowAt(qint64 row) const
{
    if (row < 0 || row >= m_rowCount)
        return {};
    auto it = std::upper_bound(
        m_pieces.cbegin(), m_pieces.cend(), row, [](qint64 r, const Piece& p) { return r < p.rowStart; });
    const Piece& p = *(it - 1);
    if (p.step >= 0)
        return Row { true, p.step, -1 };
    return Row { false, -1, p.lineStart + (row - p.rowStart) };
}

qint64 LogRowMap::rowAtOrAfterLine(qint64 line) const
{
    // First line piece that ends after `line`.
    auto it = std::upper_bound(m_pieces.cbegin(), m_pieces.cend(), line,
        [](qint64 l, const Piece& p) { return p.step < 0 ? l < p.lineEnd : l < p.lineStart; });
    for (; it != m_pieces.cend(); ++it) {
        if (it->step < 0 && it->lineEnd > line)
            return it->rowStart + std::max<qint64>(0, line - it->lineStart);
    }
    return m_rowCount;
}

qint64 LogRowMap::rowOfLine(qint64 line) const
{
    if (line < 0 || line >= m_lineCount)
        return -1;
    const qint64 row = rowAtOrAfterLine(line);
    if (row >= m_rowCount)
        return -1;
    const Row r = rowAt(row);
    return r.line == line ? row : -1;
}

qint64 LogRowMap::rowOfHeader(int step) const
{
    for (const Piece& p : m_pieces) { // headers are few; callers use this rarely
        if (p.step == step)
            return p.rowStart;
    }
    return -1;
}
