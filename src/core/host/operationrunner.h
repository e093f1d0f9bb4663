#pragma once

#include "core/common/result.h"
#include "core/host/hostprofile.h"
#include "core/host/journal.h"
#include "core/host/operation.h"

#include <QObject>
#include <QPointer>

class CommandJob;
class CommandRunner;
class Task;
class TaskListModel;

// Runs confirmed operations: backup first, then the commands one after another, each as a task
// in the task panel (progress = steps done, cancel stops the running command). The journal gets a
// "started" entry (who, host, environment, exact commands) before the first command and the
// outcome afterwards; a mutating operation whose start cannot be journaled does not run. It enforces the policy again,
// whatever the UI did: read-only profiles refuse, and on PROD the typed name must match.
class OperationRunner : public QObject
{
    Q_OBJECT
public:
    OperationRunner(CommandRunner* runner, Journal* journal, TaskListModel* tasks, QObject* parent = nullptr);

    // `typedName` is what the user typed in the confirmation dialog (only checked on PROD).
    Result<Task*> start(const Operation& operation, const HostProfile& profile, const QString& typedName = {});
    // What start() checks before anything runs: read-only, and the typed name where one is needed.
    // A confirmation asks this too, so an answer that cannot run is refused before any work starts.
    static Result<void> admits(const Operation& operation, const HostProfile& profile, const QString& typedName);

Q_SIGNALS:
    void operationFinished(Task* task, const JournalEntry& entry);

private:
    struct Run;
    void next(Run* run);
    void stepFinished(Run* run, const CommandResult& result);
    void finish(Run* run, bool ok, const QString& result, int taskState);
    static JournalEntry journalEntry(const Run* run);

    CommandRunner* m_runner;
    QPointer<Journal> m_journal;
    TaskListModel* m_tasks;
};
