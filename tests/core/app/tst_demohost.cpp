#include "core/app/demohost.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestDemoHost : public QObject
{
    Q_OBJECT

    static void write(const QString& path, const QByteArray& content)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(content);
    }

private Q_SLOTS:
    void noStateDirMeansNoDemo()
    {
        QTemporaryDir dir;
        QVERIFY(!DemoHosts::find(dir.filePath(QStringLiteral("missing"))));
        QVERIFY(!DemoHosts::find(dir.path())); // exists, but no env: `simhost down` removed it
    }

    void findsTheSshConfigOfARunningDemo()
    {
        QTemporaryDir dir;
        const QString config = dir.filePath(QStringLiteral("ssh config with 'odd' name"));
        write(config, "Host simhost\n");
        // As simhost writes it: other exports around, values in single quotes.
        write(dir.filePath(QStringLiteral("env")),
            "export SIMHOST_DIR='" + dir.path().toUtf8()
                + "'\n"
                  "export SIMHOST_SSH_CONFIG='"
                + config.toUtf8()
                + "'\n"
                  "export SIMHOST_SSH_PORT='40022'\n");
        const auto demo = DemoHosts::find(dir.path());
        QVERIFY(demo);
        QCOMPARE(demo->sshConfigFile, config);
        QCOMPARE(demo->alias, QStringLiteral("simhost"));
        QCOMPARE(demo->stateDir, dir.path());
    }

    void envNamingAMissingConfigIsNoDemo()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("env")),
            "export SIMHOST_SSH_CONFIG='" + dir.filePath(QStringLiteral("gone")).toUtf8() + "'\n");
        QVERIFY(!DemoHosts::find(dir.path()));
        write(dir.filePath(QStringLiteral("env")), "export SIMHOST_DIR='/x'\n");
        QVERIFY(!DemoHosts::find(dir.path()));
        write(dir.filePath(QStringLiteral("env")), QByteArray("\x00\xff garbage\nexport SIMHOST_SSH_CONFIG=''\n", 31));
        QVERIFY(!DemoHosts::find(dir.path()));
    }

    void defaultStateDirFollowsXdgStateHome()
    {
        const QByteArray saved = qgetenv("XDG_STATE_HOME");
        qputenv("XDG_STATE_HOME", "/some/state");
        QCOMPARE(DemoHosts::defaultStateDir(), QStringLiteral("/some/state/gbadmin-demo"));
        qputenv("XDG_STATE_HOME", "relative/ignored");
        QVERIFY(DemoHosts::defaultStateDir().endsWith(QStringLiteral("/.local/state/gbadmin-demo")));
        if (saved.isNull())
            qunsetenv("XDG_STATE_HOME");
        else
            qputenv("XDG_STATE_HOME", saved);
    }
};

QTEST_GUILESS_MAIN(TestDemoHost)
#include "tst_demohost.moc"
