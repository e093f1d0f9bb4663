#include "core/host/operationrunner.h"

#include "core/host/commandrunner.h"
#include "core/host/tasklistmodel.h"

#include <QDir>

namespace {
// The local account, for the journal's "who".
QString localUser()
{
    for (const char* var : { "USER", "LOGNAME", "USERNAME" }) {
        const QString v = qEnvironmentVariable(var);
        if (!v.isEmpty())
            return v;
    }
    return QDir::home().dirName();
}
} // namespace

struct OperationRunner::Run
{
    Operation operation;
    HostProfile profile;
    QList<RemoteCommand> steps;
    bool hasBackup = false;
    int index = 0;
    QStringList ran; // shell text of the commands started so far
    QList<int> succeeded; // indexes (in steps) of the commands that exited 0
    QStringList failures; // independent steps that failed, "<description>: <why>"
    QPointer<Task> task;
    QPointer<CommandJob> job;
    bool cancelled = false;
    qint64 startedId = 0; // the journal's "started" entry
};

OperationRunner::OperationRunner(CommandRunner* runner, Journal* journal, TaskListModel* tasks, QObject* parent)
    : QObject(parent)
    , m_runner(runner)
    , m_journal(journal)
    , m_tasks(tasks)
{
    qRegisterMetaType<Task*>();
    qRegisterMetaType<JournalEntry>();
}

Result<void> OperationRunner::admits(const Operation& operation, const HostProfile& profile, const QString& typedName)
{
    if (auto ok = OperationPolicy::permitted(operation, profile); !ok)
        return ok;
    if (OperationPolicy::needsTypedName(operation, profile) && !OperationPolicy::typedNameMatches(operation, typedName))
        return Error::of(profile.environment == Environment::Prod
                ? tr("\"%1\" runs on PROD: type \"%2\" to confirm.").arg(operation.action, operation.nameToType())
                : tr("\"%1\" runs on a host of unknown environment, treated like PROD: type \"%2\" to confirm.")
                      .arg(operation.action, operation.nameToType()));
    return {};
}

Result<Task*> OperationRunner::start(const Operation& operation, const HostProfile& profile, const QString& typedName)
{
    if (auto ok = admits(operation, profile, typedName); !ok)
        return ok.error();
    // Every change must be recorded; without a journal nothing that changes the host runs.
    if (operation.mutating && (!m_journal || !m_journal->isOpen()))
        return Error::of(tr("The journal is not available, so \"%1\" was not run.").arg(operation.action));
    if (operation.stepCount() == 0)
        return Error::of(tr("\"%1\" has no commands to run.").arg(operation.action));

    auto* run = new Run;
    run->operation = operation;
    run->profile = profile;
    if (operation.backup) {
        run->steps.append(*operation.backup);
        run->hasBackup = true;
    }
    run->steps.append(operation.commands);

    // Journal before action: who, where and the exact commands are on record before the first one
    // runs, so a crash or a lost connection mid-way still leaves a trace. A change that cannot be
    // recorded does not run.
    if (m_journal && m_journal->isOpen()) {
        JournalEntry started = journalEntry(run);
        started.phase = JournalEntry::Phase::Started;
        for (const RemoteCommand& step : std::as_const(run->steps))
            started.commands.append(commandLineOf(step));
        started.result = QStringLiteral("started");
        const auto id = m_journal->append(started);
        if (!id && operation.mutating) {
            delete run;
            return Error::of(tr("The journal could not be written (%1), so \"%2\" was not run.")
                                 .arg(id.errorMessage(), operation.action));
        }
        run->startedId = id ? *id : 0;
    }

    auto* task = new Task(operation.action, profile.name);
    task->setProgress(0, int(run->steps.size()));
    run->task = task;
    m_tasks->addTask(task);
    connect(task, &Task::cancelRequested, this, [run] {
        run->cancelled = true;
        if (run->job)
            run->job->cancel();
    });
    next(run);
    return task;
}

