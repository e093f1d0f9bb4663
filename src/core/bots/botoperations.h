#pragma once

#include "core/bots/botqueries.h"
#include "core/common/result.h"
#include "core/host/operation.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

// The Bots pane's mutating actions as Operations (confirmation, PROD typed name, journal; run by
// the shell's OperationRunner). File content travels on stdin only, never on a command line, so
// no secret of config.csv reaches the journal.
namespace BotOperations {

// The exit status and stderr prefix of the save's version check.
constexpr int ConflictExitCode = 3;
inline const QString kConflictMarker = QStringLiteral("gbadmin-conflict:");

// Save config.csv: back it up to /tmp/config.csv.<stamp> in `drive` (INFRA.md rule), then, in
// one remote command, stop if its ETag is no longer `expectedEtag` (empty: the object must still
// not exist), upload `bytes` (mc pipe) and print the new stat. Undo copies the backup back.
Operation saveConfig(
    const QString& bot, const QString& key, const QByteArray& bytes, const QString& expectedEtag, const QDateTime& now);
// True when a failed save stopped on the version check (someone else changed the file).
bool isConflict(const CommandResult& result);
bool isConflictText(const QString& journalResult);

// Copy config.csv onto itself: a new ETag makes DriveMonitor sync it again (INFRA.md).
Operation resyncConfig(const QString& bot, const QString& key);

// UPDATE bots SET is_active through psql variables; the undo flips it back.
Result<Operation> setActive(const BotSummary& bot, bool active);

} // namespace BotOperations
