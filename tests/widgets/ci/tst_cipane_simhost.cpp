// The CI pane against the simulated host, attached to a host context as the shell attaches it:
// the runs list, a failed run opened on its failed step, links, the stuck-run reset through perform(). With
// GBADMIN_SCREENSHOTS=DIR it also saves ci-runs.png and ci-failed-step.png there.
#include "core/ci/jobtreemodel.h"
#include "core/ci/linecollector.h"
#include "core/ci/logline.h"
#include "core/ci/logloader.h"
#include "core/ci/runlistmodel.h"
#include "core/ci/steplistmodel.h"
#include "core/host/containershell.h"
#include "core/host/hostprofile.h"
#include "core/host/journal.h"
#include "core/host/profiletarget.h"
#include "core/host/sessioncommandrunner.h"
#include "core/host/tasklistmodel.h"
#include "core/ssh/sshsession.h"
#include "support/paneharness.h"
#include "support/simhostenv.h"
#include "support/simhostsession.h"
#include "widgets/ci/cipane.h"
#include "widgets/ci/logview.h"
#include "widgets/ci/logviewer.h"
#include "widgets/common/messagebanner.h"

#include <QApplication>
#include <QDir>
#include <QListWidget>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

class TstCiPaneSimhost : public QObject
{
    Q_OBJECT
private:
    SimHostEnv m_env;
    std::unique_ptr<SshSession> m_session;
    std::unique_ptr<SessionCommandRunner> m_runner;

