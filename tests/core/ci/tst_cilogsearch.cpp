// Search over a whole TaskLog agrees with `grep -c` / `grep -cE` on the decoded text; results
// arrive in ascending batches; a new query cancels the old one.

#include "cilogfixture.h"

#include "core/ci/logsearch.h"
#include "core/ci/tasklog.h"
#include "core/ci/zstdseekable.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Ci;

class TestCiLogSearch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void requiredLiteral_data();
    void requiredLiteral();
    void agreesWithGrep_data();
    void agreesWithGrep();
    void incrementalAndOrdered();
    void newQueryCancelsOld();
    void invalidRegex();
    void literalAtEveryOffset();
    void lineNumbersAfterLongRunsOfNewlines();

private:
    qint64 grepCount(const QStringList& args);

    QTemporaryDir m_dir;
    QString m_plainPath;
    CiFixture::Log m_log;
    std::unique_ptr<TaskLog> m_taskLog; // seekable, read through frames
    std::unique_ptr<TaskLog> m_spooledLog; // seekable, decoded text spooled and mapped
    std::unique_ptr<TaskLog> m_plainLog; // plain file, mapped in place
};

void TestCiLogSearch::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_log = CiFixture::make(120000, 3); // several search chunks
    m_plainPath = m_dir.filePath(QStringLiteral("log.txt"));
    QFile plain(m_plainPath);
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.write(m_log.text);
    plain.close();
    const QString zpath = m_dir.filePath(QStringLiteral("log.zst"));
    QFile z(zpath);
    QVERIFY(z.open(QIODevice::WriteOnly));
    z.write(SeekableWriter::compress(m_log.text));
    z.close();
    m_taskLog = std::make_unique<TaskLog>();
    QVERIFY(m_taskLog->openFile(zpath).ok());
    m_spooledLog = std::make_unique<TaskLog>();
    m_spooledLog->setSpoolSeekable(true);
    QVERIFY(m_spooledLog->openFile(zpath).ok());
    m_plainLog = std::make_unique<TaskLog>();
    QVERIFY(m_plainLog->openFile(m_plainPath).ok());
    QTRY_VERIFY_WITH_TIMEOUT(m_taskLog->isComplete() && m_spooledLog->isComplete() && m_plainLog->isComplete(), 60000);
}

qint64 TestCiLogSearch::grepCount(const QStringList& args)
{
    QProcess p;
    p.setProcessEnvironment([] {
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        return env;
    }());
    p.start(QStringLiteral("grep"), args + QStringList { m_plainPath });
    p.waitForFinished(60000);
    return p.readAllStandardOutput().trimmed().toLongLong();
}

void TestCiLogSearch::requiredLiteral_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QByteArray>("literal");
    QTest::newRow("plain") << QStringLiteral("ERROR") << QByteArray("ERROR");
    QTest::newRow("bench regex") << QStringLiteral("Suite[0-9]+\\.Test12[0-9]{2} ") << QByteArray(".Test12");
    QTest::newRow("optional char") << QStringLiteral("colou?r") << QByteArray("colo");
    QTest::newRow("star") << QStringLiteral("ab*cdef") << QByteArray("cdef");
    QTest::newRow("group optional") << QStringLiteral("(abcdef)?xy") << QByteArray("xy");
    QTest::newRow("alternation") << QStringLiteral("foo|bar") << QByteArray();
    QTest::newRow("inline flag") << QStringLiteral("(?i)error") << QByteArray();
    QTest::newRow("class escape") << QStringLiteral("\\d+ms") << QByteArray("ms");
    QTest::newRow("escaped dot") << QStringLiteral("file\\.cpp") << QByteArray("file.cpp");
    QTest::newRow("brace count") << QStringLiteral("x{2}yz") << QByteArray("yz");
    QTest::newRow("anchors") << QStringLiteral("^abc$") << QByteArray("abc");
    QTest::newRow("hex escape") << QStringLiteral("\\x41BC") << QByteArray();
    QTest::newRow("property") << QStringLiteral("\\p{Lu}xyz") << QByteArray();
    QTest::newRow("octal digits") << QStringLiteral("\\012ab") << QByteArray("ab");
}

void TestCiLogSearch::requiredLiteral()
{
    QFETCH(QString, pattern);
    QFETCH(QByteArray, literal);
    QCOMPARE(LineMatcher::requiredLiteral(pattern), literal);
}

