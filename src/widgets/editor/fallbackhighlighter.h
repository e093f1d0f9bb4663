#pragma once

#include "widgets/editor/syntaxdefinition.h"

#include <QHash>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>
#include <QTimer>

#include <memory>

// QSyntaxHighlighter over the built-in SyntaxDefinition reader (when KF6 SyntaxHighlighting is not
// available). The context stack between blocks is interned into the block state integer.
//
// Lazy: one event-loop turn highlights for at most sliceMilliseconds() and sliceLines() blocks
// (at least one block), whatever QSyntaxHighlighter
// asks for (a 2 MB setPlainText, a rehighlight(), an edit that opens a block comment on line 1).
// A block over the budget keeps its old formats and state and is marked pending; the rest is done
// in slices from the event loop, so the GUI thread never blocks for long. A block's state only
// changes when it is really highlighted, and QSyntaxHighlighter carries on to the next block while
// states change, so multi-line contexts come out as if everything had been highlighted at once.
class FallbackHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    FallbackHighlighter(QTextDocument* document, std::shared_ptr<const SyntaxDefinition> definition);

    void setDark(bool dark);

    // The budget of one event-loop turn (the first screen of a file comes first).
    void setSliceLines(int lines) { m_sliceLines = std::max(1, lines); }
    int sliceLines() const { return m_sliceLines; }
    void setSliceMilliseconds(int ms) { m_sliceMs = std::max(1, ms); }
    int sliceMilliseconds() const { return m_sliceMs; }
    // No block is waiting for its formats.
    bool isComplete() const { return !m_slices.isActive() && !m_pending; }

Q_SIGNALS:
    // Every pending block has been highlighted.
    void completed();

protected:
    void highlightBlock(const QString& text) override;

private:
    int internState(const SyntaxDefinition::State& state);
    bool turnSpent() const;
    void markPending();
    void runSlice();

    std::shared_ptr<const SyntaxDefinition> m_definition;
    QList<QTextCharFormat> m_formats; // per item data
    QList<SyntaxDefinition::State> m_states;
    QHash<SyntaxDefinition::State, int> m_stateIds;

    int m_sliceLines = 20000;
    int m_sliceMs = 8;
    int m_usedThisTurn = 0; // blocks highlighted in this event-loop turn
    qint64 m_turnNs = 0; // time spent highlighting in this event-loop turn
    bool m_turnReset = false; // a reset of m_usedThisTurn is queued
    bool m_pending = false; // some block may be marked pending
    int m_firstPending = 0; // no pending block before this block number
    QTimer m_slices;
};
