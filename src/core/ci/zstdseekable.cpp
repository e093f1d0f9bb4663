#include "zstdseekable.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QIODevice>
#include <QtEndian>

#include <zstd.h>

#include <algorithm>
#include <cstring>

namespace Ci {

namespace {

constexpr quint64 P1 = 0x9E3779B185EBCA87ULL;
constexpr quint64 P2 = 0xC2B2AE3D27D4EB4FULL;
constexpr quint64 P3 = 0x165667B19E3779F9ULL;
constexpr quint64 P4 = 0x85EBCA77C2B2AE63ULL;
constexpr quint64 P5 = 0x27D4EB2F165667C5ULL;

inline quint64 rotl(quint64 x, int r)
{
    return (x << r) | (x >> (64 - r));
}
inline quint64 read64(const uchar* p)
{
    quint64 v;
    std::memcpy(&v, p, 8);
    return qFromLittleEndian(v);
}
inline quint32 read32(const uchar* p)
{
    quint32 v;
    std::memcpy(&v, p, 4);
    return qFromLittleEndian(v);
}
inline quint64 round64(quint64 acc, quint64 input)
{
    return rotl(acc + input * P2, 31) * P1;
}
inline quint64 merge64(quint64 acc, quint64 v)
{
    return (acc ^ round64(0, v)) * P1 + P4;
}

void put32(QByteArray& out, quint32 v)
{
    const quint32 le = qToLittleEndian(v);
    out.append(reinterpret_cast<const char*>(&le), 4);
}

} // namespace

quint64 xxh64(QByteArrayView data)
{
    const auto* p = reinterpret_cast<const uchar*>(data.data());
    const auto* const end = p + data.size();
    const quint64 len = quint64(data.size());
    quint64 h;
    if (len >= 32) {
        quint64 v1 = P1 + P2, v2 = P2, v3 = 0, v4 = 0 - P1;
        const uchar* const limit = end - 32;
        do {
            v1 = round64(v1, read64(p));
            v2 = round64(v2, read64(p + 8));
            v3 = round64(v3, read64(p + 16));
            v4 = round64(v4, read64(p + 24));
            p += 32;
        } while (p <= limit);
        h = rotl(v1, 1) + rotl(v2, 7) + rotl(v3, 12) + rotl(v4, 18);
        h = merge64(h, v1);
        h = merge64(h, v2);
        h = merge64(h, v3);
        h = merge64(h, v4);
    } else {
        h = P5;
    }
    h += len;
    while (end - p >= 8) {
        h ^= round64(0, read64(p));
        h = rotl(h, 27) * P1 + P4;
        p += 8;
    }
    if (end - p >= 4) {
        h ^= quint64(read32(p)) * P1;
        h = rotl(h, 23) * P2 + P3;
        p += 4;
    }
    while (p < end) {
        h ^= quint64(*p) * P5;
        h = rotl(h, 11) * P1;
        ++p;
    }
    h ^= h >> 33;
    h *= P2;
    h ^= h >> 29;
    h *= P3;
    h ^= h >> 32;
    return h;
}

qsizetype SeekTable::frameAt(qint64 offset) const
{
    if (offset < 0 || offset >= decompressedSize())
        return -1;
    auto it = std::upper_bound(
        frames.cbegin(), frames.cend(), offset, [](qint64 o, const Frame& f) { return o < f.decompressedOffset; });
    return (it - frames.cbegin()) - 1;
}

Result<qint64> SeekTable::requiredTailSize(QByteArrayView footer)
{
    if (footer.size() < FooterSize)
        return Error::of(QCoreApplication::translate("ZstdSeekable", "File too short for a seek table"));
    const auto* f = reinterpret_cast<const uchar*>(footer.data()) + footer.size() - FooterSize;
    if (read32(f + 5) != SeekableMagic)
        return Error::of(QCoreApplication::translate("ZstdSeekable", "No seek table (seekable magic missing)"));
    const quint8 desc = f[4];
    if (desc & 0x7c)
        return Error::of(QCoreApplication::translate("ZstdSeekable", "Seek table descriptor has reserved bits set"));
    const qint64 entry = (desc & 0x80) ? 12 : 8;
    return qint64(read32(f)) * entry + FooterSize + 8;
}

Result<SeekTable> SeekTable::parse(QByteArrayView tail, qint64 fileSize)
{
    auto need = requiredTailSize(tail);
    if (!need)
        return need.error();
    if (*need > fileSize)
        return Error::of(
            QCoreApplication::translate("ZstdSeekable", "Seek table claims %1 bytes, more than the file's %2")
                .arg(*need)
                .arg(fileSize));
    if (tail.size() < *need)
        return Error::of(QCoreApplication::translate("ZstdSeekable", "Seek table needs %1 tail bytes, got %2")
                             .arg(*need)
                             .arg(tail.size()));
    const auto* t = reinterpret_cast<const uchar*>(tail.data()) + tail.size() - *need;
    const qint64 tableStart = fileSize - *need;
    if (read32(t) != SkippableMagic)
        return Error::of(QCoreApplication::translate("ZstdSeekable", "Seek table: bad skippable-frame magic at byte %1")
                             .arg(tableStart),
            int(qMin<qint64>(tableStart, INT_MAX)));
    if (qint64(read32(t + 4)) != *need - 8)
        return Error::of(QCoreApplication::translate(
                             "ZstdSeekable", "Seek table: frame size field does not match the frame count at byte %1")
                             .arg(tableStart + 4),
            int(qMin<qint64>(tableStart + 4, INT_MAX)));
    SeekTable st;
    const auto* footer = t + *need - FooterSize;
    const quint32 n = read32(footer);
    st.hasChecksums = footer[4] & 0x80;
    st.tableBytes = *need;
    const int entry = st.hasChecksums ? 12 : 8;
    st.frames.reserve(n);
    qint64 c = 0, d = 0;
    for (quint32 i = 0; i < n; ++i) {
        const uchar* e = t + 8 + qint64(i) * entry;
        Frame f;
        f.compressedOffset = c;
        f.decompressedOffset = d;
        f.compressedSize = read32(e);
        f.decompressedSize = read32(e + 4);
        f.checksum = st.hasChecksums ? read32(e + 8) : 0;
        c += f.compressedSize;
        d += f.decompressedSize;
        st.frames.append(f);
    }
    if (c != tableStart)
        return Error::of(QCoreApplication::translate("ZstdSeekable",
                             "Seek table: frames add up to %1 compressed bytes but the table starts at byte %2")
                             .arg(c)
                             .arg(tableStart),
            int(qMin<qint64>(tableStart, INT_MAX)));
    return st;
}

Result<SeekTable> SeekTable::read(QIODevice& device)
{
    const qint64 size = device.size();
    if (size < FooterSize || !device.seek(size - FooterSize))
        return Error::of(QCoreApplication::translate("ZstdSeekable", "File too short for a seek table"));
    const QByteArray footer = device.read(FooterSize);
    auto need = requiredTailSize(footer);
    if (!need)
        return need.error();
    if (*need > size)
        return Error::of(
            QCoreApplication::translate("ZstdSeekable", "Seek table claims %1 bytes, more than the file's %2")
                .arg(*need)
                .arg(size));
    if (!device.seek(size - *need))
        return Error::of(QCoreApplication::translate("ZstdSeekable", "Cannot seek to the seek table"));
    const QByteArray tail = device.read(*need);
    return parse(tail, size);
}

Result<void> decodeSeekableFrameInto(QByteArrayView compressed, const SeekTable::Frame& frame, bool checksum, char* dst)
{
    // One decompression context per thread: frames are decoded in parallel by the indexer.
    thread_local std::unique_ptr<ZSTD_DCtx, size_t (*)(ZSTD_DCtx*)> dctx(ZSTD_createDCtx(), ZSTD_freeDCtx);
    const auto at = int(qMin<qint64>(frame.compressedOffset, INT_MAX));
    const size_t r
        = ZSTD_decompressDCtx(dctx.get(), dst, frame.decompressedSize, compressed.data(), size_t(compressed.size()));
    if (ZSTD_isError(r))
        return Error::of(QCoreApplication::translate("ZstdSeekable", "Corrupt zstd frame at byte %1: %2")
                             .arg(frame.compressedOffset)
                             .arg(QString::fromLatin1(ZSTD_getErrorName(r))),
            at);
    if (r != frame.decompressedSize)
        return Error::of(QStringLiteral("zstd frame at byte %1 decodes to %2 bytes, the seek table says %3")
                             .arg(frame.compressedOffset)
                             .arg(r)
                             .arg(frame.decompressedSize),
            at);
    if (checksum && quint32(xxh64(QByteArrayView(dst, frame.decompressedSize))) != frame.checksum)
        return Error::of(QCoreApplication::translate("ZstdSeekable", "Checksum mismatch in the zstd frame at byte %1")
                             .arg(frame.compressedOffset),
            at);
    return {};
}

Result<void> decodeSeekableFrame(
    QByteArrayView compressed, const SeekTable::Frame& frame, bool checksum, QByteArray& out)
{
    if (frame.decompressedSize > SeekTable::MaxFrameSize)
        return Error::of(QStringLiteral("zstd frame at byte %1 claims %2 bytes; frames over %3 bytes are refused")
                             .arg(frame.compressedOffset)
                             .arg(frame.decompressedSize)
                             .arg(SeekTable::MaxFrameSize),
            int(qMin<qint64>(frame.compressedOffset, INT_MAX)));
    out.resize(frame.decompressedSize);
    return decodeSeekableFrameInto(compressed, frame, checksum, out.data());
}

Result<void> decodeSeekableFrame(QIODevice& device, const SeekTable& table, qsizetype frameIndex, QByteArray& out)
{
    if (frameIndex < 0 || frameIndex >= table.frames.size())
        return Error::of(QCoreApplication::translate("ZstdSeekable", "No frame %1 in the seek table").arg(frameIndex));
    const SeekTable::Frame& f = table.frames.at(frameIndex);
    if (!device.seek(f.compressedOffset))
        return Error::of(QCoreApplication::translate("ZstdSeekable", "Cannot seek to byte %1").arg(f.compressedOffset));
    const QByteArray compressed = device.read(f.compressedSize);
    if (compressed.size() != qsizetype(f.compressedSize))
        return Error::of(QCoreApplication::translate("ZstdSeekable", "File ends inside the zstd frame at byte %1")
                             .arg(f.compressedOffset),
            int(qMin<qint64>(f.compressedOffset, INT_MAX)));
    return decodeSeekableFrame(compressed, f, table.hasChecksums, out);
}

struct ZstdStreamDecoder::Private
{
    ZSTD_DStream* ds = ZSTD_createDStream();
    QByteArray outBuf = QByteArray(qsizetype(ZSTD_DStreamOutSize()), Qt::Uninitialized);
    ~Private() { ZSTD_freeDStream(ds); }
};

ZstdStreamDecoder::ZstdStreamDecoder()
    : d(std::make_unique<Private>())
{
    ZSTD_initDStream(d->ds);
}

ZstdStreamDecoder::~ZstdStreamDecoder() = default;

Result<void> ZstdStreamDecoder::feed(QByteArrayView compressed, const Sink& sink)
{
    ZSTD_inBuffer in { compressed.data(), size_t(compressed.size()), 0 };
    // Loop also when the input is used up: the decoder may still hold output to flush.
    for (;;) {
        ZSTD_outBuffer out { d->outBuf.data(), size_t(d->outBuf.size()), 0 };
        const size_t before = in.pos;
        const size_t r = ZSTD_decompressStream(d->ds, &out, &in);
        if (ZSTD_isError(r)) {
            const qint64 at = m_consumed + qint64(in.pos);
            return Error::of(QCoreApplication::translate("ZstdSeekable",
                                 "Corrupt zstd data near compressed byte %1 (%2); %3 bytes decoded before it")
                                 .arg(at)
                                 .arg(QString::fromLatin1(ZSTD_getErrorName(r)))
                                 .arg(m_produced),
                int(qMin<qint64>(at, INT_MAX)));
        }
        m_midFrame = r != 0;
        if (out.pos > 0) {
            m_produced += qint64(out.pos);
            if (sink && !sink(QByteArrayView(d->outBuf.constData(), qsizetype(out.pos)))) {
                m_consumed += qint64(in.pos);
                return Error::of(QCoreApplication::translate("ZstdSeekable", "Decoding stopped"), -1);
            }
        }
        const bool outputFull = out.pos == out.size;
        if (in.pos == in.size && !outputFull)
            break;
        if (in.pos == before && out.pos == 0)
            break; // no progress possible
    }
    m_consumed += qint64(in.pos);
    return {};
}

Result<void> ZstdStreamDecoder::finish() const
{
    if (m_midFrame)
        return Error::of(QStringLiteral("zstd input truncated at compressed byte %1; %2 bytes decoded before it")
                             .arg(m_consumed)
                             .arg(m_produced),
            int(qMin<qint64>(m_consumed, INT_MAX)));
    return {};
}

Result<void> ZstdStreamDecoder::decodeDevice(
    QIODevice& device, const Sink& sink, const std::function<void(qint64)>& progress, const std::atomic_bool* cancel)
{
    ZstdStreamDecoder dec;
    QByteArray buf(qsizetype(ZSTD_DStreamInSize()), Qt::Uninitialized);
    for (;;) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return Error::of(QStringLiteral("Cancelled"), -1);
        const qint64 n = device.read(buf.data(), buf.size());
        if (n < 0)
            return Error::of(QCoreApplication::translate("ZstdSeekable", "Read error at compressed byte %1: %2")
                                 .arg(dec.compressedBytes())
                                 .arg(device.errorString()),
                int(qMin<qint64>(dec.compressedBytes(), INT_MAX)));
        if (n == 0) {
            if (device.isSequential() && !device.atEnd() && device.waitForReadyRead(30000))
                continue;
            break;
        }
        auto r = dec.feed(QByteArrayView(buf.constData(), n), sink);
        if (!r)
            return r;
        if (progress)
            progress(dec.compressedBytes());
    }
    return dec.finish();
}

