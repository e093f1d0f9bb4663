// Issue 4 against the simulated host: real sshd, incus shim, systemctl shim, Vault endpoint and
// botserver logs, through the real SSH session and the panes.
#include "core/containers/containermodel.h"
#include "core/containers/containeroperations.h"
#include "core/containers/incusparser.h"
#include "core/health/healthrunner.h"
#include "core/host/hostprofile.h"
#include "core/host/journal.h"
#include "core/host/operationrunner.h"
#include "core/host/profiletarget.h"
#include "core/host/sessioncommandrunner.h"
#include "core/host/tasklistmodel.h"
#include "core/ssh/sshsession.h"
#include "support/paneharness.h"
#include "support/simhostenv.h"
#include "support/simhostsession.h"
#include "widgets/containers/containerspane.h"
#include "widgets/logs/logspane.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestPanesSimhost : public QObject
{
    Q_OBJECT
private:
    SimHostEnv m_env;
    QTemporaryDir m_dir;
    std::unique_ptr<SshSession> m_session;
    std::unique_ptr<SessionCommandRunner> m_runner;
    HostProfile m_profile;

    QHash<QString, Health::Status> healthRound()
    {
        HealthRunner runner(m_runner.get());
        QSignalSpy done(&runner, &HealthRunner::allFinished);
        runner.runAll();
        if (!done.wait(60000))
            return {};
        QHash<QString, Health::Status> out;
        for (const Health::Result& r : runner.results())
            out.insert(r.id, r.outcome.status);
        return out;
    }

    // Runs an operation the way the app does after confirmation (non-PROD profile: no typed name).
    bool perform(const Result<Operation>& op)
    {
        if (!op.ok())
            return false;
        Journal journal;
        if (!journal.open(m_dir.filePath(QStringLiteral("journal.sqlite"))).ok())
            return false;
        TaskListModel tasks;
        OperationRunner operations(m_runner.get(), &journal, &tasks);
        QSignalSpy finished(&operations, &OperationRunner::operationFinished);
        const auto task = operations.start(*op, m_profile);
        if (!task.ok() || !finished.wait(120000))
            return false;
        return finished.first().at(1).value<JournalEntry>().ok;
    }

    CommandResult run(const QStringList& argv, bool sudo = true)
    {
        RemoteCommand c = RemoteCommand::of(argv);
        c.sudo = sudo;
        c.timeoutMs = 60000;
        return m_session->runAndWait(c);
    }

    ContainerList list()
    {
        const CommandResult r = run(ContainerOperations::listCommand().argv);
        auto parsed = Incus::parseList(r.stdoutData);
        return parsed.ok() ? *parsed : ContainerList {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        m_env = SimHostEnv::load(&why);
        QVERIFY2(m_env.isValid(), qPrintable(why));
        m_profile = profileForAlias(QStringLiteral("simhost"), m_env.sshConfig);
        m_profile.environment = Environment::Stage;
        QString notConnected;
        m_session = connectToSimHost(m_profile, &notConnected);
        QVERIFY2(m_session, qPrintable(notConnected));
        m_runner = std::make_unique<SessionCommandRunner>(m_session.get());
    }

    void healthTurnsRedOnFaults()
    {
        auto status = healthRound();
        QCOMPARE(status.size(), 8);
        QCOMPARE(status.value(QStringLiteral("vault")), Health::Status::Green);
        QCOMPARE(status.value(QStringLiteral("botserver")), Health::Status::Green);
        QCOMPARE(status.value(QStringLiteral("postgres")), Health::Status::Green);
        QCOMPARE(status.value(QStringLiteral("minio")), Health::Status::Green);
        QCOMPARE(status.value(QStringLiteral("api")), Health::Status::Green);
        QCOMPARE(status.value(QStringLiteral("containers")), Health::Status::Amber); // meet is stopped

        QCOMPARE(m_env.simhost({ QStringLiteral("set"), QStringLiteral("vault"), QStringLiteral("sealed") }), 0);
        QCOMPARE(m_env.simhost({ QStringLiteral("set"), QStringLiteral("service"), QStringLiteral("system/botserver"),
                     QStringLiteral("failed") }),
            0);
        status = healthRound();
        QCOMPARE(status.value(QStringLiteral("vault")), Health::Status::Red);
        QCOMPARE(status.value(QStringLiteral("botserver")), Health::Status::Red);
        QCOMPARE(status.value(QStringLiteral("api")), Health::Status::Red);
        QCOMPARE(status.value(QStringLiteral("ui")), Health::Status::Green);
    }

    void healthCommandExitCodes()
    {
        // Still sealed from the test above: exit 1 with the report.
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(GBADMIN_BINARY),
            { QStringLiteral("--health"), QStringLiteral("simhost"), QStringLiteral("--ssh-config"), m_env.sshConfig });
        QVERIFY(cli.waitForFinished(120000));
        const QString out = QString::fromUtf8(cli.readAllStandardOutput());
        QCOMPARE(cli.exitCode(), 1);
        QVERIFY2(out.contains(QLatin1String("[FAIL] Vault unsealed: Vault is sealed")), qPrintable(out));

        QCOMPARE(m_env.simhost({ QStringLiteral("set"), QStringLiteral("vault"), QStringLiteral("unsealed") }), 0);
        QCOMPARE(m_env.simhost({ QStringLiteral("set"), QStringLiteral("service"), QStringLiteral("system/botserver"),
                     QStringLiteral("active") }),
            0);

        // A host key that does not match known_hosts: exit 2 and nothing runs.
        QFile known(m_env.knownHosts);
        QVERIFY(known.open(QIODevice::ReadOnly));
        const QByteArray original = known.readAll();
        known.close();
        QByteArray tampered = original;
        const qsizetype keyStart = tampered.indexOf("AAAA");
        QVERIFY(keyStart > 0);
        tampered[keyStart + 30] = tampered[keyStart + 30] == 'A' ? 'B' : 'A';
        const QString badKnown = m_dir.filePath(QStringLiteral("known_hosts_bad"));
        QFile bad(badKnown);
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(tampered);
        bad.close();
        QFile cfg(m_env.sshConfig);
        QVERIFY(cfg.open(QIODevice::ReadOnly));
        QByteArray config = cfg.readAll();
        config.replace(m_env.knownHosts.toUtf8(), badKnown.toUtf8());
        const QString badConfig = m_dir.filePath(QStringLiteral("ssh_config_bad"));
        QFile out2(badConfig);
        QVERIFY(out2.open(QIODevice::WriteOnly));
        out2.write(config);
        out2.close();
        cli.start(QStringLiteral(GBADMIN_BINARY),
            { QStringLiteral("--health"), QStringLiteral("simhost"), QStringLiteral("--ssh-config"), badConfig });
        QVERIFY(cli.waitForFinished(120000));
        QCOMPARE(cli.exitCode(), 2);
        QVERIFY(cli.readAllStandardOutput().isEmpty()); // no report: nothing ran
    }

    void lifecycleAndSnapshotsChangeTheHost()
    {
        using L = ContainerOperations::Lifecycle;
        auto find = [this](const QString& name) {
            const ContainerList l = list();
            const ContainerInfo* c = Incus::findByName(l, name);
            return c ? *c : ContainerInfo {};
        };
        QCOMPARE(find(QStringLiteral("meet")).statusCode, 102);
        QVERIFY(perform(ContainerOperations::lifecycle(L::Start, { QStringLiteral("meet") })));
        QCOMPARE(find(QStringLiteral("meet")).statusCode, 103);
        QVERIFY(perform(ContainerOperations::lifecycle(L::Restart, { QStringLiteral("meet") })));
        QCOMPARE(find(QStringLiteral("meet")).statusCode, 103);
        QVERIFY(perform(ContainerOperations::lifecycle(L::Stop, { QStringLiteral("meet") })));
        QCOMPARE(find(QStringLiteral("meet")).statusCode, 102);

        // Snapshot, change a file, restore: the file is back.
        const QString file = QStringLiteral("/opt/gbo/data/gbadmin-test.txt");
        RemoteCommand push = RemoteCommand::of({ QStringLiteral("incus"), QStringLiteral("file"),
            QStringLiteral("push"), QStringLiteral("-"), QStringLiteral("dns") + file });
        push.sudo = true;
        push.stdinData = "before\n";
        QVERIFY(m_session->runAndWait(push).succeeded());
        const int snapshotsBefore = int(find(QStringLiteral("dns")).snapshots.size());
        const QDateTime when = QDateTime::currentDateTime();
        QVERIFY(perform(ContainerOperations::createSnapshot({ QStringLiteral("dns") }, when)));
        QCOMPARE(find(QStringLiteral("dns")).snapshots.size(), snapshotsBefore + 1);
        push.stdinData = "after\n";
        QVERIFY(m_session->runAndWait(push).succeeded());
        QVERIFY(perform(
            ContainerOperations::restoreSnapshot(QStringLiteral("dns"), ContainerOperations::snapshotNameFor(when))));
        const CommandResult pulled = run({ QStringLiteral("incus"), QStringLiteral("file"), QStringLiteral("pull"),
            QStringLiteral("dns") + file, QStringLiteral("-") });
        QCOMPARE(pulled.stdoutData, QByteArray("before\n"));
        QVERIFY(perform(
            ContainerOperations::deleteSnapshot(QStringLiteral("dns"), ContainerOperations::snapshotNameFor(when))));
        QCOMPARE(find(QStringLiteral("dns")).snapshots.size(), snapshotsBefore);
    }

    void hostileSnapshotNamesRunNothing()
    {
        // No '/' in these (such names are refused before anything runs); a shell that interpreted
        // them would create the canary in the session's working directory, the simhost's home.
        const QString canary = QStringLiteral("gbadmin-canary-") + QString::number(QCoreApplication::applicationPid());
        const QString where = m_env.dir + QStringLiteral("/home/") + canary;
        for (const QString& name : { QStringLiteral("$(touch %1)").arg(canary),
                 QStringLiteral("`touch %1`").arg(canary), QStringLiteral("x; touch %1").arg(canary),
                 QStringLiteral("x' ; touch '%1").arg(canary), QStringLiteral("x\" && touch %1 && \"").arg(canary) }) {
            const auto op = ContainerOperations::deleteSnapshot(QStringLiteral("tables"), name);
            QVERIFY(op.ok()); // a legal argv; the host's incus refuses the name, no shell runs it
            QVERIFY(!perform(op));
        }
        QVERIFY(!QFile::exists(where));
        QVERIFY(!QFile::exists(canary));
        QVERIFY(!ContainerOperations::deleteSnapshot(QStringLiteral("tables"), QStringLiteral("--force")).ok());
        QVERIFY(!ContainerOperations::deleteSnapshot(QStringLiteral("tables"), QStringLiteral("a/../b")).ok());
    }

    void containersPaneShowsTheHost()
    {
        PaneHarness h;
        ContainersPane pane;
        h.attach(&pane);
        QSignalSpy refreshed(&pane, &ContainersPane::refreshed);
        h.connect(m_runner.get());
        QVERIFY(refreshed.wait(30000));
        QCOMPARE(pane.model()->rowCount(), 13);
        const ContainerInfo* system = pane.model()->container(pane.model()->rowOf(QStringLiteral("system")));
        QVERIFY(system && system->isRunning());
        QVERIFY(!system->ipv4.isEmpty());
        QVERIFY(system->ipv4.first().startsWith(QLatin1String("10.0.2.")));
        QCOMPARE(
            pane.model()->index(pane.model()->rowOf(QStringLiteral("alm")), ContainerModel::Ports).data().toString(),
            QStringLiteral("4747"));
    }

    void logsPaneFollowsErrLog()
    {
        PaneHarness h;
        LogsPane pane;
        h.attach(&pane);
        QSignalSpy received(&pane, &LogsPane::linesReceived);
        h.connect(m_runner.get());
        QVERIFY(received.wait(15000)); // tail -n 500 of the seeded log
        const QByteArray marker = "gbadmin-follow-" + QByteArray::number(QDateTime::currentMSecsSinceEpoch());
        QFile log(m_env.dir + QStringLiteral("/root/system/opt/gbo/logs/err.log"));
        QVERIFY(log.open(QIODevice::Append));
        log.write("20261127120000.000 error types:" + marker + "\n");
        log.close();
        QTRY_VERIFY_WITH_TIMEOUT(pane.visibleText().contains(QString::fromLatin1(marker)), 2000);
    }
};

QTEST_MAIN(TestPanesSimhost)
#include "tst_panes_simhost.moc"
