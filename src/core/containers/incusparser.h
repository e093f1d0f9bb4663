#pragma once

#include "core/common/result.h"
#include "core/containers/containerinfo.h"

#include <QByteArrayView>

namespace Incus {

// Parses `incus list --format json` (a single JSON array of InstanceFull objects, spec §5.1).
// Addresses follow incus's own IPV4/IPV6 columns: only for running instances, loopback interfaces
// and link/local scopes skipped, formatted "<address> (<interface>)".
Result<ContainerList> parseList(QByteArrayView json);

// Parses `incus snapshot list <c> --format json` (spec §5.2).
Result<QList<SnapshotInfo>> parseSnapshotList(QByteArrayView json);

// Exact-name lookup: a bare incus filter `dns` also matches `dns2`, so callers filter by name here.
const ContainerInfo* findByName(const ContainerList& list, const QString& name);

} // namespace Incus
