#include "core/health/healthmodel.h"
#include "core/health/healthrunner.h"
#include "support/fakehealthhost.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {

// Every check in flight at once, as over a real session: each answer comes after 20 ms.
struct Fake : FakeCommandRunner
{
    FakeHealthHost host;
    Fake()
    {
        host.attach(*this);
        delayMs = [](const RemoteCommand&) { return 20; };
    }
    int inFlight() const
    {
        return int(std::count_if(jobs.begin(), jobs.end(), [](const QPointer<FakeJob>& j) { return j && !j->done; }));
    }
};

} // namespace

class TestHealthRunner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void runsAllChecksInParallel()
    {
        Fake fake;
        HealthRunner runner(&fake);
        QSignalSpy each(&runner, &HealthRunner::checkFinished);
        QSignalSpy done(&runner, &HealthRunner::allFinished);
        runner.runAll();
        QVERIFY(runner.isRunning());
        QCOMPARE(fake.inFlight(), runner.checks().size()); // all at once, not one after another
        QVERIFY(done.wait(2000));
        QCOMPARE(each.count(), runner.checks().size());
        for (const RemoteCommand& c : std::as_const(fake.commands)) {
            QVERIFY(c.sudo);
            QVERIFY(c.timeoutMs > 0);
        }
        QVERIFY(Health::allGreen(runner.results()));
        QVERIFY(!runner.isRunning());
    }

    void sealedVaultTurnsRed()
    {
        Fake fake;
        fake.host.vaultSealed = true;
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
        Fake fake;
        fake.host.vaultSealed = true;
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
        Fake fake;
        HealthRunner runner(&fake);
        QSignalSpy done(&runner, &HealthRunner::allFinished);
        runner.runAll();
        runner.runAll(); // the first round is cancelled; its answers must not count
        QVERIFY(done.wait(2000));
        QTest::qWait(50);
        QCOMPARE(done.count(), 1);
        QCOMPARE(fake.commands.size(), 2 * runner.checks().size());
    }
};

QTEST_GUILESS_MAIN(TestHealthRunner)
#include "tst_healthrunner.moc"
