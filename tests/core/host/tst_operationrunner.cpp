#include "core/host/journal.h"
#include "core/host/operation.h"
#include "core/host/operationrunner.h"
#include "core/host/tasklistmodel.h"
#include "core/settings/appsettings.h"
#include "support/fakecommandrunner.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {
HostProfile profile(Environment env, bool readOnly = false)
{
    HostProfile p;
    p.name = env == Environment::Prod ? QStringLiteral("prod") : QStringLiteral("stage");
    p.host = QStringLiteral("10.0.2.5");
    p.environment = env;
    p.readOnly = readOnly;
    return p;
}

Operation editConfig()
{
    Operation op;
    op.action = QStringLiteral("Edit config.csv of bot x");
    op.targets = { QStringLiteral("x.gbai/config.csv") };
    op.confirmationName = QStringLiteral("x");
    const QString path = QStringLiteral("/opt/gbo/data/x.gbai/x.gbot/config.csv");
    op.backupPath = Operation::backupPathFor(path, QDateTime(QDate(2026, 11, 27), QTime(20, 45, 1)));
    op.backup = Operation::containerFileBackup(QStringLiteral("system"), path, op.backupPath);
    RemoteCommand write = RemoteCommand::of({ QStringLiteral("incus"), QStringLiteral("exec"), QStringLiteral("system"),
        QStringLiteral("--"), QStringLiteral("tee"), QStringLiteral("--"), path });
    write.sudo = true;
    write.stdinData = "name,value\n";
    op.commands = { write };
    op.undo = { RemoteCommand::of({ QStringLiteral("cp"), op.backupPath, path }) };
    return op;
}
} // namespace

class TestOperationRunner : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<TaskListModel> m_tasks;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<FakeCommandRunner> m_fakeOwner;
    FakeCommandRunner* m_fakePtr = nullptr;
    std::unique_ptr<OperationRunner> m_runner;

