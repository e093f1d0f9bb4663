#pragma once

#include <QString>
#include <QStringList>

// Arguments an object key, zone name, bot name or file name could hold. Each must reach the remote
// program byte-exact through ShellQuote::commandLine, and none may run anything. CANARY is
// replaced by the path of a file that must never be created.
inline QStringList hostileStrings(const QString& canary)
{
    QStringList s {
        QString(),
        QStringLiteral(" "),
        QStringLiteral("  two  spaces  "),
        QStringLiteral("'"),
        QStringLiteral("''"),
        QStringLiteral("\""),
        QStringLiteral("\"\""),
        QStringLiteral("it's"),
        QStringLiteral("'; touch CANARY; echo '"),
        QStringLiteral("\"; touch CANARY; echo \""),
        QStringLiteral("$(touch CANARY)"),
        QStringLiteral("`touch CANARY`"),
        QStringLiteral("${IFS}touch${IFS}CANARY"),
        QStringLiteral("$HOME"),
        // zsh expands a word starting with = to the path of that command (EQUALS option).
        QStringLiteral("=ls"),
        QStringLiteral("=printf"),
        QStringLiteral("="),
        QStringLiteral("==x"),
        QStringLiteral("${HOME}"),
        QStringLiteral("$((1+1))"),
        QStringLiteral("$'\\x41'"),
        QStringLiteral("; touch CANARY"),
        QStringLiteral("| touch CANARY"),
        QStringLiteral("|| touch CANARY"),
        QStringLiteral("&& touch CANARY"),
        QStringLiteral("& touch CANARY &"),
        QStringLiteral("> CANARY"),
        QStringLiteral(">> CANARY"),
        QStringLiteral("< /etc/passwd"),
        QStringLiteral("2>CANARY"),
        QStringLiteral("line1\nline2"),
        QStringLiteral("\n"),
        QStringLiteral("a\ntouch CANARY\nb"),
        QStringLiteral("\r\n"),
        QStringLiteral("tab\there"),
        QStringLiteral("-n"),
        QStringLiteral("-e"),
        QStringLiteral("--help"),
        QStringLiteral("-rf /"),
        QStringLiteral("--"),
        QStringLiteral("*"),
        QStringLiteral("/*"),
        QStringLiteral("?"),
        QStringLiteral("[a-z]*"),
        QStringLiteral("{a,b}"),
        QStringLiteral("~"),
        QStringLiteral("~root"),
        QStringLiteral("#comment"),
        QStringLiteral("a#b"),
        QStringLiteral("\\"),
        QStringLiteral("\\\\n"),
        QStringLiteral("back\\slash'quote\"mix`$(x)`"),
        QStringLiteral("!"),
        QStringLiteral("!!"),
        QStringLiteral("!$"),
        QStringLiteral("%s%n%x"),
        QStringLiteral("ünïcødé"),
        QStringLiteral("日本語のファイル名.txt"),
        QStringLiteral("emoji 🦀 ok"),
        QString(QChar(0x202E)) + QStringLiteral("gnp.exe"), // right-to-left override
        QStringLiteral("nbsp\u00A0space"),
        QStringLiteral("\x01\x02\x1b[31mred\x1b[0m\x7f"),
        QStringLiteral("x=1 touch CANARY"),
        QStringLiteral("exec touch CANARY"),
        QStringLiteral("'\"'\"'"),
        QStringLiteral("'$(touch CANARY)'"),
        QStringLiteral("\"$(touch CANARY)\""),
        QString(4000, QLatin1Char('A')) + QStringLiteral("'$(touch CANARY)'"),
    };
    for (QString& x : s)
        x.replace(QStringLiteral("CANARY"), canary);
    return s;
}