SeekableWriter::SeekableWriter(QIODevice& out, int level, qint64 frameSize, bool checksums)
    : m_out(out)
    , m_level(level)
    , m_frameSize(frameSize)
    , m_checksums(checksums)
    , m_cctx(ZSTD_createCCtx())
{
    m_pending.reserve(frameSize);
}

SeekableWriter::~SeekableWriter()
{
    ZSTD_freeCCtx(static_cast<ZSTD_CCtx*>(m_cctx));
}

Result<void> SeekableWriter::flushFrame()
{
    if (m_pending.isEmpty())
        return {};
    QByteArray buf(qsizetype(ZSTD_compressBound(size_t(m_pending.size()))), Qt::Uninitialized);
    const size_t n = ZSTD_compressCCtx(static_cast<ZSTD_CCtx*>(m_cctx), buf.data(), size_t(buf.size()),
        m_pending.constData(), size_t(m_pending.size()), m_level);
    if (ZSTD_isError(n))
        return Error::of(QString::fromLatin1(ZSTD_getErrorName(n)));
    if (m_out.write(buf.constData(), qint64(n)) != qint64(n))
        return Error::of(QCoreApplication::translate("ZstdSeekable", "Write failed: %1").arg(m_out.errorString()));
    put32(m_table, quint32(n));
    put32(m_table, quint32(m_pending.size()));
    if (m_checksums)
        put32(m_table, quint32(xxh64(m_pending)));
    ++m_frames;
    m_pending.clear();
    return {};
}

