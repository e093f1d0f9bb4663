// Seekable zstd and streaming decode against three producers: our SeekableWriter, the zstd CLI
// (plain frames), and the seekable layout with 128 KiB frames; plus truncation and bit flips.

#include "cilogfixture.h"

#include "core/ci/zstdseekable.h"

#include <QBuffer>
#include <QFile>
#include <QtEndian>

#include <QTest>
#include <cstring>

using namespace Ci;

class TestCiZstd : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void xxh64Vectors();
    void seekTableOfOwnWriter_data();
    void seekTableOfOwnWriter();
    void randomFrameAccess();
    void seekTableValidation();
    void streamDecodesCliOutput_data();
    void streamDecodesCliOutput();
    void streamDecodesSeekableLayout();
    void streamTruncated();
    void streamBitFlips();
    void frameBitFlipCaughtByChecksum();
    void streamCancel();
    void independentlyWrittenSeekableFile();

private:
    CiFixture::Log m_log;
};

void TestCiZstd::initTestCase()
{
    m_log = CiFixture::make(6000);
    QVERIFY(m_log.text.size() > 4 * 131072); // several frames
}

void TestCiZstd::xxh64Vectors()
{
    // Reference values of XXH64 with seed 0.
    QCOMPARE(xxh64(QByteArrayView()), Q_UINT64_C(0xEF46DB3751D8E999));
    QCOMPARE(xxh64("a"), Q_UINT64_C(0xD24EC4F1A98C6E5B));
    QCOMPARE(xxh64("abc"), Q_UINT64_C(0x44BC2CF5AD770999));
    // zstd --check stores the low 32 bits of XXH64 of the content as the frame's last 4 bytes.
    const QByteArray text = m_log.text.left(100000);
    const QByteArray z = CiFixture::run(
        QStringLiteral("zstd"), { QStringLiteral("-q"), QStringLiteral("-c"), QStringLiteral("--check") }, text);
    QVERIFY(z.size() > 4);
    quint32 stored;
    std::memcpy(&stored, z.constData() + z.size() - 4, 4);
    QCOMPARE(qFromLittleEndian(stored), quint32(xxh64(text)));
}

void TestCiZstd::seekTableOfOwnWriter_data()
{
    QTest::addColumn<bool>("checksums");
    QTest::addColumn<qint64>("frameSize");
    QTest::newRow("forgejo 128 KiB, checksums") << true << qint64(131072);
    QTest::newRow("no checksums") << false << qint64(131072);
    QTest::newRow("small frames") << true << qint64(1000);
}

void TestCiZstd::seekTableOfOwnWriter()
{
    QFETCH(bool, checksums);
    QFETCH(qint64, frameSize);
    const QByteArray z = SeekableWriter::compress(m_log.text, frameSize, checksums);
    auto table = SeekTable::parse(z, z.size());
    QVERIFY2(table.ok(), qPrintable(table.errorMessage()));
    QCOMPARE(table->hasChecksums, checksums);
    QCOMPARE(table->decompressedSize(), m_log.text.size());
    QCOMPARE(table->frames.size(), (m_log.text.size() + frameSize - 1) / frameSize);
    for (const auto& f : table->frames.first(table->frames.size() - 1))
        QCOMPARE(qint64(f.decompressedSize), frameSize);
    // The CLI decodes it in full and skips the table.
    QCOMPARE(CiFixture::run(QStringLiteral("zstd"), { QStringLiteral("-dcq") }, z), m_log.text);
    // Reading through a device gives the same table.
    QBuffer buf;
    buf.setData(z);
    buf.open(QIODevice::ReadOnly);
    auto viaDevice = SeekTable::read(buf);
    QVERIFY(viaDevice.ok());
    QCOMPARE(viaDevice->frames.size(), table->frames.size());
}

void TestCiZstd::randomFrameAccess()
{
    const QByteArray z = SeekableWriter::compress(m_log.text);
    QBuffer buf;
    buf.setData(z);
    buf.open(QIODevice::ReadOnly);
    auto table = SeekTable::read(buf);
    QVERIFY(table.ok());
    // The last frame first, then the first, then one in the middle: no sequential decoding.
    for (qsizetype fi : { table->frames.size() - 1, qsizetype(0), table->frames.size() / 2 }) {
        QByteArray out;
        auto r = decodeSeekableFrame(buf, *table, fi, out);
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        const auto& f = table->frames[fi];
        QCOMPARE(out, m_log.text.mid(f.decompressedOffset, f.decompressedSize));
    }
    QCOMPARE(table->frameAt(0), 0);
    QCOMPARE(table->frameAt(131072), 1);
    QCOMPARE(table->frameAt(131071), 0);
    QCOMPARE(table->frameAt(m_log.text.size()), -1);
    QByteArray out;
    QVERIFY(!decodeSeekableFrame(buf, *table, table->frames.size(), out).ok());
}