    void shot(QWidget* w, const QString& name)
    {
        const QString dir = qEnvironmentVariable("GBADMIN_SCREENSHOTS");
        if (dir.isEmpty())
            return;
        QVERIFY(QTest::qWaitForWindowExposed(w));
        QCoreApplication::processEvents(); // pending layouts; grab() itself paints synchronously
        QVERIFY(w->grab().save(dir + QLatin1Char('/') + name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the log cache goes to a test location
        QString why;
        m_env = SimHostEnv::load(&why);
        QVERIFY2(m_env.isValid(), qPrintable(why));
        HostProfile profile = profileForAlias(QStringLiteral("simhost"), m_env.sshConfig);
        QString notConnected;
        m_session = connectToSimHost(profile, &notConnected);
        QVERIFY2(m_session, qPrintable(notConnected));
        m_runner = std::make_unique<SessionCommandRunner>(m_session.get());
    }

    void failedRunOpensOnItsFailedStep()
    {
        PaneHarness h;
        h.setProfile(QStringLiteral("simhost"), Environment::Stage);
        CiPane pane;
        // Logs cached by an earlier run of this test would open without reading the host.
        QVERIFY(pane.cache().directory().contains(QLatin1String(".qttest")));
        QVERIFY(QDir(pane.cache().directory()).removeRecursively());
        pane.resize(1400, 860);
        pane.show();
        QSignalSpy runs(&pane, &CiPane::runsLoaded);
        QSignalSpy focused(&pane, &CiPane::logFocused);
        h.attach(&pane);
        QCOMPARE(pane.title(), QStringLiteral("CI"));
        QCOMPARE(pane.cache().limit(), qint64(1024) << 20); // CiLogCacheMiB's default
        QVERIFY(runs.isEmpty()); // nothing asked before the connection
        h.connect(m_runner.get());
        QVERIFY(runs.wait(60000));
        QVERIFY(pane.runModel()->rowCount() >= 33);
        // Failed first: the first row is a failed run; something runs, so the list refreshes itself.
        const auto* first = pane.runModel()->runAt(0);
        QCOMPARE(first->status, Ci::Status::Failure);
        QVERIFY(pane.isAutoRefreshing());
        shot(&pane, QStringLiteral("ci-runs.png"));

        // Open the newest failed ci.yml run: its failed job "test (stable)" on "cargo test".
        Ci::Forgejo::RunFilter f = pane.filter();
        f.workflow = QStringLiteral("ci.yml");
        f.statuses = { Ci::Status::Failure };
        pane.setFilter(f);
        QVERIFY(runs.wait(60000));
        const qint64 runId = pane.runModel()->runAt(0)->id;
        focused.clear();
        pane.openRun(runId);
        LogView* view = pane.viewer()->view();
        // Earlier selections may still answer: wait for this run's failed job and step.
        auto onFailedStep = [&] {
            const QModelIndex job = pane.jobModel()->firstFailedJob();
            const int s = pane.stepModel()->firstFailedStep();
            if (!job.isValid() || s < 0 || pane.jobModel()->jobAt(job)->runId != runId)
                return false;
            const Ci::UiStep step = pane.stepModel()->steps()[s];
            return view->currentLine() >= step.firstLine && view->currentLine() < step.endLine();
        };
        const bool reached = QTest::qWaitFor(onFailedStep, 30000);
        if (!reached) {
            const QModelIndex j = pane.jobModel()->firstFailedJob();
            qWarning() << "job" << (j.isValid() ? pane.jobModel()->jobAt(j)->name : QString()) << "step"
                       << pane.stepModel()->firstFailedStep() << "steps" << pane.stepModel()->rowCount() << "line"
                       << view->currentLine() << "lines" << (view->source() ? view->source()->lineCount() : -1)
                       << pane.messageText();
        }
        QVERIFY(onFailedStep());
        // Choosing the run opened the shell in alm that the log was read through.
        QTRY_VERIFY_WITH_TIMEOUT(pane.logShell()->answeredByShell() >= 1, 30000);
        QCOMPARE(pane.logShell()->answeredByOneShot(), 0);
        const QModelIndex job = pane.jobModel()->firstFailedJob();
        QCOMPARE(pane.jobModel()->jobAt(job)->name, QStringLiteral("test (stable)"));
        const int failedStep = pane.stepModel()->firstFailedStep();
        QCOMPARE(pane.stepModel()->steps()[failedStep].name, QStringLiteral("cargo test"));
        QCOMPARE(focused.last().at(0).toInt(), failedStep);
        for (int i = 0; i < pane.stepModel()->rowCount(); ++i)
            QCOMPARE(view->isStepFolded(i), i != failedStep);
        // It lands on the step's first error line (`::error`/`##[error]`), not on the step's first line:
        // the marks of a remote log are known once its frames are fetched, the focus follows them.
        const Ci::UiStep fs = pane.stepModel()->steps()[failedStep];
        auto isError = [&](qint64 l) {
            return Ci::LogLine::classify(Ci::LogLine::split(view->source()->line(l)).content)
                == Ci::LogLine::Kind::Error;
        };
        QTRY_VERIFY_WITH_TIMEOUT(view->currentLine() > fs.firstLine && isError(view->currentLine()), 30000);
        QCOMPARE(focused.last().at(0).toInt(), failedStep);
        {
            Ci::LineCollector before(view->source(), fs.firstLine, view->currentLine() - fs.firstLine);
            QSignalSpy collected(&before, &Ci::LineCollector::done);
            before.start();
            QVERIFY(!collected.isEmpty() || collected.wait(30000));
            const auto rows = collected.first().at(0).value<QList<QByteArray>>();
            QCOMPARE(rows.size(), view->currentLine() - fs.firstLine);
            for (const QByteArray& r : rows)
                QVERIFY2(
                    Ci::LogLine::classify(Ci::LogLine::split(r).content) != Ci::LogLine::Kind::Error, r.constData());
        }
        QVERIFY(view->source()->line(view->currentLine()).contains("::error")
            || view->source()->line(view->currentLine()).contains("##[error]"));
        // The current line is on screen.
        const qint64 row = view->rowOfLine(view->currentLine());
        QVERIFY(row >= view->topRow() && row < view->topRow() + view->visibleRowCount());
        QTRY_VERIFY_WITH_TIMEOUT(!view->source()->line(view->currentLine()).startsWith("\xe2\x8b\xaf"), 30000);
        // The log's error lines are listed (jump to each); the focused one among them.
        auto* problems = pane.findChild<QListWidget*>(QStringLiteral("problems"));
        QVERIFY(problems);
        QTRY_VERIFY_WITH_TIMEOUT(problems->count() >= 2, 10000);
        bool listed = false;
        for (int i = 0; i < problems->count(); ++i)
            listed |= problems->item(i)->data(Qt::UserRole + 1).toLongLong() == view->currentLine();
        QVERIFY(listed);
        shot(&pane, QStringLiteral("ci-failed-step.png"));

        // A link to the line opens the same place from another run's view.
        const QString link = pane.linkToCurrentLine();
        QVERIFY2(link.startsWith(QLatin1String("gbadmin://ci/run/")), qPrintable(link));
        const qint64 line = view->currentLine();
        pane.openRun(pane.runModel()->runAt(1)->id);
        QSignalSpy jobs(&pane, &CiPane::jobsLoaded);
        QVERIFY(jobs.wait(60000));
        QVERIFY(pane.openLink(link));
        QTRY_COMPARE_WITH_TIMEOUT(view->currentLine(), line, 60000);
        QVERIFY(!pane.openLink(QStringLiteral("gbadmin://ci/run/x")));
    }

    void comparisonWithTheLastGreenRun()
    {
        // The failed ci.yml push on main against the newest green run of its failed job.
        PaneHarness h;
        h.setProfile(QStringLiteral("simhost"), Environment::Stage);
        CiPane pane;
        pane.resize(1400, 860);
        pane.show();
        QSignalSpy runs(&pane, &CiPane::runsLoaded);
        h.attach(&pane);
        h.connect(m_runner.get());
        QVERIFY(runs.wait(60000));
        Ci::Forgejo::RunFilter f = pane.filter();
        f.workflow = QStringLiteral("ci.yml");
        f.event = QStringLiteral("push");
        f.statuses = { Ci::Status::Failure };
        pane.setFilter(f);
        QTRY_VERIFY_WITH_TIMEOUT(pane.runModel()->rowCount() > 0
                && pane.runModel()->runAt(0)->event == QLatin1String("push")
                && pane.runModel()->runAt(0)->status == Ci::Status::Failure,
            60000);
        const qint64 runId = pane.runModel()->runAt(0)->id;
        QSignalSpy focused(&pane, &CiPane::logFocused);
        pane.openRun(runId);
        QTRY_VERIFY_WITH_TIMEOUT(!focused.isEmpty() && pane.stepModel()->firstFailedStep() >= 0
                && pane.jobModel()->jobAt(pane.jobModel()->firstFailedJob())->runId == runId,
            60000);
        QSignalSpy ready(&pane, &CiPane::comparisonReady);
        pane.compareWithLastGreen();
        QVERIFY(ready.wait(60000));
        auto* steps = pane.findChild<QTableWidget*>(QStringLiteral("compareSteps"));
        auto* differences = pane.findChild<QTreeWidget*>(QStringLiteral("differences"));
        QVERIFY(steps && differences);
        QVERIFY(steps->rowCount() >= pane.stepModel()->rowCount());
        // The failed step against the same step green, with a duration difference.
        int row = -1;
        for (int r = 0; r < steps->rowCount() && row < 0; ++r)
            if (steps->item(r, 1) && steps->item(r, 1)->text() == Ci::statusLabel(Ci::Status::Failure))
                row = r;
        QVERIFY(row >= 0);
        const int failedStep = pane.stepModel()->firstFailedStep();
        QCOMPARE(steps->item(row, 0)->text(), pane.stepModel()->steps()[failedStep].name);
        QCOMPARE(steps->item(row, 3)->text(), Ci::statusLabel(Ci::Status::Success));
        QVERIFY(!steps->item(row, 5)->text().isEmpty());
        QVERIFY(differences->topLevelItemCount() > 0);
        shot(&pane, QStringLiteral("ci-compare.png"));
    }

    void resetStuckRunGoesThroughTheContext()
    {
        PaneHarness h;
        h.setProfile(QStringLiteral("simhost"), Environment::Stage);
        CiPane pane;
        QSignalSpy runs(&pane, &CiPane::runsLoaded);
        h.attach(&pane);
        h.connect(m_runner.get());
        QVERIFY(runs.wait(60000));
        Ci::Forgejo::RunFilter f = pane.filter();
        f.statuses = { Ci::Status::Running };
        pane.setFilter(f);
        QTRY_VERIFY_WITH_TIMEOUT(
            pane.runModel()->rowCount() == 1 && pane.runModel()->runAt(0)->status == Ci::Status::Running, 60000);
        const qint64 runId = pane.runModel()->runAt(0)->id;
        pane.openRun(runId);
        QTRY_VERIFY_WITH_TIMEOUT(
            pane.jobModel()->rowCount() > 0 && pane.jobModel()->jobAt(pane.jobModel()->index(0, 0))->runId == runId,
            60000);

        // Declined: asked once, nothing ran.
        pane.resetStuckRun();
        QCOMPARE(h.asked.size(), 1);
        QVERIFY(h.asked.first().backup.has_value());
        QCOMPARE(h.host.tasks()->rowCount(), 0);

        // Confirmed: the context runs it (backup, journal) and the pane reads the list again.
        h.answer = QString();
        QSignalSpy finished(&h.host, &HostConnection::operationFinished);
        pane.resetStuckRun();
        QCOMPARE(h.asked.size(), 2);
        const QList<RemoteCommand> undo = h.asked.last().undo;
        auto restore = qScopeGuard([&] {
            for (const RemoteCommand& u : undo)
                QVERIFY(m_session->runAndWait(u, 60000).succeeded());
        });
        QVERIFY(finished.wait(60000));
        const JournalEntry entry = finished.first().at(1).value<JournalEntry>();
        QVERIFY2(entry.ok, qPrintable(entry.result));
        QVERIFY(entry.action.contains(QLatin1String("Reset stuck CI run")));
        QTRY_COMPARE_WITH_TIMEOUT(pane.runModel()->rowCount(), 0, 60000); // no longer running
        QCOMPARE(pane.banner()->level(), MessageBanner::Level::Information);
    }
};

QTEST_MAIN(TstCiPaneSimhost)
#include "tst_cipane_simhost.moc"
