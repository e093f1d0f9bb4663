#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

// The ONE shell-quoting function of GB Admin, and the argv → command line builder built on it.
// Every remote command is an argv list; nothing else may splice user data into shell text.
//
// The remote side runs the command line with the user's login shell (`$SHELL -c LINE`), which must
// be POSIX-like (sh, bash, dash, zsh, ksh). Quoting uses single quotes, the only POSIX quoting with
// no special characters inside; an embedded ' becomes '\''. Bytes are UTF-8 and pass unchanged.
namespace ShellQuote {

// One word, quoted so that a POSIX shell yields exactly `word` (byte-exact after UTF-8 encoding).
// Words made only of [A-Za-z0-9_@%+=:,./-] and not starting with = (zsh's `=cmd` expansion) are
// returned as they are (readable "Show commands");
// the empty word becomes ''. A leading dash is NOT an injection the shell can see: guarding
// option parsing (`--`) is the command builder's job.
QString quote(const QString& word);

// argv joined into one command line: every element through quote(), separated by spaces.
// Fails for an empty argv or an element holding a NUL character (no shell can pass one).
Result<QString> commandLine(const QStringList& argv);

} // namespace ShellQuote
