#pragma once

#include "core/common/result.h"

#include <QStringList>

// Opens a command in the user's terminal emulator: the one set in Preferences, or else the first
// found of $TERMINAL, x-terminal-emulator, konsole, gnome-terminal, xfce4-terminal, xterm. The argv
// is passed as a list, never as shell text.
namespace TerminalLauncher {
// `terminalSetting` is Settings::Keys::TerminalCommand: empty to auto-detect, else a program
// optionally followed by the arguments that precede the command (e.g. "wezterm start --").
Result<void> open(const QStringList& argv, const QString& title, const QString& terminalSetting = {});
// The terminal program and the arguments that make it run argv (exposed for tests).
QStringList commandFor(const QString& terminal, const QStringList& argv, const QString& title);
// The setting split into words (QProcess::splitCommand: double quotes group; no shell), resolved and completed:
// a bare program gets commandFor()'s flags, a program with arguments is used exactly as written.
Result<QStringList> commandForSetting(const QString& terminalSetting, const QStringList& argv, const QString& title);
// The full path of the terminal auto-detection picks; empty when none is installed.
QString autoDetected();
} // namespace TerminalLauncher
