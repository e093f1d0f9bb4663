#pragma once

#include "core/common/result.h"
#include "core/ssh/remotecommand.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

// The commands the DNS pane runs on the host and the parsers of their output (spec §7: the
// `dns` container holds CoreDNS, its Corefile and the zone files).
namespace DnsHost {

inline constexpr auto kContainer = "dns";
inline constexpr auto kCorefile = "/opt/gbo/conf/Corefile";
inline constexpr auto kSyncZones = "/opt/gbo/bin/sync-zones.sh";

// Where the server answers: the dns container's address, port 53 on a real host.
struct Server
{
    QString address;
    int port = 53;
};

// A sentence for a command that did not succeed.
QString failureText(const CommandResult& result);

// `incus exec dns -- cat -- <path>` (sudo): the bytes of a file in the dns container.
RemoteCommand readFile(const QString& path);
// `incus list dns --format json` (sudo) and the container's first IPv4 address from it.
RemoteCommand listContainer();
Result<QString> parseContainerAddress(const CommandResult& result);

// `dig +short` on the host against the server: `-t TYPE -q NAME` keeps the name data.
RemoteCommand dig(const Server& server, const QString& name, const QString& type);
// The serial of a `dig … SOA +short` answer.
Result<quint32> parseSoaSerial(const CommandResult& result);
// The answers of a `dig +short` (one per line; empty when the name has none).
Result<QStringList> parseAnswers(const CommandResult& result);

// Make it live: CoreDNS reloads the Corefile (and re-reads every zone) on SIGUSR1; SIGHUP is
// caught and ignored (spec §7), so it is never offered.
RemoteCommand reloadSignal();
// INFRA.md: copy the zones to the secondary name server (on the host itself).
RemoteCommand syncZones();

} // namespace DnsHost
