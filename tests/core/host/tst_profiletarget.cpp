#include "core/host/environment.h"
#include "core/host/hostprofile.h"
#include "core/host/profiletarget.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestProfileTarget : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_config;

private Q_SLOTS:
    void opensshCommandReachesTheSameHost()
    {
        HostProfile alias = profileForAlias(QStringLiteral("prod"), QStringLiteral("/etc/gb/ssh_config"));
        QCOMPARE(opensshCommandFor(alias),
            (QStringList { QStringLiteral("ssh"), QStringLiteral("-F"), QStringLiteral("/etc/gb/ssh_config"),
                QStringLiteral("--"), QStringLiteral("prod") }));
        HostProfile explicitHost;
        explicitHost.name = QStringLiteral("stage");
        explicitHost.host = QStringLiteral("-oProxyCommand=evil");
        explicitHost.user = QStringLiteral("admin");
        explicitHost.port = 2222;
        explicitHost.proxyJump = QStringLiteral("bastion");
        const QStringList argv = opensshCommandFor(explicitHost);
        QCOMPARE(argv.join(QLatin1Char(' ')), QStringLiteral("ssh -l admin -p 2222 -J bastion -- -oProxyCommand=evil"));
    }

    // The alias "prod" points at PROD; the profile overrides the host with STAGE's address: the
    // terminal must reach STAGE, exactly where the app's own connection goes.
    void opensshCommandCarriesTheProfilesHostName()
    {
        HostProfile p = profileForAlias(QStringLiteral("prod"), m_config);
        p.name = QStringLiteral("stage via prod alias");
        p.host = QStringLiteral("10.9.9.9");
        QCOMPARE(sshTargetFor(p)->host, QStringLiteral("10.9.9.9"));
        QCOMPARE(opensshCommandFor(p),
            (QStringList { QStringLiteral("ssh"), QStringLiteral("-F"), m_config, QStringLiteral("-o"),
                QStringLiteral("HostName=10.9.9.9"), QStringLiteral("--"), QStringLiteral("prod") }));
        // And OpenSSH itself resolves it so: `ssh -G` prints the effective configuration.
        QProcess ssh;
        QStringList args = opensshCommandFor(p).mid(1);
        args.insert(args.indexOf(QStringLiteral("--")), QStringLiteral("-G"));
        ssh.start(QStringLiteral("ssh"), args);
        QVERIFY(ssh.waitForFinished(10000));
        const QByteArray out = ssh.readAllStandardOutput();
        QVERIFY2(out.contains("\nhostname 10.9.9.9\n"), out.constData());
        QVERIFY(out.contains("\nport 2222\n")); // the rest of the alias still applies
    }

    void initTestCase()
    {
        m_config = m_dir.filePath(QStringLiteral("config"));
        QFile f(m_config);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Host prod\n  HostName 10.0.2.5\n  User admin\n  Port 2222\n  IdentityFile /keys/prod\n"
                "Host stage\n  HostName gb.stage.example.org\n  ProxyJump bastion\n");
    }

    void aliasFromConfig()
    {
        const HostProfile p = profileForAlias(QStringLiteral("prod"), m_config);
        const auto t = sshTargetFor(p);
        QVERIFY2(t.ok(), qPrintable(t.errorMessage()));
        QCOMPARE(t->host, QStringLiteral("10.0.2.5"));
        QCOMPARE(t->user, QStringLiteral("admin"));
        QCOMPARE(t->port, 2222);
        QVERIFY(t->identityFiles.contains(QStringLiteral("/keys/prod")));
        QCOMPARE(detectEnvironment(p, EnvironmentRules()), Environment::Prod);
        QCOMPARE(detectEnvironment(profileForAlias(QStringLiteral("stage"), m_config), EnvironmentRules()),
            Environment::Stage);
    }

    void profileFieldsWin()
    {
        HostProfile p = profileForAlias(QStringLiteral("stage"), m_config);
        p.user = QStringLiteral("ops");
        p.port = 2200;
        p.proxyJump = QStringLiteral("none");
        p.auth = AuthMethod::Password;
        const auto t = sshTargetFor(p);
        QVERIFY(t.ok());
        QCOMPARE(t->host, QStringLiteral("gb.stage.example.org"));
        QCOMPARE(t->user, QStringLiteral("ops"));
        QCOMPARE(t->port, 2200);
        QVERIFY(t->proxyJump.isEmpty());
        QVERIFY(!t->useAgent);
        QVERIFY(!t->useKeyFiles); // not even OpenSSH's default ~/.ssh/id_* keys
        QVERIFY(t->usePassword);
    }

    void authMethodRestrictsTheLogin_data()
    {
        QTest::addColumn<AuthMethod>("method");
        QTest::addColumn<bool>("agent");
        QTest::addColumn<bool>("keys");
        QTest::addColumn<bool>("password");
        QTest::newRow("automatic") << AuthMethod::Automatic << true << true << true;
        QTest::newRow("agent") << AuthMethod::Agent << true << false << false;
        QTest::newRow("key file") << AuthMethod::KeyFile << false << true << false;
        QTest::newRow("password") << AuthMethod::Password << false << false << true;
    }

    void authMethodRestrictsTheLogin()
    {
        QFETCH(AuthMethod, method);
        HostProfile p = profileForAlias(QStringLiteral("stage"), m_config);
        p.auth = method;
        const auto t = sshTargetFor(p);
        QVERIFY(t.ok());
        QTEST(t->useAgent, "agent");
        QTEST(t->useKeyFiles, "keys");
        QTEST(t->usePassword, "password");
    }

    void plainHost()
    {
        HostProfile p;
        p.name = QStringLiteral("direct");
        p.host = QStringLiteral("10.0.3.8");
        p.sshConfigFile = m_config;
        p.identityFile = QStringLiteral("/keys/k");
        p.auth = AuthMethod::KeyFile;
        const auto t = sshTargetFor(p);
        QVERIFY(t.ok());
        QCOMPARE(t->host, QStringLiteral("10.0.3.8"));
        QCOMPARE(t->port, 22);
        QCOMPARE(t->identityFiles.value(0), QStringLiteral("/keys/k"));
        QVERIFY(!t->useAgent);
        QCOMPARE(detectEnvironment(p, EnvironmentRules()), Environment::Stage);
        QVERIFY(!sshTargetFor(HostProfile()).ok());
    }
};

QTEST_GUILESS_MAIN(TestProfileTarget)
#include "tst_profiletarget.moc"
