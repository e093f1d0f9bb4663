#include "core/drive/basiclint.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {
const QRegularExpression::PatternOption kCi = QRegularExpression::CaseInsensitiveOption;

bool isWholeLineComment(const QString& line)
{
    const QString t = line.trimmed();
    return t.startsWith(QLatin1Char('\'')) || t.startsWith(QLatin1String("//")) || t.startsWith(QLatin1String("REM"))
        || t.startsWith(QLatin1Char('#'));
}

LintIssue issue(LintIssue::Rule rule, int line, qsizetype column0, qsizetype length, QString message)
{
    LintIssue i;
    i.rule = rule;
    i.line = line;
    i.column = int(column0) + 1;
    i.length = int(length);
    i.message = std::move(message);
    return i;
}

LintIssue withFix(LintIssue i, QString fix)
{
    i.hasFix = true;
    i.fixText = std::move(fix);
    return i;
}

// The compiler knows these phrases only in upper case (spec §1.2 "Case sensitivity").
struct UpperOnly
{
    const char* pattern;
    bool lineStart;
};
constexpr UpperOnly kUpperOnly[] = {
    { R"(FOR\s+EACH\b)", true },
    { R"(EXIT\s+FOR\b)", false },
    { R"(GROUP\s+BY\b)", false },
    { R"(ADD\s+SUGGESTION(?:\s+(?:TOOL|TEXT))?\b)", true },
    { R"(ADD\s+SWITCHER\b)", true },
    { R"(SET\s+SCHEDULE\b)", true },
    { R"(WEBHOOK\b(?=\s+[^\s=]))", true },
    { R"(PARAM\b(?=\s+[^\s=]))", true },
    { R"(DESCRIPTION\b(?=\s+[^\s=]))", true },
    { R"(REM\b(?!\s*=))", true },
};
} // namespace

QList<bool> BasicLint::codeMask(const QString& line)
{
    QList<bool> mask(line.size(), true);
    enum class In
    {
        Code,
        Quote,
        Backtick,
    } in
        = In::Code;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        switch (in) {
        case In::Code:
            if (c == QLatin1Char('"')) {
                in = In::Quote;
                mask[i] = false;
            } else if (c == QLatin1Char('`')) {
                in = In::Backtick;
                mask[i] = false;
            } else if (c == QLatin1Char('/') && i + 1 < line.size() && line.at(i + 1) == QLatin1Char('/')) {
                for (qsizetype j = i; j < line.size(); ++j)
                    mask[j] = false;
                return mask;
            } else if (c == QLatin1Char('\'') && (i == 0 || line.at(i - 1).isSpace())) {
                for (qsizetype j = i; j < line.size(); ++j)
                    mask[j] = false;
                return mask;
            }
            break;
        case In::Quote:
            mask[i] = false;
            if (c == QLatin1Char('\\') && i + 1 < line.size()) {
                mask[++i] = false;
            } else if (c == QLatin1Char('"')) {
                if (i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"'))
                    mask[++i] = false; // "" is an escaped quote
                else
                    in = In::Code;
            }
            break;
        case In::Backtick:
            mask[i] = false;
            if (c == QLatin1Char('`'))
                in = In::Code;
            break;
        }
    }
    return mask;
}

QList<LintIssue> BasicLint::lint(const QString& text)
{
    QString t = text;
    t.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    return lintLines(t.split(QLatin1Char('\n')));
}

