#include "core/health/healthmodel.h"
#include "core/health/healthrunner.h"
#include "core/host/commandrunner.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

namespace {

// Answers like the simhost would, after a short delay, so that every check is in flight at once.
class FakeJob : public CommandJob
{
public:
    FakeJob(CommandResult result, int delayMs, QObject* parent)
        : CommandJob(parent)
    {
        QTimer::singleShot(delayMs, this, [this, result] {
            if (!m_cancelled)
                Q_EMIT finished(result);
        });
    }
    void cancel() override
    {
        m_cancelled = true;
        CommandResult r;
        r.status = CommandResult::Status::Cancelled;
        Q_EMIT finished(r);
    }

private:
    bool m_cancelled = false;
};

class FakeRunner : public CommandRunner
{
public:
    bool vaultSealed = false;
    int started = 0;
    int maxInFlight = 0;
    int inFlight = 0;
    QList<RemoteCommand> commands;

    CommandJob* run(const RemoteCommand& command, QObject* parent) override
    {
        commands.append(command);
        ++started;
        maxInFlight = std::max(maxInFlight, ++inFlight);
        CommandResult r;
        r.status = CommandResult::Status::Exited;
        r.exitCode = 0;
        const QString cmd = command.argv.join(QLatin1Char(' '));
        if (cmd.startsWith(QLatin1String("incus list")))
            r.stdoutData = R"([{"name":"system","status":"Running","status_code":103}])";
        else if (cmd.contains(QLatin1String("is-active")))
            r.stdoutData = "active\n";
        else if (cmd.contains(QLatin1String("8200"))) {
            if (vaultSealed)
                r.exitCode = 22;
            else
                r.stdoutData = R"({"initialized":true,"sealed":false,"standby":false,"version":"1.15.4"})";
        } else if (cmd.contains(QLatin1String("tail")))
            r.stdoutData = "20260519 info fine\n";
        auto* job = new FakeJob(r, 20, parent);
        QObject::connect(job, &CommandJob::finished, job, [this] { --inFlight; });
        return job;
    }
};

} // namespace

class TestHealthRunner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void runsAllChecksInParallel()
    {
        FakeRunner fake;
        HealthRunner runner(&fake);
        QSignalSpy each(&runner, &HealthRunner::checkFinished);
        QSignalSpy done(&runner, &HealthRunner::allFinished);
        runner.runAll();
        QVERIFY(runner.isRunning());
        QVERIFY(done.wait(2000));
        QCOMPARE(each.count(), runner.checks().size());
        QCOMPARE(fake.maxInFlight, runner.checks().size());
        for (const RemoteCommand& c : std::as_const(fake.commands)) {
            QVERIFY(c.sudo);
            QVERIFY(c.timeoutMs > 0);
        }
        QVERIFY(Health::allGreen(runner.results()));
        QVERIFY(!runner.isRunning());
    }

    void sealedVaultTurnsRed()
    {
        FakeRunner fake;
        fake.vaultSealed = true;
        HealthRunner runner(&fake);
        QSignalSpy done(&runner, &HealthRunner::allFinished);
        runner.runAll();
        QVERIFY(done.wait(2000));
        const auto results = runner.results();
        const auto vault = std::find_if(
            results.begin(), results.end(), [](const Health::Result& r) { return r.id == QLatin1String("vault"); });
        QVERIFY(vault != results.end());
        QCOMPARE(vault->outcome.status, Health::Status::Red);
        QVERIFY(!Health::allGreen(results));
    }

    void modelFollowsTheRound()
    {
        FakeRunner fake;
        fake.vaultSealed = true;
        HealthRunner runner(&fake);
        HealthModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        connect(&runner, &HealthRunner::checkFinished, &model, &HealthModel::updateResult);
        QSignalSpy done(&runner, &HealthRunner::allFinished);
        runner.runAll();
        model.setResults(runner.results());
        QCOMPARE(model.rowCount(), runner.checks().size());
        QCOMPARE(model.index(0, HealthModel::Status).data().toString(), QStringLiteral("running…"));
        QVERIFY(done.wait(2000));
        int red = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            QVERIFY(model.index(row, HealthModel::Time).data().toString().contains(QLatin1String("ms")));
            if (model.index(row, 0).data(HealthModel::StatusRole).toInt() == int(Health::Status::Red)) {
                ++red;
                QCOMPARE(model.index(row, 0).data(HealthModel::IdRole).toString(), QStringLiteral("vault"));
            }
        }
        QCOMPARE(red, 1);
        // A second round keeps the rows (no reset) and turns them back to pending.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        runner.runAll();
        model.setResults(runner.results());
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.index(0, 0).data(HealthModel::StatusRole).toInt(), int(Health::Status::Pending));
        QVERIFY(done.wait(2000));
    }

    void newRoundDropsOldAnswers()
    {
        FakeRunner fake;
        HealthRunner runner(&fake);
        QSignalSpy done(&runner, &HealthRunner::allFinished);
        runner.runAll();
        runner.runAll(); // the first round is cancelled; its answers must not count
        QVERIFY(done.wait(2000));
        QTest::qWait(50);
        QCOMPARE(done.count(), 1);
        QCOMPARE(fake.started, 2 * runner.checks().size());
    }
};

QTEST_GUILESS_MAIN(TestHealthRunner)
#include "tst_healthrunner.moc"
