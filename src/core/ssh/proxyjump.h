#pragma once

#include "core/common/result.h"
#include "core/ssh/sshtarget.h"

#include <QString>
#include <QStringList>

// libssh 0.10 has no native ProxyJump: the hop is reached with OpenSSH's `ssh -W`, the way libssh
// itself translates ProxyJump. Pure functions, so the exact command is testable.
namespace ProxyJump {

// The `ssh -W` argv for target.proxyJump (outermost hop first). Refuses a hop starting with '-'
// (it would be an option); passes -F only when the config file exists; holds the hop to the
// target's host-key policy: Strict and Ask become StrictHostKeyChecking=yes (the hop cannot ask,
// and an unknown hop key is never added silently), AcceptNew stays accept-new.
Result<QStringList> argv(const SshTarget& target);

// The ProxyCommand line for libssh: argv quoted by ShellQuote, stderr into `stderrFile` (so a
// failing hop's own message can be shown), % doubled for libssh's token expansion.
Result<QString> proxyCommand(const SshTarget& target, const QString& stderrFile);

// The last lines of what the hop's ssh printed, for an error message; empty when nothing.
QString stderrTail(const QString& stderrFile);

} // namespace ProxyJump
