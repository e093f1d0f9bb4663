#pragma once

#include "core/common/result.h"
#include "core/host/operation.h"

#include <QDateTime>
#include <QStringList>

// The mutating container actions of INFRA.md's "Container Management", built as Operations (exact
// argv commands, targets, backup) for the confirmation dialog, the PROD guard and the journal.
// Names come from the host's own `incus list`, yet are still checked: a name that incus would not
// have made (a leading '-', a '/', control characters) is refused instead of run.
namespace ContainerOperations {

enum class Lifecycle
{
    Start,
    Stop,
    Restart
};

// One command per container so each gets its own result; an empty list is an error.
Result<Operation> lifecycle(Lifecycle action, const QStringList& containers);
// `incus snapshot create <c> pre-change-YYYYmmddHHMMSS`, the name INFRA.md uses.
Result<Operation> createSnapshot(const QStringList& containers, const QDateTime& when);
// A snapshot first (as the operation's backup: if it fails nothing restarts), then the restart.
Result<Operation> snapshotThenRestart(const QString& container, const QDateTime& when);
Result<Operation> restoreSnapshot(const QString& container, const QString& snapshot);
Result<Operation> deleteSnapshot(const QString& container, const QString& snapshot);
// `incus exec <c> -- systemctl restart <unit>` (INFRA.md: services only through systemctl).
Result<Operation> restartService(const QString& container, const QString& unit);

QString snapshotNameFor(const QDateTime& when); // pre-change-YYYYmmddHHMMSS

// Read-only commands the pane runs directly.
RemoteCommand listCommand();
RemoteCommand logCommand(const QString& container); // incus info <c> --show-log
RemoteCommand serviceStateCommand(const QString& container, const QStringList& units); // systemctl is-active …

Result<void> checkName(const QString& name, const char* what);

} // namespace ContainerOperations
