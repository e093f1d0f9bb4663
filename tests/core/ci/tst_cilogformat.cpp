// Line format, log_indexes varints, DBFS reassembly and step mapping: the pure parts of the engine.

#include "core/ci/dbfsreassembly.h"
#include "core/ci/logindexes.h"
#include "core/ci/logline.h"
#include "core/ci/stepmap.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

using namespace Ci;

class TestCiLogFormat : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void splitLine();
    void timestamp();
    void classify_data();
    void classify();
    void varintSpecExamples();
    void varintRoundTripAndNegative();
    void varintMalformed();
    void varintCheckpoints();
    void dbfsReassembly();
    void dbfsErrors();
    void stepsSpecExample();
    void stepsDerived_data();
    void stepsDerived();
    void stepsZeroSteps();
    void stepsFirstErrorAndNumbering();
};

void TestCiLogFormat::splitLine()
{
    const QByteArray row = "2024-11-07T10:36:45.1234560Z Current runner version: 'v9.0.3'";
    const LogLine l = LogLine::split(row);
    QCOMPARE(l.timestamp.toByteArray(), QByteArray("2024-11-07T10:36:45.1234560Z"));
    QCOMPARE(l.content.toByteArray(), QByteArray("Current runner version: 'v9.0.3'"));
    // Content may itself contain spaces and an escaped newline; only the first space splits.
    const LogLine e = LogLine::split("2024-11-07T10:36:46.0000000Z a b\\nc");
    QCOMPARE(e.content.toByteArray(), QByteArray("a b\\nc"));
    const LogLine empty = LogLine::split("2024-11-07T10:36:46.0000000Z ");
    QVERIFY(empty.content.isEmpty());
    QVERIFY(!empty.timestamp.isEmpty());
    // Not a stored row: everything is content.
    const LogLine junk = LogLine::split("hello world");
    QVERIFY(junk.timestamp.isEmpty());
    QCOMPARE(junk.content.toByteArray(), QByteArray("hello world"));
}

void TestCiLogFormat::timestamp()
{
    const auto ms = LogLine::parseTimestampMs("2024-11-07T10:36:45.1234560Z");
    QVERIFY(ms.has_value());
    const QDateTime expected(QDate(2024, 11, 7), QTime(10, 36, 45, 123), QTimeZone::utc());
    QCOMPARE(*ms, expected.toMSecsSinceEpoch());
    QCOMPARE(*LogLine::parseTimestampMs("1970-01-01T00:00:00.0000000Z"), 0);
    QVERIFY(!LogLine::parseTimestampMs("2024-13-07T10:36:45.1234560Z"));
    QVERIFY(!LogLine::parseTimestampMs("2024-11-07T10:36:45.123456Z"));
    QVERIFY(!LogLine::parseTimestampMs("2024-11-07T10:36:45.12345x0Z"));
    QVERIFY(!LogLine::parseTimestampMs("2024-11-07 10:36:45.1234560Z"));
}

