#pragma once

#include "core/common/result.h"

#include <QStringList>

// Opens a command in the user's terminal emulator ($TERMINAL, x-terminal-emulator, konsole,
// gnome-terminal, xfce4-terminal, xterm — the first one found). The argv is passed as a list, never
// as shell text.
namespace TerminalLauncher {
Result<void> open(const QStringList& argv, const QString& title);
// The terminal program and the arguments that make it run argv (exposed for tests).
QStringList commandFor(const QString& terminal, const QStringList& argv, const QString& title);
} // namespace TerminalLauncher
