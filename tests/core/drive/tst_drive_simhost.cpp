#include "core/drive/drivecommands.h"
#include "core/drive/mcjsonstream.h"
#include "core/drive/savewatch.h"
#include "core/host/hostprofile.h"
#include "core/host/profiletarget.h"
#include "core/host/sessioncommandrunner.h"
#include "core/ssh/sshsession.h"
#include "support/simhostenv.h"
#include "support/simhostsession.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

// Drive against the simulated host: streamed listing, byte-exact upload/download (0 bytes, binary,
// 20 MB, hostile names), and the DriveMonitor confirmation reaching "compiled" and, for an
// unbalanced IF, "failed" at the right line.
class TstDriveSimhost : public QObject
{
    Q_OBJECT
    SimHostEnv m_env;
    std::unique_ptr<SshSession> m_session;
    std::unique_ptr<SessionCommandRunner> m_runner;
    QStringList m_created; // keys in default.gbai to remove at the end

    struct Run
    {
        CommandResult result;
        QByteArray out;
    };
    Run run(const RemoteCommand& cmd, int timeoutMs = 60000)
    {
        Run r;
        CommandJob* job = m_runner->run(cmd, this);
        connect(job, &CommandJob::outputReceived, this, [&r](const QByteArray& d, bool err) {
            if (!err)
                r.out += d;
        });
        QSignalSpy done(job, &CommandJob::finished);
        if (!done.wait(timeoutMs))
            return r;
        r.result = done.first().first().value<CommandResult>();
        if (cmd.output == RemoteCommand::Output::Collect)
            r.out = r.result.stdoutData;
        job->deleteLater();
        return r;
    }

    QString upload(const QString& key, const QByteArray& data)
    {
        const Run put = run(DriveCommands::pipe(QStringLiteral("default.gbai"), key, data));
        if (!put.result.succeeded())
            return QStringLiteral("upload failed: ") + QString::fromUtf8(put.out + put.result.stderrData)
                + put.result.error;
        m_created << key;
        const Run st = run(DriveCommands::stat(QStringLiteral("default.gbai"), key));
        auto etag = DriveCommands::parseStatEtag(st.out);
        return etag ? *etag : QStringLiteral("stat failed: ") + etag.errorMessage();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        m_env = SimHostEnv::load(&why);
        QVERIFY2(m_env.isValid(), qPrintable(why));
        HostProfile profile = profileForAlias(QStringLiteral("simhost"), m_env.sshConfig);
        QString notConnected;
        m_session = connectToSimHost(profile, &notConnected);
        QVERIFY2(m_session, qPrintable(notConnected));
        m_runner = std::make_unique<SessionCommandRunner>(m_session.get());
    }

    void cleanupTestCase()
    {
        for (const QString& key : std::as_const(m_created))
            run(RemoteCommand::of({ QStringLiteral("incus"), QStringLiteral("exec"), QStringLiteral("drive"),
                QStringLiteral("--"), DriveCommands::mcPath(), QStringLiteral("rm"), QStringLiteral("--json"),
                DriveCommands::target(QStringLiteral("default.gbai"), key) }));
    }

    void listingStreamsEntriesWithRoles()
    {
        const Run r = run(DriveCommands::list(QStringLiteral("helpdesk.gbai"), QString(), true));
        QVERIFY2(r.result.succeeded(), qPrintable(r.result.error));
        const McJsonStream::Batch b = McJsonStream::parseAll(r.out);
        QCOMPARE(b.malformed, 0);
        QVERIFY(b.errors.isEmpty());
        QStringList keys;
        for (const DriveEntry& e : b.entries)
            keys << e.key;
        QVERIFY2(
            keys.contains(QStringLiteral("helpdesk.gbkb/policies/acceptable use.txt")), qPrintable(keys.join(u',')));
        QVERIFY(keys.contains(QStringLiteral("helpdesk.gbdialog/start.bas")));
        QCOMPARE(driveRole(QStringLiteral("helpdesk.gbai"), QStringLiteral("helpdesk.gbdialog/start.bas")),
            QStringLiteral("gbdialog"));

        const Run missing = run(DriveCommands::list(QStringLiteral("no-such.gbai"), QString(), false));
        const McJsonStream::Batch e = McJsonStream::parseAll(missing.out);
        QCOMPARE(e.errors.size(), 1);
        QVERIFY(e.errors.first().contains(QLatin1String("does not exist")));
    }

