#include "core/containers/containercatalog.h"
#include "core/containers/incusparser.h"

#include <QFile>
#include <QTest>

class TestIncusParser : public QObject
{
    Q_OBJECT
private:
    static QByteArray fixture()
    {
        QFile f(qEnvironmentVariable("GBADMIN_TESTDATA_DIR") + QStringLiteral("/containers/incus-list.json"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("missing fixture incus-list.json");
        return f.readAll();
    }

private Q_SLOTS:
    void parsesSpecShapedList()
    {
        const auto list = Incus::parseList(fixture());
        QVERIFY2(list.ok(), qPrintable(list.errorMessage()));
        QCOMPARE(list->size(), 4);

        const ContainerInfo* drive = Incus::findByName(*list, QStringLiteral("drive"));
        QVERIFY(drive);
        QCOMPARE(drive->status, QStringLiteral("Running"));
        QVERIFY(drive->isRunning());
        QCOMPARE(drive->pid, 4242);
        QCOMPARE(drive->memoryUsage, 104857600);
        // Two global IPv4 addresses on one interface; loopback and link-local skipped.
        QCOMPARE(drive->ipv4, (QStringList { QStringLiteral("10.0.3.12 (eth0)"), QStringLiteral("10.0.3.13 (eth0)") }));
        QCOMPARE(drive->ipv6, QStringList { QStringLiteral("fd42::12 (eth0)") });
        QCOMPARE(drive->snapshots.size(), 2);
        QCOMPARE(drive->snapshots[0].name, QStringLiteral("daily-1"));
        QVERIFY(!drive->snapshots[0].expiresAt.isValid()); // Go zero time = never expires
        QCOMPARE(
            drive->snapshots[1].expiresAt, QDateTime::fromString(QStringLiteral("2026-06-19T10:15:00Z"), Qt::ISODate));
        QCOMPARE(drive->snapshots[1].size, 4096);
        QCOMPARE(drive->lastUsedAt.date(), QDate(2026, 5, 19));
    }

    void interfaceWithoutAddressesAndNullSnapshots()
    {
        const auto list = Incus::parseList(fixture());
        QVERIFY(list.ok());
        const ContainerInfo* dns2 = Incus::findByName(*list, QStringLiteral("dns2"));
        QVERIFY(dns2);
        QVERIFY(dns2->ipv4.isEmpty());
        QVERIFY(dns2->snapshots.isEmpty());
        QVERIFY(!dns2->lastUsedAt.isValid());
    }

    void stoppedAndStatelessInstances()
    {
        const auto list = Incus::parseList(fixture());
        QVERIFY(list.ok());
        const ContainerInfo* meet = Incus::findByName(*list, QStringLiteral("meet"));
        QVERIFY(meet);
        QVERIFY(!meet->isRunning());
        QCOMPARE(meet->statusCode, 102);
        QVERIFY(meet->ipv4.isEmpty());
        const ContainerInfo* vm = Incus::findByName(*list, QStringLiteral("acme-alm-ci"));
        QVERIFY(vm);
        QCOMPARE(vm->type, QStringLiteral("virtual-machine"));
        QCOMPARE(vm->pid, 0);
    }

    void exactNameLookup()
    {
        const auto list = Incus::parseList(fixture());
        QVERIFY(list.ok());
        // `incus list dns` would also match dns2; the lookup must not.
        QVERIFY(!Incus::findByName(*list, QStringLiteral("dns")));
        QVERIFY(Incus::findByName(*list, QStringLiteral("dns2")));
    }

    void emptyList()
    {
        const auto list = Incus::parseList("[]\n");
        QVERIFY(list.ok());
        QVERIFY(list->isEmpty());
    }

    void malformedInputGivesClearError_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("truncated") << QByteArray("[{\"name\":\"drive\",\"status\":")
                                   << QStringLiteral("not valid JSON");
        QTest::newRow("object") << QByteArray("{\"error\":\"nope\"}") << QStringLiteral("not a JSON list");
        QTest::newRow("html") << QByteArray("<html>502</html>") << QStringLiteral("not valid JSON");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("not valid JSON");
        QTest::newRow("no name") << QByteArray("[{\"status\":\"Running\"}]") << QStringLiteral("without a name");
        QTest::newRow("not object") << QByteArray("[1,2]") << QStringLiteral("not an object");
    }

    void malformedInputGivesClearError()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const auto list = Incus::parseList(json);
        QVERIFY(!list.ok());
        QVERIFY2(list.errorMessage().contains(expected), qPrintable(list.errorMessage()));
    }

    void snapshotList()
    {
        const auto snaps = Incus::parseSnapshotList(
            R"([{"name":"snap0","created_at":"2026-05-18T03:00:00Z","expires_at":"0001-01-01T00:00:00Z","stateful":true,"size":-1}])");
        QVERIFY(snaps.ok());
        QCOMPARE(snaps->size(), 1);
        QCOMPARE(snaps->first().name, QStringLiteral("snap0"));
        QVERIFY(snaps->first().stateful);
        QCOMPARE(snaps->first().size, -1);
    }

    void catalogRoles_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("component");
        QTest::addColumn<QString>("ports");
        QTest::newRow("system") << QStringLiteral("system") << QStringLiteral("system") << QStringLiteral("8080/6379");
        QTest::newRow("tenant prefix") << QStringLiteral("pragmatismo-dns") << QStringLiteral("dns")
                                       << QStringLiteral("53");
        QTest::newRow("dash in component")
            << QStringLiteral("acme-alm-ci") << QStringLiteral("alm-ci") << QStringLiteral("-");
        QTest::newRow("plain alm") << QStringLiteral("alm") << QStringLiteral("alm") << QStringLiteral("4747");
        QTest::newRow("unknown") << QStringLiteral("dns2") << QString() << QString();
    }

    void catalogRoles()
    {
        QFETCH(QString, name);
        QFETCH(QString, component);
        QFETCH(QString, ports);
        const ContainerRole role = ContainerCatalog::roleOf(name);
        QCOMPARE(role.component, component);
        QCOMPARE(role.ports, ports);
        QCOMPARE(ContainerCatalog::knownComponents().size(), 13);
        if (component == QLatin1String("system"))
            QCOMPARE(role.units, (QStringList { QStringLiteral("botserver"), QStringLiteral("ui") }));
    }
};

QTEST_GUILESS_MAIN(TestIncusParser)
#include "tst_incusparser.moc"
