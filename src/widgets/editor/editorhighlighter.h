#pragma once

#include "widgets/editor/codeeditor.h"

#include <QObject>
#include <QString>

class QSyntaxHighlighter;

// Attaches syntax highlighting from one of GB Admin's KSyntaxHighlighting XML definitions
// (resources/syntax/) to a CodeEditor: KF6 SyntaxHighlighting where it was found at build time,
// the built-in SyntaxDefinition reader otherwise. Follows the editor's light/dark scheme.
class EditorHighlighter : public QObject
{
    Q_OBJECT
public:
    // `definition` is a language name of a definition file, e.g. "GB BASIC". Returns null (and the
    // editor stays plain) when the definition cannot be loaded; see lastError().
    static EditorHighlighter* attach(CodeEditor* editor, const QString& definition);
    static QString lastError();
    // The resource path of a definition by language name ("GB BASIC" -> ":/gbadmin/syntax/gbbasic.xml").
    static QString definitionFile(const QString& definition);
    // The folder KSyntaxHighlighting searches (it expects syntax/ below it).
    static QString searchPath();

    bool usesKSyntaxHighlighting() const { return m_ksh; }
    QSyntaxHighlighter* highlighter() const { return m_highlighter; }
    // No part of the document waits for highlighting (the built-in highlighter works in slices
    // from the event loop; KF6 SyntaxHighlighting highlights what it is asked for at once).
    bool isComplete() const;

private:
    EditorHighlighter(CodeEditor* editor, QSyntaxHighlighter* highlighter, bool ksh);
    void applyScheme(CodeEditor::ColorScheme scheme);

    QSyntaxHighlighter* m_highlighter;
    bool m_ksh;
};
