#include "core/ci/forgejo.h"

#include "core/host/psql.h"

#include <QCoreApplication>
#include <QDateTime>

#include <functional>

namespace Ci::Forgejo {

namespace {

QString db()
{
    return QString::fromLatin1(Database);
}

QString num(qint64 v)
{
    return QString::number(v);
}

// The CSV table of a psql command, or the sentence for its failure.
Result<Psql::Table> table(const CommandResult& result, const QStringList& required)
{
    if (!result.succeeded())
        return Error::of(Psql::errorText(result));
    auto t = Psql::parseCsv(result.stdoutData);
    if (!t)
        return t.error();
    for (const QString& c : required)
        if (t->column(c) < 0)
            return Error::of(
                QCoreApplication::translate("Ci::Forgejo", "The database answer lacks the column %1.").arg(c));
    return t;
}

// One row of an answer, its values read by column name. `prefix` reads a joined table's columns
// (the jobs query names its task's "t_id", "t_status", …) with the code that reads the table's own
// query (see attemptFrom()).
struct Row
{
    const Psql::Table& t;
    const QStringList& r;
    QLatin1String prefix {};
    QString s(const char* c) const { return r.value(t.column(prefix + QLatin1String(c))); }
    qint64 i(const char* c) const { return s(c).toLongLong(); }
    bool b(const char* c) const { return s(c) == QLatin1String("t") || s(c) == QLatin1String("true"); }
    Status status(const char* c) const { return statusFromInt(s(c).toInt()); }
    Row with(QLatin1String p) const { return Row { t, r, p }; }
};

// The one row reader of every query: the answer's table (its failure or a missing column is the
// error), then `fn` for each row, in order.
Result<qsizetype> eachRow(
    const CommandResult& result, const QStringList& required, const std::function<void(const Row&)>& fn)
{
    auto t = table(result, required);
    if (!t)
        return t.error();
    for (const QStringList& r : t->rows)
        fn(Row { *t, r });
    return t->rows.size();
}

Error taskGone()
{
    return Error::of(QCoreApplication::translate("Ci::Forgejo", "The task no longer exists in the database."));
}

// An action_task row: the task state query's own columns, or the jobs query's "t_" ones.
Attempt attemptFrom(const Row& row)
{
    Attempt a;
    a.taskId = row.i("id");
    a.attempt = row.i("attempt");
    a.status = row.status("status");
    a.started = row.i("started");
    a.stopped = row.i("stopped");
    a.updated = row.i("updated");
    a.logFilename = row.s("log_filename");
    a.logInStorage = row.b("log_in_storage");
    a.logExpired = row.b("log_expired");
    a.logLength = row.i("log_length");
    a.logSize = row.i("log_size");
    a.runner = row.s("runner"); // the jobs query only
    return a;
}

} // namespace

Status statusFromInt(int value)
{
    return value >= 0 && value <= 7 ? Status(value) : Status::Unknown;
}

qint64 RunRow::durationSeconds(qint64 now) const
{
    qint64 d = previousDurationNs / 1000000000;
    if (started > 0) {
        const qint64 end = stopped > 0 ? stopped : (statusIsDone(status) ? started : now);
        d += qMax<qint64>(0, end - started);
    }
    return d;
}

QString RunRow::branch() const
{
    static const QString heads = QStringLiteral("refs/heads/");
    static const QString tags = QStringLiteral("refs/tags/");
    static const QString pull = QStringLiteral("refs/pull/");
    if (ref.startsWith(heads))
        return ref.mid(heads.size());
    if (ref.startsWith(tags))
        return ref.mid(tags.size());
    if (ref.startsWith(pull))
        return QLatin1Char('#') + ref.mid(pull.size()).section(QLatin1Char('/'), 0, 0);
    return ref;
}

const Attempt* Job::latestAttempt() const
{
    for (const Attempt& a : attempts)
        if (a.taskId == latestTaskId)
            return &a;
    return attempts.isEmpty() ? nullptr : &attempts.last();
}

namespace {

const char* runColumns = R"(SELECT r.id, r."index" AS run_index, r.title, r.repo_id,
    coalesce(rp.owner_name || '/' || rp.name, '') AS repository, coalesce(rp.default_branch, '') AS default_branch,
    r.workflow_id, r.ref, r.event, coalesce(u.name, '') AS actor, r.status, r.started, r.stopped,
    coalesce(r.previous_duration, 0) AS previous_duration, r.created)";

const char* runJoins = R"(
FROM action_run r
LEFT JOIN repository rp ON rp.id = r.repo_id
LEFT JOIN "user" u ON u.id = r.trigger_user_id
)";

