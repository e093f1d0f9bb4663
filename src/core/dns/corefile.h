#pragma once

#include "core/common/result.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

// One zone the CoreDNS `file` plugin serves, as the Corefile declares it (spec §7).
struct CorefileZone
{
    QString zone; // without the trailing dot, lower case ("example.com")
    QString file; // absolute path of the zone file in the dns container
    int reloadSeconds = 60; // the file plugin's `reload` (default 1m); 0 = never reloaded
    int line = 0; // 1-based line of the `file` directive

    bool operator==(const CorefileZone&) const = default;
};

namespace Corefile {

// The `file DBFILE [ZONES…] { reload D }` directives of a Corefile. A directive without ZONES
// serves its server block's zones; a relative DBFILE is joined to the block's `root`. Other
// plugins are skipped. Malformed text (unbalanced braces, a `file` without DBFILE, a bad
// duration) is an error naming the line.
Result<QList<CorefileZone>> parseFileZones(QByteArrayView text);

// Go's time.ParseDuration for the forms a Corefile uses ("30s", "1m", "1h30m", "0"); -1 on error.
int parseDurationSeconds(const QString& text);

// True for a zone name that can go to a command as data without looking like an option.
bool isPlainZoneName(const QString& zone);

} // namespace Corefile
