#pragma once

#include <QList>
#include <QWidget>

class CodeEditor;
class FindReplaceBar;
class QAction;

// A CodeEditor with its find/replace bar and the editing actions (find, replace, find next and
// previous, go to line; undo/redo are the editor's own shortcuts). Panes embed this.
class EditorView : public QWidget
{
    Q_OBJECT
public:
    explicit EditorView(QWidget* parent = nullptr);

    CodeEditor* editor() const { return m_editor; }
    FindReplaceBar* findBar() const { return m_findBar; }
    QList<QAction*> editorActions() const { return m_actions; }

    // Asks for a line number (modal) and moves there.
    void requestGoToLine();

private:
    QAction* addEditorAction(const QString& text, const QKeySequence& shortcut, void (EditorView::*slot)());
    void find();
    void replace();
    void findNext();
    void findPrevious();

    CodeEditor* m_editor;
    FindReplaceBar* m_findBar;
    QList<QAction*> m_actions;
};
