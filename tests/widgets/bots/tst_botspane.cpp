#include "core/bots/botlistmodel.h"
#include "core/bots/botoperations.h"
#include "core/bots/configdriftmodel.h"
#include "widgets/bots/botspane.h"

#include "support/fakecommandrunner.h"
#include "support/testhelpers.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDir>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using Drift = ConfigDriftModel::DriftKind;

namespace {
const QByteArray kCanary("CANARY-sk-pane-5a4b3c");

// A host like the simhost: helpdesk applied, salesbot skipped by DriveMonitor, a bot without bucket.
class FakeBotHost
{
public:
    bool noBots = false;
    QHash<QString, QByteArray> files { { QStringLiteral("helpdesk"),
                                           "name,value\nllm-provider,openai\nllm-model,gpt-4o-mini\ntheme-title,"
                                           "Helpdesk\nembedding-key,"
                                               + kCanary + "\n# contacts live in the directory\n" },
        { QStringLiteral("salesbot"),
            "llm-provider,anthropic\nllm-model,claude-sonnet\ntheme-title,Sales\nwelcome-message,Hi, I sell\n"
            "website-max-depth,2\n" } };
    QHash<QString, QList<QPair<QString, QString>>> applied {
        { QStringLiteral("H"),
            { { QStringLiteral("name"), QStringLiteral("value") },
                { QStringLiteral("llm-provider"), QStringLiteral("openai") },
                { QStringLiteral("llm-model"), QStringLiteral("gpt-4o-mini") },
                { QStringLiteral("theme-title"), QStringLiteral("Helpdesk") },
                { QStringLiteral("embedding-key"), QString::fromUtf8(kCanary) },
                { QStringLiteral("Answer Mode"), QStringLiteral("direct") } } },
        { QStringLiteral("S"),
            { { QStringLiteral("llm-provider"), QStringLiteral("anthropic") },
                { QStringLiteral("llm-model"), QStringLiteral("claude-3-5-haiku-latest") },
                { QStringLiteral("llm-url"), QStringLiteral("https://api.anthropic.com") },
                { QStringLiteral("llm-key"), QStringLiteral("n/a") },
                { QStringLiteral("theme-title"), QStringLiteral("Sales") } } },
        { QStringLiteral("G"), { { QStringLiteral("theme-title"), QStringLiteral("Ghost") } } },
    };
    int etag = 1;

    CommandResult answer(const RemoteCommand& c)
    {
        const QString args = c.argv.join(QLatin1Char(' '));
        if (c.stdinData.contains("FROM bots b")) {
            QByteArray out = "id,name,active,created,config_changed,drive_files,config_path,config_indexed,"
                             "config_fail_count,config_etag\n";
            if (!noBots) {
                out += "H,helpdesk,t,1764583200,1764669600,t,helpdesk.gbai/helpdesk.gbot/config.csv,t,0,e1\n"
                       "S,salesbot,t,1764583200,1764669600,t,salesbot.gbai/salesbot.gbot/config.csv,f,5,e2\n"
                       "G,ghost,f,1764583200,,t,,f,0,\n";
            }
            return FakeJob::exited(0, out);
        }
        if (c.stdinData.contains("FROM bot_configuration c")) {
            QString id;
            for (const QString& a : c.argv) {
                if (a.startsWith(QLatin1String("bot_id=")))
                    id = a.mid(7);
            }
            QByteArray out = "owner,config_key,config_value,updated\n";
            for (const auto& [k, v] : applied.value(id))
                out += "bot,\"" + k.toUtf8() + "\",\"" + QByteArray(v.toUtf8()).replace("\"", "\"\"") + "\",1\n";
            out += "default,llm-url,https://api.openai.com/v1,1\ndefault,llm-key,none,1\n";
            return FakeJob::exited(0, out);
        }
        if (args.contains(QLatin1String(" ls --json local/")))
            return FakeJob::exited(0,
                "{\"status\":\"success\",\"type\":\"folder\",\"key\":\"helpdesk.gbai/\"}\n"
                "{\"status\":\"success\",\"type\":\"folder\",\"key\":\"salesbot.gbai/\"}\n");
        if (args.contains(QLatin1String(" ls -r --json local/"))) {
            const QString bot = c.argv.last().mid(6).chopped(5);
            return FakeJob::exited(0,
                "{\"status\":\"success\",\"type\":\"file\",\"key\":\"" + bot.toUtf8()
                    + ".gbdialog/start.bas\"}\n"
                      "{\"status\":\"success\",\"type\":\"file\",\"key\":\""
                    + bot.toUtf8()
                    + ".gbkb/faq/a.md\"}\n"
                      "{\"status\":\"success\",\"type\":\"file\",\"key\":\""
                    + bot.toUtf8() + ".gbot/config.csv\"}\n");
        }
        if (c.argv.contains(QStringLiteral("-c")) && c.argv.value(6).contains(QLatin1String("cat"))) {
            const QString object = c.argv.last();
            const QString bot = object.mid(6).section(QLatin1Char('.'), 0, 0);
            if (!files.contains(bot))
                return FakeJob::exited(0, "missing\n");
            return FakeJob::exited(0,
                "{\"status\":\"success\",\"name\":\"config.csv\",\"etag\":\"etag" + QByteArray::number(etag) + "\"}\n"
                    + files.value(bot));
        }
        return FakeJob::exited(1, {}, "unexpected command");
    }
};

QModelIndex configIndex(BotsPane& pane, const QString& key, int column)
{
    return pane.configModel()->index(pane.configModel()->rowOfKey(key), column);
}
} // namespace

