#include "core/containers/containermodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {
ContainerInfo make(const QString& name, int code = 103, const QString& ip = {})
{
    ContainerInfo c;
    c.name = name;
    c.statusCode = code;
    c.status = code == 103 ? QStringLiteral("Running") : QStringLiteral("Stopped");
    c.type = QStringLiteral("container");
    if (!ip.isEmpty())
        c.ipv4 = { ip + QStringLiteral(" (eth0)") };
    return c;
}
} // namespace

class TestContainerModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsColumns()
    {
        ContainerModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ContainerInfo sys = make(QStringLiteral("system"), 103, QStringLiteral("10.0.2.10"));
        sys.snapshots = { SnapshotInfo { QStringLiteral("a"), {}, {}, false, -1 },
            SnapshotInfo { QStringLiteral("b"), {}, {}, false, -1 } };
        model.setContainers({ sys, make(QStringLiteral("meet"), 102) });
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(ContainerModel::ColumnCount));
        QCOMPARE(model.index(0, ContainerModel::IPv4).data().toString(), QStringLiteral("10.0.2.10 (eth0)"));
        QCOMPARE(model.index(0, ContainerModel::Snapshots).data().toInt(), 2);
        QCOMPARE(model.index(0, ContainerModel::Role).data().toString(), QStringLiteral("BotServer + Valkey"));
        QCOMPARE(model.index(0, ContainerModel::Ports).data().toString(), QStringLiteral("8080/6379"));
        QCOMPARE(model.index(1, ContainerModel::State).data().toString(), QStringLiteral("Stopped"));
        QCOMPARE(model.index(1, 0).data(ContainerModel::StatusCodeRole).toInt(), 102);
        QCOMPARE(model.headerData(ContainerModel::Ports, Qt::Horizontal).toString(), QStringLiteral("Ports"));
    }

    void refreshIsRowLevelNotReset()
    {
        ContainerModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setContainers({ make(QStringLiteral("a")), make(QStringLiteral("b")), make(QStringLiteral("c")),
            make(QStringLiteral("d")) });
        const QPersistentModelIndex c(model.index(2, 0));

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        // b goes away, c stops, e appears, a and d are unchanged.
        model.setContainers({ make(QStringLiteral("a")), make(QStringLiteral("c"), 102), make(QStringLiteral("d")),
            make(QStringLiteral("e")) });
        QCOMPARE(reset.count(), 0);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(changed.count(), 1);
        // A persistent index (what a selection holds) still points at c.
        QVERIFY(c.isValid());
        QCOMPARE(c.data().toString(), QStringLiteral("c"));
        QCOMPARE(c.row(), 1);
        QCOMPARE(model.rowOf(QStringLiteral("e")), 3);

        // The same answer again changes nothing at all.
        changed.clear();
        model.setContainers(model.containers());
        QCOMPARE(changed.count(), 0);
    }

    void removesRunsAndEmpties()
    {
        ContainerModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setContainers({ make(QStringLiteral("a")), make(QStringLiteral("b")), make(QStringLiteral("c")),
            make(QStringLiteral("d")), make(QStringLiteral("e")) });
        model.setContainers({ make(QStringLiteral("a")), make(QStringLiteral("e")) });
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("e"));
        model.setContainers({});
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.container(0));
    }
};

QTEST_GUILESS_MAIN(TestContainerModel)
#include "tst_containermodel.moc"
