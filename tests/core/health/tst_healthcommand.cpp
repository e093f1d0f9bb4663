// `gbadmin --health` (HealthCommand::run) against the simulated host: exit 0 on a healthy host,
// 1 with a fault, and nothing but printable text in what it prints.

#include "core/health/healthcommand.h"
#include "core/settings/appsettings.h"

#include "support/simhostenv.h"

#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

class TestHealthCommand : public QObject
{
    Q_OBJECT

private:
    SimHostEnv m_env;
    QTemporaryDir m_dir;

    int health(QString* out, QString* err)
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("gbadmin.conf")));
        QTextStream o(out);
        QTextStream e(err);
        return HealthCommand::run(QStringLiteral("simhost"), m_env.sshConfig, &settings, o, e, 60000);
    }

    QByteArray failCount(const QString& path)
    {
        QProcess p;
        p.start(QStringLiteral("psql"),
            { QStringLiteral("-X"), QStringLiteral("-At"), QStringLiteral("-h"), m_env.all.value(QStringLiteral("SIMHOST_PGSOCKET")),
                QStringLiteral("-p"), m_env.all.value(QStringLiteral("SIMHOST_PGPORT")), QStringLiteral("-U"),
                QStringLiteral("postgres"), QStringLiteral("-d"), QStringLiteral("botserver"), QStringLiteral("-v"),
                QStringLiteral("p=") + path });
        // From stdin: psql interpolates variables only there, not in -c.
        p.write("SELECT fail_count FROM drive_files WHERE file_path = :'p';\n");
        p.closeWriteChannel();
        p.waitForFinished(30000);
        return p.readAllStandardOutput().trimmed();
    }

    // Back to the seeded state after `set healthy`: the tests after this one expect meet stopped
    // and DriveMonitor's failing files.
    void restoreSeededFaults()
    {
        m_env.simhost(
            { QStringLiteral("set"), QStringLiteral("container"), QStringLiteral("meet"), QStringLiteral("Stopped") });
        m_env.simhost({ QStringLiteral("set"), QStringLiteral("vault"), QStringLiteral("unsealed") });
        m_env.simhost({ QStringLiteral("set"), QStringLiteral("drive-failures"), QStringLiteral("restore") });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        m_env = SimHostEnv::load(&why);
        if (!m_env.isValid())
            QFAIL(qPrintable(why));
    }

    void healthyHostExitsZeroAndAFaultOne()
    {
        auto restore = qScopeGuard([this] { restoreSeededFaults(); });
        QByteArray setOut;
        QCOMPARE(m_env.simhost({ QStringLiteral("set"), QStringLiteral("healthy") }, &setOut), 0);
        QString out, err;
        const int code = health(&out, &err);
        QVERIFY2(code == HealthCommand::AllGreen, qPrintable(out + err));
        QVERIFY(!out.contains(QLatin1String("[FAIL]")));
        QVERIFY(!out.contains(QLatin1String("[WARN]")));
        QVERIFY2(out.contains(QLatin1String("Vault unsealed")), qPrintable(out));
        for (const QChar c : out)
            QVERIFY2(c == QLatin1Char('\n') || c == QLatin1Char('\t') || c.unicode() >= 0x20, qPrintable(out));

        // The faults stay available: one sealed Vault makes it exit 1.
        QCOMPARE(m_env.simhost({ QStringLiteral("set"), QStringLiteral("vault"), QStringLiteral("sealed") }), 0);
        out.clear();
        err.clear();
        QCOMPARE(health(&out, &err), int(HealthCommand::NotGreen));
        QVERIFY2(out.contains(QLatin1String("[FAIL] Vault unsealed")), qPrintable(out));
    }

    // The seeded Drive failures come back, with their rows: the Bots and Drive tests rely on them.
    void driveFailuresComeBack()
    {
        auto restore = qScopeGuard([this] { restoreSeededFaults(); });
        QCOMPARE(m_env.simhost({ QStringLiteral("set"), QStringLiteral("healthy") }), 0);
        const QString config
            = m_env.dir + QStringLiteral("/root/drive/opt/gbo/data/minio/salesbot.gbai/salesbot.gbot/config.csv");
        QVERIFY(!QFile::exists(config));
        QCOMPARE(m_env.simhost({ QStringLiteral("set"), QStringLiteral("drive-failures"), QStringLiteral("restore") }),
            0);
        QVERIFY(QFile::exists(config));
        QCOMPARE(failCount(QStringLiteral("salesbot.gbai/salesbot.gbot/config.csv")), QByteArray("5"));
        QTest::qWait(2500); // one DriveMonitor scan (2 s): it keeps skipping the file
        QCOMPARE(failCount(QStringLiteral("salesbot.gbai/salesbot.gbot/config.csv")), QByteArray("5"));
    }
};

QTEST_GUILESS_MAIN(TestHealthCommand)
#include "tst_healthcommand.moc"
