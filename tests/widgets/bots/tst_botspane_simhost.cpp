// The Bots pane against the simulated host, wired as the shell wires it: operations the pane asks
// for run through the OperationRunner and journal, and their end is reported back to the pane.
#include "core/bots/botlistmodel.h"
#include "core/bots/botqueries.h"
#include "core/bots/configdriftmodel.h"
#include "core/host/hostprofile.h"
#include "core/host/journal.h"
#include "core/host/operationrunner.h"
#include "core/host/profiletarget.h"
#include "core/host/psql.h"
#include "core/host/remotefilecommands.h"
#include "core/host/sessioncommandrunner.h"
#include "core/host/tasklistmodel.h"
#include "core/ssh/sshsession.h"
#include "support/paneharness.h"
#include "support/simhostenv.h"
#include "support/simhostsession.h"
#include "support/testhelpers.h"
#include "widgets/bots/botspane.h"

#include <QDir>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using Drift = ConfigDriftModel::DriftKind;

class TstBotsPaneSimhost : public QObject
{
    Q_OBJECT
private:
    SimHostEnv m_env;
    QTemporaryDir m_dir;
    std::unique_ptr<SshSession> m_session;
    std::unique_ptr<SessionCommandRunner> m_runner;
    HostProfile m_profile;

    CommandResult run(const RemoteCommand& c) { return m_session->runAndWait(c, 60000); }
    BotSummary bot(const QString& name)
    {
        const Result<QList<BotSummary>> bots = BotQueries::parseBots(run(*BotQueries::listBots()));
        for (const BotSummary& b : bots ? *bots : QList<BotSummary> {}) {
            if (b.name == name)
                return b;
        }
        return {};
    }
    Result<RemoteSnapshot> readConfig(const BotSummary& b)
    {
        const RemoteLocation l = BotQueries::configLocation(b);
        return RemoteFileCommands::parseOpen(l, run(RemoteFileCommands::open(l)));
    }
    QString etagOf(const QString& name)
    {
        BotSummary b;
        b.name = name;
        const Result<RemoteSnapshot> f = readConfig(b);
        return f ? f->version.etag : QString();
    }
    void load(BotsPane& pane, const QString& name)
    {
        QSignalSpy loaded(&pane, &BotsPane::botLoaded);
        if (!(pane.currentBot() && pane.currentBot()->name == name))
            QVERIFY(pane.selectBot(name));
        else
            pane.reloadBot();
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() && loaded.last().first().toString() == name, 30000);
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
        QTRY_VERIFY_WITH_TIMEOUT(bot(QStringLiteral("helpdesk")).configIndexed
                && bot(QStringLiteral("helpdesk")).configEtag == etagOf(QStringLiteral("helpdesk")),
            30000);
    }

    void showsDriftOfTheSeededBots()
    {
        PaneHarness h;
        BotsPane pane;
        pane.setAutosaveDirectory(h.dir.filePath(QStringLiteral("autosave")));
        pane.resize(1500, 640);
        pane.show();
        h.attach(&pane);
        QSignalSpy listed(&pane, &BotsPane::botsLoaded);
        QSignalSpy first(&pane, &BotsPane::botLoaded);
        h.connect(m_runner.get());
        QVERIFY(listed.wait(30000));
        // Let the first bot's load end before selecting another: cancelling a command in flight
        // currently drops the SSH connection (libssh: "ieof packet referred to nonexistent
        // channel"), a session bug reported to the lead; the pane itself only supersedes queries.
        QTRY_VERIFY_WITH_TIMEOUT(!first.isEmpty(), 30000);
        QTest::qWait(1500);
        QCOMPARE(listed.first().first().toInt(), 3);
        load(pane, QStringLiteral("salesbot"));
        ConfigDriftModel* m = pane.configModel();
        QVERIFY2(m->fileKnown(), qPrintable(pane.bannerText()));
        QCOMPARE(m->driftOf(QStringLiteral("theme-title")), Drift::Equal);
        QCOMPARE(m->driftOf(QStringLiteral("llm-model")), Drift::Differs);
        QCOMPARE(m->driftOf(QStringLiteral("website-max-depth")), Drift::OnlyInFile);
        QCOMPARE(m->driftOf(QStringLiteral("llm-url")), Drift::OnlyInDatabase);
        QVERIFY2(pane.bannerText().contains(QStringLiteral("DriveMonitor skips")), qPrintable(pane.bannerText()));
        const int row = pane.botsModel()->rowOfId(pane.currentBot()->id);
        QTRY_VERIFY_WITH_TIMEOUT(pane.botsModel()->index(row, BotListModel::Scripts).data().toInt() >= 2, 30000);
        QTest::qWait(100);
        const QString dir = qEnvironmentVariable("GBADMIN_SCREENSHOT_DIR", QDir::tempPath());
        QVERIFY(pane.grab().toImage().save(QDir(dir).filePath(QStringLiteral("bots-pane-simhost.png"))));
    }

    void editSavedReachesTheDatabaseAndTheMarkClears()
    {
        const BotSummary helpdesk = bot(QStringLiteral("helpdesk"));
        const Result<RemoteSnapshot> original = readConfig(helpdesk);
        QVERIFY2(original.ok(), qPrintable(original.errorMessage()));
        const QString canary = QStringLiteral("CANARY-pane-%1").arg(QDateTime::currentMSecsSinceEpoch());
        auto cleanup = qScopeGuard([&] {
            RemoteCommand c = RemoteCommand::of({ QStringLiteral("incus"), QStringLiteral("exec"),
                QStringLiteral("drive"), QStringLiteral("--"), BotQueries::kMc, QStringLiteral("pipe"),
                BotQueries::objectPath(helpdesk.name, BotQueries::configKeyOf(helpdesk)) });
            c.sudo = true;
            c.stdinData = original->bytes;
            run(c);
            run(*Psql::command(QStringLiteral("botserver"),
                QStringLiteral("DELETE FROM bot_configuration WHERE bot_id = :'id'::uuid AND config_key = "
                               "'vonage-api-secret'"),
                { { QStringLiteral("id"), helpdesk.id } }));
        });
        TestHelpers::LogCapture log;
        log.start();
        PaneHarness h;
        h.answer = QString(); // the confirmation is accepted
        BotsPane pane;
        pane.setAutosaveDirectory(h.dir.filePath(QStringLiteral("autosave")));
        pane.setFollowInterval(500);
        h.attach(&pane);
        QSignalSpy listed(&pane, &BotsPane::botsLoaded);
        QSignalSpy first(&pane, &BotsPane::botLoaded);
        h.connect(m_runner.get());
        QVERIFY(listed.wait(30000));
        // Let the first bot's load end before selecting another: cancelling a command in flight
        // currently drops the SSH connection (libssh: "ieof packet referred to nonexistent
        // channel"), a session bug reported to the lead; the pane itself only supersedes queries.
        QTRY_VERIFY_WITH_TIMEOUT(!first.isEmpty(), 30000);
        QTest::qWait(1500);
        load(pane, QStringLiteral("helpdesk"));
        QCOMPARE(pane.configModel()->driftOf(QStringLiteral("theme-title")), Drift::Equal);
        QVERIFY(pane.configModel()
                    ->editValue(QStringLiteral("theme-title"),
                        QStringLiteral("Helpdesk (pane %1)").arg(QDateTime::currentMSecsSinceEpoch()))
                    .ok());
        QVERIFY(pane.configModel()->editValue(QStringLiteral("vonage-api-secret"), canary).ok());
        QCOMPARE(pane.configModel()->driftOf(QStringLiteral("theme-title")), Drift::Differs);
        QSignalSpy finished(pane.follower(), &ConfigApplyFollower::finished);
        pane.saveAction()->trigger();
        QVERIFY(finished.wait(90000));
        QCOMPARE(finished.first().first().value<ConfigApplyFollower::State>(), ConfigApplyFollower::State::Confirmed);
        QTRY_COMPARE(pane.configModel()->driftOf(QStringLiteral("theme-title")), Drift::Equal);
        QCOMPARE(pane.configModel()->driftOf(QStringLiteral("vonage-api-secret")), Drift::Equal);
        QTRY_VERIFY(!pane.hasUnsavedChanges());
        log.stop();
        QVERIFY(!log.text().contains(canary));
        QVERIFY(!TestHelpers::readFile(h.journal.path()).contains(canary.toUtf8()));
        QVERIFY(!TestHelpers::readFile(h.journal.path() + QStringLiteral("-wal")).contains(canary.toUtf8()));
        QVERIFY(!TestHelpers::readFile(h.dir.filePath(QStringLiteral("settings.conf"))).contains(canary.toUtf8()));
        // The save ran as the shared remote file edit: backup in the drive container's /tmp, journaled.
        const auto entries = h.journal.entries();
        QVERIFY(entries.ok());
        QVERIFY(std::any_of(entries->cbegin(), entries->cend(),
            [](const JournalEntry& e) { return e.ok && e.backupPath.startsWith(QStringLiteral("/tmp/config.csv.")); }));
    }
};

QTEST_MAIN(TstBotsPaneSimhost)
#include "tst_botspane_simhost.moc"
