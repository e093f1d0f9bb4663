#include "core/containers/containermodel.h"
#include "core/host/journal.h"
#include "core/host/operation.h"
#include "core/settings/appsettings.h"
#include "support/fakecommandrunner.h"
#include "support/paneharness.h"
#include "widgets/common/messagebanner.h"
#include "widgets/containers/containerspane.h"
#include "widgets/containers/servicesdialog.h"
#include "widgets/containers/snapshotsdialog.h"
#include "widgets/containers/textviewdialog.h"
#include "widgets/shell/confirmoperationdialog.h"
#include "widgets/shell/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

namespace {
QByteArray listJson(int count, int stoppedEvery = 0, int generation = 0)
{
    QByteArray out = "[";
    for (int i = 0; i < count; ++i) {
        const bool stopped = stoppedEvery && i % stoppedEvery == 0;
        if (i)
            out += ',';
        out += R"({"name":"c)" + QByteArray::number(i).rightJustified(3, '0') + R"(","status":")"
            + (stopped ? "Stopped" : "Running") + R"(","status_code":)" + (stopped ? "102" : "103")
            + R"(,"type":"container","state":{"pid":)" + QByteArray::number(generation) + "}}";
    }
    return out + "]";
}
} // namespace

class TestContainersPane : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void selectionAndScrollSurviveRefresh()
    {
        PaneHarness h;
        FakeCommandRunner& fake = h.fake;
        int generation = 0;
        fake.answer = [&generation](
                          const RemoteCommand&) { return FakeCommandRunner::exited(0, listJson(200, 7, generation)); };
        ContainersPane pane;
        h.attach(&pane);
        pane.resize(1000, 500);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QSignalSpy refreshed(&pane, &ContainersPane::refreshed);
        h.connect();
        QVERIFY(refreshed.wait(3000));
        QCOMPARE(pane.model()->rowCount(), 200);
        QCOMPARE(fake.commands.first().argv.join(QLatin1Char(' ')), QStringLiteral("incus list --format json"));
        QVERIFY(fake.commands.first().sudo);

        auto* table = pane.findChild<QTableView*>(QStringLiteral("table"));
        table->selectRow(150);
        table->scrollTo(table->model()->index(150, 0));
        const int scroll = table->verticalScrollBar()->value();
        QVERIFY(scroll > 0);
        QCOMPARE(pane.selectedContainers(), QStringList { QStringLiteral("c150") });

        generation = 1; // every row changes (pid)
        pane.refresh();
        QVERIFY(refreshed.wait(3000));
        QCOMPARE(pane.selectedContainers(), QStringList { QStringLiteral("c150") });
        QCOMPARE(table->verticalScrollBar()->value(), scroll);
    }

    void bulkStopListsEveryTarget()
    {
        PaneHarness h;
        FakeCommandRunner& fake = h.fake;
        fake.answer = [](const RemoteCommand&) { return FakeCommandRunner::exited(0, listJson(5)); };
        ContainersPane pane;
        h.attach(&pane);
        pane.show();
        QSignalSpy refreshed(&pane, &ContainersPane::refreshed);
        h.connect();
        QVERIFY(refreshed.wait(3000));
        auto* table = pane.findChild<QTableView*>(QStringLiteral("table"));
        table->selectAll();
        QAction* stop = nullptr;
        for (QAction* a : table->actions())
            if (a->text().remove(QLatin1Char('&')) == QLatin1String("Stop"))
                stop = a;
        QVERIFY(stop && stop->isEnabled());
        stop->trigger(); // the confirmer declines: nothing runs
        QCOMPARE(h.asked.count(), 1);
        const Operation op = h.asked.first();
        QCOMPARE(op.targets.size(), 5);
        QCOMPARE(op.commands.size(), 5);
        QCOMPARE(op.commandLines().last(), QStringLiteral("sudo incus stop c004"));
        // The pane never runs a mutating command itself.
        for (const RemoteCommand& c : std::as_const(fake.commands))
            QCOMPARE(c.argv.value(1), QStringLiteral("list"));
    }

    void bulkStopOnProdNeedsTheTypedNames()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("s.conf")));
        Journal journal;
        QVERIFY(journal.open(dir.filePath(QStringLiteral("journal.sqlite"))).ok());
        MainWindow w(&settings, &journal);
        FakeCommandRunner fake;
        fake.answer = [](const RemoteCommand& c) {
            return FakeCommandRunner::exited(0, c.argv.value(1) == QLatin1String("list") ? listJson(3) : QByteArray());
        };
        HostProfile prod;
        prod.name = QStringLiteral("gb-prod");
        prod.host = QStringLiteral("10.0.2.5");
        prod.environment = Environment::Prod;
        w.host()->setProfile(prod);
        ContainersPane* pane = w.pane<ContainersPane>();
        QSignalSpy refreshed(pane, &ContainersPane::refreshed);
        w.host()->useRunner(&fake);
        w.show();
        QVERIFY(refreshed.wait(3000));
        pane->findChild<QTableView*>(QStringLiteral("table"))->selectAll();

        QString targets;
        bool runEnabledBeforeTyping = true;
        bool runEnabledWithOneName = true;
        QTimer::singleShot(0, this, [&] {
            auto* d = qobject_cast<ConfirmOperationDialog*>(QApplication::activeModalWidget());
            QVERIFY(d);
            targets = d->findChild<QLabel*>(QStringLiteral("targetsLabel"))->text();
            runEnabledBeforeTyping = d->runButton()->isEnabled();
            auto* typed = d->findChild<QLineEdit*>(QStringLiteral("typedName"));
            QTest::keyClicks(typed, QStringLiteral("c000"));
            runEnabledWithOneName = d->runButton()->isEnabled();
            typed->clear();
            QTest::keyClicks(typed, QStringLiteral("c000 c001 c002"));
            d->grab().save(QStringLiteral("confirmoperationdialog.png"));
            d->runButton()->click();
        });
        QAction* stop = nullptr;
        for (QAction* a : pane->findChild<QTableView*>(QStringLiteral("table"))->actions())
            if (a->text().remove(QLatin1Char('&')) == QLatin1String("Stop"))
                stop = a;
        QVERIFY(stop);
        stop->trigger();
        for (const char* name : { "c000", "c001", "c002" })
            QVERIFY2(targets.contains(QLatin1String(name)), qPrintable(targets));
        QVERIFY(!runEnabledBeforeTyping);
        QVERIFY(!runEnabledWithOneName);
        QStringList stops;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                stops.clear();
                for (const RemoteCommand& c : std::as_const(fake.commands))
                    if (c.argv.value(1) == QLatin1String("stop"))
                        stops.append(c.argv.value(2));
                return stops.size() == 3;
            }(),
            3000);
        QCOMPARE(stops, (QStringList { QStringLiteral("c000"), QStringLiteral("c001"), QStringLiteral("c002") }));
        QTRY_COMPARE_WITH_TIMEOUT(journal.entries().value().size(), 2, 3000); // started + outcome
    }

    void snapshotsDialogAsksForTheChosenSnapshot()
    {
        const QList<SnapshotInfo> snaps {
            { QStringLiteral("daily-1"), QDateTime::fromString(QStringLiteral("2026-05-18T03:00:00Z"), Qt::ISODate), {},
                false, -1 },
            { QStringLiteral("pre-change-20261127090507"),
                QDateTime::fromString(QStringLiteral("2026-11-27T09:05:07Z"), Qt::ISODate),
                QDateTime::fromString(QStringLiteral("2026-12-27T09:05:07Z"), Qt::ISODate), true, 4096 },
        };
        SnapshotsDialog none(QStringLiteral("meet"), {});
        QVERIFY(!none.findChild<QPushButton*>(QStringLiteral("restore"))->isEnabled());
        QVERIFY(!none.findChild<QPushButton*>(QStringLiteral("remove"))->isEnabled());
        SnapshotsDialog dialog(QStringLiteral("dns"), snaps);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* list = dialog.findChild<QTreeWidget*>(QStringLiteral("list"));
        QCOMPARE(list->topLevelItemCount(), 2);
        QCOMPARE(list->topLevelItem(0)->text(2), QStringLiteral("never"));
        list->setCurrentItem(list->topLevelItem(1));
        QSignalSpy restore(&dialog, &SnapshotsDialog::restoreRequested);
        dialog.findChild<QPushButton*>(QStringLiteral("restore"))->click();
        QCOMPARE(restore.count(), 1);
        QCOMPARE(restore.first().first().toString(), QStringLiteral("pre-change-20261127090507"));
        dialog.grab().save(QStringLiteral("snapshotsdialog.png"));
    }

    void servicesDialogShowsStates()
    {
        PaneHarness h;
        FakeCommandRunner& fake = h.fake;
        fake.answer = [](const RemoteCommand&) { return FakeCommandRunner::exited(3, "active\nfailed\n"); };
        h.connect();
        ServicesDialog dialog(QStringLiteral("system"), { QStringLiteral("botserver"), QStringLiteral("ui") }, &h.host);
        dialog.show();
        QSignalSpy refreshed(&dialog, &ServicesDialog::refreshed);
        dialog.refresh();
        QVERIFY(refreshed.wait(3000));
        QCOMPARE(fake.commands.first().argv.join(QLatin1Char(' ')),
            QStringLiteral("incus exec system -- systemctl is-active botserver ui"));
        QCOMPARE(dialog.stateOf(QStringLiteral("botserver")), QStringLiteral("active"));
        QCOMPARE(dialog.stateOf(QStringLiteral("ui")), QStringLiteral("failed"));
        QSignalSpy restart(&dialog, &ServicesDialog::restartRequested);
        dialog.findChild<QPushButton*>(QStringLiteral("restart"))->click();
        QCOMPARE(restart.first().first().toString(), QStringLiteral("botserver"));
        dialog.grab().save(QStringLiteral("servicesdialog.png"));

        TextViewDialog log(QStringLiteral("Log of dns"));
        log.setCommandLine(QStringLiteral("sudo incus info dns --show-log"));
        log.setText(QStringLiteral("Log:\n\nlxc dns 20261127090507.123 WARN cgfsng - Failed to detect cgroup\n"));
        log.show();
        QVERIFY(log.text().contains(QLatin1String("cgfsng")));
        log.grab().save(QStringLiteral("textviewdialog.png"));
    }

    void badAnswerKeepsTheLastGoodList()
    {
        PaneHarness h;
        bool broken = false;
        h.fake.answer = [&broken](const RemoteCommand&) {
            return broken ? FakeCommandRunner::exited(0, "[{\"name\":") : FakeCommandRunner::exited(0, listJson(3));
        };
        ContainersPane pane;
        h.attach(&pane);
        pane.show();
        QSignalSpy refreshed(&pane, &ContainersPane::refreshed);
        h.connect();
        QVERIFY(refreshed.wait(3000));
        broken = true;
        pane.refresh();
        QTRY_VERIFY(pane.banner()->hasMessage());
        QCOMPARE(pane.banner()->level(), MessageBanner::Level::Error);
        QVERIFY2(pane.banner()->text().contains(QLatin1String("not valid JSON")), qPrintable(pane.banner()->text()));
        QCOMPARE(pane.model()->rowCount(), 3);
    }

    void staleAnswersAreDropped()
    {
        PaneHarness h;
        FakeCommandRunner slow;
        slow.delayMs = [](const RemoteCommand&) { return 300; };
        slow.answer = [](const RemoteCommand&) { return FakeCommandRunner::exited(0, listJson(50)); };
        FakeCommandRunner fast;
        fast.answer = [](const RemoteCommand&) { return FakeCommandRunner::exited(0, listJson(2)); };
        ContainersPane pane;
        h.attach(&pane);
        QSignalSpy refreshed(&pane, &ContainersPane::refreshed);
        h.connect(&slow);
        h.disconnect(); // dropped, then reconnected to another host
        h.connect(&fast);
        QVERIFY(refreshed.wait(3000));
        // The slow request was cancelled at the drop (and its job is gone), so its 50 never lands.
        QVERIFY(!slow.last() || slow.last()->cancelCalled);
        QCOMPARE(pane.model()->rowCount(), 2);
        QCOMPARE(refreshed.count(), 1);
    }

    void refreshIntervalChangesWhileRunning()
    {
        PaneHarness h;
        FakeCommandRunner& fake = h.fake;
        fake.answer = [](const RemoteCommand&) { return FakeCommandRunner::exited(0, listJson(3)); };
        h.settings.set(Settings::Keys::RefreshIntervalSeconds, 3600);
        ContainersPane pane;
        h.attach(&pane);
        QSignalSpy refreshed(&pane, &ContainersPane::refreshed);
        h.connect();
        QVERIFY(refreshed.wait(3000)); // the first list, at connect
        const qsizetype before = fake.commands.size();
        QCOMPARE(pane.refreshInterval(), 3600);
        // An hourly timer would not fire during this test; the new pace applies to the running timer.
        h.settings.set(Settings::Keys::RefreshIntervalSeconds, 1);
        QCOMPARE(pane.refreshInterval(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(fake.commands.size() >= before + 2, 20000);
        h.settings.set(Settings::Keys::RefreshIntervalSeconds, 0); // nonsense is floored, never a busy loop
        QCOMPARE(pane.refreshInterval(), 1);
    }

    void filterMatchesNames()
    {
        PaneHarness h;
        h.fake.answer = [](const RemoteCommand&) {
            return FakeCommandRunner::exited(0,
                R"([{"name":"dns","status":"Running","status_code":103},{"name":"dns2","status":"Running","status_code":103},{"name":"system","status":"Running","status_code":103}])");
        };
        ContainersPane pane;
        h.attach(&pane);
        QSignalSpy refreshed(&pane, &ContainersPane::refreshed);
        h.connect();
        QVERIFY(refreshed.wait(3000));
        pane.findChild<QLineEdit*>(QStringLiteral("filter"))->setText(QStringLiteral("dns"));
        QCOMPARE(pane.proxy()->rowCount(), 2);
        pane.findChild<QLineEdit*>(QStringLiteral("filter"))->setText(QStringLiteral("BotServer"));
        QCOMPARE(pane.proxy()->rowCount(), 1); // role column
    }
};

QTEST_MAIN(TestContainersPane)
#include "tst_containerspane.moc"
