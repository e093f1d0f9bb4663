// The CI pane on the pane contract, against a fake host: nothing asked before the connection, the
// run list latest-only, errors in the banner, the cache limit from the settings, the stuck-run reset
// through the context's confirmation, and a quiet stop on disconnect.
#include "core/ci/jobtreemodel.h"
#include "core/ci/logcache.h"
#include "core/ci/runlistmodel.h"
#include "core/settings/appsettings.h"
#include "core/settings/preferences.h"
#include "support/fakecommandrunner.h"
#include "support/paneharness.h"
#include "widgets/ci/cipane.h"
#include "widgets/common/messagebanner.h"

#include <QAction>
#include <QDateTime>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

namespace {

bool isRunsQuery(const RemoteCommand& c)
{
    return c.stdinData.contains("count(*) OVER ()");
}

bool isJobsQuery(const RemoteCommand& c)
{
    return c.stdinData.contains("FROM action_run_job j");
}

QByteArray runsCsv(const QList<QPair<qint64, int>>& runs)
{
    QByteArray out = "id,run_index,title,repo_id,repository,default_branch,workflow_id,ref,event,actor,status,"
                     "started,stopped,previous_duration,created,total\n";
    for (const auto& [id, status] : runs)
        out += QByteArray::number(id) + ',' + QByteArray::number(id) + ",title,1,GeneralBots/botserver,main,ci.yml,"
            + "refs/heads/main,push,admin," + QByteArray::number(status) + ",1795000000,0,0,1795000000,"
            + QByteArray::number(runs.size()) + '\n';
    return out;
}

// One job of `run` with one attempt, running and silent since `updated`.
QByteArray runningJobCsv(qint64 run, qint64 updated)
{
    return "id,run_id,name,job_id,status,task_id,started,stopped,has_task,t_id,t_attempt,t_status,t_started,"
           "t_stopped,t_updated,t_log_filename,t_log_in_storage,t_log_expired,t_log_length,t_log_size,t_runner\n"
        + QByteArray::number(run * 10) + ',' + QByteArray::number(run) + ",build,build,6,"
        + QByteArray::number(run * 100) + ",1795000000,0,t," + QByteArray::number(run * 100) + ",1,6,1795000000,0,"
        + QByteArray::number(updated) + ",x/y/1.log,f,f,0,0,runner-1\n";
}

} // namespace