RunRow runFrom(const Row& row)
{
    RunRow run;
    run.id = row.i("id");
    run.index = row.i("run_index");
    run.title = row.s("title");
    run.repoId = row.i("repo_id");
    run.repository = row.s("repository");
    run.defaultBranch = row.s("default_branch");
    run.workflow = row.s("workflow_id");
    run.ref = row.s("ref");
    run.event = row.s("event");
    run.actor = row.s("actor");
    run.status = row.status("status");
    run.started = row.i("started");
    run.stopped = row.i("stopped");
    run.previousDurationNs = row.i("previous_duration");
    run.created = row.i("created");
    return run;
}

const QStringList runRequired { QStringLiteral("id"), QStringLiteral("run_index"), QStringLiteral("repository"),
    QStringLiteral("workflow_id"), QStringLiteral("ref"), QStringLiteral("status") };

} // namespace

Result<RemoteCommand> runsCommand(const RunFilter& f)
{
    QStringList statuses;
    for (Status s : f.statuses)
        statuses << QString::number(int(s));
    QString branch = f.branch;
    // Every filter is "empty or equal"; a branch matches its refs/heads/ ref or a full ref.
    const QString sql = QString::fromLatin1(runColumns) + QStringLiteral(", count(*) OVER () AS total")
        + QString::fromLatin1(runJoins)
        + QStringLiteral(R"(WHERE (:'repo' = '' OR rp.owner_name || '/' || rp.name = :'repo')
  AND (:'workflow' = '' OR r.workflow_id = :'workflow')
  AND (:'branch' = '' OR r.ref = :'branch' OR r.ref = 'refs/heads/' || :'branch')
  AND (:'event' = '' OR r.event = :'event')
  AND (:'actor' = '' OR u.name = :'actor')
  AND (:'statuses' = '' OR r.status = ANY (string_to_array(:'statuses', ',')::int[]))
ORDER BY CASE WHEN :'failed_first' = '1' AND r.status = 2 THEN 0 ELSE 1 END, r.created DESC, r.id DESC
LIMIT :'limit'::bigint OFFSET :'offset'::bigint;
)");
    return Psql::command(db(), sql,
        { { QStringLiteral("repo"), f.repository }, { QStringLiteral("workflow"), f.workflow },
            { QStringLiteral("branch"), branch }, { QStringLiteral("event"), f.event },
            { QStringLiteral("actor"), f.actor }, { QStringLiteral("statuses"), statuses.join(QLatin1Char(',')) },
            { QStringLiteral("failed_first"), f.failedFirst ? QStringLiteral("1") : QStringLiteral("0") },
            { QStringLiteral("limit"), num(qBound(1, f.limit, 10000)) },
            { QStringLiteral("offset"), num(qMax(0, f.offset)) } },
        QCoreApplication::translate("Ci::Forgejo", "List CI runs"));
}

Result<RemoteCommand> runCommand(qint64 runId)
{
    const QString sql = QString::fromLatin1(runColumns) + QStringLiteral(", 1 AS total") + QString::fromLatin1(runJoins)
        + QStringLiteral("WHERE r.id = :'run';\n");
    return Psql::command(db(), sql, { { QStringLiteral("run"), num(runId) } },
        QCoreApplication::translate("Ci::Forgejo", "Read CI run"));
}

Result<RunPage> parseRuns(const CommandResult& result)
{
    RunPage page;
    auto n = eachRow(result, runRequired, [&](const Row& row) {
        page.runs << runFrom(row);
        page.total = row.i("total");
    });
    if (!n)
        return n.error();
    return page;
}

Result<RemoteCommand> jobsCommand(qint64 runId)
{
    // One row per job and attempt; jobs that never ran have no task (has_task = f).
    static const QString sql = QStringLiteral(R"(SELECT j.id, j.run_id, j.name, j.job_id, j.status, j.task_id,
    j.started, j.stopped, t.id IS NOT NULL AS has_task, coalesce(t.id, 0) AS t_id, coalesce(t.attempt, 0) AS t_attempt,
    coalesce(t.status, 0) AS t_status, coalesce(t.started, 0) AS t_started,
    coalesce(t.stopped, 0) AS t_stopped, coalesce(t.updated, 0) AS t_updated,
    coalesce(t.log_filename, '') AS t_log_filename, coalesce(t.log_in_storage, false) AS t_log_in_storage,
    coalesce(t.log_expired, false) AS t_log_expired, coalesce(t.log_length, 0) AS t_log_length,
    coalesce(t.log_size, 0) AS t_log_size, coalesce(rn.name, '') AS t_runner
FROM action_run_job j
LEFT JOIN action_task t ON t.job_id = j.id
LEFT JOIN action_runner rn ON rn.id = t.runner_id
WHERE j.run_id = :'run'
ORDER BY j.id, t.attempt;
)");
    return Psql::command(db(), sql, { { QStringLiteral("run"), num(runId) } },
        QCoreApplication::translate("Ci::Forgejo", "Read CI jobs"));
}

