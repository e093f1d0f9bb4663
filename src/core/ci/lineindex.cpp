#include "lineindex.h"

#include <algorithm>

namespace Ci {

void LineIndex::append(qint64 length)
{
    const qint64 n = count();
    if (n % BlockLines == 0)
        m_base.push_back(m_total);
    if (length >= 255) {
        m_len.push_back(255);
        m_long.push_back({ n, length });
    } else {
        m_len.push_back(quint8(length));
    }
    m_total += length;
}

void LineIndex::clear()
{
    m_base = {};
    m_len = {};
    m_long = {};
    m_total = 0;
}

void LineIndex::reserve(qint64 lines)
{
    m_len.reserve(size_t(lines));
    m_base.reserve(size_t(lines / BlockLines + 1));
}

qint64 LineIndex::longLength(qint64 line) const
{
    const auto it = std::lower_bound(
        m_long.cbegin(), m_long.cend(), line, [](const LongLine& l, qint64 v) { return l.line < v; });
    return it != m_long.cend() && it->line == line ? it->length : 255;
}

void LineIndex::shrinkToFit()
{
    m_base.shrink_to_fit();
    m_len.shrink_to_fit();
    m_long.shrink_to_fit();
}

qint64 LineIndex::lineStart(qint64 line) const
{
    if (line >= count())
        return m_total;
    const qint64 block = line / BlockLines;
    qint64 off = m_base[size_t(block)];
    for (qint64 i = block * BlockLines; i < line; ++i) {
        const quint8 l = m_len[size_t(i)];
        off += l == 255 ? longLength(i) : l;
    }
    return off;
}

qint64 LineIndex::lineLength(qint64 line) const
{
    const quint8 l = m_len[size_t(line)];
    return l == 255 ? longLength(line) : l;
}

qint64 LineIndex::memoryBytes() const
{
    // Sizes, not capacities: reserved capacity that was never written is not resident memory.
    return qint64(m_base.size() * sizeof(qint64) + m_len.size() + m_long.size() * sizeof(LongLine));
}

} // namespace Ci
