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
        { "health", &HealthPane::displayTitle, [] { return new HealthPane; } },
        { "containers", &ContainersPane::displayTitle, [] { return new ContainersPane; } },
        { "bots", &BotsPane::displayTitle, [] { return new BotsPane; } },
        { "drive", &DrivePane::displayTitle, [] { return new DrivePane; } },
        { "dns", &DnsPane::displayTitle, [] { return new DnsPane; } },
        { "ci", &CiPane::displayTitle, [] { return new CiPane; } },
        { "logs", &LogsPane::displayTitle, [] { return new LogsPane; } },
    };
    return table;
}
