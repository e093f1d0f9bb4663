#pragma once

#include "core/bots/botqueries.h"
#include "core/common/result.h"
#include "core/host/operation.h"

// The Bots pane's own mutating action as an Operation (confirmation, PROD typed name, journal; run
// by the shell's OperationRunner). Saving config.csv goes through the shared remote file edit
// (RemoteFile with BotQueries::configLocation), the re-sync through DriveOperations::resync.
namespace BotOperations {

// UPDATE bots SET is_active through psql variables; the undo flips it back.
Result<Operation> setActive(const BotSummary& bot, bool active);

} // namespace BotOperations
