#pragma once

#include <QString>

class AppSettings;
class QTextStream;

// `gbadmin --health <profile or ssh alias>`: the Health pane's checks without a window, for cron
// and monitoring. Prints the report to `out` and problems to `err`.
// Exit codes: 0 every check green, 1 some check not green, 2 could not connect (an unknown or
// changed host key counts as "could not connect" and runs nothing; there is nobody to ask).
namespace HealthCommand {
enum ExitCode
{
    AllGreen = 0,
    NotGreen = 1,
    CannotConnect = 2
};

// Remote text made safe for a terminal: ANSI CSI and OSC escape sequences removed, every other
// control character (C0 except newline and tab, DEL, C1) replaced by U+FFFD. A host's output can
// otherwise move the cursor, rewrite earlier lines or set the window title of whoever reads it.
QString terminalSafe(const QString& text);

int run(const QString& profileOrAlias, const QString& sshConfigFile, AppSettings* settings, QTextStream& out,
    QTextStream& err, int timeoutMs = 120000);
} // namespace HealthCommand