    void uploadDownloadIsByteExact_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QByteArray>("data");
        QByteArray binary;
        for (int i = 0; i < 512; ++i)
            binary.append(char(i & 0xff));
        QByteArray big(20 * 1024 * 1024, '\0');
        QRandomGenerator gen(42);
        gen.fillRange(reinterpret_cast<quint32*>(big.data()), big.size() / 4);
        QTest::newRow("0 bytes") << QStringLiteral("default.gbkb/tst/empty.txt") << QByteArray();
        QTest::newRow("binary") << QStringLiteral("default.gbkb/tst/all-bytes.bin") << binary;
        QTest::newRow("crlf text") << QStringLiteral("default.gbkb/tst/crlf.txt") << QByteArray("a\r\nb\r\n\tc");
        QTest::newRow("20 MB") << QStringLiteral("default.gbkb/tst/big.bin") << big;
        QTest::newRow("hostile name") << QStringLiteral("default.gbkb/tst/-a $(touch /tmp/pwned) 'q' \"d\" ação ;x.txt")
                                      << QByteArray("hostile\n");
        QTest::newRow("newline in name") << QStringLiteral("default.gbkb/tst/line\nbreak.txt") << QByteArray("nl");
    }
    void uploadDownloadIsByteExact()
    {
        QFETCH(QString, key);
        QFETCH(QByteArray, data);
        const QString etag = upload(key, data);
        QVERIFY2(!etag.contains(QLatin1String("failed")), qPrintable(etag));
        const Run got = run(DriveCommands::cat(QStringLiteral("default.gbai"), key), 120000);
        QVERIFY2(got.result.succeeded(), qPrintable(got.result.error));
        QCOMPARE(got.out.size(), data.size());
        QVERIFY(got.out == data);
        // Listed under its exact name ('/' in a name makes folders, so list recursively).
        const Run ls
            = run(DriveCommands::list(QStringLiteral("default.gbai"), QStringLiteral("default.gbkb/tst/"), true));
        QStringList keys;
        for (const DriveEntry& e : McJsonStream::parseAll(ls.out).entries)
            keys << QStringLiteral("default.gbkb/tst/") + e.key;
        QVERIFY2(keys.contains(key), qPrintable(keys.join(QLatin1String(" | "))));
    }

    void saveReachesCompiled()
    {
        const QString key
            = QStringLiteral("default.gbdialog/tst-ok-%1.bas").arg(QRandomGenerator::global()->bounded(1 << 30));
        const QString etag = upload(key, "TALK \"hello\"\nIF x = 1 THEN\n  TALK \"one\"\nEND IF\n");
        QVERIFY2(!etag.contains(QLatin1String("failed")), qPrintable(etag));
        SaveWatch watch(m_runner.get(), { QStringLiteral("default"), key, etag, 60 });
        QList<SaveWatch::Stage> stages;
        connect(&watch, &SaveWatch::stageChanged, this, [&](SaveWatch::Stage s) { stages << s; });
        watch.start();
        QTRY_VERIFY_WITH_TIMEOUT(watch.isFinal(), 70000);
        QVERIFY2(watch.stage() == SaveWatch::Stage::Compiled, qPrintable(watch.message()));
        QVERIFY(stages.contains(SaveWatch::Stage::Seen) || stages.first() == SaveWatch::Stage::Compiled);
    }

    void compiledBeforeTheWatchStartsIsSeen()
    {
        // DriveMonitor may compile the new version before the save has finished, so before the
        // watch takes its baseline: no newer log record and no newer .ast then. The watch waited
        // 60 s and said "not compiled"; the work copy holding the saved bytes is the proof.
        const QString key
            = QStringLiteral("default.gbdialog/tst-early-%1.bas").arg(QRandomGenerator::global()->bounded(1 << 30));
        const QByteArray bytes = "TALK \"early\"\n";
        const QString etag = upload(key, bytes);
        QVERIFY2(!etag.contains(QLatin1String("failed")), qPrintable(etag));
        SaveWatch::Target target { .bot = QStringLiteral("default"),
            .key = key,
            .etag = etag,
            .sha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex() };
        // Compiled, and the host's clock already past that second, before the watch starts.
        RemoteCommand compiled = RemoteCommand::of({ QStringLiteral("incus"), QStringLiteral("exec"),
            QStringLiteral("system"), QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
            QStringLiteral("a=$(stat -c %Y -- \"$1\") && [ \"$(date +%s)\" -gt \"$a\" ]"), QStringLiteral("sh"),
            SaveWatch(m_runner.get(), target).astPath() });
        compiled.sudo = true;
        QTRY_VERIFY_WITH_TIMEOUT(run(compiled).result.succeeded(), 60000);
        SaveWatch watch(m_runner.get(), target);
        watch.start();
        QTRY_VERIFY_WITH_TIMEOUT(watch.isFinal(), 70000);
        QVERIFY2(watch.stage() == SaveWatch::Stage::Compiled, qPrintable(watch.message()));

        // Without the saved bytes' hash, or with another version's, that proof does not count.
        target.sha256 = QCryptographicHash::hash("TALK \"other\"\n", QCryptographicHash::Sha256).toHex();
        target.timeoutSeconds = 3;
        SaveWatch other(m_runner.get(), target);
        other.start();
        QTRY_VERIFY_WITH_TIMEOUT(other.isFinal(), 30000);
        QCOMPARE(other.stage(), SaveWatch::Stage::TimedOut);
    }

    void unbalancedIfFailsAtItsLine()
    {
        const QString key
            = QStringLiteral("default.gbdialog/tst-bad-%1.bas").arg(QRandomGenerator::global()->bounded(1 << 30));
        const QString etag = upload(key, "TALK \"a\"\n' comment\nIF x = 1 THEN\n  TALK \"one\"\nTALK \"b\"\n");
        QVERIFY2(!etag.contains(QLatin1String("failed")), qPrintable(etag));
        SaveWatch watch(m_runner.get(), { QStringLiteral("default"), key, etag, 60 });
        watch.start();
        QTRY_VERIFY_WITH_TIMEOUT(watch.isFinal(), 70000);
        QVERIFY2(watch.stage() == SaveWatch::Stage::Failed, qPrintable(watch.message()));
        QCOMPARE(watch.errorLine(), 3);
        QVERIFY(watch.compilerError().contains(QLatin1String("IF without END IF")));
    }
};

QTEST_MAIN(TstDriveSimhost)
#include "tst_drive_simhost.moc"
