#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

// A bot's `{bot}.gbot/config.csv` as botserver reads it (spec generalbots-host.md §2.2), kept
// losslessly: the bytes of every line an edit does not touch stay exactly as they were (comments,
// order, blank lines, CRLF or LF, a byte-order mark, a missing final newline). It is NOT CSV:
// there is no quoting; the key is the text before the first comma.
namespace ConfigCsv {

// The three parsers botserver has had. Which one a host runs is not visible from outside, so the
// diagnostics report what each would do wrong.
enum class Parser
{
    Current, // DriveMonitor::sync_bot_config: trim; skip blank, '#…', 'key,…'; split at the FIRST comma
    Intermediate, // ConfigManager::sync_gbot_config(content): skips line 1; split(',') → parts[0], parts[1]
    Oct2025, // same parsing as Intermediate (and a file-hash check in gbot_config_sync)
};

struct Setting
{
    QString key;
    QString value;
    int line = 0; // 1-based line of the file
};

struct Diagnostic
{
    enum class Severity
    {
        Info,
        Warning,
        Error, // the edit is refused / the file cannot be used as it is
    };
    enum class Code
    {
        ValueHasComma,
        QuotesKept,
        SpacesAroundComma,
        MissingHeader,
        CommentWithComma,
        NoComma,
        EmptyKey,
        DuplicateKey,
        KeyLineSkipped,
        HeaderStored,
        LoneCarriageReturn,
        ByteOrderMark,
        InvalidUtf8,
        UnknownKey,
        // Edit checks (refused):
        KeyEmpty,
        KeyHasComma,
        KeyStartsWithHash,
        KeyHasSpacesAround,
        LineBreak,
        NulCharacter,
        ValueSpacesAround,
    };
    Severity severity = Severity::Warning;
    Code code = Code::NoComma;
    int line = 0; // 1-based; 0 for the edit checks
    QString key;
    QString message; // a sentence for a person (tr()'d)
};

class Document
{
public:
    Document() = default;
    static Document fromBytes(const QByteArray& bytes);

    // Exactly the bytes read when nothing was edited.
    QByteArray toBytes() const;
    bool isModified() const { return toBytes() != m_original; }
    QByteArray originalBytes() const { return m_original; }

    int lineCount() const { return int(m_lines.size()); }
    // A line's text as decoded UTF-8, without its end-of-line (and without the BOM on line 1).
    QString lineText(int line) const; // 1-based
    bool hasByteOrderMark() const { return m_bom; }
    QByteArray lineEnding() const; // the file's first line ending, "\n" when it has none

    // What `parser` would store, in file order (a later duplicate overrides an earlier one).
    QList<Setting> settings(Parser parser = Parser::Current) const;
    // The final value per key under `parser` (the last line holding the key wins).
    std::optional<Setting> setting(const QString& key, Parser parser = Parser::Current) const;
    QStringList keys(Parser parser = Parser::Current) const; // unique, in first-seen order

    // Problems of the whole file for any botserver version, one per line and kind.
    QList<Diagnostic> diagnostics() const;

    // Edits as the current parser sees keys. setValue rewrites the LAST line holding the key (the
    // one that wins) as `key,value`, or appends a line (and a `name,value` header first when the
    // file is empty); other lines keep their bytes. Refused (Error) when checkEdit finds an error.
    Result<void> setValue(const QString& key, const QString& value);
    // Removes every line holding the key and returns how many. The key stays in bot_configuration
    // (the sync never deletes), which the caller must tell the user.
    int removeKey(const QString& key);

    // Would `key,value` survive every parser unchanged? Errors refuse the edit; warnings explain
    // what older parsers would do (comma, quotes, surrounding spaces).
    static QList<Diagnostic> checkEdit(const QString& key, const QString& value);

private:
    struct Line
    {
        QByteArray text; // without end-of-line (and without the BOM)
        QByteArray eol; // "\n", "\r\n" or "" for a last line without newline
    };
    static QByteArray encodeLine(const QString& key, const QString& value);
    void ensureFinalNewline();

    QList<Line> m_lines;
    bool m_bom = false;
    QByteArray m_original;
};

// `bytes` with the value of every line whose key holds a secret (ConfigKeys::isSecretKey) replaced
// by `mask` (placeholders like `none` stay: they are no secret); everything else byte for byte. For
// showing a file to a person (the conflict comparison), never for saving.
QByteArray maskSecretValues(const QByteArray& bytes, const QByteArray& mask = "••••••••");

} // namespace ConfigCsv
