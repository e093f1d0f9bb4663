#include "widgets/shell/panetable.h"

#include "widgets/bots/botspane.h"
#include "widgets/ci/cipane.h"
#include "widgets/containers/containerspane.h"
#include "widgets/dns/dnspane.h"
#include "widgets/drive/drivepane.h"
#include "widgets/health/healthpane.h"
#include "widgets/logs/logspane.h"

const QList<PaneEntry>& paneTable()
{
    static const QList<PaneEntry> table {
        { "health", [] { return new HealthPane; } },
        { "containers", [] { return new ContainersPane; } },
        { "bots", [] { return new BotsPane; } },
        { "drive", [] { return new DrivePane; } },
        { "dns", [] { return new DnsPane; } },
        { "ci", [] { return new CiPane; } },
        { "logs", [] { return new LogsPane; } },
    };
    return table;
}
