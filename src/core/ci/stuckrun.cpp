#include "core/ci/stuckrun.h"

#include "core/host/psql.h"

#include <QCoreApplication>

namespace Ci::StuckRun {

namespace {

QList<qint64> runningTasks(const QList<Forgejo::Job>& jobs)
{
    QList<qint64> out;
    for (const Forgejo::Job& j : jobs)
        for (const Forgejo::Attempt& a : j.attempts)
            if (a.status == Status::Running)
                out << a.taskId;
    return out;
}

QString idList(const QList<qint64>& ids)
{
    QStringList s;
    for (qint64 id : ids)
        s << QString::number(id);
    return s.join(QLatin1Char(','));
}

QString ago(qint64 seconds)
{
    // The counts are computed outside translate(): lupdate 6.4 never ends on a '/' among its arguments.
    const int minutes = int(seconds / 60);
    const int hours = int(seconds / 3600);
    const int days = int(seconds / 86400);
    if (seconds < 120)
        return QCoreApplication::translate("Ci::StuckRun", "%n second(s)", nullptr, int(seconds));
    if (seconds < 7200)
        return QCoreApplication::translate("Ci::StuckRun", "%n minute(s)", nullptr, minutes);
    if (seconds < 172800)
        return QCoreApplication::translate("Ci::StuckRun", "%n hour(s)", nullptr, hours);
    return QCoreApplication::translate("Ci::StuckRun", "%n day(s)", nullptr, days);
}

} // namespace

bool looksStuck(const Forgejo::RunRow& run, const QList<Forgejo::Job>& jobs, qint64 now, QString* why)
{
    auto say = [why](const QString& s) {
        if (why)
            *why = s;
    };
    if (run.status != Status::Running) {
        say(QCoreApplication::translate("Ci::StuckRun", "Only a run at status 6 (running) can be reset."));
        return false;
    }
    qint64 latest = 0;
    int running = 0;
    for (const Forgejo::Job& j : jobs)
        for (const Forgejo::Attempt& a : j.attempts)
            if (a.status == Status::Running) {
                ++running;
                latest = qMax(latest, a.updated);
            }
    if (running == 0) {
        say(QCoreApplication::translate(
            "Ci::StuckRun", "The run says running but none of its tasks does; it can be reset."));
        return true;
    }
    const qint64 quiet = now - latest;
    if (quiet < QuietSeconds) {
        say(QCoreApplication::translate("Ci::StuckRun", "The runner reported %1 ago: the run is making progress.")
                .arg(ago(qMax<qint64>(quiet, 0))));
        return false;
    }
    say(QCoreApplication::translate("Ci::StuckRun", "No report from the runner for %1.").arg(ago(quiet)));
    return true;
}

QString resetSql()
{
    return QStringLiteral(
        "BEGIN;\n"
        "UPDATE action_task SET status = 0 WHERE id = ANY (string_to_array(:'tasks', ',')::bigint[]);\n"
        "UPDATE action_run_job SET status = 0 WHERE run_id = :'run';\n"
        "UPDATE action_run SET status = 0 WHERE id = :'run';\n"
        "COMMIT;\n");
}

Result<Operation> resetOperation(const Forgejo::RunRow& run, const QList<Forgejo::Job>& jobs, const QDateTime& when)
{
    const QString db = QString::fromLatin1(Forgejo::Database);
    const QList<qint64> tasks = runningTasks(jobs);
    const QString runId = QString::number(run.id);
    const Psql::Variables vars { { QStringLiteral("run"), runId }, { QStringLiteral("tasks"), idList(tasks) } };

    Operation op;
    op.action = QCoreApplication::translate("Ci::StuckRun", "Reset stuck CI run #%1 of %2")
                    .arg(run.index)
                    .arg(run.repository);
    op.targets = {
        QCoreApplication::translate("Ci::StuckRun", "CI run %1 (%2 #%3)").arg(run.id).arg(run.repository).arg(run.index)
    };
    op.confirmationName = QStringLiteral("%1#%2").arg(run.repository).arg(run.index);

    // Backup: the rows the UPDATEs touch, as CSV, in the tables container's /tmp.
    op.backupPath = Operation::backupPathFor(QStringLiteral("/tmp/ci-run-%1.csv").arg(run.id), when);
    auto dump = Psql::command(db,
        QStringLiteral("SELECT 'action_run' AS tbl, id, status FROM action_run WHERE id = :'run'\n"
                       "UNION ALL SELECT 'action_run_job', id, status FROM action_run_job WHERE run_id = :'run'\n"
                       "UNION ALL SELECT 'action_task', id, status FROM action_task\n"
                       "  WHERE id = ANY (string_to_array(:'tasks', ',')::bigint[])\n"
                       "ORDER BY 1, 2;\n"),
        vars, QCoreApplication::translate("Ci::StuckRun", "Save the run's statuses"));
    if (!dump)
        return dump.error();
    // Same psql argv, its output redirected inside the container: sh gets the path as an argument.
    RemoteCommand backup = *dump;
    const QStringList psqlArgv = backup.argv.mid(4);
    backup.argv = QStringList { QStringLiteral("incus"), QStringLiteral("exec"), QStringLiteral("tables"),
        QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
        QStringLiteral("out=$1; shift; umask 077; \"$@\" > \"$out\""), QStringLiteral("sh"), op.backupPath }
        + psqlArgv;
    op.backup = backup;

    auto reset = Psql::command(
        db, resetSql(), vars, QCoreApplication::translate("Ci::StuckRun", "Reset the run's statuses to 0"));
    if (!reset)
        return reset.error();
    op.commands = { *reset };

    // Undo: every saved status back, in one transaction.
    QString undoSql = QStringLiteral("BEGIN;\nUPDATE action_run SET status = :'run_status' WHERE id = :'run';\n");
    Psql::Variables undoVars { { QStringLiteral("run"), runId },
        { QStringLiteral("run_status"), QString::number(int(run.status)) } };
    int k = 0;
    for (const Forgejo::Job& j : jobs) {
        undoSql += QStringLiteral("UPDATE action_run_job SET status = :'js%1' WHERE id = :'j%1';\n").arg(k);
        undoVars << qMakePair(QStringLiteral("j%1").arg(k), QString::number(j.id))
                 << qMakePair(QStringLiteral("js%1").arg(k), QString::number(int(j.status)));
        ++k;
    }
    k = 0;
    for (qint64 t : tasks) {
        undoSql += QStringLiteral("UPDATE action_task SET status = 6 WHERE id = :'t%1';\n").arg(k);
        undoVars << qMakePair(QStringLiteral("t%1").arg(k), QString::number(t));
        ++k;
    }
    undoSql += QStringLiteral("COMMIT;\n");
    auto undo = Psql::command(
        db, undoSql, undoVars, QCoreApplication::translate("Ci::StuckRun", "Restore the run's statuses"));
    if (!undo)
        return undo.error();
    op.undo = { *undo };
    return op;
}

} // namespace Ci::StuckRun
