#include "core/dns/corefile.h"

#include <QTest>

class TestCorefile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void generatedLayout()
    {
        // DnsHardener's layout (spec §7): one server block per zone, no explicit reload.
        const QByteArray text = "# generated\n"
                                "example.com:53 {\n"
                                "    file /opt/gbo/data/example.com.zone\n"
                                "    bind 0.0.0.0\n"
                                "    acl {\n        allow net 10.0.0.0/8\n        block\n    }\n"
                                "    cache\n    errors\n}\n"
                                "example.org:53 {\n    file /opt/gbo/data/example.org.zone\n}\n"
                                ". {\n    forward . 8.8.8.8 1.1.1.1\n    log\n}\n";
        const auto zones = Corefile::parseFileZones(text);
        QVERIFY2(zones.ok(), qPrintable(zones.errorMessage()));
        QCOMPARE(zones->size(), 2);
        QCOMPARE(zones->at(0),
            (CorefileZone { QStringLiteral("example.com"), QStringLiteral("/opt/gbo/data/example.com.zone"), 60, 3 }));
        QCOMPARE(zones->at(1).zone, QStringLiteral("example.org"));
        QCOMPARE(zones->at(1).line, 13);
    }

    void reloadRootAndExplicitZones()
    {
        const QByteArray text = "dns://Example.NET.:53, other.net {\n"
                                "  root /srv/zones\n"
                                "  file db.example.net example.net { reload 30s }\n"
                                "  file \"/abs/db.other\" {\n     reload 1h30m\n     fallthrough\n  }\n"
                                "}\n"
                                "never.test {\n  file /z/never.test.zone {\n    reload 0\n  }\n}\n";
        const auto zones = Corefile::parseFileZones(text);
        QVERIFY2(zones.ok(), qPrintable(zones.errorMessage()));
        QCOMPARE(zones->size(), 4);
        QCOMPARE(zones->at(0).zone, QStringLiteral("example.net"));
        QCOMPARE(zones->at(0).file, QStringLiteral("/srv/zones/db.example.net"));
        QCOMPARE(zones->at(0).reloadSeconds, 30);
        // Without ZONES the directive serves every zone of its block.
        QCOMPARE(zones->at(1).zone, QStringLiteral("example.net"));
        QCOMPARE(zones->at(2).zone, QStringLiteral("other.net"));
        QCOMPARE(zones->at(2).file, QStringLiteral("/abs/db.other"));
        QCOMPARE(zones->at(2).reloadSeconds, 5400);
        QCOMPARE(zones->at(3).reloadSeconds, 0);
    }

    void malformedIsAnErrorWithALine()
    {
        QVERIFY(!Corefile::parseFileZones("example.com {\n file\n}\n").ok());
        QVERIFY(Corefile::parseFileZones("example.com {\n file /a\n").errorMessage().contains(QLatin1String("ends")));
        QVERIFY(Corefile::parseFileZones("}\n").errorMessage().contains(QLatin1String("Line 1")));
        QVERIFY(Corefile::parseFileZones("a {\n file /a {\n reload soon\n }\n}\n")
                    .errorMessage()
                    .contains(QLatin1String("Line 3")));
        QVERIFY(!Corefile::parseFileZones("a {\n file \"/a\n").ok());
    }

    void durations()
    {
        QCOMPARE(Corefile::parseDurationSeconds(QStringLiteral("1m")), 60);
        QCOMPARE(Corefile::parseDurationSeconds(QStringLiteral("0")), 0);
        QCOMPARE(Corefile::parseDurationSeconds(QStringLiteral("2m30s")), 150);
        QCOMPARE(Corefile::parseDurationSeconds(QStringLiteral("10")), -1);
        QCOMPARE(Corefile::parseDurationSeconds(QStringLiteral("1x")), -1);
        QCOMPARE(Corefile::parseDurationSeconds(QString()), -1);
    }

    void hostileZoneNamesAreNotPlain()
    {
        QVERIFY(Corefile::isPlainZoneName(QStringLiteral("example.com")));
        QVERIFY(Corefile::isPlainZoneName(QStringLiteral("_acme.example")));
        for (const char* bad : { "-rf", "a b", "$(touch x)", "a;b", "x\ny", "..", "a..b", "", "é.com" })
            QVERIFY2(!Corefile::isPlainZoneName(QString::fromUtf8(bad)), bad);
    }
};

QTEST_GUILESS_MAIN(TestCorefile)
#include "tst_corefile.moc"
