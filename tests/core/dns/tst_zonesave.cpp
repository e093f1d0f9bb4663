#include "core/dns/dnshost.h"
#include "core/dns/zonedocument.h"
#include "core/dns/zonesave.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
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

    // Runs the write command's script locally (what `incus exec dns --` runs in the container).
    static int runWrite(const Operation& op, const QByteArray& input, QByteArray* err = nullptr)
    {
        const QStringList argv = op.commands.first().argv;
        const int dash = int(argv.indexOf(QStringLiteral("--")));
        QProcess p;
        p.start(argv.at(dash + 1), argv.mid(dash + 2));
        p.write(input);
        p.closeWriteChannel();
        p.waitForFinished(30000);
        if (err)
            *err = p.readAllStandardError();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

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

    void writeOperationShape()
    {
        const QDateTime when(QDate(2026, 12, 5), QTime(9, 30, 12));
        const Operation op
            = ZoneSave::writeOperation(QStringLiteral("/opt/gbo/data/example.com.zone"), kZone, "new\n", when);
        QCOMPARE(op.backupPath, QStringLiteral("/tmp/example.com.zone.20261205-093012"));
        QVERIFY(op.backup.has_value());
        QCOMPARE(op.backup->argv.mid(0, 4),
            (QStringList {
                QStringLiteral("incus"), QStringLiteral("exec"), QStringLiteral("dns"), QStringLiteral("--") }));
        QCOMPARE(op.commands.size(), 1);
        QVERIFY(op.commands.first().sudo);
        QCOMPARE(op.commands.first().stdinData, QByteArray("new\n"));
        QCOMPARE(op.undo.size(), 1);
        // Never SIGHUP (CoreDNS ignores it); the reload offered is SIGUSR1.
        QVERIFY(DnsHost::reloadSignal().argv.contains(QStringLiteral("-USR1")));
        for (const QString& line : op.commandLines())
            QVERIFY(!line.contains(QLatin1String("HUP")));
    }

    void writeScript()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("it's a $(zone).zone"));
        auto put = [&](const QByteArray& b) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(b);
        };
        auto get = [&] {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
        };
        put(kZone);
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup);
        const QByteArray next = kZone + "new IN A 10.0.0.99\n";
        const Operation op = ZoneSave::writeOperation(path, kZone, next, QDateTime::currentDateTime());

        // A short upload (the connection dropped mid-write): the file stays as it was.
        QByteArray err;
        QCOMPARE(runWrite(op, next.left(20), &err), ZoneSave::kIncompleteExit);
        QCOMPARE(get(), kZone);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1); // no temp file left

        // Success: exact bytes, mode kept.
        QCOMPARE(runWrite(op, next, &err), 0);
        QCOMPARE(get(), next);
        const auto unixBits = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
            | QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
            | QFileDevice::WriteOther | QFileDevice::ExeOther;
        QCOMPARE(QFile::permissions(path) & unixBits,
            QFileDevice::Permissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup));

        // Conflict: the file is no longer what was opened.
        QCOMPARE(runWrite(op, next, &err), ZoneSave::kConflictExit);
        QVERIFY(err.contains("changed on the host"));
        QCOMPARE(get(), next);
    }
};

QTEST_GUILESS_MAIN(TestZoneSave)
#include "tst_zonesave.moc"
