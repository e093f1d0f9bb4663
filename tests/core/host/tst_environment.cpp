#include "core/host/environment.h"
#include "core/ssh/sshconfig.h"

#include <QTest>

class TestEnvironment : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaults_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("expected");
        QTest::newRow("stage name") << "system.stage.domain.com"
                                    << ""
                                    << "STAGE";
        QTest::newRow("stage name upper") << "CHAT.STAGE.DOMAIN.COM"
                                          << ""
                                          << "STAGE";
        QTest::newRow("prod name is not guessed") << "system.domain.com"
                                                  << ""
                                                  << "OTHER";
        QTest::newRow("stage without dot after") << "stage.domain.com"
                                                 << ""
                                                 << "OTHER";
        QTest::newRow("prod subnet") << "10.0.2.17"
                                     << ""
                                     << "PROD";
        QTest::newRow("prod subnet edge") << "10.0.2.255"
                                          << ""
                                          << "PROD";
        QTest::newRow("stage subnet") << "10.0.3.4"
                                      << ""
                                      << "STAGE";
        QTest::newRow("neighbour subnet") << "10.0.4.4"
                                          << ""
                                          << "OTHER";
        QTest::newRow("prefix trap") << "10.0.20.1"
                                     << ""
                                     << "OTHER";
        QTest::newRow("name resolving to prod") << "gb-host"
                                                << "10.0.2.9"
                                                << "PROD";
        QTest::newRow("loopback") << "127.0.0.1"
                                  << ""
                                  << "OTHER";
        QTest::newRow("empty") << ""
                               << ""
                               << "OTHER";
        // Fails closed: a stage-looking name on a PROD subnet is PROD (the address is where the
        // commands really go; a name is only a hint).
        QTest::newRow("prod subnet beats stage name") << "x.stage.y"
                                                      << "10.0.2.1"
                                                      << "PROD";
        QTest::newRow("stage name, stage subnet") << "x.stage.y"
                                                  << "10.0.3.1"
                                                  << "STAGE";
    }
    void defaults()
    {
        QFETCH(QString, host);
        QFETCH(QString, address);
        QFETCH(QString, expected);
        QCOMPARE(environmentName(EnvironmentRules().detect(host, address)), expected);
    }

    void anyResolvedAddressOnProdMakesItProd()
    {
        const EnvironmentRules rules;
        QCOMPARE(rules.detect(QStringLiteral("gb.stage.example.org"),
                     QStringList { QStringLiteral("10.0.3.7"), QStringLiteral("10.0.2.7") }),
            Environment::Prod);
        QCOMPARE(rules.detect(QStringLiteral("gb.stage.example.org"), QStringList { QStringLiteral("10.0.3.7") }),
            Environment::Stage);
        // An IPv6 socket reports an IPv4 peer as mapped.
        QCOMPARE(
            rules.detect(QStringLiteral("gb.stage.example.org"), QStringList { QStringLiteral("::ffff:10.0.2.7") }),
            Environment::Prod);
    }

    void editedRules()
    {
        using K = EnvironmentRule::Kind;
        EnvironmentRules rules({ { K::HostPattern, QStringLiteral("*.domain.com"), Environment::Prod },
            { K::Subnet, QStringLiteral("192.168.7.0/24"), Environment::Stage } });
        QCOMPARE(rules.detect(QStringLiteral("chat.domain.com")), Environment::Prod);
        QCOMPARE(rules.detect(QStringLiteral("192.168.7.3")), Environment::Stage);
        QCOMPARE(rules.detect(QStringLiteral("10.0.2.5")), Environment::Other); // defaults replaced
        EnvironmentRule bad { K::Subnet, QStringLiteral("not-a-subnet"), Environment::Prod };
        QVERIFY(!bad.matches(QStringLiteral("10.0.2.1")));
    }

    void recordRoundTrip()
    {
        for (const EnvironmentRule& r : EnvironmentRules::defaults())
            QCOMPARE(EnvironmentRule::fromRecord(r.toRecord()), r);
    }

    void names()
    {
        for (Environment e : { Environment::Prod, Environment::Stage, Environment::Other })
            QCOMPARE(environmentFromName(environmentName(e)), e);
        QCOMPARE(environmentFromName(QStringLiteral(" production ")), Environment::Prod);
        QCOMPARE(environmentFromName(QStringLiteral("garbage")), Environment::Other);
    }

    void glob()
    {
        QVERIFY(globMatch(u"*.stage.*", u"a.stage.b"));
        QVERIFY(globMatch(u"h?st", u"HOST"));
        QVERIFY(!globMatch(u"h?st", u"hoost"));
        QVERIFY(globMatch(u"*", u""));
        QVERIFY(globMatch(u"a*b*c", u"axxbyyc"));
        QVERIFY(!globMatch(u"a*b*c", u"axxbyy"));
    }
};

QTEST_GUILESS_MAIN(TestEnvironment)
#include "tst_environment.moc"