class TstBotsPane : public QObject
{
    Q_OBJECT
private:
    FakeBotHost m_host;
    FakeCommandRunner m_runner;

    void connectPane(BotsPane& pane, const QString& bot)
    {
        m_runner.answer = [this](const RemoteCommand& c) { return m_host.answer(c); };
        QSignalSpy listed(&pane, &BotsPane::botsLoaded);
        pane.setCommandRunner(&m_runner);
        QVERIFY(listed.wait(5000));
        QSignalSpy loaded(&pane, &BotsPane::botLoaded);
        if (!pane.currentBot() || pane.currentBot()->name != bot) {
            QVERIFY(pane.selectBot(bot));
        }
        QTRY_VERIFY(pane.currentBot() && pane.currentBot()->name == bot && pane.configModel()->rowCount() > 0);
    }

private Q_SLOTS:
    void init() { m_host = FakeBotHost(); }

    void noBotsIsExplained()
    {
        m_host.noBots = true;
        BotsPane pane;
        m_runner.answer = [this](const RemoteCommand& c) { return m_host.answer(c); };
        QSignalSpy listed(&pane, &BotsPane::botsLoaded);
        pane.setCommandRunner(&m_runner);
        QVERIFY(listed.wait(5000));
        QCOMPARE(listed.first().first().toInt(), 0);
        QVERIFY(pane.bannerText().contains(QStringLiteral("no bots")));
        QVERIFY(!pane.saveAction()->isEnabled());
    }

