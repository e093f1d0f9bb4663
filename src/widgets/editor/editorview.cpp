#include "widgets/editor/editorview.h"

#include "widgets/editor/codeeditor.h"
#include "widgets/editor/findreplacebar.h"

#include <QAction>
#include <QInputDialog>
#include <QVBoxLayout>

EditorView::EditorView(QWidget* parent)
    : QWidget(parent)
    , m_editor(new CodeEditor(this))
    , m_findBar(new FindReplaceBar(m_editor, this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_findBar);
    m_findBar->hide();

    addEditorAction(tr("&Find…"), QKeySequence::Find, &EditorView::find);
    addEditorAction(tr("&Replace…"), QKeySequence(Qt::CTRL | Qt::Key_H), &EditorView::replace);
    addEditorAction(tr("Find &Next"), QKeySequence::FindNext, &EditorView::findNext);
    addEditorAction(tr("Find &Previous"), QKeySequence::FindPrevious, &EditorView::findPrevious);
    addEditorAction(tr("&Go to Line…"), QKeySequence(Qt::CTRL | Qt::Key_G), &EditorView::requestGoToLine);
}

QAction* EditorView::addEditorAction(const QString& text, const QKeySequence& shortcut, void (EditorView::*slot)())
{
    auto* action = new QAction(text, this);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(action, &QAction::triggered, this, slot);
    addAction(action);
    m_actions.append(action);
    return action;
}

void EditorView::find()
{
    m_findBar->showFind();
}

void EditorView::replace()
{
    m_findBar->showReplace();
}

void EditorView::findNext()
{
    m_findBar->findNext();
}

void EditorView::findPrevious()
{
    m_findBar->findPrevious();
}

void EditorView::requestGoToLine()
{
    bool ok = false;
    const int line = QInputDialog::getInt(this, tr("Go to Line"), tr("Line (1–%1):").arg(m_editor->blockCount()),
        m_editor->currentLine(), 1, m_editor->blockCount(), 1, &ok);
    if (ok)
        m_editor->goToLine(line);
}
