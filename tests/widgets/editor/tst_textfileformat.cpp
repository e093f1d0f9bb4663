#include "widgets/editor/textfileformat.h"

#include <QPlainTextEdit>
#include <QTest>

// Byte-exact load/save: unedited text gives the original bytes back; edits keep BOM and line
// endings; what an edit cannot carry over is refused unless accepted.
class TstTextFileFormat : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void unchangedRoundTripsExactly_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("lf") << QByteArray("TALK \"hi\"\nEND IF\n");
        QTest::newRow("crlf") << QByteArray("TALK \"hi\"\r\nEND IF\r\n");
        QTest::newRow("bom") << QByteArray("\xEF\xBB\xBFTALK 1\n");
        QTest::newRow("tabs") << QByteArray("IF x THEN\n\tTALK x\nEND IF");
        QTest::newRow("no final newline") << QByteArray("TALK 1");
        QTest::newRow("mixed") << QByteArray("a\r\nb\nc\r\n");
        QTest::newRow("lone cr") << QByteArray("a\rb\n");
        QTest::newRow("invalid utf8") << QByteArray("TALK \"\xC3\x28\xFF\"\n");
        QTest::newRow("nul") << QByteArray("a\0b\n", 4);
        QTest::newRow("non-ascii") << QByteArray("TALK \"Olá, ação ✓\"\n");
        QTest::newRow("nbsp") << QByteArray("TALK \"a\xC2\xA0"
                                            "b\"\n");
    }
    void unchangedRoundTripsExactly()
    {
        QFETCH(QByteArray, bytes);
        const TextFileFormat f = TextFileFormat::decode(bytes);
        auto out = f.encode(f.text());
        QVERIFY(out.ok());
        QCOMPARE(*out, bytes);
    }

    // Through the editor widget: what the user sees and what comes back out without an edit.
    void unchangedThroughEditorWidget_data() { unchangedRoundTripsExactly_data(); }
    void unchangedThroughEditorWidget()
    {
        QFETCH(QByteArray, bytes);
        const TextFileFormat f = TextFileFormat::decode(bytes);
        QPlainTextEdit edit;
        edit.setPlainText(f.text());
        QString back = edit.document()->toRawText();
        back.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
        if (f.lossyEditReason().isEmpty())
            QCOMPARE(back, f.text());
        // Whatever the widget did, an unedited save must never touch the bytes.
        auto out = f.encode(f.text());
        QVERIFY(out.ok());
        QCOMPARE(*out, bytes);
    }

    void editKeepsBomCrlfAndNoFinalNewline()
    {
        const TextFileFormat f = TextFileFormat::decode(QByteArray("\xEF\xBB\xBF"
                                                                   "a\r\n\tb"));
        QVERIFY(f.hasBom());
        QCOMPARE(f.lineEnding(), TextFileFormat::LineEnding::CRLF);
        QVERIFY(!f.hasFinalNewline());
        QVERIFY(f.lossyEditReason().isEmpty());
        auto out = f.encode(QStringLiteral("a\n\tb\nc"));
        QVERIFY(out.ok());
        QCOMPARE(*out,
            QByteArray("\xEF\xBB\xBF"
                       "a\r\n\tb\r\nc"));
    }

    void lossyEditsAreRefusedUnlessAccepted()
    {
        const TextFileFormat mixed = TextFileFormat::decode(QByteArray("a\r\nb\nc\r\n"));
        QVERIFY(!mixed.lossyEditReason().isEmpty());
        QVERIFY(!mixed.encode(QStringLiteral("x\nb\nc\n")).ok());
        auto accepted = mixed.encode(QStringLiteral("x\nb\nc\n"), true);
        QVERIFY(accepted.ok());
        QCOMPARE(*accepted, QByteArray("x\r\nb\r\nc\r\n"));

        const TextFileFormat invalid = TextFileFormat::decode(QByteArray("a\xFF\n"));
        QVERIFY(!invalid.isValidUtf8());
        QVERIFY(!invalid.isEditable());
        QVERIFY(!invalid.encode(QStringLiteral("b\n"), true).ok());
        QVERIFY(invalid.encode(QStringLiteral("b\n")).errorMessage().contains(QLatin1String("UTF-8")));

        const TextFileFormat cr = TextFileFormat::decode(QByteArray("a\rb"));
        QVERIFY(!cr.lossyEditReason().isEmpty());
    }
};

QTEST_MAIN(TstTextFileFormat)
#include "tst_textfileformat.moc"