void OperationRunner::next(Run* run)
{
    if (run->index >= run->steps.size()) {
        if (run->failures.isEmpty())
            finish(run, true, QStringLiteral("ok"), int(Task::State::Succeeded));
        else
            finish(run, false,
                tr("%1 of %2 failed: %3")
                    .arg(run->failures.size())
                    .arg(run->steps.size() - (run->hasBackup ? 1 : 0))
                    .arg(run->failures.join(QStringLiteral("; "))),
                int(Task::State::Failed));
        return;
    }
    const RemoteCommand& step = run->steps.at(run->index);
    run->ran.append(commandLineOf(step));
    if (run->task) {
        run->task->setMessage(step.description.isEmpty() ? run->ran.last() : step.description);
        run->task->setProgress(run->index, int(run->steps.size()));
    }
    CommandJob* job = m_runner->run(step, this);
    run->job = job;
    connect(job, &CommandJob::finished, this, [this, run, job](const CommandResult& r) {
        job->deleteLater();
        run->job = nullptr;
        stepFinished(run, r);
    });
}

void OperationRunner::stepFinished(Run* run, const CommandResult& r)
{
    const bool isBackup = run->hasBackup && run->index == 0;
    if (r.status == CommandResult::Status::Cancelled || (run->cancelled && !r.succeeded())) {
        finish(run, false, tr("cancelled during step %1 of %2").arg(run->index + 1).arg(run->steps.size()),
            int(Task::State::Cancelled));
        return;
    }
    if (r.succeeded())
        run->succeeded << run->index;
    if (!r.succeeded()) {
        QString why = r.error;
        if (why.isEmpty()) {
            const QString err = QString::fromUtf8(r.stderrData).trimmed();
            why = tr("exit status %1").arg(r.exitCode);
            if (!err.isEmpty())
                why += QStringLiteral(": ") + err.section(u'\n', -1);
        }
        // What went in on stdin may be a secret or a file's content: never echo it into the journal.
        const QByteArray input = run->steps.at(run->index).stdinData;
        if (input.size() >= 4) {
            for (const QByteArray& line : input.split('\n')) {
                if (line.trimmed().size() >= 4)
                    why.replace(QString::fromUtf8(line.trimmed()), QStringLiteral("[stdin]"));
            }
        }
        if (run->operation.independentSteps && !isBackup) {
            const RemoteCommand& step = run->steps.at(run->index);
            run->failures.append(
                (step.description.isEmpty() ? run->ran.last() : step.description) + QStringLiteral(": ") + why);
        } else {
            const QString prefix = isBackup ? tr("backup failed, nothing changed")
                                            : tr("failed at step %1 of %2").arg(run->index + 1).arg(run->steps.size());
            finish(run, false, prefix + QStringLiteral(": ") + why, int(Task::State::Failed));
            return;
        }
    }
    ++run->index;
    // A cancel that arrived between steps stops before the next command starts.
    if (run->cancelled && run->index < run->steps.size()) {
        finish(run, false, tr("cancelled after step %1 of %2").arg(run->index).arg(run->steps.size()),
            int(Task::State::Cancelled));
        return;
    }
    next(run);
}

JournalEntry OperationRunner::journalEntry(const Run* run)
{
    JournalEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.profile = run->profile.name;
    entry.environment = run->profile.environment;
    entry.action = run->operation.action;
    entry.who = localUser();
    entry.host = run->profile.destination();
    return entry;
}

void OperationRunner::finish(Run* run, bool ok, const QString& result, int taskState)
{
    JournalEntry entry = journalEntry(run);
    entry.startedId = run->startedId;
    entry.commands = run->ran;
    entry.result = result;
    entry.ok = ok;
    // A backup path is worth recording only when the copy exists; one line per copy.
    QStringList backups;
    if (run->hasBackup && (run->index > 0 || ok))
        backups << run->operation.backupPath;
    for (const Operation::StepBackup& b : std::as_const(run->operation.stepBackups)) {
        if (run->succeeded.contains(b.command + (run->hasBackup ? 1 : 0)))
            backups << b.path;
    }
    entry.backupPath = backups.join(u'\n');
    QString journalError;
    if (m_journal) {
        const auto id = m_journal->append(entry);
        if (id)
            entry.id = *id;
        else
            journalError = id.errorMessage();
    }
    if (run->task) {
        QString message = result;
        if (!journalError.isEmpty())
            message += u'\n' + journalError;
        run->task->finish(Task::State(taskState), message);
    }
    Q_EMIT operationFinished(run->task, entry);
    delete run;
}
