// Fault injection against the simulated host: the connection drops (`simhost set DIR ssh drop`) or
// sshd goes away and comes back (`stop`/`start`) while panes work. Expected: no hang, a clear state,
// an automatic reconnect, panes resubscribe (Logs follows again, Containers refreshes), and a
// dialog open across the reconnect keeps working on the same host context.
#include "core/containers/containermodel.h"
#include "core/host/hostconnection.h"
#include "core/host/journal.h"
#include "core/host/profiletarget.h"
#include "core/settings/appsettings.h"
#include "support/simhostenv.h"
#include "widgets/containers/containerspane.h"
#include "widgets/containers/servicesdialog.h"
#include "widgets/logs/logspane.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestReconnectSimhost : public QObject
{
    Q_OBJECT
private:
    SimHostEnv m_env;
    QTemporaryDir m_dir;

    bool appendToErrLog(const QByteArray& marker)
    {
        QFile log(m_env.dir + QStringLiteral("/root/system/opt/gbo/logs/err.log"));
        if (!log.open(QIODevice::Append))
            return false;
        log.write("20261205120000.000 error types:" + marker + "\n");
        return true;
    }

    void dropAndComeBack(const QString& how)
    {
        AppSettings settings(m_dir.filePath(how + QStringLiteral(".conf")));
        HostConnection host(nullptr);
        ContainersPane containers;
        LogsPane logs;
        containers.attach(&host, &settings);
        logs.attach(&host, &settings);
        QSignalSpy connected(&host, &HostConnection::connected);
        QSignalSpy disconnected(&host, &HostConnection::disconnected);
        QSignalSpy refreshed(&containers, &ContainersPane::refreshed);
        QSignalSpy received(&logs, &LogsPane::linesReceived);

        HostProfile p = profileForAlias(QStringLiteral("simhost"), m_env.sshConfig);
        p.name = QStringLiteral("simhost");
        host.connectTo(p);
        QVERIFY2(connected.wait(30000), qPrintable(host.stateText()));
        QVERIFY(refreshed.count() > 0 || refreshed.wait(30000));
        QVERIFY(received.count() > 0 || received.wait(15000));
        QVERIFY(logs.isFollowing());

        // A dialog open across the reconnect holds the host context, not a session's runner.
        ServicesDialog services(QStringLiteral("system"), { QStringLiteral("botserver") }, &host, &containers);
        QSignalSpy servicesRefreshed(&services, &ServicesDialog::refreshed);

        if (how == QLatin1String("drop")) {
            QCOMPARE(m_env.simhost({ QStringLiteral("set"), QStringLiteral("ssh"), QStringLiteral("drop") }), 0);
        } else {
            QCOMPARE(m_env.simhost({ QStringLiteral("set"), QStringLiteral("ssh"), QStringLiteral("stop") }), 0);
        }
        QVERIFY(disconnected.count() > 0 || disconnected.wait(30000));
        QVERIFY(!logs.isFollowing());
        // While disconnected the dialog's query fails at once with a sentence, nothing hangs.
        services.refresh();
        QVERIFY(servicesRefreshed.wait(5000));
        QCOMPARE(services.stateOf(QStringLiteral("botserver")), QString());

        QElapsedTimer back;
        if (how == QLatin1String("stop")) {
            QTest::qWait(1500); // a few failed attempts while nobody listens
            QCOMPARE(m_env.simhost({ QStringLiteral("set"), QStringLiteral("ssh"), QStringLiteral("start") }), 0);
        }
        back.start();
        const int refreshedBefore = int(refreshed.count());
        QVERIFY2(connected.count() > 1 || connected.wait(30000), qPrintable(host.stateText()));
        // The session backs off 1, 2, 4 … s between attempts: back within a few seconds of sshd.
        QVERIFY2(back.elapsed() < 10000, qPrintable(QString::number(back.elapsed())));

        // Panes resubscribed: Containers refreshed, Logs follows again and sees a new line.
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() > refreshedBefore, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(logs.isFollowing(), 5000);
        const QByteArray marker
            = "gbadmin-reconnect-" + how.toLatin1() + '-' + QByteArray::number(QDateTime::currentMSecsSinceEpoch());
        // The new tail may start a moment after the pane asked: write until it shows.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                appendToErrLog(marker);
                return logs.visibleText().contains(QString::fromLatin1(marker));
            }(),
            15000);
        services.refresh();
        QVERIFY(servicesRefreshed.wait(15000));
        QCOMPARE(services.stateOf(QStringLiteral("botserver")), QStringLiteral("active"));
        host.disconnectFromHost();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        m_env = SimHostEnv::load(&why);
        QVERIFY2(m_env.isValid(), qPrintable(why));
    }

    void dropDuringFollowAndRefresh() { dropAndComeBack(QStringLiteral("drop")); }
    void sshdStopsAndStartsAgain() { dropAndComeBack(QStringLiteral("stop")); }

    void cleanupTestCase()
    {
        // Whatever happened above, leave sshd running for the next test.
        m_env.simhost({ QStringLiteral("set"), QStringLiteral("ssh"), QStringLiteral("start") });
    }
};

QTEST_MAIN(TestReconnectSimhost)
#include "tst_reconnect_simhost.moc"
