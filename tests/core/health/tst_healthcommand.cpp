// `gbadmin --health` (HealthCommand::run) against the simulated host: exit 0 on a healthy host,
// 1 with a fault, and nothing but printable text in what it prints.

#include "core/health/healthcommand.h"
#include "core/settings/appsettings.h"

#include "support/simhostenv.h"

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
        // Back to the seeded state afterwards: other tests expect meet stopped.
        auto restore = qScopeGuard([this] {
            m_env.simhost({ QStringLiteral("set"), QStringLiteral("container"), QStringLiteral("meet"),
                QStringLiteral("Stopped") });
            m_env.simhost({ QStringLiteral("set"), QStringLiteral("vault"), QStringLiteral("unsealed") });
        });
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
};

QTEST_GUILESS_MAIN(TestHealthCommand)
#include "tst_healthcommand.moc"
