#include "widgets/editor/syntaxdefinition.h"

#include <QCoreApplication>
#include <QFile>
#include <QXmlStreamReader>

namespace {
bool attrBool(const QXmlStreamAttributes& a, const char* name)
{
    const auto v = a.value(QLatin1String(name));
    return v == QLatin1String("true") || v == QLatin1String("1");
}

int firstNonSpaceChar(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i)
        if (!text.at(i).isSpace())
            return int(i);
    return int(text.size());
}
} // namespace

Result<std::shared_ptr<const SyntaxDefinition>> SyntaxDefinition::load(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::of(QCoreApplication::translate("SyntaxDefinition", "Cannot read the syntax definition %1: %2")
                             .arg(path, f.errorString()));
    return parse(f.readAll());
}

int SyntaxDefinition::itemIndex(const QString& name) const
{
    for (qsizetype i = 0; i < m_items.size(); ++i)
        if (m_items.at(i).name == name)
            return int(i);
    return -1;
}

Result<SyntaxDefinition::ContextSwitch> SyntaxDefinition::resolveSwitch(const QString& text) const
{
    ContextSwitch sw;
    QStringView rest(text);
    if (rest.isEmpty() || rest == QLatin1String("#stay"))
        return sw;
    while (rest.startsWith(QLatin1String("#pop"))) {
        ++sw.pops;
        rest = rest.mid(4);
    }
    if (rest.startsWith(QLatin1Char('!')))
        rest = rest.mid(1);
    if (rest.isEmpty())
        return sw;
    for (qsizetype i = 0; i < m_contexts.size(); ++i)
        if (m_contexts.at(i).name == rest) {
            sw.push = int(i);
            return sw;
        }
    return Error::of(
        QCoreApplication::translate("SyntaxDefinition", "The syntax definition switches to an unknown context: %1")
            .arg(text));
}