void TestCiZstd::seekTableValidation()
{
    const QByteArray z = SeekableWriter::compress(m_log.text);
    // Plain zstd has no seekable magic.
    const QByteArray plain = CiFixture::run(QStringLiteral("zstd"), { QStringLiteral("-qc") }, m_log.text);
    QVERIFY(!SeekTable::parse(plain, plain.size()).ok());
    // Reserved descriptor bits.
    QByteArray bad = z;
    bad[bad.size() - 5] = char(0x80 | 0x04);
    QVERIFY(!SeekTable::parse(bad, bad.size()).ok());
    // Frame count larger than the file.
    bad = z;
    bad[bad.size() - 9] = char(0xff);
    bad[bad.size() - 8] = char(0xff);
    QVERIFY(!SeekTable::parse(bad, bad.size()).ok());
    // A compressed size that does not add up to where the table starts.
    auto table = SeekTable::parse(z, z.size());
    QVERIFY(table.ok());
    bad = z;
    const qint64 firstEntry = z.size() - table->tableBytes + 8;
    bad[firstEntry] = char(bad[firstEntry] + 1);
    auto r = SeekTable::parse(bad, bad.size());
    QVERIFY(!r.ok());
    QVERIFY(r.errorMessage().contains(QLatin1String("byte")));
    // Wrong skippable magic.
    bad = z;
    bad[z.size() - table->tableBytes] = 0;
    QVERIFY(!SeekTable::parse(bad, bad.size()).ok());
    // Truncated file: the footer is gone.
    QVERIFY(!SeekTable::parse(z.left(z.size() - 3), z.size() - 3).ok());
    QVERIFY(!SeekTable::parse(QByteArray("short"), 5).ok());
}

static QByteArray streamDecode(const QByteArray& z, Result<void>* result, qsizetype chunk = 4096)
{
    ZstdStreamDecoder dec;
    QByteArray out;
    auto sink = [&out](QByteArrayView d) {
        out.append(d);
        return true;
    };
    for (qsizetype i = 0; i < z.size(); i += chunk) {
        auto r = dec.feed(QByteArrayView(z).sliced(i, qMin(chunk, z.size() - i)), sink);
        if (!r) {
            *result = r;
            return out;
        }
    }
    *result = dec.finish();
    return out;
}

void TestCiZstd::streamDecodesCliOutput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("default") << QStringList { QStringLiteral("-qc") };
    QTest::newRow("-19 --check") << QStringList { QStringLiteral("-qc"), QStringLiteral("-19"),
        QStringLiteral("--check") };
    QTest::newRow("-1 no check") << QStringList { QStringLiteral("-qc"), QStringLiteral("-1"),
        QStringLiteral("--no-check") };
    QTest::newRow("long window") << QStringList { QStringLiteral("-qc"), QStringLiteral("--long=24") };
}

void TestCiZstd::streamDecodesCliOutput()
{
    QFETCH(QStringList, args);
    const QByteArray z = CiFixture::run(QStringLiteral("zstd"), args, m_log.text);
    QVERIFY(!z.isEmpty());
    Result<void> r;
    QCOMPARE(streamDecode(z, &r, 777), m_log.text);
    QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
    // Two concatenated CLI outputs are one valid stream (several frames).
    QCOMPARE(streamDecode(z + z, &r), m_log.text + m_log.text);
    QVERIFY(r.ok());
    // Through a device, with progress.
    QBuffer buf;
    buf.setData(z);
    buf.open(QIODevice::ReadOnly);
    QByteArray out;
    qint64 lastProgress = 0;
    auto dr = ZstdStreamDecoder::decodeDevice(
        buf,
        [&out](QByteArrayView d) {
            out.append(d);
            return true;
        },
        [&lastProgress](qint64 p) { lastProgress = p; });
    QVERIFY(dr.ok());
    QCOMPARE(out, m_log.text);
    QCOMPARE(lastProgress, z.size());
}

void TestCiZstd::streamDecodesSeekableLayout()
{
    const QByteArray z = SeekableWriter::compress(m_log.text);
    Result<void> r;
    QCOMPARE(streamDecode(z, &r, 65536), m_log.text);
    QVERIFY(r.ok()); // the seek table is a skippable frame
}

void TestCiZstd::streamTruncated()
{
    const QByteArray z = CiFixture::run(QStringLiteral("zstd"), { QStringLiteral("-qc") }, m_log.text);
    for (qsizetype cut : { z.size() / 2, z.size() - 1, qsizetype(10) }) {
        Result<void> r;
        const QByteArray out = streamDecode(z.left(cut), &r);
        QVERIFY(!r.ok());
        QVERIFY2(r.errorMessage().contains(QLatin1String("truncated")), qPrintable(r.errorMessage()));
        QCOMPARE(r.error().code, int(cut)); // the offset where input stopped
        // What came out is a prefix of the log.
        QVERIFY(m_log.text.startsWith(out));
    }
    // A truncated seekable file loses its footer: no table, and the stream decoder says where.
    const QByteArray s = SeekableWriter::compress(m_log.text);
    const QByteArray cut = s.left(s.size() * 2 / 3);
    QVERIFY(!SeekTable::parse(cut, cut.size()).ok());
    Result<void> r;
    const QByteArray out = streamDecode(cut, &r);
    QVERIFY(!r.ok());
    QVERIFY(out.size() > 131072);
    QVERIFY(m_log.text.startsWith(out));
}

