// TaskLog: the LogSource over seekable files (with and without log_indexes), zstd CLI streams,
// plain text and a followed (growing) log; corruption keeps what was decoded before it.

#include "cilogfixture.h"

#include "core/ci/dbfsreassembly.h"
#include "core/ci/logindexes.h"
#include "core/ci/tasklog.h"
#include "core/ci/zstdseekable.h"
#include "support/testhelpers.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Ci;

class TestCiTaskLog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void seekableWithLogIndexesIsReadableAtOnce();
    void middleLinesBeforeLogIndexesAreDecoded();
    void seekableWithoutLogIndexes();
    void badLogIndexesAreIgnored();
    void cliStreamAndPlainFile_data();
    void cliStreamAndPlainFile();
    void groupsAndErrors();
    void compactIndex();
    void truncatedStreamKeepsPrefix();
    void corruptFrameNamesOffset();
    void followGrowingLog();
    void dbfsBlocksThroughFollow();
    void lastLineWithoutNewline();
    void emptyInput();
    void reopenAndDestroyWhileIndexing();
    void growingSeekableIndexesWhileWritten();
    void growingSeekableEndedEarlyFails();
    void growingSeekableDestroyedWhileWaiting();

private:
    QString write(const QString& name, const QByteArray& data);
    void verifyAllLines(const TaskLog& log);

    QTemporaryDir m_dir;
    CiFixture::Log m_log;
};

void TestCiTaskLog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_log = CiFixture::make(8000, 7);
}

QString TestCiTaskLog::write(const QString& name, const QByteArray& data)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        return {};
    return path;
}

void TestCiTaskLog::verifyAllLines(const TaskLog& log)
{
    QCOMPARE(log.lineCount(), m_log.offsets.size());
    for (qint64 i = 0; i < log.lineCount(); ++i) {
        const qint64 end = i + 1 < m_log.offsets.size() ? m_log.offsets[i + 1] - 1 : m_log.text.size() - 1;
        const QByteArray expected = m_log.text.mid(m_log.offsets[i], end - m_log.offsets[i]);
        if (log.line(i) != expected)
            QFAIL(qPrintable(QStringLiteral("line %1 differs").arg(i)));
    }
}

void TestCiTaskLog::seekableWithLogIndexesIsReadableAtOnce()
{
    const QString path = write(QStringLiteral("a.log.zst"), SeekableWriter::compress(m_log.text));
    TaskLog log;
    TestHelpers::SignalLog lines(&log, &TaskLog::linesAvailable);
    TestHelpers::SignalLog done(&log, &TaskLog::finished);
    auto r = log.openSeekableFile(path, LogIndexes::encode(m_log.offsets));
    QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
    // The first announcement already carries every line, and the first and last lines are known.
    QTRY_VERIFY_WITH_TIMEOUT(!lines.isEmpty(), 20000);
    QCOMPARE(lines.first().at(0).toLongLong(), m_log.offsets.size());
    QVERIFY(log.usedLogIndexes());
    QCOMPARE(log.lineCount(), m_log.offsets.size());
    QCOMPARE(log.line(0), m_log.text.left(m_log.offsets[1] - 1));
    const qint64 last = m_log.offsets.size() - 1;
    QCOMPARE(log.line(last), m_log.text.mid(m_log.offsets[last]).chopped(1));
    // A line between the decoded head and tail of log_indexes: waits for the worker, if needed.
    QCOMPARE(log.line(4000), m_log.text.mid(m_log.offsets[4000], m_log.offsets[4001] - m_log.offsets[4000] - 1));
    QCOMPARE(log.lineStart(5000), m_log.offsets[5000]);
    QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty(), 20000);
    QVERIFY(log.isComplete());
    verifyAllLines(log);
    QCOMPARE(log.errorLines(), m_log.errors);
}