Result<std::shared_ptr<const SyntaxDefinition>> SyntaxDefinition::parse(const QByteArray& xml)
{
    auto def = std::make_shared<SyntaxDefinition>();
    QXmlStreamReader r(xml);
    Context* context = nullptr;
    KeywordList* list = nullptr;
    QString additional, weak;
    bool languageCaseSensitive = true;
    bool keywordCaseSet = false;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isEndElement()) {
            const auto n = r.name();
            if (n == QLatin1String("context"))
                context = nullptr;
            else if (n == QLatin1String("list"))
                list = nullptr;
            continue;
        }
        if (!r.isStartElement())
            continue;
        const auto n = r.name();
        const QXmlStreamAttributes a = r.attributes();
        if (n == QLatin1String("language")) {
            def->m_name = a.value(QLatin1String("name")).toString();
            if (a.hasAttribute(QLatin1String("casesensitive")))
                languageCaseSensitive = attrBool(a, "casesensitive");
        } else if (n == QLatin1String("list")) {
            def->m_lists.append(KeywordList { a.value(QLatin1String("name")).toString(), {}, {} });
            list = &def->m_lists.last();
        } else if (n == QLatin1String("item") && list) {
            const QString word = r.readElementText().trimmed();
            list->exact.insert(word);
            list->folded.insert(word.toCaseFolded());
        } else if (n == QLatin1String("context")) {
            Context c;
            c.name = a.value(QLatin1String("name")).toString();
            c.pendingAttribute = a.value(QLatin1String("attribute")).toString();
            c.pendingLineEnd = a.value(QLatin1String("lineEndContext")).toString();
            c.pendingLineEmpty = a.value(QLatin1String("lineEmptyContext")).toString();
            c.pendingFallthrough = a.value(QLatin1String("fallthroughContext")).toString();
            c.hasFallthrough = !c.pendingFallthrough.isEmpty() && c.pendingFallthrough != QLatin1String("#stay");
            def->m_contexts.append(c);
            context = &def->m_contexts.last();
        } else if (context) {
            Rule rule;
            static const QList<QPair<QLatin1String, RuleType>> kinds {
                { QLatin1String("DetectSpaces"), RuleType::DetectSpaces },
                { QLatin1String("DetectChar"), RuleType::DetectChar },
                { QLatin1String("Detect2Chars"), RuleType::Detect2Chars },
                { QLatin1String("AnyChar"), RuleType::AnyChar },
                { QLatin1String("StringDetect"), RuleType::StringDetect },
                { QLatin1String("RegExpr"), RuleType::RegExpr },
                { QLatin1String("keyword"), RuleType::Keyword },
            };
            auto kind = std::find_if(kinds.begin(), kinds.end(), [&](const auto& k) { return k.first == n; });
            if (kind == kinds.end())
                return Error::of(QCoreApplication::translate(
                    "SyntaxDefinition", "The built-in highlighter does not implement the rule <%1> (line %2).")
                                     .arg(n.toString())
                                     .arg(r.lineNumber()));
            if (a.hasAttribute(QLatin1String("dynamic")) && attrBool(a, "dynamic"))
                return Error::of(QCoreApplication::translate(
                    "SyntaxDefinition", "The built-in highlighter does not implement dynamic rules (line %1).")
                                     .arg(r.lineNumber()));
            rule.type = kind->second;
            rule.pendingAttribute = a.value(QLatin1String("attribute")).toString();
            rule.pendingContext = a.value(QLatin1String("context")).toString();
            rule.lookAhead = attrBool(a, "lookAhead");
            rule.firstNonSpace = attrBool(a, "firstNonSpace");
            if (a.hasAttribute(QLatin1String("column")))
                rule.column = a.value(QLatin1String("column")).toInt();
            rule.caseSensitivity = attrBool(a, "insensitive") ? Qt::CaseInsensitive : Qt::CaseSensitive;
            const QString ch = a.value(QLatin1String("char")).toString();
            const QString ch1 = a.value(QLatin1String("char1")).toString();
            rule.char0 = ch.isEmpty() ? QChar() : ch.at(0);
            rule.char1 = ch1.isEmpty() ? QChar() : ch1.at(0);
            rule.string = a.value(QLatin1String("String")).toString();
            if (rule.type == RuleType::Keyword) {
                rule.pendingList = rule.string;
                // A keyword rule without `insensitive` follows <keywords casesensitive>.
                if (!a.hasAttribute(QLatin1String("insensitive")))
                    rule.caseSensitivity = Qt::CaseSensitive, rule.keywordList = -2;
            }
            if (rule.type == RuleType::RegExpr) {
                QRegularExpression::PatternOptions options = QRegularExpression::UseUnicodePropertiesOption;
                if (rule.caseSensitivity == Qt::CaseInsensitive)
                    options |= QRegularExpression::CaseInsensitiveOption;
                if (attrBool(a, "minimal"))
                    options |= QRegularExpression::InvertedGreedinessOption;
                rule.regex = QRegularExpression(rule.string, options);
                if (!rule.regex.isValid())
                    return Error::of(QCoreApplication::translate(
                        "SyntaxDefinition", "Invalid regular expression in the syntax definition (line %1): %2")
                                         .arg(r.lineNumber())
                                         .arg(rule.regex.errorString()));
            }
            context->rules.append(rule);
            r.skipCurrentElement();
            // skipCurrentElement consumed the end element of the rule, not of the context.
        } else if (n == QLatin1String("itemData")) {
            def->m_items.append(ItemData {
                a.value(QLatin1String("name")).toString(), a.value(QLatin1String("defStyleNum")).toString() });
        } else if (n == QLatin1String("keywords")) {
            if (a.hasAttribute(QLatin1String("casesensitive"))) {
                def->m_keywordCase = attrBool(a, "casesensitive") ? Qt::CaseSensitive : Qt::CaseInsensitive;
                keywordCaseSet = true;
            }
            additional = a.value(QLatin1String("additionalDeliminator")).toString();
            weak = a.value(QLatin1String("weakDeliminator")).toString();
        }
    }
    if (r.hasError())
        return Error::of(QCoreApplication::translate(
            "SyntaxDefinition", "The syntax definition is not well-formed XML (line %1): %2")
                             .arg(r.lineNumber())
                             .arg(r.errorString()));
    if (def->m_contexts.isEmpty())
        return Error::of(QCoreApplication::translate("SyntaxDefinition", "The syntax definition has no contexts."));
    if (!keywordCaseSet)
        def->m_keywordCase = languageCaseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive;

    def->m_delimiters = QStringLiteral(".():!+*,-<=>%&/;?[]^{|}~\\ \t") + additional;
    for (QChar c : std::as_const(weak))
        def->m_delimiters.remove(c);

    // Second pass: names to indices.
    for (Context& c : def->m_contexts) {
        c.item = std::max(0, def->itemIndex(c.pendingAttribute));
        for (auto [text, target] :
            { std::pair { &c.pendingLineEnd, &c.lineEnd }, std::pair { &c.pendingLineEmpty, &c.lineEmpty },
                std::pair { &c.pendingFallthrough, &c.fallthrough } }) {
            auto sw = def->resolveSwitch(*text);
            if (!sw)
                return sw.error();
            *target = *sw;
        }
        for (Rule& rule : c.rules) {
            rule.item = rule.pendingAttribute.isEmpty() ? -1 : def->itemIndex(rule.pendingAttribute);
            if (!rule.pendingAttribute.isEmpty() && rule.item < 0)
                return Error::of(QCoreApplication::translate(
                    "SyntaxDefinition", "The syntax definition uses an undefined attribute: %1")
                                     .arg(rule.pendingAttribute));
            auto sw = def->resolveSwitch(rule.pendingContext);
            if (!sw)
                return sw.error();
            rule.context = *sw;
            if (rule.type == RuleType::Keyword) {
                if (rule.keywordList == -2)
                    rule.caseSensitivity = def->m_keywordCase;
                rule.keywordList = -1;
                for (qsizetype i = 0; i < def->m_lists.size(); ++i)
                    if (def->m_lists.at(i).name == rule.pendingList)
                        rule.keywordList = int(i);
                if (rule.keywordList < 0)
                    return Error::of(QCoreApplication::translate(
                        "SyntaxDefinition", "The syntax definition uses an undefined keyword list: %1")
                                         .arg(rule.pendingList));
            }
        }
    }
    return std::shared_ptr<const SyntaxDefinition>(std::move(def));
}

