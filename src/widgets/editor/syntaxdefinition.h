#pragma once

#include "core/common/result.h"

#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringView>

#include <functional>
#include <memory>

// The built-in reader of KSyntaxHighlighting XML definitions, used where KF6 SyntaxHighlighting is
// not installed (Qt 6.4 leg). It implements the subset of rules GB Admin's definitions use
// (DetectSpaces, DetectChar, Detect2Chars, AnyChar, StringDetect, RegExpr, keyword) with the same
// matching order, skip offsets, word delimiters and context stack as KSyntaxHighlighting, so a
// line gets the same item classes either way (tst_syntaxhighlighting checks this on both legs).
// A definition using anything else fails to load instead of highlighting differently.
class SyntaxDefinition
{
public:
    struct ItemData
    {
        QString name;
        QString defaultStyle; // dsNormal, dsKeyword ...
    };
    // The context stack between lines; the initial state is {0}.
    using State = QList<int>;
    // One run of a line: [offset, offset + length) has item `item` (index into itemDatas()).
    using FormatCallback = std::function<void(int offset, int length, int item)>;

    static Result<std::shared_ptr<const SyntaxDefinition>> load(const QString& path);
    static Result<std::shared_ptr<const SyntaxDefinition>> parse(const QByteArray& xml);

    QString name() const { return m_name; }
    const QList<ItemData>& itemDatas() const { return m_items; }
    int itemIndex(const QString& name) const;

    // Highlights one line given the state after the previous line; returns the state after it.
    State highlightLine(QStringView text, const State& state, const FormatCallback& format) const;
    static State initialState() { return State { 0 }; }

private:
    struct ContextSwitch
    {
        int pops = 0;
        int push = -1; // context index, -1 = none
        bool isStay() const { return pops == 0 && push < 0; }
    };
    enum class RuleType
    {
        DetectSpaces,
        DetectChar,
        Detect2Chars,
        AnyChar,
        StringDetect,
        RegExpr,
        Keyword,
    };
    struct Rule
    {
        RuleType type = RuleType::DetectChar;
        int item = -1; // -1 = the context's attribute
        ContextSwitch context;
        bool lookAhead = false;
        bool firstNonSpace = false;
        int column = -1;
        Qt::CaseSensitivity caseSensitivity = Qt::CaseSensitive;
        QChar char0, char1;
        QString string;
        QRegularExpression regex;
        int keywordList = -1;
        QString pendingContext, pendingAttribute, pendingList;
    };
    struct Context
    {
        QString name;
        int item = 0;
        ContextSwitch lineEnd, lineEmpty, fallthrough;
        bool hasFallthrough = false;
        QList<Rule> rules;
        QString pendingAttribute, pendingLineEnd, pendingLineEmpty, pendingFallthrough;
    };
    struct KeywordList
    {
        QString name;
        QSet<QString> exact; // case-sensitive lookup
        QSet<QString> folded; // case-folded lookup
    };
    struct Match
    {
        int offset;
        int skip; // KSyntaxHighlighting's skip offset: 0 none, -1 never again in this line, >offset retry there
    };

    Result<ContextSwitch> resolveSwitch(const QString& text) const;
    Match match(const Rule& rule, QStringView text, int offset) const;
    bool isDelimiter(QChar c) const { return m_delimiters.contains(c); }
    void switchContext(State& state, const ContextSwitch& sw) const;

    QString m_name;
    QList<ItemData> m_items;
    QList<Context> m_contexts;
    QList<KeywordList> m_lists;
    QString m_delimiters;
    Qt::CaseSensitivity m_keywordCase = Qt::CaseSensitive;
};
