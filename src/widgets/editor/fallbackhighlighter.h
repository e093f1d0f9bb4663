#pragma once

#include "widgets/editor/syntaxdefinition.h"

#include <QHash>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

#include <memory>

// QSyntaxHighlighter over the built-in SyntaxDefinition reader (when KF6 SyntaxHighlighting is not
// available). The context stack between blocks is interned into the block state integer.
class FallbackHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    FallbackHighlighter(QTextDocument* document, std::shared_ptr<const SyntaxDefinition> definition);

    void setDark(bool dark);

protected:
    void highlightBlock(const QString& text) override;

private:
    int internState(const SyntaxDefinition::State& state);

    std::shared_ptr<const SyntaxDefinition> m_definition;
    QList<QTextCharFormat> m_formats; // per item data
    QList<SyntaxDefinition::State> m_states;
    QHash<SyntaxDefinition::State, int> m_stateIds;
};
