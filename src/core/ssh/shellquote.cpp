#include "core/ssh/shellquote.h"
#include <QCoreApplication>

namespace ShellQuote {

namespace {
bool isPlain(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'_' || u == u'@'
        || u == u'%' || u == u'+' || u == u'=' || u == u':' || u == u',' || u == u'.' || u == u'/' || u == u'-';
}
} // namespace

QString quote(const QString& word)
{
    if (word.isEmpty())
        return QStringLiteral("''");
    // zsh expands a leading = (`=ls` becomes /usr/bin/ls): such words are quoted.
    bool plain = !word.startsWith(QLatin1Char('='));
    for (const QChar c : word) {
        if (!isPlain(c)) {
            plain = false;
            break;
        }
    }
    if (plain)
        return word;
    QString out;
    out.reserve(word.size() + 8);
    out += QLatin1Char('\'');
    for (const QChar c : word) {
        if (c == QLatin1Char('\''))
            out += QLatin1String("'\\''");
        else
            out += c;
    }
    out += QLatin1Char('\'');
    return out;
}

Result<QString> commandLine(const QStringList& argv)
{
    if (argv.isEmpty())
        return Error::of(QCoreApplication::translate(
            "ShellQuote", "Internal error: an empty command was about to be sent to the host."));
    QString line;
    for (const QString& a : argv) {
        if (a.contains(QChar(0)))
            return Error::of(QStringLiteral("A command argument contains a NUL character, which no shell can pass."));
        if (!line.isEmpty())
            line += QLatin1Char(' ');
        line += quote(a);
    }
    return line;
}

} // namespace ShellQuote