private Q_SLOTS:
    void init()
    {
        m_journal = std::make_unique<Journal>();
        QVERIFY(m_journal->open(m_dir.filePath(QStringLiteral("j%1.sqlite").arg(QDateTime::currentMSecsSinceEpoch())))
                    .ok());
        m_tasks = std::make_unique<TaskListModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_tasks.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_fakeOwner = std::make_unique<FakeCommandRunner>();
        m_fakePtr = m_fakeOwner.get();
        m_runner = std::make_unique<OperationRunner>(m_fakePtr, m_journal.get(), m_tasks.get());
    }
    void cleanup()
    {
        m_runner.reset();
        m_tester.reset();
        m_tasks.reset();
        m_journal.reset();
    }

    void operationModel()
    {
        const Operation op = editConfig();
        QCOMPARE(op.backupPath, QStringLiteral("/tmp/config.csv.20261127-204501"));
        QCOMPARE(op.stepCount(), 2);
        const QStringList lines = op.commandLines();
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[0],
            QStringLiteral("sudo incus exec system -- cp -a -- /opt/gbo/data/x.gbai/x.gbot/config.csv "
                           "/tmp/config.csv.20261127-204501"));
        QCOMPARE(lines[1], QStringLiteral("sudo incus exec system -- tee -- /opt/gbo/data/x.gbai/x.gbot/config.csv"));
        QCOMPARE(op.undoLines().size(), 1);
        QCOMPARE(op.nameToType(), QStringLiteral("x"));
        // Hostile target names are quoted in what the user sees and copies.
        Operation evil;
        evil.commands
            = { RemoteCommand::of({ QStringLiteral("rm"), QStringLiteral("--"), QStringLiteral("a b; $(reboot)") }) };
        QCOMPARE(evil.commandLines().first(), QStringLiteral("rm -- 'a b; $(reboot)'"));
    }

    void policy()
    {
        const Operation op = editConfig();
        QVERIFY(OperationPolicy::permitted(op, profile(Environment::Prod)).ok());
        QVERIFY(!OperationPolicy::permitted(op, profile(Environment::Stage, true)).ok());
        Operation readOnlyQuery = op;
        readOnlyQuery.mutating = false;
        QVERIFY(OperationPolicy::permitted(readOnlyQuery, profile(Environment::Prod, true)).ok());
        QVERIFY(OperationPolicy::needsTypedName(op, profile(Environment::Prod)));
        QVERIFY(!OperationPolicy::needsTypedName(op, profile(Environment::Stage)));
        QVERIFY(!OperationPolicy::needsTypedName(readOnlyQuery, profile(Environment::Prod)));
        QVERIFY(OperationPolicy::typedNameMatches(op, QStringLiteral(" x ")));
        QVERIFY(!OperationPolicy::typedNameMatches(op, QStringLiteral("X")));
        QVERIFY(!OperationPolicy::typedNameMatches(op, QString()));
    }

    // Journal before action: who, where and the exact commands are recorded before anything runs.
    void startedEntryIsWrittenBeforeTheFirstCommand()
    {
        int journaledWhenRun = -1;
        m_fakePtr->delayMs = [this, &journaledWhenRun](const RemoteCommand&) {
            if (journaledWhenRun < 0)
                journaledWhenRun = int(m_journal->entries()->size());
            return -1;
        };
        m_fakePtr->answer = [](const RemoteCommand&) { return FakeCommandRunner::exited(0); };
        const HostProfile p = profile(Environment::Stage);
        QVERIFY(m_runner->start(editConfig(), p).ok());
        QCOMPARE(journaledWhenRun, 1);
        const JournalEntry started = m_journal->entries()->first();
        QCOMPARE(started.phase, JournalEntry::Phase::Started);
        QCOMPARE(started.commands, editConfig().commandLines());
        QCOMPARE(started.host, p.destination());
        QCOMPARE(started.environment, Environment::Stage);
        QVERIFY(!started.who.isEmpty());
        QVERIFY(!started.ok);
    }

    void unwritableJournalRefusesMutatingOperation()
    {
        // The disk is full, the file read-only, ...: simulated by a trigger refusing every insert.
        QSqlQuery q(QSqlDatabase::database(m_journal->connectionName()));
        QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER broken BEFORE INSERT ON entries "
                                      "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END")));
        const auto started = m_runner->start(editConfig(), profile(Environment::Stage));
        QVERIFY(!started.ok());
        QVERIFY2(started.errorMessage().contains(QLatin1String("disk is full")), qPrintable(started.errorMessage()));
        QVERIFY(m_fakePtr->commands.isEmpty());
        QCOMPARE(m_tasks->rowCount(), 0);
    }

    // Fail closed: OTHER (no rule matched) confirms like PROD unless the preference relaxes it,
    // and the setting is followed live.
    void unknownEnvironmentNeedsTypedNameUnlessRelaxed()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("s.conf")));
        OperationPolicy::followSettings(&settings);
        auto restore = qScopeGuard([] { OperationPolicy::setUnknownEnvironmentNeedsTypedName(true); });
        const Operation op = editConfig();
        QVERIFY(OperationPolicy::needsTypedName(op, profile(Environment::Other)));
        const auto refused = m_runner->start(op, profile(Environment::Other));
        QVERIFY(!refused.ok());
        QVERIFY2(
            refused.errorMessage().contains(QLatin1String("unknown environment")), qPrintable(refused.errorMessage()));
        QVERIFY(m_fakePtr->commands.isEmpty());
        settings.set(Settings::Keys::UnknownEnvironmentNeedsTypedName, false);
        QVERIFY(!OperationPolicy::needsTypedName(op, profile(Environment::Other)));
        QVERIFY(OperationPolicy::needsTypedName(op, profile(Environment::Prod))); // PROD never relaxes
        QVERIFY(m_runner->start(op, profile(Environment::Other)).ok());
    }

    void readOnlyRefusesAndRunsNothing()
    {
        const auto started = m_runner->start(editConfig(), profile(Environment::Stage, true));
        QVERIFY(!started.ok());
        QVERIFY(started.errorMessage().contains(QLatin1String("read-only")));
        QVERIFY(m_fakePtr->commands.isEmpty());
        QCOMPARE(m_tasks->rowCount(), 0);
        QCOMPARE(m_journal->entries()->size(), 0);
    }

    void prodNeedsTypedName()
    {
        QVERIFY(!m_runner->start(editConfig(), profile(Environment::Prod)).ok());
        QVERIFY(!m_runner->start(editConfig(), profile(Environment::Prod), QStringLiteral("y")).ok());
        QVERIFY(m_fakePtr->commands.isEmpty());
        QVERIFY(m_runner->start(editConfig(), profile(Environment::Prod), QStringLiteral("x")).ok());
        QCOMPARE(m_fakePtr->commands.size(), 1);
    }

    void runsBackupThenCommandsAndJournals()
    {
        QSignalSpy done(m_runner.get(), &OperationRunner::operationFinished);
        const auto started = m_runner->start(editConfig(), profile(Environment::Stage));
        QVERIFY(started.ok());
        Task* task = *started;
        QCOMPARE(m_tasks->rowCount(), 1);
        QCOMPARE(m_tasks->runningCount(), 1);
        QCOMPARE(task->maximum(), 2);
        // Only the backup runs until it finished.
        QCOMPARE(m_fakePtr->commands.size(), 1);
        QCOMPARE(m_fakePtr->commands[0].argv.value(4), QStringLiteral("cp"));
        m_fakePtr->last()->succeed();
        QCOMPARE(m_fakePtr->commands.size(), 2);
        QCOMPARE(task->progress(), 1);
        QCOMPARE(m_fakePtr->commands[1].stdinData, QByteArray("name,value\n"));
        m_fakePtr->last()->succeed();
        QCOMPARE(task->state(), Task::State::Succeeded);
        QCOMPARE(done.count(), 1);
        QCOMPARE(m_tasks->runningCount(), 0);
        const auto entries = m_journal->entries();
        QCOMPARE(entries->size(), 2); // "started", then the outcome
        QCOMPARE(entries->first().phase, JournalEntry::Phase::Started);
        const JournalEntry e = entries->last();
        QCOMPARE(e.phase, JournalEntry::Phase::Outcome);
        QCOMPARE(e.startedId, entries->first().id);
        QVERIFY(e.ok);
        QCOMPARE(e.profile, QStringLiteral("stage"));
        QCOMPARE(e.environment, Environment::Stage);
        QCOMPARE(e.commands, editConfig().commandLines());
        QCOMPARE(e.backupPath, QStringLiteral("/tmp/config.csv.20261127-204501"));
        // stdin (file contents, or a secret) never reaches the journal.
        QVERIFY(!e.commands.join(u' ').contains(QLatin1String("name,value")));
    }

    void secretOnStdinNeverReachesTheJournalFile()
    {
        const QByteArray canary = "canary-7f3a-secret";
        Operation op;
        op.action = QStringLiteral("Store vault token");
        op.targets = { QStringLiteral("vault") };
        RemoteCommand c
            = RemoteCommand::of({ QStringLiteral("tee"), QStringLiteral("--"), QStringLiteral("/opt/token") });
        c.stdinData = canary;
        op.commands = { c };
        QVERIFY(m_runner->start(op, profile(Environment::Stage)).ok());
        m_fakePtr->last()->fail(1, "tee: " + canary); // even echoed back by the host
        QCOMPARE(m_fakePtr->commands.first().stdinData, canary);
        const QString path = m_journal->path();
        m_journal.reset(); // flush and close
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.contains("Store vault token"));
        QVERIFY(!bytes.contains(canary));
    }

    // A bulk action copies several things first: the journal records every copy that was made,
    // one per line, and none that was not (the run stopped before it).
    void everyBackupOfABulkActionIsJournaled()
    {
        auto bulk = [] {
            Operation op = editConfig();
            op.commands.clear();
            for (const char* p : { "/tmp/b.1", "/tmp/c.1" }) {
                op.stepBackups << Operation::StepBackup { int(op.commands.size()), QString::fromLatin1(p) };
                op.commands << RemoteCommand::of({ QStringLiteral("cp"), QStringLiteral("x"), QString::fromLatin1(p) });
            }
            op.commands << RemoteCommand::of({ QStringLiteral("rm"), QStringLiteral("x") });
            return op;
        };
        QCOMPARE(bulk().backupPaths(),
            QStringList({ QStringLiteral("/tmp/config.csv.20261127-204501"), QStringLiteral("/tmp/b.1"),
                QStringLiteral("/tmp/c.1") }));
        QVERIFY(m_runner->start(bulk(), profile(Environment::Stage)).ok());
        for (int i = 0; i < 4; ++i)
            m_fakePtr->last()->succeed();
        QCOMPARE(m_journal->entries()->last().backupPath,
            QStringLiteral("/tmp/config.csv.20261127-204501\n/tmp/b.1\n/tmp/c.1"));

        // Stopped at the second copy: only the copies that exist are named.
        QVERIFY(m_runner->start(bulk(), profile(Environment::Stage)).ok());
        m_fakePtr->last()->succeed();
        m_fakePtr->last()->succeed();
        m_fakePtr->last()->fail(1, "mc: no space\n");
        const JournalEntry e = m_journal->entries()->last();
        QVERIFY(!e.ok);
        QCOMPARE(e.backupPath, QStringLiteral("/tmp/config.csv.20261127-204501\n/tmp/b.1"));
    }

    void failedBackupRunsNothingElse()
    {
        QVERIFY(m_runner->start(editConfig(), profile(Environment::Stage)).ok());
        m_fakePtr->last()->fail(1, "cp: cannot stat '/opt/x': No such file or directory\n");
        QCOMPARE(m_fakePtr->commands.size(), 1);
        const JournalEntry e = m_journal->entries()->last();
        QVERIFY(!e.ok);
        QVERIFY(e.result.contains(QLatin1String("backup failed")));
        QVERIFY(e.result.contains(QLatin1String("No such file")));
        QVERIFY(e.backupPath.isEmpty());
        QCOMPARE(m_tasks->task(0)->state(), Task::State::Failed);
    }

    void independentStepsRunEvenAfterAFailure()
    {
        // A bulk stop: the second container fails, the third still stops, the result names the failure.
        Operation op;
        op.action = QStringLiteral("Stop containers a, b, c");
        op.targets = { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") };
        op.independentSteps = true;
        for (const QString& t : op.targets) {
            RemoteCommand c = RemoteCommand::of({ QStringLiteral("incus"), QStringLiteral("stop"), t });
            c.description = QStringLiteral("Stop container ") + t;
            op.commands.append(c);
        }
        QVERIFY(m_runner->start(op, profile(Environment::Stage)).ok());
        m_fakePtr->last()->succeed();
        m_fakePtr->last()->fail(1, "Error: The instance is already stopped\n");
        m_fakePtr->last()->succeed();
        QCOMPARE(m_fakePtr->commands.size(), 3);
        const JournalEntry e = m_journal->entries()->last();
        QVERIFY(!e.ok);
        QVERIFY2(
            e.result.startsWith(QLatin1String("1 of 3 failed: Stop container b: exit status 1")), qPrintable(e.result));
        QVERIFY(e.result.contains(QLatin1String("already stopped")));
        QCOMPARE(e.commands.size(), 3);
        QCOMPARE(m_tasks->task(0)->state(), Task::State::Failed);
    }

    void cancelFromTheTaskList()
    {
        QVERIFY(m_runner->start(editConfig(), profile(Environment::Stage)).ok());
        QVERIFY(m_tasks->data(m_tasks->index(0), TaskListModel::CancelableRole).toBool());
        m_tasks->cancel(0);
        QVERIFY(m_fakePtr->jobs[0]->cancelCalled);
        QCOMPARE(m_fakePtr->commands.size(), 1); // the edit never started
        QCOMPARE(m_tasks->task(0)->state(), Task::State::Cancelled);
        QVERIFY(!m_tasks->data(m_tasks->index(0), TaskListModel::CancelableRole).toBool());
        QVERIFY(m_journal->entries()->last().result.startsWith(QLatin1String("cancelled")));
        m_tasks->clearFinished();
        QCOMPARE(m_tasks->rowCount(), 0);
    }

    // A finished task can be dropped on its own (housekeeping that found nothing); a running one stays.
    void removeFinishedDropsOnlyThatFinishedTask()
    {
        auto* running = new Task(QStringLiteral("running"), QStringLiteral("p"));
        auto* done = new Task(QStringLiteral("done"), QStringLiteral("p"));
        auto* kept = new Task(QStringLiteral("kept"), QStringLiteral("p"));
        const int before = m_tasks->rowCount();
        m_tasks->addTask(running);
        m_tasks->addTask(done);
        m_tasks->addTask(kept);
        done->finish(Task::State::Succeeded, {});
        kept->finish(Task::State::Succeeded, QStringLiteral("something"));
        m_tasks->removeFinished(running);
        QCOMPARE(m_tasks->rowCount(), before + 3);
        m_tasks->removeFinished(done);
        QCOMPARE(m_tasks->rowCount(), before + 2);
        QCOMPARE(m_tasks->task(before), running);
        QCOMPARE(m_tasks->task(before + 1), kept);
        running->finish(Task::State::Succeeded, {});
        m_tasks->clearFinished();
        QCOMPARE(m_tasks->rowCount(), 0);
    }

    void cancelBetweenStepsStopsBeforeTheNext()
    {
        QVERIFY(m_runner->start(editConfig(), profile(Environment::Stage)).ok());
        FakeJob* backup = m_fakePtr->last();
        backup->ignoreCancel = true;
        Task* task = m_tasks->task(0);
        task->cancel();
        QVERIFY(backup->cancelCalled);
        QCOMPARE(task->state(), Task::State::Running); // the backup is still finishing
        backup->succeed();
        QCOMPARE(m_fakePtr->commands.size(), 1); // the edit never started
        QCOMPARE(task->state(), Task::State::Cancelled);
        const JournalEntry e = m_journal->entries()->last();
        QVERIFY(e.result.startsWith(QLatin1String("cancelled after step 1")));
        QCOMPARE(e.backupPath, QStringLiteral("/tmp/config.csv.20261127-204501")); // the backup exists
    }
};

QTEST_GUILESS_MAIN(TestOperationRunner)
#include "tst_operationrunner.moc"
