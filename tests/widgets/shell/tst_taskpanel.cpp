#include "core/host/journal.h"
#include "core/host/operation.h"
#include "core/host/operationrunner.h"
#include "core/host/tasklistmodel.h"
#include "support/fakecommandrunner.h"
#include "widgets/shell/taskpanel.h"

#include <QListView>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

class TestTaskPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cancelStopsTheRunningCommand()
    {
        QTemporaryDir dir;
        Journal journal;
        QVERIFY(journal.open(dir.filePath(QStringLiteral("j.sqlite"))).ok());
        TaskListModel tasks;
        FakeCommandRunner fake;
        OperationRunner runner(&fake, &journal, &tasks);
        TaskPanel panel(&tasks);
        panel.resize(400, 300);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto* cancel = panel.findChild<QPushButton*>(QStringLiteral("cancelButton"));
        auto* clear = panel.findChild<QPushButton*>(QStringLiteral("clearButton"));
        QVERIFY(!cancel->isEnabled());

        HostProfile p;
        p.name = QStringLiteral("stage");
        p.environment = Environment::Stage;
        Operation op;
        op.action = QStringLiteral("Long copy");
        op.targets = { QStringLiteral("drive") };
        op.commands = { RemoteCommand::of({ QStringLiteral("sleep"), QStringLiteral("30") }),
            RemoteCommand::of({ QStringLiteral("true") }) };
        QVERIFY(runner.start(op, p).ok());
        QVERIFY(panel.findChild<QListView*>(QStringLiteral("taskList"))->isVisible());
        QVERIFY(cancel->isEnabled()); // the new task is current
        QVERIFY(!clear->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(fake.jobs.first()->cancelCalled);
        QCOMPARE(fake.commands.size(), 1); // the second command never started
        QCOMPARE(tasks.task(0)->state(), Task::State::Cancelled);
        QVERIFY(!cancel->isEnabled());
        QVERIFY(clear->isEnabled());
        QVERIFY(journal.entries()->last().result.startsWith(QLatin1String("cancelled")));
        // The panel paints finished and running rows without trouble.
        QVERIFY(!panel.grab().isNull());
        QTest::mouseClick(clear, Qt::LeftButton);
        QCOMPARE(tasks.rowCount(), 0);
    }
};

QTEST_MAIN(TestTaskPanel)
#include "tst_taskpanel.moc"