void TestCiTaskLog::middleLinesBeforeLogIndexesAreDecoded()
{
    // A longer log: right after the first announcement the worker is still decoding log_indexes,
    // so lines in the middle come from the nearest checkpoint of the blob (no waiting for the
    // worker). Each must be exactly its line, wherever it falls between two checkpoints.
    const CiFixture::Log big = CiFixture::make(150000, 11);
    const QString path = write(QStringLiteral("mid.log.zst"), SeekableWriter::compress(big.text));
    TaskLog log;
    TestHelpers::SignalLog lines(&log, &TaskLog::linesAvailable);
    TestHelpers::SignalLog done(&log, &TaskLog::finished);
    const QByteArray blob = LogIndexes::encode(big.offsets);
    QVERIFY(log.openSeekableFile(path, blob).ok());
    // Read as soon as the count is out, without waiting for the queued signal: by then the worker
    // would have decoded the whole (small) blob.
    QElapsedTimer waited;
    waited.start();
    while (log.lineCount() == 0 && !log.isComplete() && waited.elapsed() < 20000)
        QThread::yieldCurrentThread();
    QCOMPARE(log.lineCount(), big.offsets.size());
    auto expected = [&big](qint64 i) {
        const qint64 end = i + 1 < big.offsets.size() ? big.offsets[i + 1] - 1 : big.text.size() - 1;
        return big.text.mid(big.offsets[i], end - big.offsets[i]);
    };
    for (const qint64 i : { qint64(75000), qint64(1023), qint64(1024), qint64(1025), qint64(2047), qint64(148975),
             qint64(148976), qint64(149999), qint64(100001) }) {
        QCOMPARE(log.lineCount(), big.offsets.size());
        QCOMPARE(log.line(i), expected(i));
        QCOMPARE(log.lineStart(i), big.offsets[i]);
    }
    for (qint64 i = 0; i < big.offsets.size(); i += 997)
        QCOMPARE(log.line(i), expected(i));
    QTRY_VERIFY_WITH_TIMEOUT(!lines.isEmpty(), 20000);
    QCOMPARE(lines.first().at(0).toLongLong(), big.offsets.size());
    QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty(), 60000);
    QCOMPARE(log.lineCount(), big.offsets.size());
    for (qint64 i = 500; i < big.offsets.size(); i += 1999)
        QCOMPARE(log.line(i), expected(i));
}

void TestCiTaskLog::seekableWithoutLogIndexes()
{
    const QString path = write(QStringLiteral("b.log.zst"), SeekableWriter::compress(m_log.text, 131072, false));
    TaskLog log;
    TestHelpers::SignalLog lines(&log, &TaskLog::linesAvailable);
    TestHelpers::SignalLog done(&log, &TaskLog::finished);
    TestHelpers::SignalLog progress(&log, &TaskLog::progress);
    QVERIFY(log.openFile(path).ok());
    QVERIFY(!log.usedLogIndexes());
    QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty(), 20000);
    QVERIFY(!lines.isEmpty());
    QCOMPARE(lines.last().at(0).toLongLong(), m_log.offsets.size());
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toLongLong(), progress.last().at(1).toLongLong());
    verifyAllLines(log);
}

void TestCiTaskLog::badLogIndexesAreIgnored()
{
    const QString path = write(QStringLiteral("c.log.zst"), SeekableWriter::compress(m_log.text));
    // Offsets past the end of the text, and offsets going backwards: not this file's index.
    QList<qint64> wrong = m_log.offsets;
    wrong.append(m_log.text.size() + 100);
    QList<qint64> backwards = m_log.offsets;
    std::swap(backwards[3], backwards[4]);
    for (const auto& idx : { wrong, backwards }) {
        TaskLog log;
        TestHelpers::SignalLog done(&log, &TaskLog::finished);
        QVERIFY(log.openSeekableFile(path, LogIndexes::encode(idx)).ok());
        QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty(), 20000);
        QVERIFY(!log.usedLogIndexes());
        verifyAllLines(log);
    }
    // log_indexes that look valid but are stale (fewer lines): they serve at once, then the scan
    // corrects the count. The first announcement is what proves the index was served.
    TaskLog log;
    TestHelpers::SignalLog lines(&log, &TaskLog::linesAvailable);
    TestHelpers::SignalLog done(&log, &TaskLog::finished);
    QVERIFY(log.openSeekableFile(path, LogIndexes::encode(m_log.offsets.first(100))).ok());
    QTRY_VERIFY_WITH_TIMEOUT(!lines.isEmpty(), 20000);
    QCOMPARE(lines.first().at(0).toLongLong(), 100);
    QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty(), 20000);
    QCOMPARE(log.lineCount(), m_log.offsets.size());
    verifyAllLines(log);
}

