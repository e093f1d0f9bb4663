#include "core/bots/configcsv.h"

#include "core/bots/configkeys.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QStringDecoder>

namespace ConfigCsv {
namespace {

const QByteArray kBom("\xEF\xBB\xBF");

QString decode(const QByteArray& bytes, bool* bad = nullptr)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString s = decoder(bytes);
    if (bad)
        *bad = decoder.hasError();
    return s;
}

// The current parser's view of one line: nullopt when it skips the line.
std::optional<std::pair<QString, QString>> currentParse(const QString& raw)
{
    const QString t = raw.trimmed();
    if (t.isEmpty() || t.startsWith(QLatin1Char('#')) || t.toLower().startsWith(QLatin1String("key,")))
        return std::nullopt;
    const qsizetype comma = t.indexOf(QLatin1Char(','));
    if (comma < 0)
        return std::nullopt;
    const QString key = t.left(comma).trimmed();
    if (key.isEmpty())
        return std::nullopt;
    return std::make_pair(key, t.mid(comma + 1).trimmed());
}

// Intermediate and Oct-2025 (after skipping line 1): split(',') and take parts[0], parts[1]. They
// skip no '#' line; a line without a comma has one part and is skipped. Trimming both parts is how
// the code reads; an empty key is assumed skipped (the upsert would reject nothing, but it is noise).
std::optional<std::pair<QString, QString>> olderParse(const QString& raw)
{
    const QStringList parts = raw.split(QLatin1Char(','));
    if (parts.size() < 2)
        return std::nullopt;
    const QString key = parts.at(0).trimmed();
    if (key.isEmpty())
        return std::nullopt;
    return std::make_pair(key, parts.at(1).trimmed());
}

Diagnostic make(Diagnostic::Severity s, Diagnostic::Code c, int line, const QString& key, const QString& message)
{
    Diagnostic d;
    d.severity = s;
    d.code = c;
    d.line = line;
    d.key = key;
    d.message = message;
    return d;
}

QString shortened(const QString& s)
{
    return s.size() > 60 ? s.left(57) + QStringLiteral("…") : s;
}

} // namespace

Document Document::fromBytes(const QByteArray& bytes)
{
    Document d;
    d.m_original = bytes;
    QByteArray body = bytes;
    if (body.startsWith(kBom)) {
        d.m_bom = true;
        body.remove(0, kBom.size());
    }
    qsizetype start = 0;
    while (start < body.size()) {
        const qsizetype nl = body.indexOf('\n', start);
        Line line;
        if (nl < 0) {
            line.text = body.mid(start);
            start = body.size();
        } else {
            line.text = body.mid(start, nl - start);
            line.eol = "\n";
            start = nl + 1;
        }
        if (!line.eol.isEmpty() && line.text.endsWith('\r')) {
            line.text.chop(1);
            line.eol = "\r\n";
        }
        d.m_lines << line;
    }
    return d;
}

QByteArray Document::toBytes() const
{
    QByteArray out;
    if (m_bom)
        out += kBom;
    for (const Line& l : m_lines)
        out += l.text + l.eol;
    return out;
}

QString Document::lineText(int line) const
{
    if (line < 1 || line > m_lines.size())
        return {};
    return decode(m_lines.at(line - 1).text);
}

QByteArray Document::lineEnding() const
{
    for (const Line& l : m_lines) {
        if (!l.eol.isEmpty())
            return l.eol;
    }
    return "\n";
}

QList<Setting> Document::settings(Parser parser) const
{
    QList<Setting> out;
    for (int i = 0; i < m_lines.size(); ++i) {
        QString raw = decode(m_lines.at(i).text);
        if (i == 0 && m_bom)
            raw.prepend(QChar(0xFEFF)); // botserver does not strip it; trim() keeps U+FEFF
        std::optional<std::pair<QString, QString>> kv;
        if (parser == Parser::Current)
            kv = currentParse(raw);
        else if (i > 0)
            kv = olderParse(raw);
        if (kv)
            out << Setting { kv->first, kv->second, i + 1 };
    }
    return out;
}

