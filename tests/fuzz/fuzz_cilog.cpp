// libFuzzer target for the CI log engine's parsers of untrusted bytes: the seek table and frame
// decoder, the streaming zstd decoder, log_indexes varints, line splitting/classification, DBFS
// reassembly, and a followed TaskLog (whose lines must give back the input exactly).

#include "core/ci/dbfsreassembly.h"
#include "core/ci/lineindex.h"
#include "core/ci/logindexes.h"
#include "core/ci/logline.h"
#include "core/ci/tasklog.h"
#include "core/ci/zstdseekable.h"

#include <cstdlib>

using namespace Ci;

namespace {

void check(bool ok)
{
    if (!ok)
        std::abort();
}

void fuzzSeekable(QByteArrayView in)
{
    auto table = SeekTable::parse(in, in.size());
    if (!table)
        return;
    check(table->tableBytes <= in.size());
    QByteArray out;
    qint64 budget = 8 << 20;
    for (const auto& f : table->frames) {
        if (f.decompressedSize > budget)
            break;
        budget -= f.decompressedSize;
        check(f.compressedOffset + f.compressedSize <= in.size());
        if (decodeSeekableFrame(in.sliced(f.compressedOffset, f.compressedSize), f, table->hasChecksums, out))
            check(out.size() == qsizetype(f.decompressedSize));
    }
    const qint64 total = table->decompressedSize();
    for (qint64 probe : { qint64(0), total / 2, total - 1, total, qint64(-1) }) {
        const qsizetype fi = table->frameAt(probe);
        if (fi >= 0)
            check(probe >= table->frames[fi].decompressedOffset
                && probe < table->frames[fi].decompressedOffset + table->frames[fi].decompressedSize);
    }
}

void fuzzStream(QByteArrayView in)
{
    ZstdStreamDecoder dec;
    qint64 produced = 0;
    auto sink = [&produced](QByteArrayView d) {
        produced += d.size();
        return produced < (16 << 20); // bounded output per input
    };
    const qsizetype chunk = in.isEmpty() ? 1 : (quint8(in[0]) % 61) + 1;
    for (qsizetype i = 0; i < in.size(); i += chunk)
        if (!dec.feed(in.sliced(i, qMin(chunk, in.size() - i)), sink))
            return;
    (void)dec.finish();
    check(dec.decompressedBytes() == produced);
}

void fuzzVarints(QByteArrayView in)
{
    auto values = LogIndexes::decode(in);
    if (values) {
        check(LogIndexes::count(in) == values->size());
        // Every noted start decodes to the value it stands for.
        const qint64 every = in.isEmpty() ? 1 : (quint8(in[0]) % 13) + 1;
        QList<qsizetype> starts;
        check(LogIndexes::count(in, every, &starts) == values->size());
        for (qsizetype k = 0; k < starts.size(); ++k) {
            qsizetype pos = starts[k];
            qint64 v = 0;
            check(LogIndexes::readValue(in, &pos, &v) && v == values->at(k * every));
        }
        auto again = LogIndexes::decode(LogIndexes::encode(*values));
        check(again && *again == *values);
    } else {
        check(values.error().code >= 0 && values.error().code < in.size());
    }
}

void fuzzLinesAndIndex(QByteArrayView in)
{
    LineIndex index;
    qint64 offset = 0;
    for (QByteArrayView rest = in; !rest.isEmpty();) {
        const qsizetype nl = rest.indexOf('\n');
        const QByteArrayView row = nl < 0 ? rest : rest.first(nl);
        const LogLine l = LogLine::split(row);
        (void)LogLine::classify(l.content);
        (void)LogLine::groupTitle(l.content);
        if (!l.timestamp.isEmpty())
            (void)LogLine::parseTimestampMs(l.timestamp);
        const qint64 len = nl < 0 ? rest.size() : nl + 1;
        index.append(len);
        check(index.lineStart(index.count() - 1) == offset);
        offset += len;
        rest = rest.sliced(len);
    }
    check(index.totalBytes() == in.size());
}

void fuzzDbfs(QByteArrayView in)
{
    if (in.size() < 2)
        return;
    const qint64 blockSize = (quint8(in[0]) % 16) + 1;
    QList<DbfsBlock> blocks;
    qint64 off = 0;
    for (qsizetype i = 2; i < in.size(); i += blockSize, off += blockSize)
        blocks.prepend(DbfsBlock { off, in.sliced(i, qMin<qsizetype>(blockSize, in.size() - i)).toByteArray(), 0 });
    const qint64 fileSize = qMax<qint64>(0, in.size() - 2 - quint8(in[1]) % 4);
    auto r = reassembleDbfs(blocks, fileSize, blockSize);
    check(r && r->size() == fileSize && *r == in.sliced(2, fileSize).toByteArray());
}

void fuzzFollow(QByteArrayView in)
{
    if (in.size() > 65536)
        return;
    TaskLog log;
    if (!log.beginFollow())
        return;
    const qsizetype chunk = in.isEmpty() ? 1 : (quint8(in[in.size() - 1]) % 97) + 1;
    for (qsizetype i = 0; i < in.size(); i += chunk)
        log.append(in.sliced(i, qMin(chunk, in.size() - i)));
    log.endFollow();
    QByteArray joined;
    for (qint64 i = 0; i < log.lineCount(); ++i)
        joined += log.line(i) + '\n';
    if (!in.endsWith('\n') && !joined.isEmpty())
        joined.chop(1);
    check(joined == in);
    for (const GroupRange& g : log.groups())
        check(g.headerLine >= 0 && g.lastLine >= g.headerLine && g.lastLine < log.lineCount());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView in(reinterpret_cast<const char*>(data), qsizetype(size));
    fuzzSeekable(in);
    fuzzStream(in);
    fuzzVarints(in);
    fuzzLinesAndIndex(in);
    fuzzDbfs(in);
    fuzzFollow(in);
    return 0;
}
