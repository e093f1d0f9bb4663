#include "widgets/editor/fallbackhighlighter.h"

#include <QColor>
#include <QFont>

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

FallbackHighlighter::FallbackHighlighter(QTextDocument* document, std::shared_ptr<const SyntaxDefinition> definition)
    : QSyntaxHighlighter(document)
    , m_definition(std::move(definition))
{
    m_states.append(SyntaxDefinition::initialState());
    m_stateIds.insert(SyntaxDefinition::initialState(), 0);
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

void FallbackHighlighter::highlightBlock(const QString& text)
{
    const int previous = previousBlockState();
    const SyntaxDefinition::State& before
        = previous >= 0 && previous < m_states.size() ? m_states.at(previous) : m_states.at(0);
    const SyntaxDefinition::State after
        = m_definition->highlightLine(text, before, [this](int offset, int length, int item) {
              if (item >= 0 && item < m_formats.size())
                  setFormat(offset, length, m_formats.at(item));
          });
    setCurrentBlockState(internState(after));
}
