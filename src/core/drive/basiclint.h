#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// A trap of the GB BASIC compiler (host spec §1.2–1.3, every rule marked [quirk]) found in a script.
struct LintIssue
{
    enum class Rule
    {
        ElseIf, // ELSE IF: only ELSEIF is recognised
        SingleLineIf, // IF c THEN stmt: stmt is dropped
        TrailingQuoteComment, // code ' comment: reaches Rhai as a char literal
        RemPrefix, // REMEMBER… (any line starting REM) is dropped as a comment
        SelectCase, // SELECT CASE var: not special-cased
        CaseElse, // CASE ELSE: not special-cased
        AmpersandConcat, // & is not concatenation
        UnderscoreContinuation, // _ at line end does not continue
        EndFor, // FOR EACH … END FOR: END FOR closes nothing
        ParamOptional, // PARAM … OPTIONAL: ignored, the param stays required
        UpperCaseOnly, // FOR EACH/EXIT FOR/GROUP BY/ADD SUGGESTION/ADD SWITCHER/SET
                       // SCHEDULE/WEBHOOK/PARAM/DESCRIPTION/REM
    };
    Rule rule = Rule::ElseIf;
    int line = 1; // 1-based
    int column = 1; // 1-based, in UTF-16 code units of the line
    int length = 0;
    QString message; // one line, for a person
    // A safe quick fix: replace [column, column + length) of `line` with fixText (may hold '\n').
    bool hasFix = false;
    QString fixText;
};

namespace BasicLint {
QList<LintIssue> lint(const QString& text);
QList<LintIssue> lintLines(const QStringList& lines);
// The script text with the fix of `issue` applied (the text the issue was found in).
QString applyFix(const QString& text, const LintIssue& issue);
// Which characters of a line are code (not inside a string literal or a comment).
QList<bool> codeMask(const QString& line);
} // namespace BasicLint