QList<LintIssue> BasicLint::lintLines(const QStringList& lines)
{
    static const QRegularExpression elseIf(QStringLiteral(R"(^\s*(ELSE\s+IF)\b)"), kCi);
    static const QRegularExpression singleIf(QStringLiteral(R"(^(\s*)IF\b(.*?)\bTHEN\b([ \t]*)(\S.*?)\s*$)"), kCi);
    static const QRegularExpression remPrefix(QStringLiteral(R"(^\s*(REM\w+))"));
    static const QRegularExpression selectCase(QStringLiteral(R"(^\s*(SELECT\s+CASE)\b)"), kCi);
    static const QRegularExpression caseElse(QStringLiteral(R"(^\s*(CASE\s+ELSE)\b)"), kCi);
    static const QRegularExpression underscore(QStringLiteral(R"(\s(_)\s*$)"));
    static const QRegularExpression forEach(QStringLiteral(R"(^\s*FOR\s+EACH\s+(\w+))"), kCi);
    static const QRegularExpression nextLine(QStringLiteral(R"(^\s*NEXT\b)"), kCi);
    static const QRegularExpression endFor(QStringLiteral(R"(^\s*(END\s+FOR)\b)"), kCi);
    static const QRegularExpression paramOptional(QStringLiteral(R"(^\s*PARAM\b.*\b(OPTIONAL)\b)"), kCi);
    static const QRegularExpression elseWord(QStringLiteral(R"(\bELSE\b)"), kCi);
    static QList<QRegularExpression> upperOnly;
    if (upperOnly.isEmpty()) {
        for (const UpperOnly& u : kUpperOnly)
            upperOnly.append(
                QRegularExpression((u.lineStart ? QStringLiteral(R"(^\s*)") : QStringLiteral(R"((?<![\w]))"))
                        + QStringLiteral("(") + QLatin1String(u.pattern) + QStringLiteral(")"),
                    kCi));
    }

    QList<LintIssue> out;
    QStringList forEachVars;
    for (qsizetype li = 0; li < lines.size(); ++li) {
        const QString& line = lines.at(li);
        const int n = int(li) + 1;
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;

        // A line starting REM… is dropped whole, whatever follows (case-sensitive, no word boundary).
        if (auto m = remPrefix.match(line); m.hasMatch()) {
            out.append(issue(LintIssue::Rule::RemPrefix, n, m.capturedStart(1), m.capturedLength(1),
                QCoreApplication::translate("BasicLint",
                    "This line starts with \"REM\", so the compiler drops it as a comment (%1 never runs).")
                    .arg(m.captured(1))));
            continue;
        }
        if (isWholeLineComment(line))
            continue;
        const QList<bool> mask = codeMask(line);
        auto inCode = [&](qsizetype i) { return i >= 0 && i < mask.size() && mask.at(i); };

        for (qsizetype u = 0; u < upperOnly.size(); ++u) {
            auto it = upperOnly.at(u).globalMatch(line);
            while (it.hasNext()) {
                const auto m = it.next();
                const QString word = m.captured(1);
                if (!inCode(m.capturedStart(1)) || word == word.toUpper())
                    continue;
                QString upper = word.toUpper();
                out.append(withFix(
                    issue(LintIssue::Rule::UpperCaseOnly, n, m.capturedStart(1), m.capturedLength(1),
                        QCoreApplication::translate("BasicLint", "The compiler recognises %1 only in upper case.")
                            .arg(upper.simplified())),
                    upper));
            }
        }

        if (auto m = elseIf.match(line); m.hasMatch())
            out.append(withFix(issue(LintIssue::Rule::ElseIf, n, m.capturedStart(1), m.capturedLength(1),
                                   QCoreApplication::translate("BasicLint",
                                       "Only ELSEIF is recognised: \"ELSE IF\" opens a new IF that is never closed.")),
                QStringLiteral("ELSEIF")));

        if (auto m = singleIf.match(line); m.hasMatch() && inCode(m.capturedStart(4))) {
            const QString stmt = m.captured(4);
            const qsizetype stmtStart = m.capturedStart(4);
            // The range starts right after THEN so the fix also takes the blanks before the statement.
            LintIssue i = issue(LintIssue::Rule::SingleLineIf, n, m.capturedStart(3), line.size() - m.capturedStart(3),
                QCoreApplication::translate("BasicLint",
                    "A single-line IF … THEN statement: the compiler drops \"%1\"; put it on its own line and close "
                    "with END IF.")
                    .arg(stmt));
            // Safe only without ELSE and without a comment after the statement.
            bool comment = false;
            for (qsizetype k = stmtStart; k < line.size(); ++k)
                comment = comment
                    || (!mask.at(k) && (k == 0 || mask.at(k - 1))
                        && (line.at(k) == QLatin1Char('/') || line.at(k) == QLatin1Char('\'')));
            const bool plain = !elseWord.match(stmt).hasMatch() && !comment;
            const QString indent = m.captured(1);
            out.append(plain ? withFix(i,
                           QStringLiteral("\n") + indent + QStringLiteral("  ") + stmt + QStringLiteral("\n") + indent
                               + QStringLiteral("END IF"))
                             : i);
        }

        // A ' after whitespace outside strings starts a VB-style comment the compiler keeps.
        for (qsizetype i = 1; i < line.size(); ++i) {
            if (line.at(i) != QLatin1Char('\'') || !line.at(i - 1).isSpace() || !inCode(i - 1))
                continue;
            // 'c' is a Rhai character literal, valid as it is.
            if (i + 2 < line.size() && line.at(i + 2) == QLatin1Char('\''))
                break;
            out.append(withFix(issue(LintIssue::Rule::TrailingQuoteComment, n, i, 1,
                                   QCoreApplication::translate("BasicLint",
                                       "A trailing ' comment reaches Rhai as a character literal and fails to compile; "
                                       "use // instead.")),
                QStringLiteral("//")));
            break;
        }

        if (auto m = selectCase.match(line); m.hasMatch())
            out.append(withFix(issue(LintIssue::Rule::SelectCase, n, m.capturedStart(1), m.capturedLength(1),
                                   QCoreApplication::translate("BasicLint",
                                       "SELECT CASE is not recognised: write SELECT followed by the variable.")),
                QStringLiteral("SELECT")));
        if (auto m = caseElse.match(line); m.hasMatch())
            out.append(issue(LintIssue::Rule::CaseElse, n, m.capturedStart(1), m.capturedLength(1),
                QCoreApplication::translate(
                    "BasicLint", "CASE ELSE is not recognised: it compares the value with the text \"ELSE\".")));

        for (qsizetype i = 0; i < line.size(); ++i) {
            if (line.at(i) != QLatin1Char('&') || !inCode(i))
                continue;
            const QChar prev = i > 0 ? line.at(i - 1) : QChar();
            const QChar next = i + 1 < line.size() ? line.at(i + 1) : QChar();
            if (next == QLatin1Char('&') || next == QLatin1Char('=') || prev == QLatin1Char('&'))
                continue;
            // Next to a string literal it is certainly meant as concatenation: offer +.
            qsizetype l = i - 1, r = i + 1;
            while (l >= 0 && line.at(l).isSpace())
                --l;
            while (r < line.size() && line.at(r).isSpace())
                ++r;
            const bool besideString = (l >= 0 && !inCode(l)) || (r < line.size() && !inCode(r));
            LintIssue is = issue(LintIssue::Rule::AmpersandConcat, n, i, 1,
                QCoreApplication::translate(
                    "BasicLint", "& is not string concatenation in GB BASIC (it is Rhai's bitwise AND); use +."));
            out.append(besideString ? withFix(is, QStringLiteral("+")) : is);
        }

        if (auto m = underscore.match(line); m.hasMatch() && inCode(m.capturedStart(1)))
            out.append(issue(LintIssue::Rule::UnderscoreContinuation, n, m.capturedStart(1), 1,
                QCoreApplication::translate("BasicLint",
                    "There is no _ line continuation: end the line with a comma to continue a statement, or join the "
                    "lines.")));

        if (auto m = forEach.match(line); m.hasMatch())
            forEachVars.append(m.captured(1));
        else if (nextLine.match(line).hasMatch() && !forEachVars.isEmpty())
            forEachVars.removeLast();
        if (auto m = endFor.match(line); m.hasMatch()) {
            LintIssue i = issue(LintIssue::Rule::EndFor, n, m.capturedStart(1), m.capturedLength(1),
                QCoreApplication::translate(
                    "BasicLint", "END FOR does not close FOR EACH: write NEXT followed by the loop variable."));
            if (!forEachVars.isEmpty())
                i = withFix(i, QStringLiteral("NEXT ") + forEachVars.takeLast());
            out.append(i);
        }

        if (auto m = paramOptional.match(line); m.hasMatch() && inCode(m.capturedStart(1)))
            out.append(issue(LintIssue::Rule::ParamOptional, n, m.capturedStart(1), m.capturedLength(1),
                QCoreApplication::translate(
                    "BasicLint", "OPTIONAL is ignored: the compiler marks every PARAM as required.")));
    }
    std::stable_sort(out.begin(), out.end(), [](const LintIssue& a, const LintIssue& b) {
        return a.line != b.line ? a.line < b.line : a.column < b.column;
    });
    return out;
}

QString BasicLint::applyFix(const QString& text, const LintIssue& issue)
{
    if (!issue.hasFix)
        return text;
    // Positions are per line of '\n'-separated text; keep the text's own line breaks elsewhere.
    qsizetype start = 0;
    for (int l = 1; l < issue.line; ++l) {
        start = text.indexOf(QLatin1Char('\n'), start);
        if (start < 0)
            return text;
        ++start;
    }
    const qsizetype at = start + issue.column - 1;
    return text.left(at) + issue.fixText + text.mid(at + issue.length);
}