void TestCiTaskLog::cliStreamAndPlainFile_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("zstd CLI") << QStringLiteral("zstd");
    QTest::newRow("zstd CLI as QBuffer stream") << QStringLiteral("buffer");
    QTest::newRow("plain .log, indexed in place") << QStringLiteral("plain");
    QTest::newRow("plain stream, spooled") << QStringLiteral("plainstream");
}

void TestCiTaskLog::cliStreamAndPlainFile()
{
    QFETCH(QString, kind);
    TaskLog log;
    TestHelpers::SignalLog done(&log, &TaskLog::finished);
    if (kind == QLatin1String("plain")) {
        QVERIFY(log.openFile(write(QStringLiteral("p.log"), m_log.text)).ok());
    } else if (kind == QLatin1String("plainstream")) {
        auto buf = std::make_unique<QBuffer>();
        buf->setData(m_log.text);
        buf->open(QIODevice::ReadOnly);
        log.openPlainStream(std::move(buf), m_log.text.size());
    } else {
        const QByteArray z
            = CiFixture::run(QStringLiteral("zstd"), { QStringLiteral("-qc"), QStringLiteral("-19") }, m_log.text);
        QVERIFY(!z.isEmpty());
        if (kind == QLatin1String("zstd")) {
            QVERIFY(log.openFile(write(QStringLiteral("cli.log.zst"), z)).ok());
        } else {
            auto buf = std::make_unique<QBuffer>();
            buf->setData(z);
            buf->open(QIODevice::ReadOnly);
            log.openZstdStream(std::move(buf), z.size());
        }
    }
    QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty(), 20000);
    verifyAllLines(log);
    QCOMPARE(log.errorLines(), m_log.errors);
    QVERIFY(log.errorString().isEmpty());
}

void TestCiTaskLog::groupsAndErrors()
{
    const QByteArray text = CiFixture::timestamp(0) + " start\n" + CiFixture::timestamp(1) + " ##[group]Outer\n"
        + CiFixture::timestamp(2) + " ::group::Inner\n" + CiFixture::timestamp(3) + " ##[error]bad\n"
        + CiFixture::timestamp(4) + " ::endgroup::\n" + CiFixture::timestamp(5) + " ##[endgroup]\n"
        + CiFixture::timestamp(6) + " ##[endgroup]\n" // stray end: ignored
        + CiFixture::timestamp(7) + " ##[group]Open to the end\n" + CiFixture::timestamp(8) + " npm ERR! x\n";
    TaskLog log;
    TestHelpers::SignalLog done(&log, &TaskLog::finished);
    QVERIFY(log.openFile(write(QStringLiteral("g.log"), text)).ok());
    QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty(), 10000);
    QCOMPARE(log.lineCount(), 9);
    const auto groups = log.groups();
    QCOMPARE(groups.size(), 3);
    QCOMPARE(groups[0].headerLine, 1);
    QCOMPARE(groups[0].lastLine, 5);
    QCOMPARE(groups[0].depth, 0);
    QCOMPARE(groups[1].headerLine, 2);
    QCOMPARE(groups[1].lastLine, 4);
    QCOMPARE(groups[1].depth, 1);
    QCOMPARE(groups[2].headerLine, 7);
    QCOMPARE(groups[2].lastLine, 8); // unterminated: to the last line
    QCOMPARE(log.errorLines(), (QList<qint64> { 3, 8 }));
}

void TestCiTaskLog::compactIndex()
{
    // Typical short lines: about one byte per line (plus slack of the growing vectors).
    QByteArray text;
    for (int i = 0; i < 100000; ++i)
        text += CiFixture::timestamp(i) + " compiling file" + QByteArray::number(i) + ".cpp\n";
    TaskLog log;
    TestHelpers::SignalLog done(&log, &TaskLog::finished);
    QVERIFY(log.openFile(write(QStringLiteral("i.log"), text)).ok());
    QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty(), 10000);
    QCOMPARE(log.lineCount(), 100000);
    QVERIFY2(log.indexMemoryBytes() <= 2 * 100000, qPrintable(QString::number(log.indexMemoryBytes())));
    QCOMPARE(log.lineStart(99999), text.lastIndexOf('\n', text.size() - 2) + 1);
    QCOMPARE(log.line(12345), CiFixture::timestamp(12345) + " compiling file12345.cpp");
}

