#include "core/ssh/sshconfig.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestSshConfig : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void patterns()
    {
        const auto m = [](const char* pats, const char* host) {
            return SshConfig::hostMatches(QString::fromLatin1(pats).split(QLatin1Char(' ')), QLatin1String(host));
        };
        QVERIFY(m("prod", "prod"));
        QVERIFY(m("PROD", "prod")); // host names compare case-insensitively
        QVERIFY(m("*.stage.*", "bots.stage.example.org"));
        QVERIFY(!m("*.stage.*", "bots.example.org"));
        QVERIFY(m("web? db", "web1"));
        QVERIFY(!m("web?", "web12"));
        QVERIFY(m("* !bastion", "prod"));
        QVERIFY(!m("* !bastion", "bastion"));
        QVERIFY(!m("!bastion", "prod")); // a negation alone matches nothing
    }

    void firstValueWinsAndTokens()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile inc(dir.filePath(QStringLiteral("extra.conf")));
        QVERIFY(inc.open(QIODevice::WriteOnly));
        inc.write("Host stage\n  HostName 10.0.3.5\n  User deploy\n");
        inc.close();
        const QByteArray text = QByteArrayLiteral("# comment\n"
                                                  "Include extra.conf\n"
                                                  "Host prod prod-alias\n"
                                                  "    HostName=10.0.2.10\n"
                                                  "    Port 2222\n"
                                                  "    User admin\n"
                                                  "    IdentityFile ~/.ssh/id_%h_%r\n"
                                                  "    ProxyJump jump@bastion:2200\n"
                                                  "    UserKnownHostsFile \"~/my hosts\"\n"
                                                  "    StrictHostKeyChecking yes\n"
                                                  "Match host prod\n"
                                                  "    User matched\n"
                                                  "Host *\n"
                                                  "    User fallback\n"
                                                  "    Port 22\n"
                                                  "    IdentityFile ~/.ssh/id_ed25519\n"
                                                  "    ServerAliveInterval 7\n");
        auto cfg = SshConfig::parse(text, dir.path());
        QVERIFY(cfg.ok());
        const SshTarget prod = cfg->resolve(QStringLiteral("prod"), QStringLiteral("me"));
        QCOMPARE(prod.host, QStringLiteral("10.0.2.10"));
        QCOMPARE(prod.port, 2222);
        QCOMPARE(prod.user, QStringLiteral("admin")); // first value wins, Match block ignored
        const QString home = QDir::homePath();
        QCOMPARE(prod.identityFiles,
            QStringList(
                { home + QStringLiteral("/.ssh/id_10.0.2.10_admin"), home + QStringLiteral("/.ssh/id_ed25519") }));
        QCOMPARE(prod.proxyJump, QStringList { QStringLiteral("jump@bastion:2200") });
        QCOMPARE(prod.knownHostsFile, home + QStringLiteral("/my hosts"));
        QCOMPARE(prod.hostKeyPolicy, SshTarget::HostKeyPolicy::Strict);
        QCOMPARE(prod.keepaliveIntervalMs, 7000);

        const SshTarget stage = cfg->resolve(QStringLiteral("stage"), QStringLiteral("me"));
        QCOMPARE(stage.host, QStringLiteral("10.0.3.5"));
        QCOMPARE(stage.user, QStringLiteral("deploy"));
        QCOMPARE(stage.port, 22);

        const SshTarget other = cfg->resolve(QStringLiteral("other.example.org"), QStringLiteral("me"));
        QCOMPARE(other.host, QStringLiteral("other.example.org"));
        QCOMPARE(other.user, QStringLiteral("fallback"));
        QVERIFY(other.proxyJump.isEmpty());

        QCOMPARE(cfg->hostAliases(),
            QStringList({ QStringLiteral("stage"), QStringLiteral("prod"), QStringLiteral("prod-alias") }));
    }

    void missingFileIsEmpty()
    {
        auto cfg = SshConfig::load(QStringLiteral("/nonexistent/ssh_config"));
        QVERIFY(cfg.ok());
        QCOMPARE(cfg->resolve(QStringLiteral("h"), QStringLiteral("u")).user, QStringLiteral("u"));
    }
};

QTEST_GUILESS_MAIN(TestSshConfig)
#include "tst_sshconfig.moc"
