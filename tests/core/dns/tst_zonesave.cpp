#include "core/dns/dnshost.h"
#include "core/dns/zonedocument.h"
#include "core/dns/zonesave.h"
#include "core/host/operation.h"

#include <QTest>

namespace {
const QByteArray kZone = "$ORIGIN example.com.\n"
                         "$TTL 3600\n"
                         "@ IN SOA ns1.example.com. hostmaster.example.com. (\n"
                         "        2026051901 ; serial\n"
                         "        7200 3600 1209600 3600 )\n"
                         "  IN NS ns1.example.com.\n"
                         "ns1 IN A 10.0.0.2 ; the name server\n"
                         "www IN A 10.0.0.10\n";
const QDate kToday(2026, 12, 5);
} // namespace

class TestZoneSave : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bumpsTheSerialKeepingTheLayout()
    {
        ZoneDocument doc;
        doc.load(kZone, QStringLiteral("example.com"));
        doc.setRecordData(doc.entryCount() - 1, QStringLiteral("10.0.0.11"));
        auto plan
            = ZoneSave::prepare(doc, kZone, QStringLiteral("/opt/gbo/data/example.com.zone"), 2026051901u, kToday);
        QVERIFY2(plan.ok(), qPrintable(plan.errorMessage()));
        QVERIFY(plan->bumped);
        QCOMPARE(plan->fileSerial, 2026051901u);
        QCOMPARE(plan->newSerial, 2026120500u);
        QVERIFY(plan->bytes.contains("        2026120500 ; serial\n"));
        QVERIFY(plan->bytes.contains("ns1 IN A 10.0.0.2 ; the name server\n"));
        QVERIFY(plan->diff.contains("-        2026051901 ; serial\n+        2026120500 ; serial\n"));
        QVERIFY(plan->diff.contains("-www IN A 10.0.0.10\n+www IN A 10.0.0.11\n"));
        // The bump is one undo step of its own.
        doc.undo();
        QCOMPARE(ZoneSave::serialOf(doc), std::optional<quint32>(2026051901u));
    }

    void aRaisedSerialIsKept()
    {
        ZoneDocument doc;
        doc.load(kZone, QStringLiteral("example.com"));
        QVERIFY(ZoneSave::setSerial(doc, 2026051905u));
        const auto plan = ZoneSave::prepare(doc, kZone, QStringLiteral("f"), 2026051901u, kToday);
        QVERIFY(plan.ok());
        QVERIFY(!plan->bumped);
        QCOMPARE(plan->newSerial, 2026051905u);
    }

    void servedSerialAheadOfTheFileIsPassed()
    {
        // The server already loaded 2026120503 (a file edited elsewhere and reverted): the bump must
        // pass it, or CoreDNS would see "no change" or a lower serial.
        ZoneDocument doc;
        doc.load(kZone, QStringLiteral("example.com"));
        doc.setRecordData(doc.entryCount() - 1, QStringLiteral("10.0.0.12"));
        const auto plan = ZoneSave::prepare(doc, kZone, QStringLiteral("f"), 2026120503u, kToday);
        QVERIFY(plan.ok());
        QCOMPARE(plan->newSerial, 2026120504u);
    }

    // Overwriting the host's version after a conflict: a serial the user left as it was opened is
    // raised above the host's, even when theirs is higher; one the user lowered is still refused.
    void overwriteRaisesAboveTheHostsSerial()
    {
        QByteArray theirs = kZone;
        theirs.replace("2026051901", "2026120507");
        ZoneDocument doc;
        doc.load(kZone, QStringLiteral("example.com"));
        doc.setRecordData(doc.entryCount() - 1, QStringLiteral("10.0.0.14"));
        QVERIFY(ZoneSave::prepare(doc, theirs, QStringLiteral("f"), std::nullopt, kToday)
                    .errorMessage()
                    .contains(QLatin1String("lower")));
        auto plan = ZoneSave::prepare(doc, theirs, QStringLiteral("f"), 2026120507u, kToday, true, 2026051901u);
        QVERIFY2(plan.ok(), qPrintable(plan.errorMessage()));
        QCOMPARE(plan->fileSerial, 2026120507u);
        QCOMPARE(plan->newSerial, 2026120508u);
        QVERIFY(plan->diff.contains("-        2026120507 ; serial\n+        2026120508 ; serial\n"));
        doc.undo(); // the bump
        QVERIFY(ZoneSave::setSerial(doc, 2026051801u)); // lowered by the user
        QVERIFY(ZoneSave::prepare(doc, theirs, QStringLiteral("f"), std::nullopt, kToday, true, 2026051901u)
                    .errorMessage()
                    .contains(QLatin1String("lower")));
    }

    void refusals()
    {
        ZoneDocument doc;
        doc.load(kZone, QStringLiteral("example.com"));
        QVERIFY(ZoneSave::prepare(doc, kZone, QStringLiteral("f"), std::nullopt, kToday)
                    .errorMessage()
                    .contains(QLatin1String("Nothing changed")));
        // Unchanged serial with the automatic bump off: caught before anything is written.
        doc.setRecordData(doc.entryCount() - 1, QStringLiteral("10.0.0.13"));
        QVERIFY(ZoneSave::prepare(doc, kZone, QStringLiteral("f"), 2026051901u, kToday, false)
                    .errorMessage()
                    .contains(QLatin1String("old zone")));
        // Lowered serial.
        QVERIFY(ZoneSave::setSerial(doc, 2026051801u));
        QVERIFY(ZoneSave::prepare(doc, kZone, QStringLiteral("f"), std::nullopt, kToday)
                    .errorMessage()
                    .contains(QLatin1String("lower")));
        // Errors block.
        ZoneDocument bad;
        bad.load(kZone + "mail IN MX ten mail\n", QStringLiteral("example.com"));
        QVERIFY(bad.hasErrors());
        QVERIFY(ZoneSave::prepare(bad, kZone, QStringLiteral("f"), std::nullopt, kToday)
                    .errorMessage()
                    .contains(QLatin1String("error")));
    }

    // The write itself is RemoteFile's (tst_remotefilecommands); the pane's own reload is SIGUSR1,
    // never SIGHUP (CoreDNS ignores it, spec §7).
    void reloadIsSigusr1()
    {
        const RemoteCommand c = DnsHost::reloadSignal();
        QVERIFY(c.sudo);
        QVERIFY(c.argv.contains(QStringLiteral("-USR1")));
        QVERIFY(!commandLineOf(c).contains(QLatin1String("HUP")));
        QCOMPARE(c.argv.mid(0, 4),
            (QStringList {
                QStringLiteral("incus"), QStringLiteral("exec"), QStringLiteral("dns"), QStringLiteral("--") }));
    }
};

QTEST_GUILESS_MAIN(TestZoneSave)
#include "tst_zonesave.moc"
