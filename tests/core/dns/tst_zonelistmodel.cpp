#include "core/dns/zonelistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

class TestZoneListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void serialsAndMarking()
    {
        ZoneListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setZones({ { QStringLiteral("example.com"), QStringLiteral("/opt/gbo/data/example.com.zone"), 60, 2 },
            { QStringLiteral("example.org"), QStringLiteral("/opt/gbo/data/example.org.zone"), 0, 9 } });
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, ZoneListModel::Reload).data().toString(), QStringLiteral("never"));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setFileSerial(QStringLiteral("example.com"), 2026051902u);
        model.setServedSerial(QStringLiteral("example.com"), 2026051901u);
        QCOMPARE(changed.size(), 2);
        QVERIFY(model.differs(0));
        QVERIFY(model.index(0, 0).data(ZoneListModel::DiffersRole).toBool());
        QVERIFY(model.index(0, ZoneListModel::ServedSerial).data().toString().contains(QLatin1String("differs")));
        model.setServedSerial(QStringLiteral("example.com"), 2026051902u);
        QVERIFY(!model.differs(0));
        model.setServedSerial(QStringLiteral("example.org"), std::nullopt, QStringLiteral("no answer"));
        QCOMPARE(
            model.index(1, ZoneListModel::ServedSerial).data(Qt::ToolTipRole).toString(), QStringLiteral("no answer"));
        QVERIFY(!model.differs(1));
        model.setServedSerial(QStringLiteral("unknown.zone"), 1u); // ignored
        model.setZones({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestZoneListModel)
#include "tst_zonelistmodel.moc"