Result<void> SeekableWriter::write(QByteArrayView data)
{
    while (!data.isEmpty()) {
        const qint64 take = qMin<qint64>(m_frameSize - m_pending.size(), data.size());
        m_pending.append(data.first(take));
        data = data.sliced(take);
        if (m_pending.size() == m_frameSize) {
            auto r = flushFrame();
            if (!r)
                return r;
        }
    }
    return {};
}

Result<void> SeekableWriter::finish()
{
    auto r = flushFrame();
    if (!r)
        return r;
    QByteArray frame;
    put32(frame, SeekTable::SkippableMagic);
    put32(frame, quint32(m_table.size() + SeekTable::FooterSize));
    frame.append(m_table);
    put32(frame, m_frames);
    frame.append(char(m_checksums ? 0x80 : 0));
    put32(frame, SeekTable::SeekableMagic);
    if (m_out.write(frame) != frame.size())
        return Error::of(QCoreApplication::translate("ZstdSeekable", "Write failed: %1").arg(m_out.errorString()));
    return {};
}

QByteArray SeekableWriter::compress(QByteArrayView text, qint64 frameSize, bool checksums, int level)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    SeekableWriter w(buffer, level, frameSize, checksums);
    // Writing to memory cannot fail.
    (void)w.write(text);
    (void)w.finish();
    return out;
}

} // namespace Ci