SyntaxDefinition::Match SyntaxDefinition::match(const Rule& rule, QStringView text, int offset) const
{
    const qsizetype size = text.size();
    switch (rule.type) {
    case RuleType::DetectSpaces: {
        int end = offset;
        while (end < size && text.at(end).isSpace())
            ++end;
        return { end, 0 };
    }
    case RuleType::DetectChar:
        return { text.at(offset) == rule.char0 ? offset + 1 : offset, 0 };
    case RuleType::Detect2Chars:
        return { offset + 1 < size && text.at(offset) == rule.char0 && text.at(offset + 1) == rule.char1 ? offset + 2
                                                                                                         : offset,
            0 };
    case RuleType::AnyChar:
        return { rule.string.contains(text.at(offset)) ? offset + 1 : offset, 0 };
    case RuleType::StringDetect:
        return { text.mid(offset).startsWith(rule.string, rule.caseSensitivity) ? offset + int(rule.string.size())
                                                                                : offset,
            0 };
    case RuleType::RegExpr: {
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
        const auto m = rule.regex.matchView(text, offset, QRegularExpression::NormalMatch);
#else
        const auto m = rule.regex.match(text, offset, QRegularExpression::NormalMatch);
#endif
        if (m.hasMatch() && m.capturedStart() == offset)
            return { offset + int(m.capturedLength()), 0 };
        return { offset, m.hasMatch() ? int(m.capturedStart()) : -1 };
    }
    case RuleType::Keyword: {
        int end = offset;
        while (end < size && !isDelimiter(text.at(end)))
            ++end;
        if (end == offset)
            return { offset, 0 };
        const KeywordList& list = m_lists.at(rule.keywordList);
        const QString word = text.mid(offset, end - offset).toString();
        const bool found = rule.caseSensitivity == Qt::CaseSensitive ? list.exact.contains(word)
                                                                     : list.folded.contains(word.toCaseFolded());
        return found ? Match { end, 0 } : Match { offset, end };
    }
    }
    return { offset, 0 };
}

