#pragma once

#include <QRegularExpression>
#include <QTextDocument>
#include <QWidget>

#include <memory>

namespace Ui {
class FindReplaceBar;
}
class CodeEditor;

// Find and replace in one CodeEditor's document: plain text or a regular expression (within a
// line), match case, next/previous with wrap-around, replace one, replace all as one undo step.
class FindReplaceBar : public QWidget
{
    Q_OBJECT
public:
    explicit FindReplaceBar(CodeEditor* editor, QWidget* parent = nullptr);
    ~FindReplaceBar() override;

    void showFind(); // shows the find row, seeded with the editor's selection
    void showReplace(); // shows both rows

    void setSearch(const QString& text, bool regex = false, bool matchCase = false);
    void setReplacement(const QString& text);
    bool findNext();
    bool findPrevious();
    bool replaceCurrent(); // replaces the current match (if selected) and finds the next
    int replaceAll(); // number of replacements; -1 when the expression is invalid
    QString statusText() const;

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    bool find(bool backward);
    bool currentSelectionMatches(QRegularExpressionMatch* match) const;
    QRegularExpression expression(bool anchored) const;
    QString replacementFor(const QRegularExpressionMatch& match) const;
    void setStatus(const QString& text);

    std::unique_ptr<Ui::FindReplaceBar> m_ui;
    CodeEditor* m_editor;
};
