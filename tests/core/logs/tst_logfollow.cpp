#include "core/logs/logfollow.h"

#include <QTest>

using namespace Logs;

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
        b.append({ QStringLiteral("1"), QStringLiteral("2") });
        b.append({ QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("5") });
        QCOMPARE(b.size(), 3);
        QCOMPARE(b.at(0), QStringLiteral("3"));
        QCOMPARE(b.at(2), QStringLiteral("5"));
        QCOMPARE(b.dropped(), 2);
        for (int i = 0; i < 100000; ++i)
            b.append({ QString::number(i) });
        QCOMPARE(b.size(), 3);
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