Result<QList<Job>> parseJobs(const CommandResult& result)
{
    QList<Job> jobs;
    auto n = eachRow(
        result, { QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("has_task") }, [&](const Row& row) {
            const qint64 id = row.i("id");
            if (jobs.isEmpty() || jobs.last().id != id) {
                Job j;
                j.id = id;
                j.runId = row.i("run_id");
                j.name = row.s("name");
                j.jobKey = row.s("job_id");
                j.status = row.status("status");
                j.latestTaskId = row.i("task_id");
                j.started = row.i("started");
                j.stopped = row.i("stopped");
                jobs << j;
            }
            if (row.b("has_task"))
                jobs.last().attempts << attemptFrom(row.with(QLatin1String("t_")));
        });
    if (!n)
        return n.error();
    return jobs;
}

Result<RemoteCommand> stepsCommand(qint64 taskId)
{
    // The task row first (kind = 't'), then its steps in "index" order.
    static const QString sql = QStringLiteral(R"(SELECT 't' AS kind, '' AS name, -1 AS step_index, status,
    0 AS log_index, log_length, started, stopped FROM action_task WHERE id = :'task'
UNION ALL
SELECT 's', name, "index", status, log_index, log_length, started, stopped
FROM action_task_step WHERE task_id = :'task'
ORDER BY 1 DESC, 3;
)");
    return Psql::command(db(), sql, { { QStringLiteral("task"), num(taskId) } },
        QCoreApplication::translate("Ci::Forgejo", "Read CI steps"));
}

Result<StepsResult> parseSteps(const CommandResult& result)
{
    StepsResult out;
    bool haveTask = false;
    auto n = eachRow(
        result, { QStringLiteral("kind"), QStringLiteral("name"), QStringLiteral("log_index") }, [&](const Row& row) {
            if (row.s("kind") == QLatin1String("t")) {
                haveTask = true;
                out.task.status = row.status("status");
                out.task.started = row.i("started");
                out.task.stopped = row.i("stopped");
                out.task.logLength = row.i("log_length");
                return;
            }
            StepRow s;
            s.name = row.s("name");
            s.status = row.status("status");
            s.logIndex = row.i("log_index");
            s.logLength = row.i("log_length");
            s.started = row.i("started");
            s.stopped = row.i("stopped");
            out.steps << s;
        });
    if (!n)
        return n.error();
    if (!haveTask)
        return taskGone();
    return out;
}

Result<RemoteCommand> logIndexesCommand(qint64 taskId, qint64 from, qint64 length)
{
    // substring() is 1-based; a negative length means "to the end".
    static const QString sql = QStringLiteral(R"(SELECT coalesce(octet_length(log_indexes), 0) AS size,
    translate(encode(CASE WHEN :'len'::bigint < 0 THEN substring(log_indexes FROM :'from'::int + 1)
        ELSE substring(log_indexes FROM :'from'::int + 1 FOR :'len'::int) END, 'base64'), E'\n', '') AS data
FROM action_task WHERE id = :'task';
)");
    return Psql::command(db(), sql,
        { { QStringLiteral("task"), num(taskId) }, { QStringLiteral("from"), num(qMax<qint64>(0, from)) },
            { QStringLiteral("len"), num(length) } },
        QCoreApplication::translate("Ci::Forgejo", "Read a CI log index"));
}

Result<RemoteCommand> logIndexesTailCommand(qint64 taskId, qint64 length)
{
    static const QString sql = QStringLiteral(R"(SELECT coalesce(octet_length(log_indexes), 0) AS size,
    translate(encode(substring(log_indexes FROM greatest(octet_length(log_indexes) - :'len'::int, 0) + 1),
        'base64'), E'\n', '') AS data
FROM action_task WHERE id = :'task';
)");
    return Psql::command(db(), sql, { { QStringLiteral("task"), num(taskId) }, { QStringLiteral("len"), num(length) } },
        QCoreApplication::translate("Ci::Forgejo", "Read a CI log index"));
}

Result<QPair<QByteArray, qint64>> parseLogIndexes(const CommandResult& result)
{
    QPair<QByteArray, qint64> out;
    auto n = eachRow(result, { QStringLiteral("size"), QStringLiteral("data") },
        [&](const Row& row) { out = qMakePair(QByteArray::fromBase64(row.s("data").toLatin1()), row.i("size")); });
    if (!n)
        return n.error();
    if (*n == 0)
        return taskGone();
    return out;
}

