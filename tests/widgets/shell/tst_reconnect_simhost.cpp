// Fault injection against the simulated host: the connection drops (`simhost set DIR ssh drop`) or
// sshd goes away and comes back (`stop`/`start`) while panes work. Expected: no hang, a clear state,
// an automatic reconnect, panes resubscribe (Logs follows again; Containers, Bots and Health read
// the host again), and a dialog open across the reconnect keeps working on the same host context.
#include "core/containers/containermodel.h"
#include "core/host/commandrunner.h"
#include "core/host/hostconnection.h"
#include "core/host/hostprompts.h"
#include "core/host/journal.h"
#include "core/host/operation.h"
#include "core/host/profiletarget.h"
#include "core/host/tasklistmodel.h"
#include "core/settings/appsettings.h"
#include "support/simhostenv.h"
#include "widgets/bots/botspane.h"
#include "widgets/containers/containerspane.h"
#include "widgets/containers/servicesdialog.h"
#include "widgets/health/healthpane.h"
#include "widgets/logs/logspane.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
class Yes : public OperationConfirmer
{
public:
    std::optional<QString> confirm(const Operation& op, const HostProfile&) override { return op.nameToType(); }
};
} // namespace

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
        BotsPane bots;
        HealthPane health;
        containers.attach(&host, &settings);
        logs.attach(&host, &settings);
        bots.attach(&host, &settings);
        health.attach(&host, &settings);
        QSignalSpy botsLoaded(&bots, &BotsPane::botsLoaded);
        QSignalSpy healthRounds(&health, &HealthPane::roundFinished);
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
        QVERIFY(botsLoaded.count() > 0 || botsLoaded.wait(30000));
        QVERIFY(healthRounds.count() > 0 || healthRounds.wait(60000));

        // A dialog open across the reconnect holds the host context, not a session's runner.
        ServicesDialog services(QStringLiteral("system"), { QStringLiteral("botserver") }, &host, &containers);
        QSignalSpy servicesRefreshed(&services, &ServicesDialog::refreshed);

        QByteArray said;
        QVERIFY2(m_env.simhost({ QStringLiteral("set"), QStringLiteral("ssh"), how }, &said) == 0, said.constData());
        QSignalSpy messages(&host, &HostConnection::message);
        QVERIFY(disconnected.count() > 0 || disconnected.wait(30000));
        const qsizetype messagesAtLoss = messages.count();
        QVERIFY(!logs.isFollowing());
        // While disconnected the dialog's query fails at once with a sentence, nothing hangs.
        services.refresh();
        QVERIFY(servicesRefreshed.wait(5000));
        QCOMPARE(services.stateOf(QStringLiteral("botserver")), QString());

        QElapsedTimer back;
        if (how == QLatin1String("stop")) {
            // A reconnect attempt failed while nobody listened (said once per outage).
            QVERIFY(messages.count() > messagesAtLoss || messages.wait(15000));
            QCOMPARE(m_env.simhost({ QStringLiteral("set"), QStringLiteral("ssh"), QStringLiteral("start") }), 0);
        }
        back.start();
        const int refreshedBefore = int(refreshed.count());
        const int botsBefore = int(botsLoaded.count());
        const int roundsBefore = int(healthRounds.count());
        QVERIFY2(connected.count() > 1 || connected.wait(30000), qPrintable(host.stateText()));
        // The session backs off 1, 2, 4 … s between attempts: back within a few seconds of sshd.
        QVERIFY2(back.elapsed() < 10000, qPrintable(QString::number(back.elapsed())));

        // Panes resubscribed: Containers refreshed, Logs follows again and sees a new line.
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() > refreshedBefore, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(botsLoaded.count() > botsBefore, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(healthRounds.count() > roundsBefore, 60000);
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

    // An operation cut by a drop: it fails with a sentence that says it may or may not have run,
    // the journal records that outcome, and nothing runs it again after the reconnect.
    void operationCutByADropIsReportedNotRepeated()
    {
        Journal journal;
        QVERIFY(journal.open(m_dir.filePath(QStringLiteral("journal.sqlite"))).ok());
        HostConnection host(&journal);
        host.setConfirmer(std::make_unique<Yes>());
        QSignalSpy connected(&host, &HostConnection::connected);
        HostProfile p = profileForAlias(QStringLiteral("simhost"), m_env.sshConfig);
        p.name = QStringLiteral("simhost");
        host.connectTo(p);
        QVERIFY2(connected.wait(30000), qPrintable(host.stateText()));

        const QString marker
            = m_env.dir + QStringLiteral("/reconnect-operation-%1").arg(QDateTime::currentMSecsSinceEpoch());
        Operation op;
        op.action = QStringLiteral("Append a marker and wait");
        op.targets = { QStringLiteral("marker") };
        op.commands = { RemoteCommand::of({ QStringLiteral("sh"), QStringLiteral("-c"),
            QStringLiteral("echo ran >>\"$1\"; exec sleep 30"), QStringLiteral("sh"), marker }) };
        const auto started = host.perform(op);
        QVERIFY2(started.ok(), qPrintable(started.errorMessage()));
        Task* task = *started;
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(marker), 15000); // it runs on the host

        QCOMPARE(m_env.simhost({ QStringLiteral("set"), QStringLiteral("ssh"), QStringLiteral("drop") }), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!task->isRunning(), 30000);
        QCOMPARE(task->state(), Task::State::Failed);
        const auto entries = journal.entries();
        QVERIFY(entries.ok() && !entries->isEmpty());
        const JournalEntry outcome = entries->last();
        QCOMPARE(outcome.phase, JournalEntry::Phase::Outcome);
        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.commands, op.commandLines());
        QVERIFY2(outcome.result.contains(QLatin1String("may or may not")), qPrintable(outcome.result));

        QVERIFY2(connected.count() > 1 || connected.wait(30000), qPrintable(host.stateText()));
        // One round trip after the reconnect, then the marker: written once, by the first run only.
        QObject owner;
        QSignalSpy echoed(
            host.runner()->run(RemoteCommand::of({ QStringLiteral("true") }), &owner), &CommandJob::finished);
        QVERIFY(echoed.wait(15000));
        QFile f(marker);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("ran\n"));
        f.remove();
        QCOMPARE(journal.entries()->size(), entries->size());
        host.disconnectFromHost();
    }

    void cleanupTestCase()
    {
        // Whatever happened above, leave sshd running for the next test.
        m_env.simhost({ QStringLiteral("set"), QStringLiteral("ssh"), QStringLiteral("start") });
    }
};

QTEST_MAIN(TestReconnectSimhost)
#include "tst_reconnect_simhost.moc"
