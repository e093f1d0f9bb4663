#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <atomic>
#include <functional>
#include <memory>

class QIODevice;
class QFile;

namespace Ci {

// XXH64 (seed 0). The seekable format's optional per-frame checksum is its low 32 bits.
quint64 xxh64(QByteArrayView data);

// The seek table of a seekable zstd file (facebook/zstd contrib/seekable_format, spec §3.3).
struct SeekTable
{
    static constexpr quint32 SkippableMagic = 0x184D2A5E;
    static constexpr quint32 SeekableMagic = 0x8F92EAB1;
    static constexpr qint64 FooterSize = 9;
    // Forgejo writes 128 KiB frames; a table claiming huge ones must not make us allocate them.
    static constexpr quint32 MaxFrameSize = 64u << 20;

    struct Frame
    {
        qint64 compressedOffset = 0;
        qint64 decompressedOffset = 0;
        quint32 compressedSize = 0;
        quint32 decompressedSize = 0;
        quint32 checksum = 0;
    };
    QList<Frame> frames;
    bool hasChecksums = false;
    qint64 tableBytes = 0; // the skippable frame holding the table, header included

    qint64 decompressedSize() const
    {
        return frames.isEmpty() ? 0 : frames.last().decompressedOffset + frames.last().decompressedSize;
    }
    // Frame holding decompressed byte `offset`, or -1.
    qsizetype frameAt(qint64 offset) const;

    // Parses the table from the file's tail. `tail` is the last bytes of a file of `fileSize` bytes
    // (at least the whole table; the footer tells how much that is, see requiredTailSize()).
    static Result<SeekTable> parse(QByteArrayView tail, qint64 fileSize);
    // From the 9-byte footer: how many tail bytes parse() needs; an error when there is no footer.
    static Result<qint64> requiredTailSize(QByteArrayView footer);
    // Reads the tail of a random-access device (a file) and parses it; the device position moves.
    static Result<SeekTable> read(QIODevice& device);
};

// Decodes one frame of a seekable file into `out` (resized). Checks the decompressed size and the
// checksum when the table has one. Thread-safe when each thread passes its own device.
Result<void> decodeSeekableFrame(QIODevice& device, const SeekTable& table, qsizetype frameIndex, QByteArray& out);
// Same, for frame bytes already in memory.
Result<void> decodeSeekableFrame(
    QByteArrayView compressed, const SeekTable::Frame& frame, bool checksum, QByteArray& out);
// Same, into caller memory of at least frame.decompressedSize bytes (no size limit applied).
Result<void> decodeSeekableFrameInto(
    QByteArrayView compressed, const SeekTable::Frame& frame, bool checksum, char* dst);

// Streaming decoder for plain (and seekable) zstd: ZSTD_decompressStream over any byte chunks,
// skippable frames ignored. Output goes to the sink in pieces of at most ~128 KiB.
class ZstdStreamDecoder
{
public:
    using Sink = std::function<bool(QByteArrayView decoded)>; // return false to stop

    ZstdStreamDecoder();
    ~ZstdStreamDecoder();
    ZstdStreamDecoder(const ZstdStreamDecoder&) = delete;
    ZstdStreamDecoder& operator=(const ZstdStreamDecoder&) = delete;

    // Feeds compressed bytes; an error names the compressed byte offset where decoding failed.
    Result<void> feed(QByteArrayView compressed, const Sink& sink);
    // Call at end of input: an error when the input stopped inside a frame (truncated).
    Result<void> finish() const;
    qint64 compressedBytes() const { return m_consumed; }
    qint64 decompressedBytes() const { return m_produced; }

    // Reads `device` to its end in 128 KiB chunks. `progress(compressedDone)` after each chunk;
    // `cancel` is polled per chunk (cancelled -> error with code -1).
    static Result<void> decodeDevice(QIODevice& device, const Sink& sink,
        const std::function<void(qint64)>& progress = {}, const std::atomic_bool* cancel = nullptr);

private:
    struct Private;
    std::unique_ptr<Private> d;
    qint64 m_consumed = 0;
    qint64 m_produced = 0;
    bool m_midFrame = false;
};

// Writes the seekable layout Forgejo produces: independent frames of `frameSize` decompressed
// bytes (128 KiB by default), then the seek table. Used by tests and the benchmark.
class SeekableWriter
{
public:
    explicit SeekableWriter(QIODevice& out, int level = 3, qint64 frameSize = 131072, bool checksums = true);
    ~SeekableWriter();
    SeekableWriter(const SeekableWriter&) = delete;
    SeekableWriter& operator=(const SeekableWriter&) = delete;

    Result<void> write(QByteArrayView data);
    Result<void> finish(); // flushes the last frame and writes the table

    static QByteArray compress(QByteArrayView text, qint64 frameSize = 131072, bool checksums = true, int level = 3);

private:
    Result<void> flushFrame();

    QIODevice& m_out;
    int m_level;
    qint64 m_frameSize;
    bool m_checksums;
    QByteArray m_pending;
    QByteArray m_table;
    quint32 m_frames = 0;
    void* m_cctx = nullptr;
};

} // namespace Ci
