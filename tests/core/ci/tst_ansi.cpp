// The cases concatenate byte strings freely; QStringBuilder's lazy results do not convert to
// QByteArrayView, so this file uses plain QByteArray operator+.
#undef QT_USE_QSTRINGBUILDER

#include "core/ci/ansi.h"

#include <QTest>

using namespace Ci::Ansi;

namespace {

QByteArray esc(const char* s)
{
    return QByteArray("\x1b[") + s;
}

// Runs must cover the text exactly, in order, without empty runs.
bool runsCover(const StyledText& t)
{
    int pos = 0;
    for (const Run& r : t.runs) {
        if (r.start != pos || r.length <= 0)
            return false;
        pos += r.length;
    }
    return pos == t.text.size();
}

Style styleAt(const StyledText& t, int pos)
{
    for (const Run& r : t.runs) {
        if (pos >= r.start && pos < r.start + r.length)
            return r.style;
    }
    return {};
}

} // namespace

class TestAnsi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void plainTextHasOneDefaultRun()
    {
        const StyledText t = parse("hello world");
        QCOMPARE(t.text, QStringLiteral("hello world"));
        QCOMPARE(t.runs.size(), 1);
        QVERIFY(t.runs[0].style.isPlain());
        QVERIFY(runsCover(t));
    }

    void basicColours_data()
    {
        QTest::addColumn<QByteArray>("code");
        QTest::addColumn<bool>("foreground");
        QTest::addColumn<int>("index");
        QTest::newRow("31") << QByteArray("31") << true << 1;
        QTest::newRow("37") << QByteArray("37") << true << 7;
        QTest::newRow("90") << QByteArray("90") << true << 8;
        QTest::newRow("97") << QByteArray("97") << true << 15;
        QTest::newRow("40") << QByteArray("40") << false << 0;
        QTest::newRow("46") << QByteArray("46") << false << 6;
        QTest::newRow("101") << QByteArray("101") << false << 9;
        QTest::newRow("107") << QByteArray("107") << false << 15;
    }

    void basicColours()
    {
        QFETCH(QByteArray, code);
        QFETCH(bool, foreground);
        QFETCH(int, index);
        const StyledText t = parse("a" + esc((code + "m").constData()) + "b");
        QCOMPARE(t.text, QStringLiteral("ab"));
        QVERIFY(runsCover(t));
        QVERIFY(styleAt(t, 0).isPlain());
        const Color c = foreground ? styleAt(t, 1).fg : styleAt(t, 1).bg;
        QCOMPARE(c, Color::indexed(index));
    }

    void resetAndDefaults()
    {
        const StyledText t = parse(esc("1;31;42m") + "a" + esc("39m") + "b" + esc("49m") + "c" + esc("m") + "d");
        QCOMPARE(t.text, QStringLiteral("abcd"));
        QVERIFY(styleAt(t, 0).bold);
        QCOMPARE(styleAt(t, 0).fg, Color::indexed(1));
        QCOMPARE(styleAt(t, 0).bg, Color::indexed(2));
        QCOMPARE(styleAt(t, 1).fg.kind, Color::Kind::Default);
        QCOMPARE(styleAt(t, 1).bg, Color::indexed(2));
        QCOMPARE(styleAt(t, 2).bg.kind, Color::Kind::Default);
        QVERIFY(styleAt(t, 2).bold);
        QVERIFY(styleAt(t, 3).isPlain()); // ESC[m is ESC[0m
    }

    void attributesOnAndOff()
    {
        const StyledText t = parse(esc("1;3;4;7;9m") + "a" + esc("22;23;24;27;29m") + "b" + esc("2m") + "c");
        const Style a = styleAt(t, 0);
        QVERIFY(a.bold && a.italic && a.underline && a.inverse && a.strike);
        QVERIFY(styleAt(t, 1).isPlain());
        QVERIFY(styleAt(t, 2).faint);
        QVERIFY(!styleAt(t, 2).bold);
    }

    void unknownCodesAreIgnored()
    {
        const StyledText t = parse(esc("1;5;53;31;6;73m") + "x");
        QCOMPARE(t.text, QStringLiteral("x"));
        QVERIFY(styleAt(t, 0).bold);
        QCOMPARE(styleAt(t, 0).fg, Color::indexed(1));
        QVERIFY(!styleAt(t, 0).italic);
    }

    void colours256()
    {
        StyledText t = parse(esc("38;5;208;48;5;21m") + "x");
        QCOMPARE(styleAt(t, 0).fg, Color::indexed(208));
        QCOMPARE(styleAt(t, 0).bg, Color::indexed(21));
        t = parse(esc("38:5:196m") + "x");
        QCOMPARE(styleAt(t, 0).fg, Color::indexed(196));
        // Out of range: ignored, the rest of the sequence still applies.
        t = parse(esc("38;5;300;1m") + "x");
        QCOMPARE(styleAt(t, 0).fg.kind, Color::Kind::Default);
        QVERIFY(styleAt(t, 0).bold);
    }

    void trueColour()
    {
        StyledText t = parse(esc("38;2;10;20;30;48;2;255;128;0m") + "x");
        QCOMPARE(styleAt(t, 0).fg, Color::fromRgb(10, 20, 30));
        QCOMPARE(styleAt(t, 0).fg.rgb, 0x0a141eu);
        QCOMPARE(styleAt(t, 0).bg, Color::fromRgb(255, 128, 0));
        t = parse(esc("38:2::1:2:3m") + "x"); // ITU form with an empty colour-space id
        QCOMPARE(styleAt(t, 0).fg, Color::fromRgb(1, 2, 3));
        t = parse(esc("48:2:4:5:6m") + "x");
        QCOMPARE(styleAt(t, 0).bg, Color::fromRgb(4, 5, 6));
        t = parse(esc("38;2;1;2m") + "x"); // truncated: nothing applies
        QCOMPARE(t.text, QStringLiteral("x"));
        QVERIFY(styleAt(t, 0).isPlain());
    }

    void xtermPalette()
    {
        QCOMPARE(xtermRgb(16), 0x000000u);
        QCOMPARE(xtermRgb(21), 0x0000ffu);
        QCOMPARE(xtermRgb(196), 0xff0000u);
        QCOMPARE(xtermRgb(231), 0xffffffu);
        QCOMPARE(xtermRgb(67), 0x5f87afu);
        QCOMPARE(xtermRgb(232), 0x080808u);
        QCOMPARE(xtermRgb(255), 0xeeeeeeu);
    }

    void otherEscapesVanish()
    {
        // OSC 8 hyperlink (ST and BEL terminated), private CSI, charset selection, keypad mode.
        const QByteArray line
            = "\x1b]8;;https://example.org\x1b\\link\x1b]8;;\x07" + esc("?25l") + "\x1b(B" + "\x1b=" + esc("3C") + "!";
        QCOMPARE(parse(line).text, QStringLiteral("link!"));
    }

    void controlCharactersAndTabs()
    {
        QCOMPARE(parse("a\x07"
                       "b\x08"
                       "c\x7f")
                     .text,
            QStringLiteral("abc"));
        QCOMPARE(parse("a\tb").text, QStringLiteral("a       b"));
        QCOMPARE(parse("12345678\tx").text, QStringLiteral("12345678        x"));
        // Tabs count columns across style changes.
        QCOMPARE(parse("ab" + esc("31m") + "\tc").text, QStringLiteral("ab      c"));
    }

    void utf8PositionsAreUtf16()
    {
        const StyledText t = parse("\xc3\xbc" + esc("1m") + "\xc3\x9f\xf0\x9f\x98\x80");
        QCOMPARE(t.text, QString::fromUtf8("üß😀"));
        QVERIFY(runsCover(t));
        QCOMPARE(t.runs.size(), 2);
        QCOMPARE(t.runs[1].start, 1);
        QCOMPARE(t.runs[1].length, 3); // ß + surrogate pair
        QVERIFY(t.text.contains(QChar(0xfffd)) == false);
        QVERIFY(parse("a\xff"
                      "b")
                    .text.contains(QChar(0xfffd)));
    }

    void unterminatedSequences()
    {
        QCOMPARE(parse("abc" + esc("31")).text, QStringLiteral("abc"));
        QCOMPARE(parse("abc\x1b").text, QStringLiteral("abc"));
        QCOMPARE(parse("abc\x1b]8;;x").text, QStringLiteral("abc"));
        QCOMPARE(parse(esc("99999999999999999999m") + "z").text, QStringLiteral("z"));
    }

    void visualPartsFollowForgejo()
    {
        QCOMPARE(visualParts("abc\r\n"), QList<QByteArray> { "abc" });
        QCOMPARE(visualParts("abc\n"), QList<QByteArray> { "abc" });
        QCOMPARE(visualParts(""), QList<QByteArray> {});
        // Cursor moves ESC[<n>A..H are deleted; without digits they are not Forgejo's pattern.
        QCOMPARE(visualParts("a" + esc("2A") + "b" + esc("10H") + "c"), QList<QByteArray> { "abc" });
        QCOMPARE(visualParts("a" + esc("A") + "b"), QList<QByteArray> { "a" + esc("A") + "b" });
        // Erase codes with zero or one digit split like '\r'.
        QCOMPARE(visualParts("a" + esc("K") + "b" + esc("2K") + "c" + esc("J") + "d"),
            (QList<QByteArray> { "a", "b", "c", "d" }));
        QCOMPARE(visualParts("a" + esc("12K") + "b"), QList<QByteArray> { "a" + esc("12K") + "b" });
        // Progress bars: each non-empty '\r' part on its own.
        QCOMPARE(visualParts("\rReading 1%\rReading 50%\r\rReading 100%"),
            (QList<QByteArray> { "Reading 1%", "Reading 50%", "Reading 100%" }));
    }

    void finalPartIsShown()
    {
        int parts = 0;
        StyledText t = parseFinal("\rReading 1%\rReading 100%", &parts);
        QCOMPARE(t.text, QStringLiteral("Reading 100%"));
        QCOMPARE(parts, 2);
        // A part that renders to nothing (only escapes) is dropped, as in Forgejo.
        t = parseFinal("done\r" + esc("0m"), &parts);
        QCOMPARE(t.text, QStringLiteral("done"));
        QCOMPARE(parts, 1);
        t = parseFinal(esc("32m") + esc("0m"), &parts);
        QVERIFY(t.text.isEmpty());
        QCOMPARE(parts, 0);
        QCOMPARE(plainText(esc("1;31m") + "error:" + esc("0m") + " boom"), QStringLiteral("error: boom"));
    }

    void colourCarriesAcrossPartsButNotLines()
    {
        // One ansi_up instance per line: the style survives '\r' inside the line...
        const QList<StyledText> parts = parseLine(esc("32m") + "a\rb");
        QCOMPARE(parts.size(), 2);
        QCOMPARE(styleAt(parts[1], 0).fg, Color::indexed(2));
        // ...but never the next line.
        const StyledText first = parseFinal(esc("31m") + "unterminated");
        QCOMPARE(styleAt(first, 0).fg, Color::indexed(1));
        const StyledText next = parseFinal("next line");
        QVERIFY(styleAt(next, 0).isPlain());
    }

    void stateParameterCarriesStyle()
    {
        Style st;
        parse(esc("4;35m") + "x", &st);
        QVERIFY(st.underline);
        QCOMPARE(st.fg, Color::indexed(5));
        const StyledText t = parse("y", &st);
        QVERIFY(styleAt(t, 0).underline);
    }

    void adjacentRunsWithSameStyleMerge()
    {
        const StyledText t = parse(esc("31m") + "a" + esc("31m") + "b" + esc("1m") + esc("22m") + "c");
        QCOMPARE(t.runs.size(), 1);
        QCOMPARE(t.runs[0].length, 3);
    }
};

QTEST_APPLESS_MAIN(TestAnsi)
#include "tst_ansi.moc"
