#pragma once

#include "core/common/result.h"
#include "core/ssh/sshtarget.h"

struct HostProfile;

// The SshTarget a profile connects to. The ssh config (the profile's file or ~/.ssh/config) is
// applied to the alias, or to the host name when there is no alias, exactly as `ssh NAME` would;
// fields filled in the profile win over the config. The auth method narrows what is tried.
Result<SshTarget> sshTargetFor(const HostProfile& profile);

// The OpenSSH client command that reaches the same host, for an interactive terminal ("Open
// shell"): ssh [-F config] [-l user] [-p port] [-i key] [-J jump] alias-or-host. An argv, never text.
QStringList opensshCommandFor(const HostProfile& profile);

// A profile for `gbadmin --ssh-config FILE --connect ALIAS`: named after the alias, not saved.
HostProfile profileForAlias(const QString& alias, const QString& sshConfigFile);

class EnvironmentRules;
// The environment the rules give for a profile: its alias or host name, and the HostName the ssh
// config resolves it to (an alias `prod` with HostName 10.0.2.5 is PROD).
enum class Environment;
Environment detectEnvironment(const HostProfile& profile, const EnvironmentRules& rules);