void TestCiLogFormat::classify_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("kind");
    const int N = int(LogLine::Kind::Normal), GS = int(LogLine::Kind::GroupStart), GE = int(LogLine::Kind::GroupEnd),
              E = int(LogLine::Kind::Error);
    QTest::newRow("forgejo group") << QByteArray("##[group]Run actions/checkout@v4") << GS;
    QTest::newRow("gitea group") << QByteArray("::group::Build") << GS;
    QTest::newRow("forgejo endgroup") << QByteArray("##[endgroup]") << GE;
    QTest::newRow("gitea endgroup") << QByteArray("::endgroup::") << GE;
    QTest::newRow("##[error]") << QByteArray("##[error]Process completed with exit code 1.") << E;
    QTest::newRow("::error::") << QByteArray("::error::boom") << E;
    QTest::newRow("::error file") << QByteArray("::error file=a.c,line=3::boom") << E;
    QTest::newRow("::errors is not a command") << QByteArray("::errors") << N;
    QTest::newRow("coloured Error:") << QByteArray("\x1b[1;31mError: \x1b[0mfailed") << E;
    QTest::newRow("npm") << QByteArray("npm ERR! code ELIFECYCLE") << E;
    QTest::newRow("git fatal") << QByteArray("fatal: repository not found") << E;
    QTest::newRow("make") << QByteArray("make: *** [all] Error 2") << E;
    QTest::newRow("python") << QByteArray("Traceback (most recent call last):") << E;
    QTest::newRow("word in the middle") << QByteArray("0 errors, 0 warnings: Error: none") << N;
    QTest::newRow("errors summary") << QByteArray("Errors: 0") << N;
    QTest::newRow("##[warning]") << QByteArray("##[warning]deprecated") << int(LogLine::Kind::Warning);
    QTest::newRow("::warning file") << QByteArray("::warning file=a.c,line=3::unused") << int(LogLine::Kind::Warning);
    QTest::newRow("rustc warning") << QByteArray("\x1b[1;33mwarning: \x1b[0munused") << int(LogLine::Kind::Warning);
    QTest::newRow("::notice::") << QByteArray("::notice::cache hit") << int(LogLine::Kind::Notice);
    QTest::newRow("::add-mask::") << QByteArray("::add-mask::s3cret") << int(LogLine::Kind::Command);
    QTest::newRow("::debug::") << QByteArray("::debug::x") << int(LogLine::Kind::Command);
    QTest::newRow("##[debug]") << QByteArray("##[debug]x") << int(LogLine::Kind::Command);
    QTest::newRow("::warnings is not a command") << QByteArray("::warnings") << N;
    QTest::newRow("group in the middle") << QByteArray("echo ##[group]x") << N;
    QTest::newRow("empty") << QByteArray() << N;
    QTest::newRow("only ansi") << QByteArray("\x1b[0m") << N;
}

void TestCiLogFormat::classify()
{
    QFETCH(QByteArray, content);
    QFETCH(int, kind);
    QCOMPARE(int(LogLine::classify(content)), kind);
}

void TestCiLogFormat::varintSpecExamples()
{
    // Spec §3.5, hand-built bytes.
    QCOMPARE(LogIndexes::encode({ 0, 62, 124 }), QByteArray::fromHex("007cf801"));
    QCOMPARE(LogIndexes::encode({ 100 }), QByteArray::fromHex("c801"));
    QCOMPARE(LogIndexes::encode({ 70000 }), QByteArray::fromHex("e0c508"));
    auto d = LogIndexes::decode(QByteArray::fromHex("007cf801"));
    QVERIFY(d.ok());
    QCOMPARE(*d, (QList<qint64> { 0, 62, 124 }));
    QCOMPARE(*LogIndexes::decode(QByteArray::fromHex("c801")), QList<qint64> { 100 });
    QCOMPARE(*LogIndexes::decode(QByteArray::fromHex("e0c508")), QList<qint64> { 70000 });
    QCOMPARE(LogIndexes::count(QByteArray::fromHex("007cf801c801e0c508")), 5);
    // The word-at-a-time count agrees with decoding at every length and alignment.
    QList<qint64> many;
    for (qint64 v = 0; v < 3000; ++v)
        many << v * v * 37; // 1- to 5-byte varints
    const QByteArray blob = LogIndexes::encode(many);
    for (qsizetype from : { 0, 1, 3, 7 })
        for (qsizetype len :
            { qsizetype(0), qsizetype(1), qsizetype(8), qsizetype(9), qsizetype(63), blob.size() - from }) {
            qint64 ends = 0;
            for (const char c : blob.mid(from, len))
                ends += (quint8(c) & 0x80) ? 0 : 1;
            QCOMPARE(LogIndexes::count(QByteArrayView(blob).sliced(from, len)), ends);
        }
    QCOMPARE(LogIndexes::count(blob), many.size());
    QVERIFY(LogIndexes::decode(QByteArray())->isEmpty());
}

