// The `ssh -W` command that reaches a ProxyJump hop: options, refusal of option-like hops, host-key
// rules and the hop's stderr.

#include "core/ssh/proxyjump.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestProxyJump : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    SshTarget target(const QStringList& hops) const
    {
        SshTarget t;
        t.host = QStringLiteral("10.0.2.5");
        t.port = 2222;
        t.proxyJump = hops;
        return t;
    }

private Q_SLOTS:
    void argvForOneHop()
    {
        const auto a = ProxyJump::argv(target({ QStringLiteral("admin@bastion:2200") }));
        QVERIFY2(a.ok(), qPrintable(a.errorMessage()));
        QCOMPARE(a->join(QLatin1Char(' ')),
            QStringLiteral("ssh -o BatchMode=yes -o StrictHostKeyChecking=yes -W [10.0.2.5]:2222 -- "
                           "ssh://admin@bastion:2200"));
    }

    void configOnlyWhenItExists()
    {
        SshTarget t = target({ QStringLiteral("bastion") });
        t.sshConfigFile = m_dir.filePath(QStringLiteral("missing_config"));
        QVERIFY(!ProxyJump::argv(t)->contains(QStringLiteral("-F")));
        QFile f(m_dir.filePath(QStringLiteral("config")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        t.sshConfigFile = f.fileName();
        const QStringList a = *ProxyJump::argv(t);
        QCOMPARE(a.value(a.indexOf(QStringLiteral("-F")) + 1), f.fileName());
    }

    void optionLikeHopsAreRefused()
    {
        for (const QString& hop : { QStringLiteral("-oProxyCommand=touch /tmp/x"), QStringLiteral(" -J") }) {
            const auto a = ProxyJump::argv(target({ QStringLiteral("good"), hop }));
            QVERIFY(!a.ok());
            QVERIFY(a.errorMessage().contains(QLatin1String("option")));
            QVERIFY(!ProxyJump::argv(target({ hop, QStringLiteral("good") })).ok());
        }
    }

    void manyHopsAndHostKeyPolicy()
    {
        SshTarget t = target({ QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") });
        t.knownHostsFile = QStringLiteral("/k/known hosts");
        t.hostKeyPolicy = SshTarget::HostKeyPolicy::Ask; // a hop cannot ask: strict
        QStringList a = *ProxyJump::argv(t);
        QVERIFY(a.contains(QStringLiteral("StrictHostKeyChecking=yes")));
        QVERIFY(a.contains(QStringLiteral("UserKnownHostsFile=/k/known hosts")));
        QCOMPARE(a.value(a.indexOf(QStringLiteral("-J")) + 1), QStringLiteral("a,b"));
        QCOMPARE(a.mid(a.size() - 2), (QStringList { QStringLiteral("--"), QStringLiteral("c") }));
        t.hostKeyPolicy = SshTarget::HostKeyPolicy::AcceptNew;
        QVERIFY(ProxyJump::argv(t)->contains(QStringLiteral("StrictHostKeyChecking=accept-new")));
    }

    void proxyCommandQuotesAndDoublesPercent()
    {
        SshTarget t = target({ QStringLiteral("bas%tion") });
        const auto line = ProxyJump::proxyCommand(t, QStringLiteral("/tmp/a b.log"));
        QVERIFY(line.ok());
        QVERIFY2(line->endsWith(QStringLiteral("-- bas%%tion 2>'/tmp/a b.log'")), qPrintable(*line));
    }

    void stderrTailKeepsTheLastLines()
    {
        const QString path = m_dir.filePath(QStringLiteral("err.log"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("one\ntwo\n\nHost key verification failed.\r\nConnection closed by UNKNOWN port 65535\n");
        f.close();
        QCOMPARE(ProxyJump::stderrTail(path),
            QStringLiteral("two / Host key verification failed. / Connection closed by UNKNOWN port 65535"));
        QVERIFY(ProxyJump::stderrTail(m_dir.filePath(QStringLiteral("none"))).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProxyJump)
#include "tst_proxyjump.moc"
