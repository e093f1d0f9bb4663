#pragma once

// Checks of Forgejo task logs shared by the simhost tests: seekable zstd (spec §3.3), the line
// format (§3.4) and log_indexes (§3.5). Independent of src/core/ci on purpose: the fixture is checked
// against the spec, not against the code it will test.

#include <QByteArray>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QtEndian>

#include <zstd.h>

namespace LogCheck {

constexpr quint32 kSkippableMagic = 0x184D2A5E;
constexpr quint32 kSeekableMagic = 0x8F92EAB1;
constexpr quint32 kFrameSize = 131072;

// Go's binary.Varint sequence: LEB128 then ZigZag (spec §3.5).
inline QList<qint64> decodeIndexes(const QByteArray& blob, bool* ok)
{
    QList<qint64> out;
    quint64 u = 0;
    int shift = 0;
    *ok = true;
    for (const char ch : blob) {
        const auto b = static_cast<quint8>(ch);
        if (shift > 63) {
            *ok = false;
            return out;
        }
        u |= quint64(b & 0x7F) << shift;
        if (b & 0x80) {
            shift += 7;
            continue;
        }
        out << static_cast<qint64>((u >> 1) ^ (~(u & 1) + 1));
        u = 0;
        shift = 0;
    }
    if (shift != 0)
        *ok = false;
    return out;
}

inline QList<qint64> lineStarts(const QByteArray& text)
{
    QList<qint64> starts;
    qint64 start = 0;
    while (start < text.size()) {
        starts << start;
        const qsizetype nl = text.indexOf('\n', start);
        if (nl < 0)
            break;
        start = nl + 1;
    }
    return starts;
}

struct SeekEntry
{
    quint32 compressed = 0;
    quint32 decompressed = 0;
    quint32 checksum = 0;
};

// Decodes a seekable zstd file frame by frame through its seek table; empty + why on any defect.
inline QByteArray decodeSeekable(const QByteArray& file, QList<SeekEntry>* entries, QString* why)
{
    const auto u32 = [&file](qsizetype at) { return qFromLittleEndian<quint32>(file.constData() + at); };
    if (file.size() < 17 || u32(file.size() - 4) != kSeekableMagic) {
        *why = QStringLiteral("no seekable footer magic");
        return {};
    }
    const quint32 frames = u32(file.size() - 9);
    const auto descriptor = static_cast<quint8>(file.at(file.size() - 5));
    const int entrySize = (descriptor & 0x80) ? 12 : 8;
    const qsizetype tableSize = qsizetype(frames) * entrySize + 9;
    const qsizetype tableStart = file.size() - tableSize - 8;
    if (tableStart < 0 || u32(tableStart) != kSkippableMagic || u32(tableStart + 4) != tableSize) {
        *why = QStringLiteral("bad skippable seek-table frame header");
        return {};
    }
    QByteArray out;
    qsizetype pos = 0;
    for (quint32 i = 0; i < frames; ++i) {
        SeekEntry e;
        const qsizetype at = tableStart + 8 + qsizetype(i) * entrySize;
        e.compressed = u32(at);
        e.decompressed = u32(at + 4);
        e.checksum = entrySize == 12 ? u32(at + 8) : 0;
        entries->append(e);
        if (pos + e.compressed > tableStart) {
            *why = QStringLiteral("frame %1 runs into the seek table").arg(i);
            return {};
        }
        const char* src = file.constData() + pos;
        if (ZSTD_findFrameCompressedSize(src, e.compressed) != e.compressed) {
            *why = QStringLiteral("frame %1: compressed size disagrees with the seek table").arg(i);
            return {};
        }
        QByteArray chunk(qsizetype(e.decompressed), Qt::Uninitialized);
        const size_t n = ZSTD_decompress(chunk.data(), size_t(chunk.size()), src, e.compressed);
        if (ZSTD_isError(n) || n != e.decompressed) {
            *why = QStringLiteral("frame %1 does not decompress to %2 bytes").arg(i).arg(e.decompressed);
            return {};
        }
        // The seek table's checksum is the low 32 bits of XXH64, the same value as the frame's own trailer.
        if (entrySize == 12 && qFromLittleEndian<quint32>(src + e.compressed - 4) != e.checksum) {
            *why = QStringLiteral("frame %1: checksum differs from the frame's content checksum").arg(i);
            return {};
        }
        out += chunk;
        pos += e.compressed;
    }
    if (pos != tableStart) {
        *why = QStringLiteral("bytes between the last frame and the seek table");
        return {};
    }
    return out;
}

// Every line is `<28-byte UTC timestamp> <content>\n`, at most 65536 content bytes (spec §3.4).
inline QString checkLines(const QByteArray& text)
{
    static const QRegularExpression stamp(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{7}Z $"));
    if (!text.endsWith('\n'))
        return QStringLiteral("text does not end with a newline");
    qsizetype start = 0;
    int line = 0;
    QByteArray previous;
    while (start < text.size()) {
        const qsizetype nl = text.indexOf('\n', start);
        const QByteArray head = text.mid(start, 29);
        if (!stamp.match(QString::fromLatin1(head)).hasMatch())
            return QStringLiteral("line %1 has no timestamp: %2").arg(line).arg(QString::fromLatin1(head));
        if (nl - start - 29 > 65536)
            return QStringLiteral("line %1 is longer than Forgejo stores").arg(line);
        if (head.left(28) < previous)
            return QStringLiteral("line %1 goes back in time").arg(line);
        previous = head.left(28);
        start = nl + 1;
        ++line;
    }
    return {};
}

} // namespace LogCheck