void TestCiLogSearch::agreesWithGrep_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<bool>("regex");
    QTest::addColumn<bool>("caseSensitive");
    QTest::newRow("literal ERROR") << QStringLiteral("ERROR") << false << true;
    QTest::newRow("literal error -i") << QStringLiteral("error") << false << false;
    QTest::newRow("literal group marker") << QStringLiteral("##[group]") << false << true;
    QTest::newRow("literal utf-8") << QStringLiteral("Grüße") << false << true;
    QTest::newRow("literal none") << QStringLiteral("no such text anywhere") << false << true;
    QTest::newRow("literal dot") << QStringLiteral(".cpp -O2") << false << true;
    QTest::newRow("regex suite") << QStringLiteral("Suite[0-9]+\\.Test1[0-9]{2} ") << true << true;
    QTest::newRow("regex alternation") << QStringLiteral("warning|exit code 3") << true << true;
    QTest::newRow("regex -i") << QStringLiteral("exit CODE [0-2]") << true << false;
    QTest::newRow("regex anchored") << QStringLiteral("^2024-11-07T10:0[0-9]:1") << true << true;
    QTest::newRow("regex end") << QStringLiteral("info$") << true << true;
    QTest::newRow("regex no literal") << QStringLiteral("[xy]{300}") << true << true;
}

void TestCiLogSearch::agreesWithGrep()
{
    QFETCH(QString, pattern);
    QFETCH(bool, regex);
    QFETCH(bool, caseSensitive);
    QStringList args { QStringLiteral("-c") };
    args << (regex ? QStringLiteral("-E") : QStringLiteral("-F"));
    if (!caseSensitive)
        args << QStringLiteral("-i");
    args << QStringLiteral("-e") << pattern;
    const qint64 expected = grepCount(args);

    LogSearch search(m_taskLog.get());
    QSignalSpy finished(&search, &LogSearch::finished);
    QList<qint64> lines;
    connect(&search, &LogSearch::matchesFound, this, [&lines](const QList<qint64>& batch) { lines += batch; });
    search.start(SearchQuery { pattern, regex, caseSensitive });
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
    QCOMPARE(finished.first().at(0).toLongLong(), expected);
    QCOMPARE(qint64(lines.size()), expected);
    QCOMPARE(search.matchCount(), expected);
    QCOMPARE(LogSearch::countSequential(*m_taskLog, SearchQuery { pattern, regex, caseSensitive }), expected);
    QCOMPARE(LogSearch::countSequential(*m_spooledLog, SearchQuery { pattern, regex, caseSensitive }), expected);
    QCOMPARE(LogSearch::countSequential(*m_plainLog, SearchQuery { pattern, regex, caseSensitive }), expected);
    QVERIFY(std::is_sorted(lines.cbegin(), lines.cend()));
    QVERIFY(std::adjacent_find(lines.cbegin(), lines.cend()) == lines.cend());

    // The same line numbers as over the plain file (one piece of text, no frames): the seekable
    // log hands its text over frame by frame, lines running across frames included.
    LogSearch plain(m_plainLog.get());
    QSignalSpy plainFinished(&plain, &LogSearch::finished);
    QList<qint64> plainLines;
    connect(&plain, &LogSearch::matchesFound, this, [&plainLines](const QList<qint64>& batch) { plainLines += batch; });
    plain.start(SearchQuery { pattern, regex, caseSensitive });
    QTRY_VERIFY_WITH_TIMEOUT(!plainFinished.isEmpty(), 60000);
    QCOMPARE(lines, plainLines);
    if (!regex && caseSensitive)
        for (const qint64 l : std::as_const(lines))
            QVERIFY(m_taskLog->line(l).contains(pattern.toUtf8()));
}

void TestCiLogSearch::incrementalAndOrdered()
{
    LogSearch search(m_taskLog.get());
    QSignalSpy batches(&search, &LogSearch::matchesFound);
    QSignalSpy finished(&search, &LogSearch::finished);
    search.start(SearchQuery { QStringLiteral("compiling"), false, true });
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
    QVERIFY2(batches.size() > 1, "results arrive in several batches");
    qint64 prev = -1;
    for (const auto& b : batches) {
        const auto lines = b.at(0).value<QList<qint64>>();
        QVERIFY(!lines.isEmpty());
        QVERIFY(lines.first() > prev);
        prev = lines.last();
    }
    // Every reported line really contains the text.
    QVERIFY(m_taskLog->line(prev).contains("compiling"));
}