void SyntaxDefinition::switchContext(State& state, const ContextSwitch& sw) const
{
    // The initial context is never popped (as in KSyntaxHighlighting).
    for (int i = 0; i < sw.pops && state.size() > 1; ++i)
        state.removeLast();
    if (sw.push >= 0)
        state.append(sw.push);
}

SyntaxDefinition::State SyntaxDefinition::highlightLine(
    QStringView text, const State& previous, const FormatCallback& format) const
{
    State state = previous.isEmpty() ? initialState() : previous;
    if (text.isEmpty()) {
        for (int guard = 0; guard < 1024 && !m_contexts.at(state.last()).lineEmpty.isStay(); ++guard)
            switchContext(state, m_contexts.at(state.last()).lineEmpty);
        return state;
    }

    // Per rule (context index, rule index): the offset from which it may match again; -1 = never.
    QHash<quint64, int> skipOffsets;
    const int size = int(text.size());
    int firstNonSpace = -1;
    int offset = 0;
    int beginOffset = 0;
    int currentItem = m_contexts.at(state.last()).item;
    int lastOffset = 0;
    int loops = 0;
    do {
        if (lastOffset == offset) {
            if (++loops > 1024)
                break;
        } else {
            lastOffset = offset;
            loops = 0;
        }
        const int contextIndex = state.last();
        const Context& context = m_contexts.at(contextIndex);
        bool lookAhead = false;
        int newOffset = 0;
        int newItem = -1;
        for (qsizetype ri = 0; ri < context.rules.size(); ++ri) {
            const Rule& rule = context.rules.at(ri);
            if (rule.column >= 0 && rule.column != offset)
                continue;
            if (rule.firstNonSpace) {
                if (firstNonSpace < 0)
                    firstNonSpace = firstNonSpaceChar(text);
                if (offset > firstNonSpace)
                    continue;
            }
            const quint64 key = (quint64(contextIndex) << 32) | quint64(ri);
            const bool skippable = rule.type == RuleType::RegExpr || rule.type == RuleType::Keyword;
            int currentSkip = 0;
            if (skippable) {
                currentSkip = skipOffsets.value(key, 0);
                if (currentSkip < 0 || currentSkip > offset)
                    continue;
            }
            const Match m = match(rule, text, offset);
            newOffset = m.offset;
            if (skippable && (m.skip < 0 || m.skip > currentSkip))
                skipOffsets.insert(key, m.skip);
            if (newOffset <= offset)
                continue;
            if (rule.lookAhead) {
                switchContext(state, rule.context);
                lookAhead = true;
                break;
            }
            switchContext(state, rule.context);
            newItem = rule.item >= 0 ? rule.item : m_contexts.at(state.last()).item;
            break;
        }
        if (lookAhead)
            continue;
        if (newOffset <= offset) {
            if (context.hasFallthrough) {
                switchContext(state, context.fallthrough);
                continue;
            }
            newOffset = offset + 1;
            newItem = context.item;
        }
        if (newItem != currentItem) {
            if (offset > 0)
                format(beginOffset, offset - beginOffset, currentItem);
            beginOffset = offset;
            currentItem = newItem;
        }
        offset = newOffset;
    } while (offset < size);
    if (beginOffset < offset)
        format(beginOffset, size - beginOffset, currentItem);

    for (int guard = 0; guard < 1024 && !m_contexts.at(state.last()).lineEnd.isStay(); ++guard) {
        const int before = int(state.size());
        switchContext(state, m_contexts.at(state.last()).lineEnd);
        if (state.size() == before && m_contexts.at(state.last()).lineEnd.push < 0)
            break; // tried to pop the initial context
    }
    return state;
}
