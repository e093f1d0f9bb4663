#pragma once

#include "core/ci/forgejo.h"
#include "core/common/result.h"
#include "core/host/operation.h"

#include <QDateTime>

// INFRA.md "Reset Stuck CI Run": a run left at status 6 (running) whose runner stopped reporting.
namespace Ci::StuckRun {

// How long without a runner report (action_task.updated) before a running task counts as stuck.
inline constexpr qint64 QuietSeconds = 600;

// Whether the run may be reset: running, and every running task silent for QuietSeconds. *why
// gets the sentence to show either way ("no report from the runner for 3 h").
bool looksStuck(const Forgejo::RunRow& run, const QList<Forgejo::Job>& jobs, qint64 now, QString* why = nullptr);

// The operation: the three UPDATEs of INFRA.md in one transaction (ON_ERROR_STOP), values as psql
// variables; the prior (id, status) rows saved as CSV to the `tables` container's /tmp first;
// an undo that puts each saved status back.
Result<Operation> resetOperation(const Forgejo::RunRow& run, const QList<Forgejo::Job>& jobs, const QDateTime& when);

// The SQL the operation runs (shown in the confirmation and asserted by tests).
QString resetSql();

} // namespace Ci::StuckRun