Result<RemoteCommand> taskStateCommand(qint64 taskId)
{
    static const QString sql = QStringLiteral(R"(SELECT id, attempt, status, started, stopped, updated, log_filename,
    log_in_storage, log_expired, log_length, log_size FROM action_task WHERE id = :'task';
)");
    return Psql::command(db(), sql, { { QStringLiteral("task"), num(taskId) } },
        QCoreApplication::translate("Ci::Forgejo", "Read a CI task"));
}

Result<Attempt> parseTaskState(const CommandResult& result)
{
    Attempt a;
    auto n = eachRow(result, { QStringLiteral("id"), QStringLiteral("log_in_storage") },
        [&](const Row& row) { a = attemptFrom(row); });
    if (!n)
        return n.error();
    if (*n == 0)
        return taskGone();
    return a;
}

QString dbfsPath(const QString& logFilename)
{
    const QString path = QStringLiteral("actions_log/") + logFilename;
    return QString::number(path.count(QLatin1Char('/'))) + QLatin1Char(':') + path;
}

QString storagePath(const QString& logFilename)
{
    return QString::fromLatin1(LogRoot) + QLatin1Char('/') + logFilename;
}

Result<RemoteCommand> dbfsCommand(const QString& logFilename, qint64 from)
{
    // Blocks that hold bytes at or after `from`; the meta row alone when there are none.
    static const QString sql = QStringLiteral(R"(SELECT m.file_size, m.block_size, d.id IS NOT NULL AS has_block,
    coalesce(d.blob_offset, 0) AS blob_offset, translate(coalesce(encode(d.blob_data, 'base64'), ''), E'\n', '') AS data
FROM dbfs_meta m
LEFT JOIN LATERAL (SELECT DISTINCT ON (blob_offset) id, blob_offset, blob_data FROM dbfs_data
    WHERE meta_id = m.id AND blob_offset + m.block_size > :'from'::bigint
    ORDER BY blob_offset, revision DESC) d ON true
WHERE m.full_path = :'path'
ORDER BY d.blob_offset;
)");
    return Psql::command(db(), sql,
        { { QStringLiteral("path"), dbfsPath(logFilename) }, { QStringLiteral("from"), num(qMax<qint64>(0, from)) } },
        QCoreApplication::translate("Ci::Forgejo", "Read a running CI log"));
}

Result<DbfsChunk> parseDbfs(const CommandResult& result)
{
    DbfsChunk c;
    auto n = eachRow(result, { QStringLiteral("file_size"), QStringLiteral("has_block"), QStringLiteral("data") },
        [&](const Row& row) {
            c.exists = true;
            c.fileSize = row.i("file_size");
            c.blockSize = qMax<qint64>(1, row.i("block_size"));
            if (row.b("has_block"))
                c.blocks << qMakePair(row.i("blob_offset"), QByteArray::fromBase64(row.s("data").toLatin1()));
        });
    if (!n)
        return n.error();
    return c;
}

Result<RemoteCommand> lastGreenCommand(const RunRow& run, const QString& jobName)
{
    static const QString sql = QStringLiteral(R"(SELECT r.id, r."index" AS run_index, r.ref, j.id AS job_id, j.task_id
FROM action_run r
JOIN action_run_job j ON j.run_id = r.id
LEFT JOIN repository rp ON rp.id = r.repo_id
WHERE r.repo_id = :'repo' AND r.workflow_id = :'workflow' AND j.name = :'job' AND j.status = 1 AND r.status = 1
  AND r.id <> :'run' AND j.task_id <> 0
  AND (r.ref = :'ref' OR r.ref = 'refs/heads/' || rp.default_branch)
ORDER BY CASE WHEN r.ref = :'ref' THEN 0 ELSE 1 END, r.created DESC, r.id DESC
LIMIT 1;
)");
    return Psql::command(db(), sql,
        { { QStringLiteral("repo"), num(run.repoId) }, { QStringLiteral("workflow"), run.workflow },
            { QStringLiteral("job"), jobName }, { QStringLiteral("run"), num(run.id) },
            { QStringLiteral("ref"), run.ref } },
        QCoreApplication::translate("Ci::Forgejo", "Find the last green run"));
}

Result<GreenMatch> parseLastGreen(const CommandResult& result)
{
    GreenMatch m;
    auto n = eachRow(result, { QStringLiteral("id"), QStringLiteral("task_id") }, [&](const Row& row) {
        m.found = true;
        m.runId = row.i("id");
        m.runIndex = row.i("run_index");
        m.ref = row.s("ref");
        m.jobId = row.i("job_id");
        m.taskId = row.i("task_id");
    });
    if (!n)
        return n.error();
    return m;
}

} // namespace Ci::Forgejo
