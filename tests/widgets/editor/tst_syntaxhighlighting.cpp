#include "gbadmin-config.h"
#include "widgets/editor/codeeditor.h"
#include "widgets/editor/editorhighlighter.h"
#include "widgets/editor/fallbackhighlighter.h"
#include "widgets/editor/syntaxdefinition.h"

#include "support/testhelpers.h"

#include <QFile>
#include <QPlainTextDocumentLayout>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

#if HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#endif

// GB BASIC highlighting comes from ONE KSyntaxHighlighting XML file (resources/syntax/gbbasic.xml).
// The same sample must get the same token classes from the built-in reader (every leg) and from
// KF6 SyntaxHighlighting (the Debian 13 leg): both are compared with the checked-in classes.
namespace {
// One letter per item data, so a line's classes read as a string under the line.
QChar letterFor(const QString& item)
{
    static const QHash<QString, QChar> letters {
        { QStringLiteral("Normal Text"), QLatin1Char('.') },
        { QStringLiteral("Comment"), QLatin1Char('c') },
        { QStringLiteral("String"), QLatin1Char('s') },
        { QStringLiteral("Escape"), QLatin1Char('e') },
        { QStringLiteral("Placeholder"), QLatin1Char('p') },
        { QStringLiteral("Talk Text"), QLatin1Char('t') },
        { QStringLiteral("Number"), QLatin1Char('n') },
        { QStringLiteral("Control"), QLatin1Char('K') },
        { QStringLiteral("Declaration"), QLatin1Char('D') },
        { QStringLiteral("Statement"), QLatin1Char('S') },
        { QStringLiteral("Function"), QLatin1Char('f') },
        { QStringLiteral("Type"), QLatin1Char('T') },
        { QStringLiteral("Operator"), QLatin1Char('o') },
        { QStringLiteral("Label"), QLatin1Char('l') },
    };
    return letters.value(item, QLatin1Char('?'));
}

QStringList sampleLines()
{
    const QString path
        = QString::fromLocal8Bit(qgetenv("GBADMIN_TESTDATA_DIR")) + QStringLiteral("/drive/gbbasic-sample.bas");
    QString text = QString::fromUtf8(TestHelpers::readFile(path));
    if (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    return text.split(QLatin1Char('\n'));
}

QList<QList<QTextLayout::FormatRange>> formatsOf(const QTextDocument& doc)
{
    QList<QList<QTextLayout::FormatRange>> out;
    for (QTextBlock b = doc.firstBlock(); b.isValid(); b = b.next())
        out.append(b.layout()->formats());
    return out;
}

QString goldenPath()
{
    return QString::fromLocal8Bit(qgetenv("GBADMIN_TESTDATA_DIR")) + QStringLiteral("/drive/gbbasic-sample.classes");
}

QStringList fallbackClasses(const QStringList& lines)
{
    auto def = SyntaxDefinition::load(EditorHighlighter::definitionFile(QStringLiteral("GB BASIC")));
    if (!def)
        return { def.errorMessage() };
    QStringList out;
    SyntaxDefinition::State state = SyntaxDefinition::initialState();
    for (const QString& line : lines) {
        QString classes(line.size(), QLatin1Char('?'));
        state = (*def)->highlightLine(line, state, [&](int offset, int length, int item) {
            for (int i = offset; i < offset + length; ++i)
                classes[i] = letterFor((*def)->itemDatas().at(item).name);
        });
        out.append(classes);
    }
    return out;
}

#if HAVE_KSYNTAXHIGHLIGHTING
class ClassRecorder : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    QStringList run(const QStringList& lines)
    {
        QStringList out;
        KSyntaxHighlighting::State state;
        for (const QString& line : lines) {
            m_classes = QString(line.size(), QLatin1Char('?'));
            state = highlightLine(line, state);
            out.append(m_classes);
        }
        return out;
    }

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format& format) override
    {
        for (int i = offset; i < offset + length && i < m_classes.size(); ++i)
            m_classes[i] = letterFor(format.name());
    }

private:
    QString m_classes;
};
#endif

// The class letter of the first character of `needle` on line `line` (1-based).
QChar classAt(const QStringList& lines, const QStringList& classes, int line, const QString& needle, int nth = 0)
{
    const QString& text = lines.at(line - 1);
    qsizetype at = -1;
    for (int i = 0; i <= nth; ++i)
        at = text.indexOf(needle, at + 1);
    return at < 0 ? QLatin1Char('!') : classes.at(line - 1).at(at);
}
} // namespace