void TestCiLogFormat::varintRoundTripAndNegative()
{
    const QList<qint64> values { 0, 1, -1, 63, 64, -64, -65, 127, 128, 1LL << 40, -(1LL << 40),
        std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::min() };
    // ZigZag: -1 → 01, 1 → 02.
    QCOMPARE(LogIndexes::encode({ -1 }), QByteArray::fromHex("01"));
    QCOMPARE(LogIndexes::encode({ 1 }), QByteArray::fromHex("02"));
    QCOMPARE(LogIndexes::encode({ std::numeric_limits<qint64>::min() }), QByteArray::fromHex("ffffffffffffffffff01"));
    auto d = LogIndexes::decode(LogIndexes::encode(values));
    QVERIFY(d.ok());
    QCOMPARE(*d, values);
}

void TestCiLogFormat::varintMalformed()
{
    auto truncated = LogIndexes::decode(QByteArray::fromHex("007cf8"));
    QVERIFY(!truncated.ok());
    QCOMPARE(truncated.error().code, 2); // the varint that starts at byte 2
    QVERIFY(truncated.errorMessage().contains(QLatin1String("byte 2")));
    auto tooLong = LogIndexes::decode(QByteArray::fromHex("ffffffffffffffffff7f"));
    QVERIFY(!tooLong.ok());
    auto eleven = LogIndexes::decode(QByteArray::fromHex("8080808080808080808001"));
    QVERIFY(!eleven.ok());
}

void TestCiLogFormat::varintCheckpoints()
{
    // TaskLog reads a line log_indexes has not decoded yet from the nearest noted start: each one
    // must be where its value begins, at any spacing and across the word-at-a-time steps.
    QList<qint64> many;
    for (qint64 v = 0; v < 3000; ++v)
        many << (v % 5 == 0 ? -v : v * v * v * 101); // 1- to 7-byte varints
    const QByteArray blob = LogIndexes::encode(many);
    for (const qint64 every : { 1, 2, 3, 7, 8, 9, 64, 1000, 2999, 3000, 5000 }) {
        QList<qsizetype> starts;
        QCOMPARE(LogIndexes::count(blob, every, &starts), many.size());
        QCOMPARE(starts.size(), (many.size() + every - 1) / every);
        for (qsizetype k = 0; k < starts.size(); ++k) {
            qsizetype pos = starts[k];
            for (qint64 i = k * every; i < qMin<qint64>((k + 1) * every, many.size()); ++i) {
                qint64 v = 0;
                QVERIFY2(LogIndexes::readValue(blob, &pos, &v), qPrintable(QString::number(i)));
                QCOMPARE(v, many[i]);
            }
        }
    }
    QList<qsizetype> starts { 42 };
    QCOMPARE(LogIndexes::count(QByteArray(), 4, &starts), 0);
    QVERIFY(starts.isEmpty());
    // The blob ends inside a value: no value, and nothing read past the end.
    qsizetype pos = 2;
    qint64 v = 0;
    QVERIFY(!LogIndexes::readValue(QByteArray::fromHex("007cf8"), &pos, &v));
    pos = 1;
    QVERIFY(LogIndexes::readValue(QByteArray::fromHex("007cf8"), &pos, &v));
    QCOMPARE(v, 62);
    QCOMPARE(pos, 2);
}

void TestCiLogFormat::dbfsReassembly()
{
    const QByteArray a(32768, 'a'), b(32768, 'b'), c("tail");
    // Out of order, and a rewritten (revision 2) last block after an append.
    QList<DbfsBlock> blocks { { 65536, "ta", 1 }, { 0, a, 1 }, { 32768, b, 1 }, { 65536, c, 2 } };
    auto r = reassembleDbfs(blocks, 65536 + 4);
    QVERIFY(r.ok());
    QCOMPARE(*r, a + b + c);
    // Cut to file_size even when the last block holds more.
    QCOMPARE(*reassembleDbfs(blocks, 65536 + 2), a + b + QByteArray("ta"));
    // A missing block reads as zeros.
    auto gap = reassembleDbfs({ { 0, a, 1 }, { 65536, c, 1 } }, 65536 + 4);
    QVERIFY(gap.ok());
    QCOMPARE(gap->mid(32768, 32768), QByteArray(32768, '\0'));
    QCOMPARE(gap->right(4), c);
    // Other block sizes are honoured.
    QCOMPARE(*reassembleDbfs({ { 4, "efgh" }, { 0, "abcd" } }, 8, 4), QByteArray("abcdefgh"));
    QCOMPARE(*reassembleDbfs({}, 0), QByteArray());
}

