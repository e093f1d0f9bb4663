#include "core/dns/corefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>

namespace {
struct Token
{
    QString text;
    int line = 0;
};

// Caddyfile tokens: words, quoted strings, `{` and `}`; `#` starts a comment; newlines matter
// (a directive ends at the end of its line unless a block opens).
QList<QList<Token>> lines(QByteArrayView bytes, QString* error)
{
    QList<QList<Token>> out;
    const QString text = QString::fromUtf8(bytes);
    QList<Token> cur;
    int line = 1;
    int i = 0;
    const int n = int(text.size());
    auto flush = [&] {
        if (!cur.isEmpty())
            out.append(cur);
        cur.clear();
    };
    while (i < n) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\n')) {
            flush();
            ++line;
            ++i;
            continue;
        }
        if (c.isSpace()) {
            ++i;
            continue;
        }
        if (c == QLatin1Char('#')) {
            while (i < n && text.at(i) != QLatin1Char('\n'))
                ++i;
            continue;
        }
        if (c == QLatin1Char('{') || c == QLatin1Char('}')) {
            if (c == QLatin1Char('}'))
                flush(); // a closing brace is a line of its own, even after "reload 30s"
            cur.append(Token { QString(c), line });
            ++i;
            // A brace ends what came before it on the line as a unit of its own.
            flush();
            continue;
        }
        QString word;
        if (c == QLatin1Char('"')) {
            const int startLine = line;
            ++i;
            while (i < n && text.at(i) != QLatin1Char('"')) {
                if (text.at(i) == QLatin1Char('\\') && i + 1 < n)
                    ++i;
                if (text.at(i) == QLatin1Char('\n'))
                    ++line;
                word.append(text.at(i));
                ++i;
            }
            if (i >= n) {
                *error
                    = QCoreApplication::translate("Corefile", "Line %1: a quoted string is not closed.").arg(startLine);
                return {};
            }
            ++i;
            cur.append(Token { word, startLine });
            continue;
        }
        while (i < n && !text.at(i).isSpace() && text.at(i) != QLatin1Char('{') && text.at(i) != QLatin1Char('}'))
            word.append(text.at(i++));
        cur.append(Token { word, line });
    }
    flush();
    return out;
}

// "dns://example.com:53" → "example.com"; "." stays "."
QString zoneOfKey(QString key)
{
    key = key.trimmed();
    const int scheme = int(key.indexOf(QLatin1String("://")));
    if (scheme >= 0)
        key = key.mid(scheme + 3);
    const int colon = int(key.lastIndexOf(QLatin1Char(':')));
    if (colon > 0)
        key = key.left(colon);
    if (key.size() > 1 && key.endsWith(QLatin1Char('.')))
        key.chop(1);
    return key.toLower();
}
} // namespace

namespace Corefile {

int parseDurationSeconds(const QString& text)
{
    if (text == QLatin1String("0"))
        return 0;
    static const QRegularExpression part(QStringLiteral("(\\d+)(h|m|s)"));
    qint64 total = 0;
    int pos = 0;
    auto it = part.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.capturedStart() != pos)
            return -1;
        pos = int(m.capturedEnd());
        const qint64 v = m.captured(1).toLongLong();
        const QString unit = m.captured(2);
        total += unit == QLatin1String("h") ? v * 3600 : unit == QLatin1String("m") ? v * 60 : v;
        if (total > 366LL * 86400)
            return -1;
    }
    if (pos == 0 || pos != text.size())
        return -1;
    return int(total);
}

bool isPlainZoneName(const QString& zone)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_])?$"));
    return zone.size() <= 253 && re.match(zone).hasMatch() && !zone.contains(QLatin1String(".."));
}

Result<QList<CorefileZone>> parseFileZones(QByteArrayView text)
{
    QString error;
    const auto all = lines(text, &error);
    if (!error.isEmpty())
        return Error::of(error);

    QList<CorefileZone> zones;
    int depth = 0;
    QStringList blockZones;
    QString root;
    QList<CorefileZone> pending; // file directives of the current block (root may come later)
    bool inFileBlock = false;
    int fileBlockDepth = 0;

    for (qsizetype li = 0; li < all.size(); ++li) {
        const QList<Token>& l = all.at(li);
        const QString first = l.first().text;
        if (l.size() == 1 && first == QLatin1String("}")) {
            if (depth == 0)
                return Error::of(QCoreApplication::translate("Corefile", "Line %1: \"}\" without a block to close.")
                                     .arg(l.first().line));
            if (inFileBlock && depth == fileBlockDepth)
                inFileBlock = false;
            --depth;
            if (depth == 0) {
                for (CorefileZone z : pending) {
                    if (!z.file.startsWith(QLatin1Char('/')))
                        z.file = QDir::cleanPath(
                            (root.isEmpty() ? QStringLiteral(".") : root) + QLatin1Char('/') + z.file);
                    zones.append(z);
                }
                pending.clear();
                root.clear();
                blockZones.clear();
            }
            continue;
        }
        const bool opens = l.size() >= 1 && l.last().text == QLatin1String("{");
        if (depth == 0) {
            if (!opens)
                return Error::of(
                    QCoreApplication::translate("Corefile", "Line %1: a server block must open with \"{\".")
                        .arg(l.first().line));
            blockZones.clear();
            for (qsizetype t = 0; t + 1 < l.size(); ++t) {
                for (const QString& key : l.at(t).text.split(QLatin1Char(','), Qt::SkipEmptyParts))
                    blockZones.append(zoneOfKey(key));
            }
            depth = 1;
            continue;
        }
        if (depth == 1 && first == QLatin1String("root") && l.size() >= 2)
            root = l.at(1).text;
        if (depth == 1 && first == QLatin1String("file")) {
            const qsizetype words = opens ? l.size() - 1 : l.size();
            if (words < 2)
                return Error::of(
                    QCoreApplication::translate("Corefile", "Line %1: the file directive needs a zone file.")
                        .arg(l.first().line));
            QStringList names;
            for (qsizetype t = 2; t < words; ++t)
                names.append(zoneOfKey(l.at(t).text));
            if (names.isEmpty())
                names = blockZones;
            for (const QString& zn : std::as_const(names))
                pending.append(CorefileZone { zn, l.at(1).text, 60, l.first().line });
            if (opens) {
                inFileBlock = true;
                fileBlockDepth = depth + 1;
            }
        } else if (inFileBlock && depth == fileBlockDepth && first == QLatin1String("reload")) {
            const int s = l.size() >= 2 ? parseDurationSeconds(l.at(1).text) : -1;
            if (s < 0)
                return Error::of(
                    QCoreApplication::translate("Corefile", "Line %1: \"%2\" is not a reload interval (e.g. 30s, 1m).")
                        .arg(l.first().line)
                        .arg(l.size() >= 2 ? l.at(1).text : QString()));
            // The block belongs to the last file directive, which may serve several zones.
            const int directiveLine = pending.isEmpty() ? 0 : pending.last().line;
            for (CorefileZone& z : pending) {
                if (z.line == directiveLine)
                    z.reloadSeconds = s;
            }
        }
        if (opens)
            ++depth;
    }
    if (depth != 0)
        return Error::of(
            QCoreApplication::translate("Corefile", "The Corefile ends inside a block (a \"}\" is missing)."));
    return zones;
}

} // namespace Corefile