class TstSyntaxHighlighting : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void builtInReaderLoadsTheDefinition()
    {
        auto def = SyntaxDefinition::load(EditorHighlighter::definitionFile(QStringLiteral("GB BASIC")));
        QVERIFY2(def.ok(), qPrintable(def.errorMessage()));
        QCOMPARE((*def)->name(), QStringLiteral("GB BASIC"));
        QVERIFY((*def)->itemIndex(QStringLiteral("Statement")) >= 0);
    }

    void unsupportedRulesFailLoudly()
    {
        auto def
            = SyntaxDefinition::parse(QByteArray("<language name=\"x\"><highlighting><contexts>"
                                                 "<context name=\"a\" attribute=\"n\"><Int attribute=\"n\"/></context>"
                                                 "</contexts><itemDatas><itemData name=\"n\" defStyleNum=\"dsNormal\"/>"
                                                 "</itemDatas></highlighting></language>"));
        QVERIFY(!def.ok());
        QVERIFY(def.errorMessage().contains(QLatin1String("Int")));
    }

    void sampleTokenClasses()
    {
        const QStringList lines = sampleLines();
        QVERIFY(lines.size() > 20);
        const QStringList classes = fallbackClasses(lines);
        QCOMPARE(classes.size(), lines.size());

        // Spot checks against spec §1.8, independent of the golden file.
        QCOMPARE(classAt(lines, classes, 1, QStringLiteral("greet")), QLatin1Char('c'));
        QCOMPARE(classAt(lines, classes, 2, QStringLiteral("REM")), QLatin1Char('c'));
        QCOMPARE(classAt(lines, classes, 3, QStringLiteral("PARAM")), QLatin1Char('D'));
        QCOMPARE(classAt(lines, classes, 3, QStringLiteral("STRING")), QLatin1Char('T'));
        QCOMPARE(classAt(lines, classes, 3, QStringLiteral("Ana")), QLatin1Char('s'));
        QCOMPARE(classAt(lines, classes, 5, QStringLiteral("SCHEDULE")), QLatin1Char('D'));
        QCOMPARE(classAt(lines, classes, 6, QStringLiteral("KB")), QLatin1Char('S'));
        QCOMPARE(classAt(lines, classes, 7, QStringLiteral("IF")), QLatin1Char('K'));
        QCOMPARE(classAt(lines, classes, 7, QStringLiteral("=")), QLatin1Char('o'));
        QCOMPARE(classAt(lines, classes, 7, QStringLiteral("THEN")), QLatin1Char('K'));
        QCOMPARE(classAt(lines, classes, 8, QStringLiteral("TALK")), QLatin1Char('S'));
        QCOMPARE(classAt(lines, classes, 8, QStringLiteral("' trailing")), QLatin1Char('c'));
        QCOMPARE(classAt(lines, classes, 9, QStringLiteral("LEN")), QLatin1Char('f'));
        QCOMPARE(classAt(lines, classes, 9, QStringLiteral("AND")), QLatin1Char('o'));
        QCOMPARE(classAt(lines, classes, 9, QStringLiteral("10")), QLatin1Char('n'));
        QCOMPARE(classAt(lines, classes, 10, QStringLiteral("\\\"")), QLatin1Char('e'));
        QCOMPARE(classAt(lines, classes, 12, QStringLiteral("0x1F")), QLatin1Char('n'));
        QCOMPARE(classAt(lines, classes, 12, QStringLiteral("1_000")), QLatin1Char('n'));
        QCOMPARE(classAt(lines, classes, 12, QStringLiteral("1.5e3")), QLatin1Char('n'));
        QCOMPARE(classAt(lines, classes, 12, QStringLiteral("// rhai")), QLatin1Char('c'));
        QCOMPARE(classAt(lines, classes, 14, QStringLiteral("EMAIL")), QLatin1Char('T'));
        QCOMPARE(classAt(lines, classes, 15, QStringLiteral("MEMORY")), QLatin1Char('S'));
        QCOMPARE(classAt(lines, classes, 16, QStringLiteral("SUGGESTION")), QLatin1Char('S'));
        QCOMPARE(classAt(lines, classes, 17, QStringLiteral("EACH")), QLatin1Char('K'));
        QCOMPARE(classAt(lines, classes, 20, QStringLiteral("start")), QLatin1Char('l'));
        QCOMPARE(classAt(lines, classes, 22, QStringLiteral("Hello")), QLatin1Char('t'));
        QCOMPARE(classAt(lines, classes, 22, QStringLiteral("${name}")), QLatin1Char('p'));
        QCOMPARE(classAt(lines, classes, 23, QStringLiteral("TALK")), QLatin1Char('K'));
        QCOMPARE(classAt(lines, classes, 24, QStringLiteral("${a}")), QLatin1Char('p'));
        QCOMPARE(classAt(lines, classes, 26, QStringLiteral("comment")), QLatin1Char('c'));
        QCOMPARE(classAt(lines, classes, 26, QStringLiteral("WAIT")), QLatin1Char('S'));
        QCOMPARE(classAt(lines, classes, 27, QStringLiteral("path")), QLatin1Char('s'));
        QCOMPARE(classAt(lines, classes, 28, QStringLiteral("<>")), QLatin1Char('o'));
        QCOMPARE(classAt(lines, classes, 29, QStringLiteral("LOOP")), QLatin1Char('K'));

        if (qEnvironmentVariableIsSet("GBADMIN_WRITE_GOLDEN")) {
            QFile out(goldenPath());
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            for (qsizetype i = 0; i < lines.size(); ++i)
                out.write((lines.at(i) + QLatin1Char('\n') + classes.at(i) + QLatin1Char('\n')).toUtf8());
        }
        const QStringList golden = QString::fromUtf8(TestHelpers::readFile(goldenPath())).split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < lines.size(); ++i) {
            QCOMPARE(golden.value(2 * i), lines.at(i));
            QCOMPARE(classes.at(i), golden.value(2 * i + 1));
        }
    }

    void ksyntaxHighlightingAgrees()
    {
#if HAVE_KSYNTAXHIGHLIGHTING
        KSyntaxHighlighting::Repository repo;
        repo.addCustomSearchPath(EditorHighlighter::searchPath());
        const auto def = repo.definitionForName(QStringLiteral("GB BASIC"));
        QVERIFY(def.isValid());
        ClassRecorder recorder;
        recorder.setDefinition(def);
        const QStringList lines = sampleLines();
        const QStringList ksh = recorder.run(lines);
        const QStringList builtIn = fallbackClasses(lines);
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (ksh.at(i) != builtIn.at(i))
                qWarning().noquote() << "line" << i + 1 << lines.at(i) << "\n ksh:" << ksh.at(i)
                                     << "\n own:" << builtIn.at(i);
            QCOMPARE(ksh.at(i), builtIn.at(i));
        }
