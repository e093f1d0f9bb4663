#include "core/drive/basicblocks.h"

#include <QRegularExpression>

namespace {
enum class Role
{
    Open,
    Middle,
    Close,
};
struct Token
{
    BasicBlocks::Keyword keyword;
    QString kind;
    Role role;
};

struct Pattern
{
    const char* regex; // matched at the start of the line (after indentation); group 1 = the keyword
    const char* kind;
    Role role;
};

// Order matters: the longer forms first.
constexpr Pattern kPatterns[] = {
    { R"((END\s+IF|ENDIF)\b)", "IF", Role::Close },
    { R"((ELSEIF)\b)", "IF", Role::Middle },
    { R"((ELSE)\b)", "IF", Role::Middle },
    { R"((IF)\b(?=.*\bTHEN\s*(?:(?:'|//).*)?$))", "IF", Role::Open },
    { R"((END\s+FOR)\b)", "FOR", Role::Close },
    { R"((EXIT\s+FOR|EXIT\s+DO|EXIT\s+WHILE|EXIT\s+SUB|EXIT\s+FUNCTION)\b)", "", Role::Middle },
    { R"((FOR)\b)", "FOR", Role::Open },
    { R"((NEXT)\b)", "FOR", Role::Close },
    { R"((DO)\b)", "DO", Role::Open },
    { R"((LOOP)\b)", "DO", Role::Close },
    { R"((WHILE)\b)", "WHILE", Role::Open },
    { R"((WEND)\b)", "WHILE", Role::Close },
    { R"((END\s+SUB)\b)", "SUB", Role::Close },
    { R"((SUB)\b)", "SUB", Role::Open },
    { R"((END\s+FUNCTION)\b)", "FUNCTION", Role::Close },
    { R"((FUNCTION)\b)", "FUNCTION", Role::Open },
    { R"((END\s+SELECT)\b)", "SELECT", Role::Close },
    { R"((SELECT)\b)", "SELECT", Role::Open },
    { R"((CASE)\b)", "SELECT", Role::Middle },
    { R"((END\s+SWITCH)\b)", "SWITCH", Role::Close },
    { R"((SWITCH)\b)", "SWITCH", Role::Open },
    { R"((DEFAULT)\b)", "SWITCH", Role::Middle },
    { R"((END\s+WITH)\b)", "WITH", Role::Close },
    { R"((WITH)\b)", "WITH", Role::Open },
    { R"((END\s+TABLE)\b)", "TABLE", Role::Close },
    { R"((TABLE)\b)", "TABLE", Role::Open },
    { R"((END\s+TALK)\b)", "TALK", Role::Close },
    { R"((BEGIN\s+TALK)\b)", "TALK", Role::Open },
    { R"((END\s+MAIL)\b)", "MAIL", Role::Close },
    { R"((BEGIN\s+MAIL)\b)", "MAIL", Role::Open },
    { R"((END\s+SYSTEM\s+PROMPT)\b)", "PROMPT", Role::Close },
    { R"((BEGIN\s+SYSTEM\s+PROMPT)\b)", "PROMPT", Role::Open },
};

QList<Token> tokens(const QStringList& lines)
{
    static QList<QRegularExpression> regexes;
    if (regexes.isEmpty())
        for (const Pattern& p : kPatterns)
            regexes.append(QRegularExpression(
                QStringLiteral(R"(^\s*)") + QLatin1String(p.regex), QRegularExpression::CaseInsensitiveOption));
    QList<Token> out;
    bool inText = false; // inside BEGIN TALK / SYSTEM PROMPT the lines are text
    QString textKind;
    for (qsizetype li = 0; li < lines.size(); ++li) {
        const QString& line = lines.at(li);
        for (qsizetype p = 0; p < regexes.size(); ++p) {
            const auto m = regexes.at(p).match(line);
            if (!m.hasMatch())
                continue;
            const Pattern& pat = kPatterns[p];
            const QString kind = QLatin1String(pat.kind);
            if (inText && !(kind == textKind && pat.role == Role::Close))
                break;
            if (kind.isEmpty())
                break;
            out.append(
                Token { { int(li) + 1, int(m.capturedStart(1)) + 1, int(m.capturedLength(1)) }, kind, pat.role });
            if ((kind == QLatin1String("TALK") || kind == QLatin1String("PROMPT") || kind == QLatin1String("MAIL"))) {
                inText = pat.role == Role::Open;
                textKind = kind;
            }
            break;
        }
    }
    return out;
}
} // namespace

QList<BasicBlocks::Keyword> BasicBlocks::partners(const QStringList& lines, int line, int column)
{
    const QList<Token> all = tokens(lines);
    // Group tokens into blocks with a stack of open blocks.
    QList<QList<int>> groups;
    QList<int> stack; // indices into groups
    int wanted = -1;
    for (qsizetype t = 0; t < all.size(); ++t) {
        const Token& tok = all.at(t);
        const bool here = tok.keyword.line == line && column >= tok.keyword.column
            && column <= tok.keyword.column + tok.keyword.length;
        int group = -1;
        if (tok.role == Role::Open) {
            groups.append(QList<int> { int(t) });
            stack.append(int(groups.size()) - 1);
            group = stack.last();
        } else {
            // Close the innermost block of this kind (an unbalanced inner block is skipped).
            for (qsizetype s = stack.size() - 1; s >= 0; --s) {
                if (all.at(groups.at(stack.at(s)).first()).kind == tok.kind) {
                    group = stack.at(s);
                    groups[group].append(int(t));
                    if (tok.role == Role::Close)
                        stack.remove(s, stack.size() - s);
                    break;
                }
            }
        }
        if (here)
            wanted = group;
    }
    if (wanted < 0)
        return {};
    const QList<int>& g = groups.at(wanted);
    if (all.at(g.last()).role != Role::Close)
        return {};
    QList<Keyword> out;
    for (int t : g)
        out.append(all.at(t).keyword);
    return out;
}
