#pragma once

#include <QtGlobal>

#include <vector>

namespace Ci {

// Compact line → byte-offset index (glogg/klogg style): one absolute base offset per block of 64
// lines plus one byte per line holding its length; lengths ≥ 255 are escaped into a side table.
// Typical CI logs cost ≈ 1.1 bytes per line. Not thread-safe; TaskLog guards it.
class LineIndex
{
public:
    static constexpr int BlockLines = 64;

    // Adds a line of `length` bytes (its '\n' included when present).
    void append(qint64 length);
    void clear();
    void reserve(qint64 lines);
    void shrinkToFit();

    qint64 count() const { return qint64(m_len.size()); }
    qint64 lineStart(qint64 line) const;
    qint64 lineLength(qint64 line) const;
    qint64 totalBytes() const { return m_total; }
    // Heap bytes in use (written entries), for the benchmark's bytes-per-line figure.
    qint64 memoryBytes() const;

private:
    struct LongLine
    {
        qint64 line;
        qint64 length;
    };
    qint64 longLength(qint64 line) const;

    std::vector<qint64> m_base;
    std::vector<quint8> m_len;
    std::vector<LongLine> m_long;
    qint64 m_total = 0;
};

} // namespace Ci