void TestCiTaskLog::truncatedStreamKeepsPrefix()
{
    const QByteArray z = CiFixture::run(QStringLiteral("zstd"), { QStringLiteral("-qc") }, m_log.text);
    const QByteArray cut = z.left(z.size() / 2);
    TaskLog log;
    TestHelpers::SignalLog failed(&log, &TaskLog::failed);
    QVERIFY(log.openFile(write(QStringLiteral("t.log.zst"), cut)).ok());
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 20000);
    QCOMPARE(failed.first().at(1).toLongLong(), cut.size());
    QVERIFY(failed.first().at(0).toString().contains(QString::number(cut.size())));
    QVERIFY(log.isComplete());
    QVERIFY(log.lineCount() > 100);
    QVERIFY(log.lineCount() < m_log.offsets.size());
    // Every line but the last (cut) one is intact; the last is a prefix of the real line.
    const qint64 n = log.lineCount();
    for (qint64 i = 0; i < n - 1; ++i)
        QCOMPARE(log.line(i), m_log.text.mid(m_log.offsets[i], m_log.offsets[i + 1] - m_log.offsets[i] - 1));
    QVERIFY(m_log.text.mid(m_log.offsets[n - 1]).startsWith(log.line(n - 1)));
}

void TestCiTaskLog::corruptFrameNamesOffset()
{
    QByteArray z = SeekableWriter::compress(m_log.text);
    auto table = SeekTable::parse(z, z.size());
    QVERIFY(table.ok());
    QVERIFY(table->frames.size() > 4);
    const auto f = table->frames[3];
    z[f.compressedOffset + f.compressedSize / 2] = char(z[f.compressedOffset + f.compressedSize / 2] ^ 0x10);
    const QString path = write(QStringLiteral("x.log.zst"), z);
    {
        TaskLog log;
        TestHelpers::SignalLog failed(&log, &TaskLog::failed);
        QVERIFY(log.openSeekableFile(path).ok());
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 20000);
        QCOMPARE(failed.first().at(1).toLongLong(), f.compressedOffset);
        // Lines of frames 0..2 are readable; nothing past the damage was invented.
        const qint64 n = log.lineCount();
        QVERIFY(n > 0);
        QVERIFY(log.indexedBytes() <= f.decompressedOffset);
        QVERIFY(log.indexedBytes() >= table->frames[2].decompressedOffset);
        for (qint64 i = 0; i < n - 1; ++i)
            QCOMPARE(log.line(i), m_log.text.mid(m_log.offsets[i], m_log.offsets[i + 1] - m_log.offsets[i] - 1));
    }
    {
        // With log_indexes, lines after the damaged frame stay readable from their own frames.
        TaskLog log;
        TestHelpers::SignalLog failed(&log, &TaskLog::failed);
        QVERIFY(log.openSeekableFile(path, LogIndexes::encode(m_log.offsets)).ok());
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 20000);
        QCOMPARE(log.lineCount(), m_log.offsets.size());
        const qint64 last = m_log.offsets.size() - 1;
        QCOMPARE(log.line(last), m_log.text.mid(m_log.offsets[last]).chopped(1));
    }
}

void TestCiTaskLog::followGrowingLog()
{
    TaskLog log;
    TestHelpers::SignalLog lines(&log, &TaskLog::linesAvailable);
    TestHelpers::SignalLog done(&log, &TaskLog::finished);
    QVERIFY(log.beginFollow().ok());
    // Uneven pieces, cutting lines (and UTF-8 sequences) anywhere.
    qsizetype pos = 0;
    int step = 1;
    while (pos < m_log.text.size()) {
        const qsizetype n = qMin<qsizetype>(m_log.text.size() - pos, (step * 7919) % 20000 + 1);
        log.append(QByteArrayView(m_log.text).sliced(pos, n));
        pos += n;
        ++step;
        // Only complete lines are visible while following.
        const qint64 count = log.lineCount();
        QVERIFY(count <= m_log.offsets.size());
        if (count < m_log.offsets.size())
            QVERIFY(m_log.offsets[count] <= pos);
    }
    QVERIFY(!log.isComplete());
    QVERIFY(!lines.isEmpty());
    log.endFollow();
    QCOMPARE(done.size(), 1);
    QVERIFY(log.isComplete());
    verifyAllLines(log);
    QCOMPARE(log.errorLines(), m_log.errors);
}