std::optional<Setting> Document::setting(const QString& key, Parser parser) const
{
    std::optional<Setting> found;
    for (const Setting& s : settings(parser)) {
        if (s.key == key)
            found = s;
    }
    return found;
}

QStringList Document::keys(Parser parser) const
{
    QStringList out;
    QSet<QString> seen;
    for (const Setting& s : settings(parser)) {
        if (!seen.contains(s.key)) {
            seen.insert(s.key);
            out << s.key;
        }
    }
    return out;
}

QList<Diagnostic> Document::diagnostics() const
{
    using S = Diagnostic::Severity;
    using C = Diagnostic::Code;
    QList<Diagnostic> out;
    if (m_bom) {
        out << make(S::Warning, C::ByteOrderMark, 1, {},
            QCoreApplication::translate("ConfigCsv",
                "The file starts with a byte-order mark: botserver keeps it as part of the first key. Save without "
                "it."));
    }
    QHash<QString, int> firstLine;
    bool anySetting = false;
    bool firstIsHeader = false;
    bool firstIsSetting = false;
    QString firstKey;
    for (int i = 0; i < m_lines.size(); ++i) {
        const int n = i + 1;
        bool bad = false;
        const QString raw = decode(m_lines.at(i).text, &bad);
        if (bad) {
            out << make(S::Warning, C::InvalidUtf8, n, {},
                QCoreApplication::translate("ConfigCsv",
                    "This line is not valid UTF-8: botserver reads the file as UTF-8 and may reject it or store "
                    "replacement characters."));
        }
        if (raw.contains(QLatin1Char('\r'))) {
            out << make(S::Warning, C::LoneCarriageReturn, n, {},
                QCoreApplication::translate("ConfigCsv",
                    "A carriage return without a line feed: botserver splits lines at line feeds only, so what "
                    "follows it belongs to this line."));
        }
        const QString t = raw.trimmed();
        if (t.isEmpty())
            continue;
        if (t.startsWith(QLatin1Char('#'))) {
            const qsizetype comma = t.indexOf(QLatin1Char(','));
            if (comma >= 0) {
                out << make(S::Warning, C::CommentWithComma, n, {},
                    QCoreApplication::translate("ConfigCsv",
                        "A comment holding a comma: older botserver versions do not skip '#' lines and would store "
                        "key “%1”. Keep comments free of commas.")
                        .arg(shortened(t.left(comma).trimmed())));
            }
            continue;
        }
        const qsizetype comma = t.indexOf(QLatin1Char(','));
        if (comma < 0) {
            out << make(S::Warning, C::NoComma, n, {},
                QCoreApplication::translate(
                    "ConfigCsv", "No comma on this line: every botserver version ignores it. Write key,value."));
            continue;
        }
        const QString rawKey = t.left(comma);
        const QString rawValue = t.mid(comma + 1);
        const QString key = rawKey.trimmed();
        const QString value = rawValue.trimmed();
        if (key.isEmpty()) {
            out << make(S::Warning, C::EmptyKey, n, {},
                QCoreApplication::translate("ConfigCsv", "The key is empty: botserver ignores this line."));
            continue;
        }
        const bool header
            = n == 1 && key.toLower() == QLatin1String("name") && value.toLower() == QLatin1String("value");
        const bool keyHeader = t.toLower().startsWith(QLatin1String("key,"));
        if (n == 1) {
            firstIsHeader = header || keyHeader;
            firstIsSetting = !firstIsHeader;
            firstKey = key;
        }
        if (keyHeader && n != 1) {
            out << make(S::Warning, C::KeyLineSkipped, n, key,
                QCoreApplication::translate("ConfigCsv",
                    "Current botserver skips every line starting with “key,”; older versions store it as key "
                    "“%1”.")
                    .arg(shortened(key)));
            continue;
        }
        if (header) {
            out << make(S::Info, C::HeaderStored, n, key,
                QCoreApplication::translate("ConfigCsv",
                    "The name,value header: older versions skip line 1; current botserver stores it as key "
                    "“name” (harmless)."));
            continue;
        }
        anySetting = true;
        if (rawKey != key || rawValue != value || raw != t) {
            out << make(S::Warning, C::SpacesAroundComma, n, key,
                QCoreApplication::translate("ConfigCsv",
                    "Spaces around the key or value: the parsers drop them. Write key,value without spaces."));
        }
        if (value.contains(QLatin1Char(','))) {
            const QString kept = value.section(QLatin1Char(','), 0, 0).trimmed();
            out << make(S::Warning, C::ValueHasComma, n, key,
                QCoreApplication::translate("ConfigCsv",
                    "The value holds a comma: current botserver keeps it whole, but older versions cut it at the "
                    "second comma and store only “%1”.")
                    .arg(shortened(kept)));
        }
        if (value.contains(QLatin1Char('"'))) {
            out << make(S::Warning, C::QuotesKept, n, key,
                QCoreApplication::translate(
                    "ConfigCsv", "Quotes are not CSV quoting here: botserver stores them as part of the value."));
        }
        if (const auto it = firstLine.constFind(key); it != firstLine.constEnd()) {
            out << make(S::Warning, C::DuplicateKey, n, key,
                QCoreApplication::translate("ConfigCsv", "“%1” is also set on line %2; this later line wins.")
                    .arg(shortened(key))
                    .arg(it.value()));
        } else {
            firstLine.insert(key, n);
        }
        const ConfigKeys::Info info = ConfigKeys::lookup(key);
        if (!info.known) {
            out << make(S::Info, C::UnknownKey, n, key,
                info.suggestion.isEmpty()
                    ? QCoreApplication::translate("ConfigCsv", "“%1” is not a key botserver is known to read.")
                          .arg(shortened(key))
                    : QCoreApplication::translate("ConfigCsv", "“%1” is not a known key: did you mean “%2”?")
                          .arg(shortened(key), info.suggestion));
        }
    }
    if (firstIsSetting) {
        out << make(S::Warning, C::MissingHeader, 1, firstKey,
            QCoreApplication::translate("ConfigCsv",
                "No name,value header: older botserver versions always skip line 1, so “%1” would never be applied "
                "there. Start the file with name,value.")
                .arg(shortened(firstKey)));
    } else if (!firstIsHeader && anySetting) {
        out << make(S::Info, C::MissingHeader, 1, {},
            QCoreApplication::translate("ConfigCsv",
                "No name,value header line: older botserver versions skip line 1; a header there is the safe "
                "first line."));
    }
    std::stable_sort(out.begin(), out.end(), [](const Diagnostic& a, const Diagnostic& b) { return a.line < b.line; });
    return out;
}