#else
        QSKIP("KF6 SyntaxHighlighting is not available on this leg (the Debian 13 leg runs this).");
#endif
    }

    // A big document is highlighted in slices from the event loop, not in one GUI-thread block:
    // right after the text is set, lines past the first slice have no formats yet; once the
    // slices are done every line has what a one-pass highlighting gives.
    void largeDocumentIsHighlightedInSlices()
    {
        auto def = SyntaxDefinition::load(EditorHighlighter::definitionFile(QStringLiteral("GB BASIC")));
        QVERIFY2(def, qPrintable(def.errorMessage()));
        QStringList lines;
        for (int i = 0; i < 2000; ++i)
            lines.append(QStringLiteral("TALK \"line %1\" ' note").arg(i));
        const QString text = lines.join(QLatin1Char('\n'));

        QTextDocument lazy;
        lazy.setDocumentLayout(new QPlainTextDocumentLayout(&lazy)); // as in the editor
        FallbackHighlighter lazyHighlighter(&lazy, *def);
        lazyHighlighter.setSliceLines(50);
        lazyHighlighter.setSliceMilliseconds(1000000); // deterministic: the line budget applies
        lazy.setPlainText(text);
        QVERIFY(!lazyHighlighter.isComplete());
        QVERIFY(!lazy.findBlockByNumber(0).layout()->formats().isEmpty());
        QVERIFY(lazy.findBlockByNumber(1999).layout()->formats().isEmpty());
        QSignalSpy completed(&lazyHighlighter, &FallbackHighlighter::completed);
        QTRY_VERIFY_WITH_TIMEOUT(lazyHighlighter.isComplete(), 30000);
        QCOMPARE(completed.size(), 1);

        QTextDocument whole;
        whole.setDocumentLayout(new QPlainTextDocumentLayout(&whole)); // as in the editor
        FallbackHighlighter wholeHighlighter(&whole, *def);
        wholeHighlighter.setSliceLines(1000000);
        wholeHighlighter.setSliceMilliseconds(1000000);
        whole.setPlainText(text);
        QVERIFY(wholeHighlighter.isComplete());
        QCOMPARE(formatsOf(lazy), formatsOf(whole));
    }

    // Multi-line contexts stay right: opening a block comment on line 1 turns every later line
    // into a comment once the slices are done (not at once), and closing it again restores them.
    void editOnAnEarlyLineReachesLaterLines()
    {
        auto def = SyntaxDefinition::load(EditorHighlighter::definitionFile(QStringLiteral("GB BASIC")));
        QVERIFY2(def, qPrintable(def.errorMessage()));
        QStringList lines;
        for (int i = 0; i < 1500; ++i)
            lines.append(QStringLiteral("IF x = %1 THEN TALK \"a\"").arg(i));
        QTextDocument doc;
        doc.setDocumentLayout(new QPlainTextDocumentLayout(&doc)); // as in the editor
        FallbackHighlighter highlighter(&doc, *def);
        highlighter.setSliceLines(100);
        highlighter.setSliceMilliseconds(1000000);
        doc.setPlainText(lines.join(QLatin1Char('\n')));
        QTRY_VERIFY_WITH_TIMEOUT(highlighter.isComplete(), 30000);
        const auto before = formatsOf(doc);
        const auto lastBefore = doc.lastBlock().layout()->formats();
        QVERIFY(lastBefore.size() > 1); // keywords, number, string: several formats

        QTextCursor cursor(doc.findBlockByNumber(1));
        cursor.insertText(QStringLiteral("/* "));
        // The edit itself only highlights one slice: the last line still shows its old formats.
        QCOMPARE(doc.lastBlock().layout()->formats(), lastBefore);
        QTRY_VERIFY_WITH_TIMEOUT(highlighter.isComplete(), 30000);
        const auto commentFormats = doc.lastBlock().layout()->formats();
        QCOMPARE(commentFormats.size(), 1); // the whole line is one comment
        QCOMPARE(commentFormats.first().start, 0);
        QCOMPARE(commentFormats.first().length, doc.lastBlock().length() - 1);
        QCOMPARE(doc.findBlockByNumber(700).layout()->formats().size(), 1);
        QVERIFY(doc.findBlockByNumber(0).layout()->formats().size() > 1); // before the comment: as it was

        // The same text highlighted in one pass agrees line by line.
        QTextDocument whole;
        whole.setDocumentLayout(new QPlainTextDocumentLayout(&whole)); // as in the editor
        FallbackHighlighter wholeHighlighter(&whole, *def);
        wholeHighlighter.setSliceLines(1000000);
        wholeHighlighter.setSliceMilliseconds(1000000);
        whole.setPlainText(doc.toPlainText());
        QVERIFY(wholeHighlighter.isComplete());
        QCOMPARE(formatsOf(doc), formatsOf(whole));

        cursor.movePosition(QTextCursor::StartOfBlock);
        cursor.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor, 3);
        cursor.removeSelectedText();
        QTRY_VERIFY_WITH_TIMEOUT(highlighter.isComplete(), 30000);
        QCOMPARE(formatsOf(doc), before);
    }

    void editorUsesTheAvailableEngine()
    {
        CodeEditor editor;
        editor.setPlainText(QStringLiteral("IF x THEN\n  TALK \"a\"\nEND IF\n"));
        EditorHighlighter* h = EditorHighlighter::attach(&editor, QStringLiteral("GB BASIC"));
        QVERIFY2(h, qPrintable(EditorHighlighter::lastError()));
        QCOMPARE(h->usesKSyntaxHighlighting(), bool(HAVE_KSYNTAXHIGHLIGHTING));
        editor.setColorScheme(CodeEditor::ColorScheme::Dark); // re-themes without crashing
        const auto formats = editor.document()->findBlockByNumber(1).layout()->formats();
        QVERIFY(!formats.isEmpty());
    }
};

QTEST_MAIN(TstSyntaxHighlighting)
#include "tst_syntaxhighlighting.moc"
