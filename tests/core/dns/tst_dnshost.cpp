#include "core/dns/dnshost.h"

#include <QFile>
#include <QTest>

class TestDnsHost : public QObject
{
    Q_OBJECT

    static CommandResult out(const QByteArray& data, int code = 0)
    {
        CommandResult r;
        r.status = CommandResult::Status::Exited;
        r.exitCode = code;
        r.stdoutData = data;
        return r;
    }

private Q_SLOTS:
    void soaSerial()
    {
        QCOMPARE(*DnsHost::parseSoaSerial(
                     out("ns1.example.com. hostmaster.example.com. 2026051901 7200 3600 1209600 3600\n")),
            2026051901u);
        QVERIFY(DnsHost::parseSoaSerial(out("")).errorMessage().contains(QLatin1String("does not serve")));
        QVERIFY(DnsHost::parseSoaSerial(out(";; connection timed out; no servers could be reached\n"))
                    .errorMessage()
                    .contains(QLatin1String("did not answer")));
        QVERIFY(!DnsHost::parseSoaSerial(out("garbage\n")).ok());
        QVERIFY(!DnsHost::parseSoaSerial(out("", 9)).ok());
    }

    void answers()
    {
        QCOMPARE(*DnsHost::parseAnswers(out("10.0.2.10\n10.0.2.11\n")),
            (QStringList { QStringLiteral("10.0.2.10"), QStringLiteral("10.0.2.11") }));
        QVERIFY(DnsHost::parseAnswers(out(""))->isEmpty());
    }

    void digKeepsTheNameAsData()
    {
        const RemoteCommand c
            = DnsHost::dig({ QStringLiteral("10.0.2.5"), 53 }, QStringLiteral("-x.example.com."), QStringLiteral("A"));
        const int q = int(c.argv.indexOf(QStringLiteral("-q")));
        QVERIFY(q > 0);
        QCOMPARE(c.argv.at(q + 1), QStringLiteral("-x.example.com."));
        QVERIFY(c.argv.contains(QStringLiteral("@10.0.2.5")));
    }

    void containerAddressFromIncus()
    {
        QFile f(qEnvironmentVariable("GBADMIN_TESTDATA_DIR") + QStringLiteral("/containers/incus-list.json"));
        if (!f.open(QIODevice::ReadOnly))
            QFAIL("tests/data/containers/incus-list.json is missing");
        const QByteArray json = f.readAll();
        // The sample has dns2 but no dns: an incus filter would match it, the exact lookup does not.
        QVERIFY(DnsHost::parseContainerAddress(out(json)).errorMessage().contains(QLatin1String("no container")));
        QByteArray renamed = json;
        renamed.replace("\"name\":\"dns2\"", "\"name\":\"dns\"");
        QVERIFY(DnsHost::parseContainerAddress(out(renamed)).errorMessage().contains(QLatin1String("no IPv4")));
        renamed = json;
        renamed.replace("\"name\":\"drive\"", "\"name\":\"dns\"");
        const auto address = DnsHost::parseContainerAddress(out(renamed));
        QVERIFY2(address.ok(), qPrintable(address.errorMessage()));
        QCOMPARE(*address, QStringLiteral("10.0.3.12"));
        QVERIFY(DnsHost::parseContainerAddress(out("[]\n")).errorMessage().contains(QLatin1String("no container")));
    }
};

QTEST_GUILESS_MAIN(TestDnsHost)
#include "tst_dnshost.moc"