void TestCiTaskLog::dbfsBlocksThroughFollow()
{
    // A running task's log in DBFS: 32 KiB blocks, uncompressed, fed to a followed TaskLog.
    QList<DbfsBlock> blocks;
    for (qsizetype off = 0; off < m_log.text.size(); off += 32768)
        blocks.prepend(DbfsBlock { off, m_log.text.mid(off, 32768), 1 });
    auto bytes = reassembleDbfs(blocks, m_log.text.size());
    QVERIFY(bytes.ok());
    TaskLog log;
    QVERIFY(log.beginFollow().ok());
    log.append(*bytes);
    log.endFollow();
    verifyAllLines(log);
}

void TestCiTaskLog::lastLineWithoutNewline()
{
    TaskLog log;
    TestHelpers::SignalLog done(&log, &TaskLog::finished);
    QVERIFY(log.openFile(write(QStringLiteral("n.log"), "a\r\nb\n\nlast")).ok());
    QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty(), 10000);
    QCOMPARE(log.lineCount(), 4);
    QCOMPARE(log.line(0), QByteArray("a\r")); // \r is content (spec §3.4)
    QCOMPARE(log.line(2), QByteArray());
    QCOMPARE(log.line(3), QByteArray("last"));
    QCOMPARE(log.line(4), QByteArray());
    QCOMPARE(log.line(-1), QByteArray());
}

void TestCiTaskLog::emptyInput()
{
    TaskLog log;
    TestHelpers::SignalLog done(&log, &TaskLog::finished);
    QVERIFY(log.openFile(write(QStringLiteral("e.log"), QByteArray())).ok());
    QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty(), 10000);
    QCOMPARE(log.lineCount(), 0);
    TaskLog seekable;
    TestHelpers::SignalLog done2(&seekable, &TaskLog::finished);
    QVERIFY(seekable.openSeekableFile(write(QStringLiteral("e.log.zst"), SeekableWriter::compress(QByteArray()))).ok());
    QTRY_VERIFY_WITH_TIMEOUT(!done2.isEmpty(), 10000);
    QCOMPARE(seekable.lineCount(), 0);
}

void TestCiTaskLog::reopenAndDestroyWhileIndexing()
{
    const QString seekable = write(QStringLiteral("r.log.zst"), SeekableWriter::compress(m_log.text));
    const QString plain = write(QStringLiteral("r.log"), m_log.text);
    {
        auto log = std::make_unique<TaskLog>();
        QVERIFY(log->openSeekableFile(seekable, LogIndexes::encode(m_log.offsets)).ok());
        log.reset(); // cancels and joins the worker
    }
    TaskLog log;
    TestHelpers::SignalLog failed(&log, &TaskLog::failed);
    TestHelpers::SignalLog done(&log, &TaskLog::finished);
    QVERIFY(log.openSeekableFile(seekable).ok());
    QVERIFY(log.openFile(plain).ok()); // replaces the first input mid-way
    QTRY_VERIFY_WITH_TIMEOUT(log.isComplete(), 20000);
    QVERIFY(failed.isEmpty()); // a cancelled pass is not a failure
    verifyAllLines(log);
}