QList<Diagnostic> Document::checkEdit(const QString& key, const QString& value)
{
    using S = Diagnostic::Severity;
    using C = Diagnostic::Code;
    QList<Diagnostic> out;
    const auto hasBreak
        = [](const QString& s) { return s.contains(QLatin1Char('\n')) || s.contains(QLatin1Char('\r')); };
    if (key.trimmed().isEmpty())
        out << make(S::Error, C::KeyEmpty, 0, key, QCoreApplication::translate("ConfigCsv", "The key is empty."));
    if (hasBreak(key) || hasBreak(value))
        out << make(S::Error, C::LineBreak, 0, key,
            QCoreApplication::translate(
                "ConfigCsv", "A line break cannot be stored: config.csv holds one setting per line."));
    if (key.contains(QChar(0)) || value.contains(QChar(0)))
        out << make(S::Error, C::NulCharacter, 0, key,
            QCoreApplication::translate("ConfigCsv", "A NUL character cannot be stored."));
    if (key.contains(QLatin1Char(',')))
        out << make(S::Error, C::KeyHasComma, 0, key,
            QCoreApplication::translate("ConfigCsv", "A key cannot hold a comma: the first comma ends the key."));
    if (key.trimmed().startsWith(QLatin1Char('#')))
        out << make(S::Error, C::KeyStartsWithHash, 0, key,
            QCoreApplication::translate(
                "ConfigCsv", "A key cannot start with '#': botserver skips the line as a comment."));
    if (!key.trimmed().isEmpty() && key != key.trimmed())
        out << make(S::Error, C::KeyHasSpacesAround, 0, key,
            QCoreApplication::translate(
                "ConfigCsv", "Spaces before or after the key would be dropped by botserver; remove them."));
    if (key.trimmed().toLower() == QLatin1String("key"))
        out << make(S::Error, C::KeyLineSkipped, 0, key,
            QCoreApplication::translate("ConfigCsv",
                "Current botserver skips every line starting with “key,”: this key can never be applied."));
    if (value != value.trimmed())
        out << make(S::Warning, C::ValueSpacesAround, 0, key,
            QCoreApplication::translate("ConfigCsv", "Spaces before or after the value are dropped by botserver."));
    if (value.contains(QLatin1Char(',')))
        out << make(S::Warning, C::ValueHasComma, 0, key,
            QCoreApplication::translate(
                "ConfigCsv", "The value holds a comma: older botserver versions keep only “%1”.")
                .arg(shortened(value.section(QLatin1Char(','), 0, 0).trimmed())));
    if (value.contains(QLatin1Char('"')))
        out << make(S::Warning, C::QuotesKept, 0, key,
            QCoreApplication::translate(
                "ConfigCsv", "Quotes are stored as part of the value (config.csv has no quoting)."));
    return out;
}