    void driftAndSkippedFileAreShown()
    {
        BotsPane pane;
        QAbstractItemModelTester botsTester(pane.botsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester configTester(
            pane.configModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        connectPane(pane, QStringLiteral("salesbot"));
        ConfigDriftModel* m = pane.configModel();
        QCOMPARE(m->driftOf(QStringLiteral("theme-title")), Drift::Equal);
        QCOMPARE(m->driftOf(QStringLiteral("llm-model")), Drift::Differs);
        QCOMPARE(m->driftOf(QStringLiteral("website-max-depth")), Drift::OnlyInFile);
        QCOMPARE(m->driftOf(QStringLiteral("llm-url")), Drift::OnlyInDatabase);
        QVERIFY(pane.bannerText().contains(QStringLiteral("DriveMonitor skips")));
        QCOMPARE(pane.bannerLevel(), BotsPane::Level::Warning);
        // The bot list shows the counts from the bucket and the skipped state.
        const int row = pane.botsModel()->rowOfId(QStringLiteral("S"));
        QTRY_COMPARE(pane.botsModel()->index(row, BotListModel::Scripts).data().toInt(), 1);
        QCOMPARE(pane.botsModel()->index(row, BotListModel::ConfigState).data().toString(),
            QStringLiteral("skipped: failed 5 times"));
        // The header-less file and the comma value are explained.
        const QString diagnostics = pane.diagnosticTexts().join(QLatin1Char('\n'));
        QVERIFY2(diagnostics.contains(QStringLiteral("No name,value header")), qPrintable(diagnostics));
        QVERIFY(diagnostics.contains(QStringLiteral("older versions cut it at the second comma")));
        QVERIFY(diagnostics.contains(QStringLiteral("“Hi”")));
    }

    void bucketMissingIsExplained()
    {
        BotsPane pane;
        connectPane(pane, QStringLiteral("ghost"));
        QVERIFY(pane.bannerText().contains(QStringLiteral("ghost.gbai does not exist")));
        QCOMPARE(pane.configModel()->driftOf(QStringLiteral("theme-title")), Drift::OnlyInDatabase);
        QVERIFY(!pane.openBucketAction()->isEnabled());
        QCOMPARE(pane.toggleActiveAction()->text(), QStringLiteral("Activate"));
    }

    void secretsAreMaskedAndRevealedOnDemand()
    {
        TestHelpers::LogCapture log;
        log.start();
        BotsPane pane;
        connectPane(pane, QStringLiteral("helpdesk"));
        auto* table = pane.findChild<QTableView*>(QStringLiteral("configTable"));
        const QModelIndex secret = configIndex(pane, QStringLiteral("embedding-key"), ConfigDriftModel::Applied);
        QCOMPARE(secret.data().toString(), ConfigDriftModel::maskedText());
        table->setCurrentIndex(secret);
        QVERIFY(pane.revealAction()->isEnabled());
        pane.revealAction()->trigger();
        QCOMPARE(secret.data().toString(), QString::fromUtf8(kCanary));
        QCOMPARE(pane.revealAction()->text(), QStringLiteral("Hide secret"));
        pane.revealAction()->trigger();
        QCOMPARE(secret.data().toString(), ConfigDriftModel::maskedText());
        // A grab of the pane does not render it either; nothing was logged.
        log.stop();
        QVERIFY(!log.text().contains(QString::fromUtf8(kCanary)));
    }

    void editSaveFollowAndClear()
    {
        TestHelpers::LogCapture log;
        log.start();
        BotsPane pane;
        pane.setFollowInterval(20);
        connectPane(pane, QStringLiteral("helpdesk"));
        QVERIFY(!pane.saveAction()->isEnabled());
        QVERIFY(pane.configModel()->setData(
            configIndex(pane, QStringLiteral("theme-title"), ConfigDriftModel::Desired), QStringLiteral("Help, desk")));
        QCOMPARE(pane.configModel()->driftOf(QStringLiteral("theme-title")), Drift::Differs);
        QVERIFY(pane.hasUnsavedChanges());
        QVERIFY(pane.saveAction()->isEnabled());
        QVERIFY(pane.diagnosticTexts().join(QLatin1Char('\n')).contains(QStringLiteral("“Help”")));
        // A refused edit changes nothing and says why.
        QVERIFY(!pane.configModel()->setData(
            configIndex(pane, QStringLiteral("llm-model"), ConfigDriftModel::Desired), QStringLiteral("a\nb")));
        QCOMPARE(pane.bannerLevel(), BotsPane::Level::Error);

        QSignalSpy requested(&pane, &BotsPane::operationRequested);
        pane.saveAction()->trigger();
        QCOMPARE(requested.size(), 1);
        const Operation op = requested.first().first().value<Operation>();
        const QByteArray saved = op.commands.first().stdinData;
        QCOMPARE(saved,
            QByteArray("name,value\nllm-provider,openai\nllm-model,gpt-4o-mini\ntheme-title,Help, desk\nembedding-key,")
                + kCanary + "\n# contacts live in the directory\n");
        QVERIFY(op.commands.first().argv.contains(QStringLiteral("etag1")));
        QVERIFY(!QString(op.commandLines().join(QLatin1Char(0x0a)) + op.action).contains(QString::fromUtf8(kCanary)));

        // The shell ran it; the host's file and, a little later, the database follow.
        m_host.files[QStringLiteral("helpdesk")] = saved;
        m_host.etag = 2;
        JournalEntry entry;
        entry.action = op.action;
        entry.ok = true;
        entry.result = QStringLiteral("ok");
        QSignalSpy finished(pane.follower(), &ConfigApplyFollower::finished);
        pane.operationFinished(entry);
        QVERIFY(pane.follower()->isRunning());
        QCOMPARE(pane.configModel()->driftOf(QStringLiteral("theme-title")), Drift::Differs);
        QTest::qWait(100);
        for (auto& [k, v] : m_host.applied[QStringLiteral("H")]) {
            if (k == QLatin1String("theme-title"))
                v = QStringLiteral("Help, desk");
        }
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().first().value<ConfigApplyFollower::State>(), ConfigApplyFollower::State::Confirmed);
        QTRY_COMPARE(pane.configModel()->driftOf(QStringLiteral("theme-title")), Drift::Equal);
        QVERIFY(pane.followStatus().startsWith(QStringLiteral("Applied")));
        QTRY_VERIFY(!pane.hasUnsavedChanges());
        log.stop();
        QVERIFY(!log.text().contains(QString::fromUtf8(kCanary)));
    }

    void conflictKeepsTheEdits()
    {
        BotsPane pane;
        connectPane(pane, QStringLiteral("helpdesk"));
        QVERIFY(pane.configModel()->editValue(QStringLiteral("param-x"), QStringLiteral("1")).ok());
        QSignalSpy requested(&pane, &BotsPane::operationRequested);
        pane.saveAction()->trigger();
        QCOMPARE(requested.size(), 1);
        JournalEntry entry;
        entry.action = requested.first().first().value<Operation>().action;
        entry.ok = false;
        entry.result = QStringLiteral("failed: Check the version: gbadmin-conflict: local/helpdesk.gbai/helpdesk.gbot/"
                                      "config.csv changed on the host since it was opened");
        pane.operationFinished(entry);
        QCOMPARE(pane.bannerLevel(), BotsPane::Level::Error);
        QVERIFY(pane.bannerText().contains(QStringLiteral("changed on the host")));
        QVERIFY(pane.hasUnsavedChanges());
        QVERIFY(!pane.follower()->isRunning());
    }

    void actionsBecomeOperations()
    {
        BotsPane pane;
        connectPane(pane, QStringLiteral("helpdesk"));
        QSignalSpy requested(&pane, &BotsPane::operationRequested);
        QSignalSpy open(&pane, &BotsPane::openBucketRequested);
        QTRY_VERIFY(pane.resyncAction()->isEnabled());
        pane.resyncAction()->trigger();
        pane.toggleActiveAction()->trigger();
        pane.openBucketAction()->trigger();
        QCOMPARE(requested.size(), 2);
        QVERIFY(requested.at(0).first().value<Operation>().action.contains(QStringLiteral("re-sync")));
        QCOMPARE(requested.at(1).first().value<Operation>().action, QStringLiteral("Deactivate bot helpdesk"));
        QCOMPARE(open.first().first().toString(), QStringLiteral("helpdesk.gbai"));
    }

    void screenshot()
    {
        BotsPane pane;
        pane.resize(1500, 640);
        pane.show();
        connectPane(pane, QStringLiteral("salesbot"));
        QTest::qWait(50);
        const QImage image = pane.grab().toImage();
        QVERIFY(!image.isNull());
        const QString dir = qEnvironmentVariable("GBADMIN_SCREENSHOT_DIR", QDir::tempPath());
        QVERIFY(image.save(QDir(dir).filePath(QStringLiteral("bots-pane.png"))));
    }
};

QTEST_MAIN(TstBotsPane)
#include "tst_botspane.moc"