void TestCiZstd::streamBitFlips()
{
    const QByteArray z
        = CiFixture::run(QStringLiteral("zstd"), { QStringLiteral("-qc"), QStringLiteral("--check") }, m_log.text);
    int detected = 0;
    for (int k = 0; k < 40; ++k) {
        QByteArray bad = z;
        const qsizetype at = 4 + (qsizetype(k) * 7919) % (z.size() - 4);
        bad[at] = char(bad[at] ^ (1 << (k % 8)));
        Result<void> r;
        const QByteArray out = streamDecode(bad, &r);
        if (!r.ok()) {
            ++detected;
            QVERIFY(r.errorMessage().contains(QLatin1String("byte")));
            QVERIFY(r.error().code >= 0 && r.error().code <= z.size());
        } else {
            // A flip the format cannot see would still have to be caught by the checksum.
            QCOMPARE(out, m_log.text);
        }
    }
    QVERIFY(detected > 30);
}

void TestCiZstd::frameBitFlipCaughtByChecksum()
{
    const QByteArray z = SeekableWriter::compress(m_log.text);
    auto table = SeekTable::parse(z, z.size());
    QVERIFY(table.ok());
    const auto& f = table->frames[2];
    int detected = 0;
    for (int k = 0; k < 32; ++k) {
        QByteArray bad = z;
        const qint64 at = f.compressedOffset + 4 + (k * 131) % (f.compressedSize - 4);
        bad[at] = char(bad[at] ^ (1 << (k % 8)));
        QByteArray out;
        auto r = decodeSeekableFrame(QByteArrayView(bad).sliced(f.compressedOffset, f.compressedSize), f, true, out);
        if (!r.ok()) {
            ++detected;
            QCOMPARE(r.error().code, int(f.compressedOffset));
            QVERIFY(r.errorMessage().contains(QString::number(f.compressedOffset)));
        } else {
            QCOMPARE(out, m_log.text.mid(f.decompressedOffset, f.decompressedSize));
        }
    }
    QCOMPARE(detected, 32);
}

void TestCiZstd::streamCancel()
{
    // Poorly compressible text, so the compressed input spans many read chunks.
    QByteArray text;
    std::mt19937 rng(5);
    while (text.size() < 4 * 1024 * 1024)
        text += CiFixture::timestamp(text.size()) + ' ' + QByteArray::number(quint64(rng()) * rng(), 36) + '\n';
    const QByteArray z = CiFixture::run(QStringLiteral("zstd"), { QStringLiteral("-qc") }, text);
    QVERIFY(z.size() > 4 * 131075);
    QBuffer buf;
    buf.setData(z);
    buf.open(QIODevice::ReadOnly);
    std::atomic_bool cancel { false };
    qint64 produced = 0;
    auto r = ZstdStreamDecoder::decodeDevice(
        buf,
        [&](QByteArrayView d) {
            produced += d.size();
            cancel = true;
            return true;
        },
        {}, &cancel);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, -1);
    QVERIFY(produced < text.size());
    QVERIFY(buf.pos() < z.size()); // stopped reading
}

void TestCiZstd::independentlyWrittenSeekableFile()
{
    // tests/data/ci/log-seeds/seekable.log.zst was written by a script, not by SeekableWriter: each
    // 64-byte frame by the zstd CLI, the checksums taken from zstd --check's XXH64 trailer.
    QString data = qEnvironmentVariable("GBADMIN_TESTDATA_DIR"); // set by ctest
    if (data.isEmpty())
        data = QStringLiteral(QT_TESTCASE_SOURCEDIR "/../../data");
    const QString dir = data + QStringLiteral("/ci/log-seeds/");
    QFile z(dir + QStringLiteral("seekable.log.zst")), plain(dir + QStringLiteral("plain.log"));
    QVERIFY(z.open(QIODevice::ReadOnly));
    QVERIFY(plain.open(QIODevice::ReadOnly));
    const QByteArray text = plain.readAll();
    auto table = SeekTable::read(z);
    QVERIFY2(table.ok(), qPrintable(table.errorMessage()));
    QVERIFY(table->hasChecksums);
    QCOMPARE(table->frames.size(), (text.size() + 63) / 64);
    QCOMPARE(table->decompressedSize(), text.size());
    QByteArray all, out;
    for (qsizetype i = 0; i < table->frames.size(); ++i) {
        auto r = decodeSeekableFrame(z, *table, i, out);
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        all += out;
    }
    QCOMPARE(all, text);
}

QTEST_GUILESS_MAIN(TestCiZstd)
#include "tst_cizstd.moc"
