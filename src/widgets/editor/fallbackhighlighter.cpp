#include "widgets/editor/fallbackhighlighter.h"

#include <QColor>
#include <QElapsedTimer>
#include <QFont>
#include <QTextBlock>
#include <QTextLayout>

namespace {
struct Style
{
    const char* name;
    QRgb light;
    QRgb dark;
    bool bold;
    bool italic;
};

// Colours per KSyntaxHighlighting default style, close to its Breeze Light/Dark themes.
constexpr Style kStyles[] = {
    { "dsNormal", 0x1f1c1b, 0xcfcfc2, false, false },
    { "dsKeyword", 0x1f1c1b, 0xcfcfc2, true, false },
    { "dsControlFlow", 0x1f1c1b, 0xfdbc4b, true, false },
    { "dsOperator", 0xca60ca, 0x3f8058, false, false },
    { "dsBuiltIn", 0x644a9b, 0x7f8c8d, false, false },
    { "dsFunction", 0x644a9b, 0x8e44ad, false, false },
    { "dsVariable", 0x0057ae, 0x27aeae, false, false },
    { "dsAttribute", 0x0057ae, 0x2980b9, false, false },
    { "dsDataType", 0x0057ae, 0x2980b9, false, false },
    { "dsDecVal", 0xb08000, 0xf67400, false, false },
    { "dsString", 0xbf0303, 0xf44f4f, false, false },
    { "dsVerbatimString", 0xbf0303, 0xda4453, false, false },
    { "dsSpecialChar", 0x3daee9, 0x3daee9, false, false },
    { "dsComment", 0x898887, 0x7a7c7d, false, true },
};
} // namespace

namespace {
// Marks a block whose formats are out of date (over a turn's budget). Survives edits around it.
class PendingMark : public QTextBlockUserData
{
public:
    bool pending = true;
};

bool isPending(const QTextBlock& block)
{
    const auto* mark = static_cast<PendingMark*>(block.userData());
    return mark && mark->pending;
}
} // namespace

FallbackHighlighter::FallbackHighlighter(QTextDocument* document, std::shared_ptr<const SyntaxDefinition> definition)
    : QSyntaxHighlighter(document)
    , m_definition(std::move(definition))
{
    m_states.append(SyntaxDefinition::initialState());
    m_stateIds.insert(SyntaxDefinition::initialState(), 0);
    m_slices.setSingleShot(true);
    m_slices.setInterval(0);
    connect(&m_slices, &QTimer::timeout, this, &FallbackHighlighter::runSlice);
    // Block numbers move when lines are removed: keep the search start at or before any pending block.
    connect(document, &QTextDocument::contentsChange, this, [this](int from, int, int) {
        m_firstPending = std::min(m_firstPending, std::max(0, this->document()->findBlock(from).blockNumber()));
    });
    setDark(false);
}

void FallbackHighlighter::setDark(bool dark)
{
    m_formats.clear();
    for (const SyntaxDefinition::ItemData& item : m_definition->itemDatas()) {
        QTextCharFormat f;
        for (const Style& s : kStyles) {
            if (item.defaultStyle == QLatin1String(s.name)) {
                if (item.defaultStyle != QLatin1String("dsNormal"))
                    f.setForeground(QColor::fromRgb(dark ? s.dark : s.light));
                if (s.bold)
                    f.setFontWeight(QFont::Bold);
                f.setFontItalic(s.italic);
            }
        }
        m_formats.append(f);
    }
    rehighlight();
}

int FallbackHighlighter::internState(const SyntaxDefinition::State& state)
{
    auto it = m_stateIds.constFind(state);
    if (it != m_stateIds.cend())
        return it.value();
    const int id = int(m_states.size());
    m_states.append(state);
    m_stateIds.insert(state, id);
    return id;
}

bool FallbackHighlighter::turnSpent() const
{
    return m_usedThisTurn >= m_sliceLines || m_turnNs >= qint64(m_sliceMs) * 1000000;
}

void FallbackHighlighter::markPending()
{
    // Keep what the block shows and its state (so QSyntaxHighlighter stops here); a slice redoes it.
    const QTextBlock block = currentBlock();
    if (auto* mark = static_cast<PendingMark*>(currentBlockUserData()))
        mark->pending = true;
    else
        setCurrentBlockUserData(new PendingMark);
    for (const QTextLayout::FormatRange& r : block.layout()->formats())
        setFormat(r.start, r.length, r.format);
    m_firstPending = std::min(m_firstPending, block.blockNumber());
    m_pending = true;
    if (!m_slices.isActive())
        m_slices.start();
}

void FallbackHighlighter::highlightBlock(const QString& text)
{
    if (!m_turnReset) {
        // The budget is per event-loop turn: whatever asks within one turn shares it.
        m_turnReset = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_usedThisTurn = 0;
                m_turnNs = 0;
                m_turnReset = false;
            },
            Qt::QueuedConnection);
    }
    if (turnSpent()) {
        markPending();
        return;
    }
    ++m_usedThisTurn;
    QElapsedTimer clock;
    clock.start();
    if (auto* mark = static_cast<PendingMark*>(currentBlockUserData()))
        mark->pending = false;

    const int previous = previousBlockState();
    const SyntaxDefinition::State& before
        = previous >= 0 && previous < m_states.size() ? m_states.at(previous) : m_states.at(0);
    const SyntaxDefinition::State after
        = m_definition->highlightLine(text, before, [this](int offset, int length, int item) {
              if (item >= 0 && item < m_formats.size())
                  setFormat(offset, length, m_formats.at(item));
          });
    setCurrentBlockState(internState(after));
    m_turnNs += clock.nsecsElapsed();
}

void FallbackHighlighter::runSlice()
{
    QTextDocument* doc = document();
    if (!doc) {
        m_pending = false;
        return;
    }
    // Redo pending blocks in order until this turn's budget is spent; each one carries on down
    // the document while states change (QSyntaxHighlighter), within the same budget.
    QTextBlock block = doc->findBlockByNumber(m_firstPending);
    while (!turnSpent()) {
        while (block.isValid() && !isPending(block))
            block = block.next();
        if (!block.isValid()) {
            m_pending = false;
            m_firstPending = doc->blockCount();
            Q_EMIT completed();
            return;
        }
        m_firstPending = block.blockNumber();
        rehighlightBlock(block);
        if (isPending(block))
            break; // the budget was already spent when it was reached
    }
    m_slices.start();
}