QByteArray Document::encodeLine(const QString& key, const QString& value)
{
    return (key + QLatin1Char(',') + value).toUtf8();
}

void Document::ensureFinalNewline()
{
    if (!m_lines.isEmpty() && m_lines.last().eol.isEmpty())
        m_lines.last().eol = lineEnding();
}

Result<void> Document::setValue(const QString& key, const QString& value)
{
    for (const Diagnostic& d : checkEdit(key, value)) {
        if (d.severity == Diagnostic::Severity::Error)
            return Error::of(d.message);
    }
    int target = -1;
    for (int i = 0; i < m_lines.size(); ++i) {
        QString raw = decode(m_lines.at(i).text);
        if (const auto kv = currentParse(raw); kv && kv->first == key)
            target = i;
    }
    if (target >= 0) {
        m_lines[target].text = encodeLine(key, value);
        return {};
    }
    const QByteArray eol = lineEnding();
    if (m_lines.isEmpty())
        m_lines << Line { "name,value", eol };
    ensureFinalNewline();
    m_lines << Line { encodeLine(key, value), eol };
    return {};
}

int Document::removeKey(const QString& key)
{
    int removed = 0;
    for (int i = int(m_lines.size()) - 1; i >= 0; --i) {
        const auto kv = currentParse(decode(m_lines.at(i).text));
        if (kv && kv->first == key) {
            m_lines.removeAt(i);
            ++removed;
        }
    }
    return removed;
}

QByteArray maskSecretValues(const QByteArray& bytes, const QByteArray& mask)
{
    QByteArray out;
    out.reserve(bytes.size());
    qsizetype start = 0;
    while (start < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        end = end < 0 ? bytes.size() : end + 1;
        const QByteArray line = bytes.mid(start, end - start);
        start = end;
        const qsizetype comma = line.indexOf(',');
        const QString key = comma < 0 ? QString() : QString::fromUtf8(line.left(comma)).trimmed();
        if (comma < 0 || key.startsWith(QLatin1Char('#')) || !ConfigKeys::isSecretKey(key)) {
            out += line;
            continue;
        }
        qsizetype valueEnd = line.size();
        while (valueEnd > comma + 1 && (line.at(valueEnd - 1) == '\n' || line.at(valueEnd - 1) == '\r'))
            --valueEnd;
        const QByteArray value = line.mid(comma + 1, valueEnd - comma - 1);
        out += line.left(comma + 1);
        out += ConfigKeys::isPlaceholder(QString::fromUtf8(value).trimmed()) ? value : mask;
        out += line.mid(valueEnd);
    }
    return out;
}

} // namespace ConfigCsv
