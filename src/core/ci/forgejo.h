#pragma once

#include "core/ci/stepmap.h"
#include "core/common/result.h"
#include "core/ssh/remotecommand.h"

#include <QByteArray>
#include <QList>
#include <QString>

// Forgejo Actions read from PROD-ALM (spec §1): the queries and their parsers. Every value reaches
// the SQL as a psql variable (Psql::command); the SQL text here is fixed.
namespace Ci::Forgejo {

inline constexpr auto Database = "PROD-ALM";
// Forgejo's default local actions-log storage in the `alm` container (spec §3.1, INFRA.md).
inline constexpr auto LogRoot = "/opt/gbo/data/data/actions_log";
inline constexpr auto LogContainer = "alm";

// Status from its number; out-of-range values are Unknown.
Status statusFromInt(int value);

struct RunRow
{
    qint64 id = 0;
    qint64 index = 0; // the number in the URL
    QString title;
    qint64 repoId = 0;
    QString repository; // owner/name
    QString defaultBranch;
    QString workflow; // file name
    QString ref;
    QString event;
    QString actor;
    Status status = Status::Unknown;
    qint64 started = 0; // Unix seconds, 0 = not started
    qint64 stopped = 0;
    qint64 previousDurationNs = 0;
    qint64 created = 0;

    // Forgejo's run duration: earlier attempts plus this one (running: up to `now`).
    qint64 durationSeconds(qint64 now) const;
    // "main" for refs/heads/main, "#3" for a pull request ref, else the ref.
    QString branch() const;
};

struct RunFilter
{
    QString repository; // owner/name, exact; empty = all
    QString workflow;
    QString branch; // a branch name or a full ref
    QString event;
    QString actor;
    QList<Status> statuses; // empty = all
    bool failedFirst = true;
    int limit = 50;
    int offset = 0;

    bool operator==(const RunFilter&) const = default;
};

struct RunPage
{
    QList<RunRow> runs;
    qint64 total = 0; // matching runs over all pages
};

// One attempt (action_task) of a job, without log_indexes (spec §3.5: never load it in lists).
struct Attempt
{
    qint64 taskId = 0;
    qint64 attempt = 0;
    Status status = Status::Unknown;
    qint64 started = 0;
    qint64 stopped = 0;
    qint64 updated = 0; // last runner report (zombie detection)
    QString logFilename;
    bool logInStorage = false;
    bool logExpired = false;
    qint64 logLength = 0;
    qint64 logSize = 0;
    QString runner;

    TaskRow taskRow() const { return { status, started, stopped, logLength }; }
};

struct Job
{
    qint64 id = 0;
    qint64 runId = 0;
    QString name; // matrix expansions have their own name ("test (1.80)")
    QString jobKey; // job_id in the YAML
    Status status = Status::Unknown;
    qint64 latestTaskId = 0;
    qint64 started = 0;
    qint64 stopped = 0;
    QList<Attempt> attempts; // ascending attempt number

    const Attempt* latestAttempt() const;
};

struct StepsResult
{
    TaskRow task;
    QList<StepRow> steps;
};

// Commands (psql in the `tables` container, CSV out).
Result<RemoteCommand> runsCommand(const RunFilter& filter);
Result<RemoteCommand> runCommand(qint64 runId);
Result<RemoteCommand> jobsCommand(qint64 runId);
Result<RemoteCommand> stepsCommand(qint64 taskId);
// The whole log_indexes blob, or `length` bytes of it from byte `from` (0-based); base64.
Result<RemoteCommand> logIndexesCommand(qint64 taskId, qint64 from = 0, qint64 length = -1);
// The last `length` bytes of log_indexes (and its size): the last lines, without knowing the size first.
Result<RemoteCommand> logIndexesTailCommand(qint64 taskId, qint64 length);
// The task's log columns (to follow a running task and see when it moved to storage).
Result<RemoteCommand> taskStateCommand(qint64 taskId);
// DBFS blocks of the task's file from byte `from` on (spec §3.2).
Result<RemoteCommand> dbfsCommand(const QString& logFilename, qint64 from);
// The newest successful run of the same workflow with a successful job of the same name:
// on the run's ref first, then the repository's default branch.
Result<RemoteCommand> lastGreenCommand(const RunRow& failedRun, const QString& jobName);

// Parsers. A failed command gives describeFailure's sentence (psql's own text when there is one).
Result<RunPage> parseRuns(const CommandResult& result);
Result<QList<Job>> parseJobs(const CommandResult& result);
Result<StepsResult> parseSteps(const CommandResult& result);
// {log_indexes bytes, total blob size in bytes}.
Result<QPair<QByteArray, qint64>> parseLogIndexes(const CommandResult& result);
Result<Attempt> parseTaskState(const CommandResult& result);

struct DbfsChunk
{
    bool exists = false; // a dbfs_meta row was found
    qint64 fileSize = 0;
    qint64 blockSize = 32768;
    QList<QPair<qint64, QByteArray>> blocks; // blob_offset, data (highest revision)
};
Result<DbfsChunk> parseDbfs(const CommandResult& result);

struct GreenMatch
{
    bool found = false;
    qint64 runId = 0;
    qint64 runIndex = 0;
    QString ref;
    qint64 jobId = 0;
    qint64 taskId = 0;
};
Result<GreenMatch> parseLastGreen(const CommandResult& result);

// dbfs_meta.full_path for a task log: "<slashes>:actions_log/<log_filename>".
QString dbfsPath(const QString& logFilename);
// The stored file in the `alm` container.
QString storagePath(const QString& logFilename);

} // namespace Ci::Forgejo