void TestCiLogFormat::dbfsErrors()
{
    auto misaligned = reassembleDbfs({ { 100, "x" } }, 200);
    QVERIFY(!misaligned.ok());
    QCOMPARE(misaligned.error().code, 100);
    QVERIFY(!reassembleDbfs({ { 0, QByteArray(5, 'x') } }, 5, 4).ok());
    QVERIFY(!reassembleDbfs({}, -1).ok());
}

static StepRow step(Status s, qint64 idx, qint64 len, qint64 started = 0, qint64 stopped = 0)
{
    return StepRow { QStringLiteral("s"), s, idx, len, started, stopped };
}

void TestCiLogFormat::stepsSpecExample()
{
    // Spec §4.2: 100 lines, one step [10, 90).
    const TaskRow task { Status::Success, 1000, 1100, 100 };
    const auto steps = fullSteps(task, { step(Status::Success, 10, 80, 1010, 1090) });
    QCOMPARE(steps.size(), 3);
    QCOMPARE(steps[0].name, QStringLiteral("Set up job"));
    QCOMPARE(steps[0].firstLine, 0);
    QCOMPARE(steps[0].lineCount, 10);
    QCOMPARE(steps[0].status, Status::Success);
    QCOMPARE(steps[0].started, 1000);
    QCOMPARE(steps[0].stopped, 1010);
    QCOMPARE(steps[1].firstLine, 10);
    QCOMPARE(steps[1].endLine(), 90);
    QCOMPARE(steps[2].name, QStringLiteral("Complete job"));
    QCOMPARE(steps[2].firstLine, 90);
    QCOMPARE(steps[2].lineCount, 10);
    QCOMPARE(steps[2].status, Status::Success);
    QCOMPARE(steps[2].started, 1090);
    QCOMPARE(steps[2].stopped, 1100);
}

void TestCiLogFormat::stepsDerived_data()
{
    QTest::addColumn<int>("taskStatus");
    QTest::addColumn<QList<int>>("stepStatus");
    QTest::addColumn<int>("preLines");
    QTest::addColumn<int>("preStatus");
    QTest::addColumn<int>("postFirst");
    QTest::addColumn<int>("postLines");
    QTest::addColumn<int>("postStatus");
    using S = Status;
    // Steps: [5,15) [15,25) [25,35) of a 40-line log, statuses vary.
    QTest::newRow("running, last not reached")
        << int(S::Running) << QList<int> { 1, 6, 5 } << 5 << int(S::Success) << 0 << 0 << int(S::Waiting);
    QTest::newRow("all ran") << int(S::Success) << QList<int> { 1, 1, 1 } << 5 << int(S::Success) << 35 << 5
                             << int(S::Success);
    QTest::newRow("failed in the middle")
        << int(S::Failure) << QList<int> { 1, 2, 4 } << 5 << int(S::Success) << 25 << 15 << int(S::Failure);
    QTest::newRow("failure while task still running")
        << int(S::Running) << QList<int> { 1, 2, 5 } << 5 << int(S::Success) << 25 << 15 << int(S::Running);
    QTest::newRow("first skipped") << int(S::Success) << QList<int> { 4, 1, 1 } << 15 << int(S::Success) << 35 << 5
                                   << int(S::Success);
    // No step ran: set-up covers the whole log and takes the task's status.
    QTest::newRow("all cancelled") << int(S::Cancelled) << QList<int> { 3, 3, 3 } << 40 << int(S::Cancelled) << 0 << 0
                                   << int(S::Cancelled);
    QTest::newRow("none ran, task failed")
        << int(S::Failure) << QList<int> { 4, 4, 4 } << 40 << int(S::Failure) << 40 << 0 << int(S::Failure);
}

