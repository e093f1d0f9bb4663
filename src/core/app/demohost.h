#pragma once

#include <QString>

#include <optional>

// The simulated host that scripts/demo.sh starts in ~/.local/state/gbadmin-demo. While it runs, its
// state folder holds `env` (removed by `simhost down`) with the ssh config that reaches it, so the
// welcome page can offer to open it without the user typing a path.
struct DemoHost
{
    QString stateDir;
    QString sshConfigFile;
    QString alias; // the Host entry in sshConfigFile
};

namespace DemoHosts {

// $XDG_STATE_HOME/gbadmin-demo, or ~/.local/state/gbadmin-demo.
QString defaultStateDir();

// The demo host when its env file names an ssh config that exists; nothing otherwise. Reads two
// small local files, so it is fine on the GUI thread. It cannot prove sshd still answers (a
// machine that crashed leaves env behind); connecting then fails with the usual message.
std::optional<DemoHost> find(const QString& stateDir = defaultStateDir());

} // namespace DemoHosts
