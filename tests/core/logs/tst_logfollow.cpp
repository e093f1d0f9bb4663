#include "core/logs/logfollow.h"

#include <QTest>

using namespace Logs;

namespace {

// botlib's compact logger (spec §4.3): cut at 100 characters, then 75 per line indented 25 spaces.
QStringList wrap(const QString& line)
{
    QStringList out { line.left(100) };
    for (qsizetype at = 100; at < line.size(); at += 75)
        out.append(QString(25, QLatin1Char(' ')) + line.mid(at, 75));
    return out;
}

QByteArray physical(const QStringList& records)
{
    QByteArray out;
    for (const QString& r : records)
        out += wrap(r).join(QLatin1Char('\n')).toUtf8() + '\n';
    return out;
}

QString record(const char* stamp, const char* level, const QString& message)
{
    return QLatin1String(stamp) + QLatin1Char(' ') + QLatin1String(level) + QLatin1String(" types:") + message;
}

QString filler(qsizetype length, QChar c = QLatin1Char('x'))
{
    return QString(length, c);
}

// Every row of a buffer as "count|first|last|text", to compare whole buffers at once.
QStringList rows(const LineBuffer& b)
{
    QStringList out;
    for (qsizetype i = 0; i < b.size(); ++i)
        out.append(
            QStringLiteral("%1|%2|%3|%4").arg(b.at(i).count).arg(b.at(i).firstStamp, b.at(i).lastStamp, b.at(i).text));
    return out;
}

const char* const kSkipping = "Skipping salesbot.gbai/salesbot.gbdialog/broken.bas \u2014 failed 5 times (max 5). "
                              "Remove from Drive or fix the file to retry.";

// Records of every length class around the wrap widths, a repeated wrapped message, non-ASCII.
QStringList sampleRecords()
{
    const QString header = record("20260519153341.123", "info", {}); // 32 characters
    const qsizetype room = 100 - header.size();
    return {
        record("20260519153341.100", "info", QStringLiteral("short")),
        header + filler(room - 1), // 99: one line
        header + filler(room), // exactly 100: a full line and no continuation
        header + filler(room + 1), // 101: one character on a continuation
        header + filler(room + 75, QLatin1Char('y')), // 175: a full continuation
        header + filler(room + 76, QLatin1Char('z')) + QStringLiteral("!"), // two continuations
        record("20260519153341.200", "warn", QString::fromUtf8(kSkipping)),
        record("20260519153343.200", "warn", QString::fromUtf8(kSkipping)),
        record("20260519153345.200", "warn", QString::fromUtf8(kSkipping)),
        record("20260519153346.000", "error", QStringLiteral("Falhou a compilação de ") + filler(150, QChar(0x00e7))),
        QStringLiteral("    an indented line of some other program"),
        record("20260519153347.000", "info", QStringLiteral("last")),
    };
}

LogEntry entry(const QString& text)
{
    LogEntry e;
    e.text = text;
    e.firstStamp = stampOf(text).toString();
    e.lastStamp = e.firstStamp;
    return e;
}

LineBuffer reference(const QStringList& records)
{
    LineBuffer b(1000);
    QList<LogEntry> entries;
    for (const QString& r : records)
        entries.append(entry(r));
    b.append(entries);
    return b;
}

} // namespace