void TestCiLogFormat::stepsDerived()
{
    QFETCH(int, taskStatus);
    QFETCH(QList<int>, stepStatus);
    QFETCH(int, preLines);
    QFETCH(int, preStatus);
    QFETCH(int, postFirst);
    QFETCH(int, postLines);
    QFETCH(int, postStatus);
    const TaskRow task { Status(taskStatus), 100, 200, 40 };
    QList<StepRow> rows;
    for (int i = 0; i < stepStatus.size(); ++i) {
        const auto s = Status(stepStatus[i]);
        const bool ran = s == Status::Success || s == Status::Failure || s == Status::Running;
        // Steps that never ran keep log_index = log_length = 0 (spec §4.1).
        rows.append(ran ? step(s, 5 + 10 * i, 10, 110 + i, 120 + i) : step(s, 0, 0));
    }
    const auto steps = fullSteps(task, rows);
    QCOMPARE(steps.size(), rows.size() + 2);
    QCOMPARE(steps.first().firstLine, 0);
    QCOMPARE(steps.first().lineCount, preLines);
    QCOMPARE(int(steps.first().status), preStatus);
    QCOMPARE(steps.last().firstLine, postFirst);
    QCOMPARE(steps.last().lineCount, postLines);
    QCOMPARE(int(steps.last().status), postStatus);
}

void TestCiLogFormat::stepsZeroSteps()
{
    auto s = fullSteps(TaskRow { Status::Success, 10, 20, 7 }, {});
    QCOMPARE(s.size(), 2);
    QCOMPARE(s[0].lineCount, 7);
    QCOMPARE(s[0].status, Status::Success);
    QCOMPARE(s[1].firstLine, 7);
    QCOMPARE(s[1].lineCount, 0);
    QCOMPARE(s[1].status, Status::Success);
    QCOMPARE(fullSteps(TaskRow { Status::Failure, 10, 20, 7 }, {})[1].status, Status::Cancelled);
    QCOMPARE(fullSteps(TaskRow { Status::Skipped, 10, 20, 7 }, {})[1].status, Status::Skipped);
    auto running = fullSteps(TaskRow { Status::Running, 10, 0, 3 }, {});
    QCOMPARE(running[0].status, Status::Running);
    QCOMPARE(running[1].status, Status::Waiting);
    QVERIFY(!running[1].expandable());
}

void TestCiLogFormat::stepsFirstErrorAndNumbering()
{
    const TaskRow task { Status::Failure, 0, 0, 100 };
    auto steps = fullSteps(
        task, { step(Status::Success, 10, 40), step(Status::Failure, 50, 30), step(Status::Skipped, 0, 0) });
    assignFirstErrors(steps, { 3, 60, 61, 95 });
    QCOMPARE(steps[0].firstErrorLine, 3);
    QCOMPARE(steps[1].firstErrorLine, -1);
    QCOMPARE(steps[2].firstErrorLine, 60);
    QCOMPARE(steps[3].firstErrorLine, -1); // skipped, no lines
    QCOMPARE(steps[4].firstErrorLine, 95); // Complete job [80,100)
    QCOMPARE(steps[4].firstLine, 80);
    QCOMPARE(stepOfLine(steps, 60), 2);
    QCOMPARE(uiLineNumber(steps[2], 60), 11); // 1-based within the step
    QCOMPARE(uiLineNumber(steps[0], 0), 1);
    QCOMPARE(stepOfLine(steps, 100), -1);
    QVERIFY(!steps[3].expandable());
    QVERIFY(steps[2].expandable());
}

QTEST_GUILESS_MAIN(TestCiLogFormat)
#include "tst_cilogformat.moc"