class TstCiPane : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void asksNothingBeforeTheConnection()
    {
        PaneHarness h;
        h.settings.set(Settings::Keys::CiLogCacheMiB, 64);
        CiPane pane;
        h.attach(&pane);
        QCOMPARE(pane.title(), QStringLiteral("CI"));
        QVERIFY(h.fake.commands.isEmpty());
        QCOMPARE(pane.cache().limit(), qint64(64) << 20);
        // The preference applies at once; out-of-range values are clamped like Preferences does.
        h.settings.set(Settings::Keys::CiLogCacheMiB, 256);
        QCOMPARE(pane.cache().limit(), qint64(256) << 20);
        h.settings.set(Settings::Keys::CiLogCacheMiB, 0);
        QCOMPARE(pane.cache().limit(), qint64(Preferences::MinCiLogCacheMiB) << 20);
        QCOMPARE(pane.paneActions().size(), 1);
        QCOMPARE(pane.paneActions().first()->shortcut(), QKeySequence(QKeySequence::Refresh));
    }

    void runListIsLatestOnly()
    {
        PaneHarness h;
        CiPane pane;
        h.attach(&pane);
        QSignalSpy loaded(&pane, &CiPane::runsLoaded);
        h.connect();
        QCOMPARE(h.fake.commands.size(), 1);
        QVERIFY(isRunsQuery(h.fake.commands.first()));
        QVERIFY(h.fake.commands.first().timeoutMs > 0);
        FakeJob* first = h.fake.last();
        pane.refresh();
        QCOMPARE(h.fake.commands.size(), 2);
        FakeJob* second = h.fake.last();
        QVERIFY(first->cancelCalled); // the older request is dropped on the host too
        second->succeed(runsCsv({ { 7, 1 }, { 6, 2 } }));
        QVERIFY(loaded.wait(5000));
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(pane.runModel()->rowCount(), 2);
        QVERIFY(!pane.isAutoRefreshing()); // nothing runs
    }

    void queryErrorsShowInTheBanner()
    {
        PaneHarness h;
        CiPane pane;
        h.attach(&pane);
        h.connect();
        h.fake.last()->fail(
            2, "psql: error: connection to server failed: FATAL: database \"PROD-ALM\" does not exist\n");
        QTRY_VERIFY(pane.banner()->hasMessage());
        QCOMPARE(pane.banner()->level(), MessageBanner::Level::Error);
        QVERIFY2(pane.messageText().contains(QLatin1String("PROD-ALM")), qPrintable(pane.messageText()));
        // The next good answer takes the run list's error away.
        QSignalSpy loaded(&pane, &CiPane::runsLoaded);
        pane.refresh();
        h.fake.last()->succeed(runsCsv({ { 3, 1 } }));
        QVERIFY(loaded.wait(5000));
        QVERIFY(!pane.banner()->hasMessage());
    }

    void disconnectStopsQuietly()
    {
        PaneHarness h;
        CiPane pane;
        h.attach(&pane);
        QSignalSpy loaded(&pane, &CiPane::runsLoaded);
        h.connect();
        h.fake.last()->succeed(runsCsv({ { 9, 6 } }));
        QVERIFY(loaded.wait(5000));
        QVERIFY(pane.isAutoRefreshing()); // a run is running
        pane.refresh();
        FakeJob* pending = h.fake.last();
        h.disconnect();
        QVERIFY(!pane.isAutoRefreshing());
        QVERIFY(pending->cancelCalled);
        QCOMPARE(pane.runModel()->rowCount(), 1); // what is shown stays
        QVERIFY(!pane.banner()->hasMessage());
        const qsizetype asked = h.fake.commands.size();
        pane.refresh(); // not connected: nothing is sent
        QCOMPARE(h.fake.commands.size(), asked);
        // The reconnect reads the list again.
        h.connect();
        QCOMPARE(h.fake.commands.size(), asked + 1);
        QVERIFY(isRunsQuery(h.fake.commands.last()));
    }

    void resetStuckRunGoesThroughPerform()
    {
        PaneHarness h;
        const qint64 silentSince = QDateTime::currentSecsSinceEpoch() - 3 * 3600;
        h.fake.answer = [silentSince](const RemoteCommand& c) {
            if (isRunsQuery(c))
                return FakeJob::exited(0, runsCsv({ { 42, 6 } }));
            if (isJobsQuery(c))
                return FakeJob::exited(0, runningJobCsv(42, silentSince));
            return FakeJob::exited(1, {}, "unexpected");
        };
        CiPane pane;
        h.attach(&pane);
        QSignalSpy jobs(&pane, &CiPane::jobsLoaded);
        h.connect();
        pane.openRun(42);
        QVERIFY(jobs.wait(5000));
        QCOMPARE(pane.jobModel()->jobs().size(), 1);

        pane.resetStuckRun(); // the confirmer declines
        QCOMPARE(h.asked.size(), 1);
        const Operation& op = h.asked.first();
        QVERIFY(op.backup.has_value());
        QVERIFY(op.commands.first().stdinData.contains("UPDATE action_run SET status = 0"));
        QVERIFY(!pane.banner()->hasMessage() || pane.banner()->level() != MessageBanner::Level::Error);
        for (const RemoteCommand& c : std::as_const(h.fake.commands))
            QVERIFY(!c.stdinData.contains("UPDATE action_run")); // declined: nothing ran

        // A read-only profile refuses before asking, and says so in the banner.
        HostProfile readOnly = h.host.profile();
        readOnly.readOnly = true;
        h.host.setProfile(readOnly);
        pane.resetStuckRun();
        QCOMPARE(h.asked.size(), 1);
        QCOMPARE(pane.banner()->level(), MessageBanner::Level::Error);
    }

    void closingWithAFocusedFilterIsSafe()
    {
        // ~QWidget closes the window; the focused filter then says editingFinished to a pane that is
        // half destroyed (it crashed in LatestQuery::run).
        PaneHarness h;
        auto* pane = new CiPane;
        h.attach(pane);
        h.connect();
        pane->show();
        QVERIFY(QTest::qWaitForWindowActive(pane));
        auto* repository = pane->findChild<QLineEdit*>(QStringLiteral("repository"));
        QVERIFY(repository);
        repository->setFocus();
        QTRY_VERIFY(repository->hasFocus());
        repository->setText(QStringLiteral("GeneralBots/botui"));
        delete pane;
    }

    void anotherProfileClearsWhatIsShown()
    {
        PaneHarness h;
        h.fake.answer = [](const RemoteCommand& c) {
            return isRunsQuery(c) ? FakeJob::exited(0, runsCsv({ { 5, 1 } })) : FakeJob::exited(1, {}, "no");
        };
        CiPane pane;
        h.attach(&pane);
        QSignalSpy loaded(&pane, &CiPane::runsLoaded);
        h.connect();
        QVERIFY(loaded.wait(5000));
        QCOMPARE(pane.runModel()->rowCount(), 1);
        h.setProfile(QStringLiteral("other"), Environment::Stage);
        QCOMPARE(pane.runModel()->rowCount(), 0);
    }
};

QTEST_MAIN(TstCiPane)
#include "tst_cipane.moc"