void TestCiLogSearch::newQueryCancelsOld()
{
    LogSearch search(m_taskLog.get());
    QSignalSpy finished(&search, &LogSearch::finished);
    QList<qint64> lines;
    connect(&search, &LogSearch::matchesFound, this, [&lines](const QList<qint64>& batch) { lines += batch; });
    // A slow query (no prefilter), replaced at once.
    search.start(SearchQuery { QStringLiteral("[a-z]+"), true, true });
    search.start(SearchQuery { QStringLiteral("##[error]"), false, true });
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
    QTest::qWait(50); // any stale queued batch would arrive now
    QCOMPARE(finished.size(), 1);
    const qint64 expected = grepCount({ QStringLiteral("-cF"), QStringLiteral("##[error]") });
    QCOMPARE(finished.first().at(0).toLongLong(), expected);
    QCOMPARE(qint64(lines.size()), expected);
}

void TestCiLogSearch::invalidRegex()
{
    LogSearch search(m_taskLog.get());
    QSignalSpy failed(&search, &LogSearch::failed);
    search.start(SearchQuery { QStringLiteral("(unclosed"), true, true });
    QCOMPARE(failed.size(), 1);
    QVERIFY(!search.isRunning());
}

void TestCiLogSearch::literalAtEveryOffset()
{
    // The literal finder looks at 16 positions at once: a match must be found wherever it lies
    // relative to those blocks and to the end of the text, with and without case folding.
    const QByteArray needles[] = { "E", "ER", "ERROR", "exit code 3", "a-needle-longer-than-16-bytes" };
    for (const QByteArray& needle : needles) {
        for (const bool fold : { false, true }) {
            const LineMatcher m(SearchQuery { QString::fromLatin1(needle), false, !fold });
            QVERIFY(m.isValid());
            for (int len = 0; len <= 70; ++len) {
                for (int at = 0; at + needle.size() <= len; ++at) {
                    QByteArray text(len, 'x');
                    // a near miss first (first and last byte right, middle wrong) where it fits
                    if (needle.size() >= 3 && at >= needle.size() + 1) {
                        text[0] = needle.front();
                        text[needle.size() - 1] = needle.back();
                    }
                    QByteArray put = needle;
                    if (fold)
                        put = put.toUpper();
                    text.replace(at, needle.size(), put);
                    if (at > 0 && len > at + needle.size())
                        text[len - 1] = '\n';
                    QList<qint64> hits;
                    m.matchBlock(text, 7, hits);
                    QVERIFY2(hits == QList<qint64> { 7 },
                        qPrintable(QStringLiteral("needle %1 fold %2 len %3 at %4")
                                       .arg(QString::fromLatin1(needle))
                                       .arg(fold)
                                       .arg(len)
                                       .arg(at)));
                }
                QList<qint64> none;
                m.matchBlock(QByteArray(len, 'x'), 0, none);
                QVERIFY(none.isEmpty());
            }
        }
    }
}

void TestCiLogSearch::lineNumbersAfterLongRunsOfNewlines()
{
    // Newlines are counted in byte lanes summed every 255 blocks of 16: runs around those limits
    // (a lane holding 255) and random text must give the hit's line exactly.
    const LineMatcher m(SearchQuery { QStringLiteral("ERROR"), false, true });
    for (const int k : { 0, 1, 15, 16, 17, 4079, 4080, 4081, 8160, 8177, 70001 }) {
        const QByteArray text = QByteArray(k, '\n') + "x ERROR y\nERROR\n";
        QList<qint64> hits;
        m.matchBlock(text, 10, hits);
        QCOMPARE(hits, (QList<qint64> { 10 + k, 11 + k }));
    }
    QByteArray mixed;
    quint32 seed = 7;
    for (int i = 0; i < 200000; ++i) {
        seed = seed * 1103515245u + 12345u;
        mixed += (seed >> 16) % 3 == 0 ? '\n' : char('a' + (seed >> 20) % 26);
    }
    const qint64 before = mixed.count('\n');
    mixed += "ERROR";
    QList<qint64> hits;
    m.matchBlock(mixed, 0, hits);
    QCOMPARE(hits, QList<qint64> { before });
}

QTEST_GUILESS_MAIN(TestCiLogSearch)
#include "tst_cilogsearch.moc"
