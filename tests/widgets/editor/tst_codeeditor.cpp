#include "widgets/editor/codeeditor.h"
#include "widgets/editor/editorview.h"
#include "widgets/editor/findreplacebar.h"

#include <QAction>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>

// The shared editor widget: find/replace (plain, regex, case), go to line, indentation kept on
// Enter, undo of a replace-all in one step, margin markers, block matching hook, colour schemes.
class TstCodeEditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void findPlainWrapsAndIsCaseInsensitiveByDefault()
    {
        EditorView view;
        view.editor()->setPlainText(QStringLiteral("TALK \"a\"\ntalk \"b\"\nHEAR x\n"));
        FindReplaceBar* bar = view.findBar();
        bar->setSearch(QStringLiteral("talk"));
        QVERIFY(bar->findNext());
        QCOMPARE(view.editor()->textCursor().selectionStart(), 0);
        QVERIFY(bar->findNext());
        QCOMPARE(view.editor()->textCursor().blockNumber(), 1);
        QVERIFY(bar->findNext()); // wraps to the first
        QCOMPARE(view.editor()->textCursor().selectionStart(), 0);
        QVERIFY(bar->statusText().contains(QLatin1String("wrapped")));
        bar->setSearch(QStringLiteral("talk"), false, true);
        QVERIFY(bar->findNext());
        QCOMPARE(view.editor()->textCursor().blockNumber(), 1);
        bar->setSearch(QStringLiteral("nowhere"));
        QVERIFY(!bar->findNext());
        QCOMPARE(bar->statusText(), QStringLiteral("Not found"));
        // Plain mode treats regex characters literally.
        view.editor()->setPlainText(QStringLiteral("a.b axb"));
        bar->setSearch(QStringLiteral("a.b"));
        QVERIFY(bar->findNext());
        QVERIFY(bar->findNext());
        QCOMPARE(view.editor()->textCursor().selectionStart(), 0);
    }

    void regexReplaceAllWithGroupsIsOneUndoStep()
    {
        EditorView view;
        CodeEditor* ed = view.editor();
        ed->setPlainText(QStringLiteral("ELSE IF a THEN\n  ELSE IF b THEN\nELSEIF c THEN\n"));
        FindReplaceBar* bar = view.findBar();
        bar->setSearch(QStringLiteral("ELSE\\s+IF (\\w)"), true, true);
        bar->setReplacement(QStringLiteral("ELSEIF \\1"));
        QCOMPARE(bar->replaceAll(), 2);
        QCOMPARE(ed->toPlainText(), QStringLiteral("ELSEIF a THEN\n  ELSEIF b THEN\nELSEIF c THEN\n"));
        ed->undo();
        QCOMPARE(ed->toPlainText(), QStringLiteral("ELSE IF a THEN\n  ELSE IF b THEN\nELSEIF c THEN\n"));
        ed->redo();
        QCOMPARE(ed->toPlainText(), QStringLiteral("ELSEIF a THEN\n  ELSEIF b THEN\nELSEIF c THEN\n"));

        bar->setSearch(QStringLiteral("(unclosed"), true);
        QCOMPARE(bar->replaceAll(), -1);
        QVERIFY(bar->statusText().contains(QLatin1String("Invalid regular expression")));
    }

    void replaceCurrentReplacesOnlyTheSelectedMatch()
    {
        EditorView view;
        CodeEditor* ed = view.editor();
        ed->setPlainText(QStringLiteral("x & y & z"));
        FindReplaceBar* bar = view.findBar();
        bar->setSearch(QStringLiteral("&"));
        bar->setReplacement(QStringLiteral("+"));
        QVERIFY(bar->findNext());
        QVERIFY(bar->replaceCurrent());
        QCOMPARE(ed->toPlainText(), QStringLiteral("x + y & z"));
        QVERIFY(ed->textCursor().hasSelection()); // moved on to the next match
        QCOMPARE(ed->textCursor().selectionStart(), 6);
    }

    void goToLineClampsAndMovesTheCursor()
    {
        CodeEditor ed;
        ed.setPlainText(QStringLiteral("a\nbb\nccc\n"));
        ed.goToLine(3, 2);
        QCOMPARE(ed.currentLine(), 3);
        QCOMPARE(ed.textCursor().positionInBlock(), 1);
        ed.goToLine(99);
        QCOMPARE(ed.currentLine(), 4);
        ed.goToLine(0);
        QCOMPARE(ed.currentLine(), 1);
    }

    void enterKeepsIndentation()
    {
        CodeEditor ed;
        ed.setPlainText(QStringLiteral("IF x THEN\n\t  TALK x"));
        ed.goToLine(2, 100);
        QTest::keyClick(&ed, Qt::Key_Return);
        QTest::keyClicks(&ed, QStringLiteral("y"));
        QCOMPARE(ed.toPlainText(), QStringLiteral("IF x THEN\n\t  TALK x\n\t  y"));
    }

    void markersAreKeptPerSourceWithTooltips()
    {
        CodeEditor ed;
        ed.setPlainText(QStringLiteral("a\nb\nc\n"));
        ed.setMarkers(QStringLiteral("lint"),
            { EditorMarker { 2, 1, 1, EditorMarker::Severity::Warning, QStringLiteral("warn") } });
        ed.setMarkers(QStringLiteral("compiler"),
            { EditorMarker { 2, 0, 0, EditorMarker::Severity::Error, QStringLiteral("IF without END IF") } });
        QCOMPARE(ed.markersAt(2).size(), 2);
        ed.setMarkers(QStringLiteral("lint"), {});
        QCOMPARE(ed.markersAt(2).size(), 1);
        QCOMPARE(ed.markersAt(2).first().message, QStringLiteral("IF without END IF"));
        ed.resize(400, 200);
        ed.show();
        QVERIFY(QTest::qWaitForWindowExposed(&ed));
        const QImage img = ed.grab().toImage();
        QVERIFY(!img.isNull()); // paints the gutter with a marker without crashing
    }

    void blockMatcherHighlightsPartners()
    {
        CodeEditor ed;
        ed.setPlainText(QStringLiteral("IF x THEN\nEND IF\n"));
        ed.setBlockMatcher([](const QTextDocument*, int position) {
            return position < 2 ? QList<TextRange> { { 0, 2 }, { 10, 6 } } : QList<TextRange> {};
        });
        ed.goToLine(1, 1);
        QCOMPARE(ed.blockMatches().size(), 2);
        ed.goToLine(2, 3);
        QCOMPARE(ed.blockMatches().size(), 0);
    }

    void colorSchemeSwitches()
    {
        CodeEditor ed;
        QSignalSpy spy(&ed, &CodeEditor::colorSchemeChanged);
        ed.setColorScheme(CodeEditor::ColorScheme::Dark);
        ed.setColorScheme(CodeEditor::ColorScheme::Light);
        ed.setColorScheme(CodeEditor::ColorScheme::Dark);
        QCOMPARE(spy.count(), ed.palette().color(QPalette::Base).lightness() < 128 ? 3 : 3);
        QVERIFY(ed.palette().color(QPalette::Base).lightness() < 128);
    }

    void editorViewOffersTheEditingActions()
    {
        EditorView view;
        QStringList shortcuts;
        for (QAction* a : view.editorActions())
            shortcuts << a->shortcut().toString();
        QVERIFY(shortcuts.contains(QKeySequence(QKeySequence::Find).toString()));
        QVERIFY(shortcuts.contains(QStringLiteral("Ctrl+G")));
        QVERIFY(shortcuts.contains(QStringLiteral("Ctrl+H")));
    }
};

QTEST_MAIN(TstCodeEditor)
#include "tst_codeeditor.moc"
