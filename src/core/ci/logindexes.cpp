#include "logindexes.h"

#include <cstring>

namespace Ci::LogIndexes {

namespace {
// Varints ending in these eight bytes: bytes without the continuation bit. The high bits are moved
// to the bytes' low bits and summed by one multiply (std::popcount is a libgcc call without POPCNT
// in the baseline instruction set).
inline qint64 valuesEndingIn(quint64 word)
{
    const quint64 high = (word >> 7) & 0x0101010101010101ull;
    return 8 - qint64((high * 0x0101010101010101ull) >> 56);
}
} // namespace

Result<QList<qint64>> decode(QByteArrayView blob)
{
    QList<qint64> out;
    out.reserve(count(blob));
    const auto* p = reinterpret_cast<const quint8*>(blob.data());
    const qsizetype n = blob.size();
    qsizetype i = 0;
    while (i < n) {
        const qsizetype start = i;
        quint64 u = 0;
        int shift = 0;
        for (;;) {
            if (i >= n)
                return Error::of(QStringLiteral("log_indexes: truncated varint at byte %1").arg(start), int(start));
            const quint8 b = p[i++];
            // Go rejects varints longer than 10 bytes or overflowing 64 bits.
            if (shift == 63 && b > 1)
                return Error::of(
                    QStringLiteral("log_indexes: varint overflows 64 bits at byte %1").arg(start), int(start));
            u |= quint64(b & 0x7f) << shift;
            if (!(b & 0x80))
                break;
            shift += 7;
            if (shift > 63)
                return Error::of(QStringLiteral("log_indexes: varint too long at byte %1").arg(start), int(start));
        }
        out.append(qint64(u >> 1) ^ -qint64(u & 1));
    }
    return out;
}

void appendVarint(QByteArray& out, qint64 value)
{
    quint64 u = (quint64(value) << 1) ^ quint64(value >> 63);
    while (u >= 0x80) {
        out.append(char(quint8(u) | 0x80));
        u >>= 7;
    }
    out.append(char(u));
}

QByteArray encode(const QList<qint64>& offsets)
{
    QByteArray out;
    out.reserve(offsets.size() * 4);
    for (const qint64 v : offsets)
        appendVarint(out, v);
    return out;
}

qint64 count(QByteArrayView blob)
{
    // Each varint ends at a byte without the continuation bit. Counted eight bytes per step: the
    // window counts the 50 MB index of a 1 GiB log when it opens, on the GUI thread.
    const char* p = blob.data();
    const qsizetype n = blob.size();
    qint64 ends = 0;
    qsizetype i = 0;
    for (; i + 8 <= n; i += 8) {
        quint64 word;
        std::memcpy(&word, p + i, sizeof word);
        ends += valuesEndingIn(word);
    }
    for (; i < n; ++i)
        ends += (quint8(p[i]) & 0x80) ? 0 : 1;
    return ends;
}

qint64 count(QByteArrayView blob, qint64 every, QList<qsizetype>* starts)
{
    // As count(), eight bytes per step; a step that completes value k × every is walked bytewise.
    const auto* p = reinterpret_cast<const quint8*>(blob.data());
    const qsizetype n = blob.size();
    starts->clear();
    starts->reserve(qsizetype(n / 4 / qMax<qint64>(every, 1) + 2));
    if (every <= 0)
        return count(blob);
    starts->append(0); // value 0, if any
    qint64 ends = 0;
    qint64 next = every; // the value whose start is noted next
    auto byteAt = [&](qsizetype j) {
        if (!(p[j] & 0x80) && ++ends == next) {
            if (j + 1 < n)
                starts->append(j + 1);
            next += every;
        }
    };
    qsizetype i = 0;
    for (; i + 8 <= n; i += 8) {
        quint64 word;
        std::memcpy(&word, p + i, sizeof word);
        const qint64 here = valuesEndingIn(word);
        if (ends + here < next) {
            ends += here;
            continue;
        }
        for (qsizetype j = i; j < i + 8; ++j)
            byteAt(j);
    }
    for (; i < n; ++i)
        byteAt(i);
    if (n == 0)
        starts->clear();
    return ends;
}

bool readValue(QByteArrayView blob, qsizetype* pos, qint64* value)
{
    const auto* p = reinterpret_cast<const quint8*>(blob.data());
    quint64 u = 0;
    for (int shift = 0; shift <= 63; shift += 7) {
        if (*pos < 0 || *pos >= blob.size())
            return false;
        const quint8 b = p[(*pos)++];
        u |= quint64(b & 0x7f) << shift;
        if (!(b & 0x80)) {
            *value = qint64(u >> 1) ^ -qint64(u & 1);
            return true;
        }
    }
    return false;
}

} // namespace Ci::LogIndexes