void TestCiTaskLog::growingSeekableIndexesWhileWritten()
{
    // A download into the cache: the file grows in odd-sized pieces and is renamed when whole;
    // the log indexes as the bytes land and ends up the same as opening the finished file.
    const QByteArray whole = SeekableWriter::compress(m_log.text, 16384, true);
    const QString ref = write(QStringLiteral("grow-ref.log.zst"), whole);
    QFile refFile(ref);
    QVERIFY(refFile.open(QIODevice::ReadOnly));
    auto table = SeekTable::read(refFile);
    QVERIFY(table.ok());
    QVERIFY(table->frames.size() > 8);

    const QString part = m_dir.filePath(QStringLiteral("grow.log.zst.part"));
    QFile out(part);
    QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    TaskLog log;
    TestHelpers::SignalLog done(&log, &TaskLog::finished);
    TestHelpers::SignalLog failed(&log, &TaskLog::failed);
    QVERIFY(log.openGrowingSeekable(part, *table).ok());
    qint64 written = 0;
    auto put = [&](qint64 upTo) {
        while (written < upTo) {
            const qint64 n = qMin<qint64>(977, upTo - written);
            QCOMPARE(out.write(whole.constData() + written, n), n);
            QVERIFY(out.flush());
            written += n;
            log.grow(written);
        }
    };
    put(whole.size() / 2);
    // Lines of the frames written so far are indexed before the rest arrives.
    QTRY_VERIFY_WITH_TIMEOUT(log.lineCount() > 0, 20000);
    QVERIFY(!log.isComplete());
    put(whole.size());
    out.close();
    const QString final = m_dir.filePath(QStringLiteral("grow.log.zst"));
    QVERIFY(QFile::rename(part, final));
    log.endGrow();
    QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty(), 20000);
    QVERIFY(failed.isEmpty());
    verifyAllLines(log);

    TaskLog opened;
    TestHelpers::SignalLog openedDone(&opened, &TaskLog::finished);
    QVERIFY(opened.openFile(final).ok());
    QTRY_VERIFY_WITH_TIMEOUT(!openedDone.isEmpty(), 20000);
    QCOMPARE(log.errorLines(), opened.errorLines());
    QCOMPARE(log.warningLines(), opened.warningLines());
    QCOMPARE(log.maskValues(), opened.maskValues());
    QCOMPARE(log.groups().size(), opened.groups().size());
    for (qsizetype i = 0; i < log.groups().size(); ++i) {
        QCOMPARE(log.groups()[i].headerLine, opened.groups()[i].headerLine);
        QCOMPARE(log.groups()[i].lastLine, opened.groups()[i].lastLine);
    }
    // Search reads the renamed file's frames (the descriptor opened on the part file).
    QCOMPARE(log.readRange(0, 4096), m_log.text.left(4096));
}

void TestCiTaskLog::growingSeekableEndedEarlyFails()
{
    // A download that stops half way: the frames that came stay readable, the log says where it ends.
    const QByteArray whole = SeekableWriter::compress(m_log.text, 16384, true);
    QFile refFile(write(QStringLiteral("early-ref.log.zst"), whole));
    QVERIFY(refFile.open(QIODevice::ReadOnly));
    auto table = SeekTable::read(refFile);
    QVERIFY(table.ok());
    const QString part = write(QStringLiteral("early.log.zst.part"), whole.left(whole.size() / 2));
    TaskLog log;
    TestHelpers::SignalLog failed(&log, &TaskLog::failed);
    QVERIFY(log.openGrowingSeekable(part, *table).ok());
    log.grow(whole.size() / 2);
    log.endGrow();
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 20000);
    QVERIFY(log.lineCount() > 0);
    QVERIFY(log.lineCount() < m_log.offsets.size());
    QCOMPARE(log.line(0), m_log.text.left(m_log.offsets[1] - 1));
    QVERIFY(log.errorOffset() > 0);
    QVERIFY(log.errorOffset() <= whole.size() / 2);
}

void TestCiTaskLog::growingSeekableDestroyedWhileWaiting()
{
    // A cancelled download: the worker waits for bytes that never come; destruction must end it.
    const QByteArray whole = SeekableWriter::compress(m_log.text, 16384, true);
    QFile refFile(write(QStringLiteral("wait-ref.log.zst"), whole));
    QVERIFY(refFile.open(QIODevice::ReadOnly));
    auto table = SeekTable::read(refFile);
    QVERIFY(table.ok());
    const QString part = write(QStringLiteral("wait.log.zst.part"), QByteArray());
    {
        TaskLog log;
        QVERIFY(log.openGrowingSeekable(part, *table).ok());
        log.grow(100); // not even one frame
    }
    TaskLog log;
    QVERIFY(log.openGrowingSeekable(part, *table).ok());
    log.cancel();
    QVERIFY(log.waitForFinished(20000));
}

QTEST_GUILESS_MAIN(TestCiTaskLog)
#include "tst_citasklog.moc"