class TestLogFollow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void splitterCarriesPartialLines()
    {
        LineSplitter s;
        QCOMPARE(s.feed("20260519 info a:one\n20260519 inf"), QStringList { QStringLiteral("20260519 info a:one") });
        QCOMPARE(s.feed("o a:two\r\n\n"), (QStringList { QStringLiteral("20260519 info a:two"), QString() }));
        QCOMPARE(s.feed("tail"), QStringList());
        QCOMPARE(s.flush(), QStringLiteral("tail"));
        // UTF-8 split across chunks decodes once whole.
        const QByteArray snowman = "\xe2\x98\x83";
        QVERIFY(s.feed(snowman.left(1)).isEmpty());
        QCOMPARE(s.feed(snowman.mid(1) + "\n"), QStringList { QString::fromUtf8(snowman) });
    }

    void splitterBoundsRunawayLines()
    {
        LineSplitter s(10);
        const QStringList out = s.feed(QByteArray(25, 'x'));
        QCOMPARE(out.size(), 1);
        QCOMPARE(out.first().size(), 10);
    }

    void bufferIsBounded()
    {
        LineBuffer b(3);
        b.append(QStringList { QStringLiteral("1"), QStringLiteral("2") });
        b.append(QStringList { QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("5") });
        QCOMPARE(b.size(), 3);
        QCOMPARE(b.at(0).text, QStringLiteral("3"));
        QCOMPARE(b.at(2).text, QStringLiteral("5"));
        QCOMPARE(b.dropped(), 2);
        for (int i = 0; i < 100000; ++i)
            b.append(QStringList { QString::number(i) });
        QCOMPARE(b.size(), 3);
    }

    void joinerRebuildsWrappedMessages()
    {
        const QString message
            = record("20260519153341.123", "error", filler(300, QLatin1Char('m')) + QStringLiteral("END"));
        const QStringList lines = wrap(message);
        QCOMPARE(lines.size(), 5); // 100 + 75 + 75 + 75 + 10
        QVERIFY(LineJoiner::isFull(lines[0]));
        QVERIFY(LineJoiner::isContinuation(lines[1]));
        LineJoiner j;
        const QList<LogEntry> out = j.feed(lines);
        QCOMPARE(out.size(), 1); // the last piece is not full: the record is complete
        QCOMPARE(out[0].text, message);
        QCOMPARE(out[0].firstStamp, QStringLiteral("20260519153341.123"));
        QCOMPARE(out[0].count, 1);
        QVERIFY(!j.hasPending());
        QCOMPARE(levelOf(out[0].text), Level::Error);
    }

    void joinerHoldsAFullLineUntilItKnows()
    {
        LineJoiner j;
        const QString exact = record("20260519153341.123", "info", {}) + filler(70);
        QCOMPARE(exact.size(), 100);
        QVERIFY(j.feed({ exact }).isEmpty()); // a continuation may still come
        QVERIFY(j.hasPending());
        const QString next = record("20260519153342.000", "info", QStringLiteral("next"));
        QCOMPARE(j.feed({ next }), (QList<LogEntry> { entry(exact), entry(next) }));
        QCOMPARE(entry(next).firstStamp, QStringLiteral("20260519153342.000"));
        QVERIFY(!j.hasPending());
        QVERIFY(j.flush().isEmpty());

        QVERIFY(j.feed({ exact }).isEmpty());
        const QList<LogEntry> flushed = j.flush(); // the stream went idle
        QCOMPARE(flushed.size(), 1);
        QCOMPARE(flushed[0].text, exact);
        QVERIFY(!j.hasPending());
    }

    void spacesAloneDoNotMakeAContinuation_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("line");
        const QString full = record("20260519153341.123", "info", {}) + filler(70);
        const QString indent(25, QLatin1Char(' '));
        QTest::newRow("after a short line") << record("20260519153341.123", "info", QStringLiteral("short"))
                                            << indent + QStringLiteral("looks wrapped");
        QTest::newRow("after 99 characters") << full.left(99) << indent + QStringLiteral("looks wrapped");
        QTest::newRow("24 spaces") << full << QString(24, QLatin1Char(' ')) + QStringLiteral("x");
        QTest::newRow("4 spaces") << full << QStringLiteral("    at botserver::main");
        QTest::newRow("longer than a continuation") << full << indent + filler(76);
        QTest::newRow("spaces only") << full << indent;
        QTest::newRow("after 101 characters") << full + QStringLiteral("z") << indent + QStringLiteral("x");
        QTest::newRow("first line of the stream") << QString() << indent + QStringLiteral("x");
    }

    void spacesAloneDoNotMakeAContinuation()
    {
        QFETCH(QString, before);
        QFETCH(QString, line);
        LineJoiner j;
        QList<LogEntry> out = before.isNull() ? QList<LogEntry>() : j.feed({ before });
        out += j.feed({ line });
        out += j.flush();
        QCOMPARE(out.size(), before.isNull() ? 1 : 2);
        QCOMPARE(out.last().text, line); // as it came, indentation included
        QVERIFY(!out.last().continuesPrevious);
        QVERIFY(out.last().firstStamp.isEmpty());
    }

    void continuationMayStartWithSpaces()
    {
        // The cut falls before a space: the continuation carries it (26 spaces in all).
        const QString message = record("20260519153341.123", "info", {}) + filler(70) + QStringLiteral(" and more");
        const QStringList lines = wrap(message);
        QVERIFY(lines[1].startsWith(QString(26, QLatin1Char(' '))));
        LineJoiner j;
        QCOMPARE(j.feed(lines).value(0).text, message);
    }

    void wrapCountedInUtf8BytesIsJoinedToo()
    {
        // Should botserver count bytes: a first line of 100 UTF-8 bytes (fewer characters).
        const QString head = record("20260519153341.123", "info", {}) + filler(68) + QString(1, QChar(0x00e9));
        QCOMPARE(head.toUtf8().size(), 100);
        QCOMPARE(head.size(), 99);
        LineJoiner j;
        const QList<LogEntry> out = j.feed({ head, QString(25, QLatin1Char(' ')) + QStringLiteral("tail") });
        QCOMPARE(out.size(), 1);
        QCOMPARE(out[0].text, head + QStringLiteral("tail"));
    }

    // Every split of the stream into two or three chunks gives the same rows as the whole stream.
    void chunkBoundariesAnywhere()
    {
        const QStringList records = sampleRecords();
        const QByteArray stream = physical(records);
        const QStringList expected = rows(reference(records));
        QCOMPARE(expected.size(), records.size() - 2); // three Skipping lines fold into one row
        QVERIFY(expected[6].startsWith(QLatin1String("3|20260519153341.200|20260519153345.200|")));
        auto run = [&](const QList<qsizetype>& cuts) {
            LineSplitter s;
            LineJoiner j;
            LineBuffer b(1000);
            qsizetype from = 0;
            for (qsizetype cut : cuts + QList<qsizetype> { stream.size() }) {
                b.append(j.feed(s.feed(stream.mid(from, cut - from))));
                from = cut;
            }
            b.append(j.flush());
            return rows(b);
        };
        for (qsizetype cut = 0; cut <= stream.size(); ++cut)
            QCOMPARE(run({ cut }), expected);
        for (qsizetype a = 0; a <= stream.size(); a += 7)
            for (qsizetype c = a; c <= stream.size(); c += 13)
                QCOMPARE(run({ a, c }), expected);
    }

    // The stream may also go idle anywhere (the pane then flushes): a continuation arriving after
    // that still lands on its record.
    void idleFlushAnywhere()
    {
        QStringList records = sampleRecords();
        // Not the repeats of the wrapped message: cut by an idle flush, a repeat becomes a row of its
        // own instead of folding into the one before (the rows are right, just not folded).
        records.removeAt(7);
        records.removeAt(7);
        const QByteArray stream = physical(records);
        const QStringList expected = rows(reference(records));
        for (qsizetype cut = 0; cut <= stream.size(); ++cut) {
            LineSplitter s;
            LineJoiner j;
            LineBuffer b(1000);
            b.append(j.feed(s.feed(stream.left(cut))));
            b.append(j.flush());
            b.append(j.feed(s.feed(stream.mid(cut))));
            b.append(j.flush());
            QCOMPARE(rows(b), expected);
        }
    }

    void lateContinuationChangesTheLastRow()
    {
        const QString message = record("20260519153341.123", "info", filler(100));
        const QStringList lines = wrap(message);
        LineJoiner j;
        LineBuffer b(10);
        b.append(QStringList { QStringLiteral("before") });
        QVERIFY(j.feed({ lines[0] }).isEmpty());
        LineBuffer::Appended a = b.append(j.flush());
        QCOMPARE(a.added, 1);
        QVERIFY(!a.lastRowChanged);
        const QList<LogEntry> late = j.feed({ lines[1] });
        QCOMPARE(late.size(), 1);
        QVERIFY(late[0].continuesPrevious);
        a = b.append(late);
        QCOMPARE(a.added, 0);
        QVERIFY(a.lastRowChanged);
        QCOMPARE(b.size(), 2);
        QCOMPARE(b.at(1).text, message);
        QCOMPARE(b.messages(), 2);
    }

    void foldedRowThenLateContinuation()
    {
        // The newest of three equal headers was handed on and folded; its continuation then came.
        const QString head = record("20260519153341.123", "info", {}) + filler(70);
        QCOMPARE(head.size(), 100);
        LineJoiner j;
        LineBuffer b(10);
        b.append(j.feed({ head, head, head })); // the third is held
        QCOMPARE(b.size(), 1);
        QCOMPARE(b.at(0).count, 2);
        b.append(j.flush());
        QCOMPARE(b.size(), 1);
        QCOMPARE(b.at(0).count, 3);
        const LineBuffer::Appended a = b.append(j.feed({ QString(25, QLatin1Char(' ')) + QStringLiteral("tail") }));
        // The newest repeat leaves the folded row and becomes the record it was.
        QVERIFY(a.lastRowChanged);
        QCOMPARE(a.added, 1);
        QCOMPARE(b.size(), 2);
        QCOMPARE(b.at(0).count, 2);
        QCOMPARE(b.at(1).text, head + QStringLiteral("tail"));
        QCOMPARE(b.at(1).count, 1);
        QCOMPARE(b.messages(), 3);
    }

    void repeatsFold()
    {
        LineBuffer b(100);
        const QString skip = QString::fromUtf8(kSkipping);
        LineBuffer::Appended a = b.append(QStringList { record("20260519153341.200", "warn", skip),
            record("20260519153343.200", "warn", skip), record("20260519153345.250", "warn", skip) });
        QCOMPARE(a.added, 1);
        QVERIFY(!a.lastRowChanged); // the row is new to the caller
        QCOMPARE(b.size(), 1);
        QCOMPARE(b.at(0).count, 3);
        QCOMPARE(b.at(0).firstStamp, QStringLiteral("20260519153341.200"));
        QCOMPARE(b.at(0).lastStamp, QStringLiteral("20260519153345.250"));
        QCOMPARE(b.at(0).text, record("20260519153341.200", "warn", skip)); // the first one's text
        a = b.append(QStringList { record("20260519153347.200", "warn", skip) });
        QCOMPARE(a.added, 0);
        QVERIFY(a.lastRowChanged);
        QCOMPARE(b.at(0).count, 4);
        QCOMPARE(b.messages(), 4);
        // Another level, another module or another text is another message.
        b.append(QStringList { record("20260519153347.300", "error", skip) });
        b.append(QStringList { QStringLiteral("20260519153347.400 warn drive:") + skip });
        b.append(QStringList { record("20260519153347.500", "warn", skip + QLatin1Char('.')) });
        QCOMPARE(b.size(), 4);
        // Not consecutive: no fold.
        b.append(QStringList { record("20260519153349.200", "warn", skip) });
        QCOMPARE(b.size(), 5);
        // Lines without a timestamp fold on their whole text.
        b.append(QStringList { QStringLiteral("plain"), QStringLiteral("plain") });
        QCOMPARE(b.size(), 6);
        QCOMPARE(b.at(5).count, 2);
        QVERIFY(b.at(5).firstStamp.isEmpty());
        // Off: every message is a row.
        LineBuffer off(10);
        off.setFoldRepeats(false);
        off.append(QStringList { QStringLiteral("plain"), QStringLiteral("plain") });
        QCOMPARE(off.size(), 2);
    }

    void evictionKeepsCounts()
    {
        LineBuffer b(3);
        const QString skip = QString::fromUtf8(kSkipping);
        b.append(QStringList { QStringLiteral("a"), QStringLiteral("b") });
        for (int i = 0; i < 50; ++i)
            b.append(QStringList { record("20260519153341.200", "warn", skip) });
        QCOMPARE(rows(b).join(QLatin1Char(';')),
            QStringLiteral("1|||a;1|||b;50|20260519153341.200|20260519153341.200|")
                + record("20260519153341.200", "warn", skip));
        b.append(QStringList { QStringLiteral("c") });
        QCOMPARE(b.dropped(), 1); // "a" went, the folded row kept its count
        QCOMPARE(b.at(1).count, 50);
        // A batch larger than the buffer, with folds inside it.
        const LineBuffer::Appended a = b.append(QStringList { QStringLiteral("c"), QStringLiteral("d"),
            QStringLiteral("d"), QStringLiteral("e"), QStringLiteral("f"), QStringLiteral("f"), QStringLiteral("f") });
        QVERIFY(a.lastRowChanged); // "c" was folded into first
        QCOMPARE(a.added, 3);
        QCOMPARE(rows(b).join(QLatin1Char(';')), QStringLiteral("2|||d;1|||e;3|||f"));
        QCOMPARE(b.dropped(), 4); // a, b, the folded row, c
        QCOMPARE(b.messages(), 2 + 50 + 1 + 7);
        b.clear();
        QCOMPARE(b.size(), 0);
        QCOMPARE(b.messages(), 0);
    }

    void filterSeesTheWholeMessage()
    {
        // "failed" and the bot name are only on the continuation lines, "compile" is cut in two.
        const QString head = record("20260519153341.123", "info", {}) + filler(67) + QStringLiteral("com");
        const QString message
            = head + QStringLiteral("pile of helpdesk.gbai/x.bas ") + filler(60) + QStringLiteral(" failed");
        LineJoiner j;
        const QList<LogEntry> out = j.feed(wrap(message));
        QCOMPARE(out.size(), 1);
        QVERIFY(LogFilter(Preset::Errors, {}, {}, false).matches(out[0]));
        QVERIFY(LogFilter(Preset::Bot, QStringLiteral("helpdesk"), {}, false).matches(out[0]));
        QVERIFY(LogFilter(Preset::All, {}, QStringLiteral("compile of"), false).matches(out[0]));
        QVERIFY(LogFilter(Preset::All, {}, QStringLiteral("^\\d{14}\\.\\d{3} info .*failed$"), true).matches(out[0]));
        // Each physical line alone would have missed.
        for (const QString& line : wrap(message))
            QVERIFY(!LogFilter(Preset::All, {}, QStringLiteral("compile of"), false).matches(line));
    }

    void stamps()
    {
        QCOMPARE(stampOf(u"20260519153341.123 info a:b"), QStringView(u"20260519153341.123"));
        QVERIFY(stampOf(u"20260519153341.123info a:b").isEmpty());
        QVERIFY(stampOf(u"2026051915334x.123 info a:b").isEmpty());
        QVERIFY(stampOf(u"20260519153341.123").isEmpty());
        QVERIFY(stampOf(u"").isEmpty());
    }

    void presets_data()
    {
        QTest::addColumn<int>("preset");
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("match");
        const QString err
            = QStringLiteral("20260519153342.000 error drive_compiler:Failed to compile helpdesk.gbai/x.bas");
        const QString llm = QStringLiteral("20260519153342.000 info llm:Model gpt-4o-mini answered in 812 ms");
        const QString cfg
            = QStringLiteral("20260519153342.000 info types:ETag changed for salesbot.gbai/salesbot.gbot/config.csv");
        QTest::newRow("errors hit") << int(Preset::Errors) << err << true;
        QTest::newRow("errors miss") << int(Preset::Errors) << llm << false;
        QTest::newRow("PANIC any case") << int(Preset::Errors) << QStringLiteral("x PANIC y") << true;
        QTest::newRow("llm") << int(Preset::ModelLlm) << llm << true;
        QTest::newRow("drive/config") << int(Preset::DriveConfig) << cfg << true;
        QTest::newRow("bot") << int(Preset::Bot) << cfg << true;
        QTest::newRow("bot miss") << int(Preset::Bot) << err << false;
        QTest::newRow("all") << int(Preset::All) << llm << true;
    }

    void presets()
    {
        QFETCH(int, preset);
        QFETCH(QString, line);
        QFETCH(bool, match);
        const LogFilter f(Preset(preset), QStringLiteral("salesbot"), {}, false);
        QCOMPARE(f.matches(line), match);
    }

    void freeFilter()
    {
        const LogFilter literal(Preset::All, {}, QStringLiteral("a.b"), false);
        QVERIFY(literal.matches(QStringLiteral("xx A.B yy")));
        QVERIFY(!literal.matches(QStringLiteral("axb")));
        const LogFilter regex(Preset::Errors, {}, QStringLiteral("compile\\s+\\w+"), true);
        QVERIFY(regex.matches(QStringLiteral("error: failed to compile start.bas")));
        QVERIFY(!regex.matches(QStringLiteral("info: compile ok")));
        const LogFilter broken(Preset::All, {}, QStringLiteral("(unclosed"), true);
        QVERIFY(!broken.isValid());
        QVERIFY(broken.errorString().contains(QLatin1String("regular expression")));
        // A bot name with regex characters is matched literally.
        const LogFilter bot(Preset::Bot, QStringLiteral("a+b"), {}, false);
        QVERIFY(bot.matches(QStringLiteral("bot a+b said")));
        QVERIFY(!bot.matches(QStringLiteral("bot aab said")));
    }

    void levels()
    {
        QCOMPARE(levelOf(QStringLiteral("20260519153341.123 error types:x")), Level::Error);
        QCOMPARE(levelOf(QStringLiteral("20260519153341.123 warn types:x")), Level::Warn);
        QCOMPARE(levelOf(QStringLiteral("20260519153341.123 info types:x")), Level::Info);
        QCOMPARE(levelOf(QStringLiteral("                         wrapped continuation")), Level::Unknown);
        QCOMPARE(levelOf(QStringLiteral("error at start")), Level::Unknown);
    }
};

QTEST_GUILESS_MAIN(TestLogFollow)
#include "tst_logfollow.moc"
