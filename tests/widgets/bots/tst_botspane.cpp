#include "core/bots/botlistmodel.h"
#include "core/bots/botoperations.h"
#include "core/bots/configdriftmodel.h"
#include "core/bots/configgroupmodel.h"
#include "core/host/autosaver.h"
#include "core/host/autosavestore.h"
#include "widgets/bots/botspane.h"
#include "widgets/common/autosaverecoverywidget.h"
#include "widgets/common/messagebanner.h"
#include "widgets/common/saveconflictactions.h"

#include "support/fakecommandrunner.h"
#include "support/paneharness.h"
#include "support/testhelpers.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDialog>
#include <QDir>
#include <QDirIterator>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

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
    int saves = 0;

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
        // The shared remote file edit's commands (RemoteFileCommands) over the files above.
        const QString script = c.argv.value(6);
        if (c.argv.value(5) == QLatin1String("-c") && !c.stdinData.isEmpty()
            && script.contains(QLatin1String("pipe"))) {
            // Compare-and-swap upload: stops when the token is no longer the expected one.
            const QString bot = botOf(c.argv.value(9));
            if (c.argv.value(10) != tokenOf(bot))
                return FakeJob::exited(
                    4, {}, "gbadmin: x changed on the host since it was opened; nothing was written\n");
            files[bot] = c.stdinData;
            ++etag;
            ++saves;
            return FakeJob::exited(0, "{\"status\":\"success\"}\n");
        }
        if (c.argv.value(5) == QLatin1String("-c") && script.contains(QLatin1String("does not hold what was sent")))
            return FakeJob::exited(0); // verify
        if (c.argv.value(5) == QLatin1String("-c") && script.contains(QLatin1String("\"$1\" cat \"$2\""))) {
            const QString bot = botOf(c.argv.last());
            if (!files.contains(bot))
                return missing();
            return FakeJob::exited(0, statOf(bot) + files.value(bot) + statOf(bot));
        }
        if (c.argv.value(5) == QLatin1String("stat")) {
            const QString bot = botOf(c.argv.last());
            return files.contains(bot) ? FakeJob::exited(0, statOf(bot)) : missing();
        }
        if (args.contains(QLatin1String(" cp --json ")) || c.stdinData.startsWith("UPDATE bots"))
            return FakeJob::exited(0, "{\"status\":\"success\"}\n");
        return FakeJob::exited(1, {}, "unexpected command");
    }

    static QString botOf(const QString& target) { return target.mid(6).section(QLatin1Char('.'), 0, 0); }
    QString tokenOf(const QString& bot) const
    {
        return files.contains(bot) ? QStringLiteral("etag:etag%1").arg(etag) : QStringLiteral("absent");
    }
    QByteArray statOf(const QString& bot) const
    {
        return "{\"status\":\"success\",\"name\":\"config.csv\",\"size\":" + QByteArray::number(files.value(bot).size())
            + ",\"etag\":\"etag" + QByteArray::number(etag) + "\",\"type\":\"file\"}\n";
    }
    static CommandResult missing()
    {
        return FakeJob::exited(1,
            "{\n \"status\": \"error\",\n \"error\": {\n  \"message\": \"Unable to stat.\",\n  \"cause\": {\n"
            "   \"message\": \"Object does not exist\"\n  }\n }\n}\n");
    }
};

QModelIndex configIndex(BotsPane& pane, const QString& key, int column)
{
    return pane.configModel()->index(pane.configModel()->rowOfKey(key), column);
}

// Every byte under `dir`, file names included: where a secret must not be.
QByteArray everythingUnder(const QString& dir)
{
    QByteArray all;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        all += path.toUtf8() + '\n';
        if (!path.contains(QLatin1String("/autosave/"))) // the kept edit itself is the user's own data
            all += TestHelpers::readFile(path);
    }
    return all;
}
} // namespace

class TstBotsPane : public QObject
{
    Q_OBJECT
private:
    FakeBotHost m_host;

    void connectPane(PaneHarness& h, BotsPane& pane, const QString& bot)
    {
        pane.setAutosaveDirectory(h.dir.filePath(QStringLiteral("autosave")));
        h.attach(&pane);
        h.fake.answer = [this](const RemoteCommand& c) { return m_host.answer(c); };
        QSignalSpy listed(&pane, &BotsPane::botsLoaded);
        h.connect();
        QVERIFY(listed.wait(5000));
        if (!pane.currentBot() || pane.currentBot()->name != bot)
            QVERIFY(pane.selectBot(bot));
        QTRY_VERIFY(pane.currentBot() && pane.currentBot()->name == bot && pane.configModel()->rowCount() > 0);
    }

private Q_SLOTS:
    void init() { m_host = FakeBotHost(); }

    void noBotsIsExplained()
    {
        m_host.noBots = true;
        PaneHarness h;
        BotsPane pane;
        h.attach(&pane);
        h.fake.answer = [this](const RemoteCommand& c) { return m_host.answer(c); };
        QSignalSpy listed(&pane, &BotsPane::botsLoaded);
        h.connect();
        QVERIFY(listed.wait(5000));
        QCOMPARE(listed.first().first().toInt(), 0);
        QVERIFY(pane.bannerText().contains(QStringLiteral("no bots")));
        QVERIFY(!pane.saveAction()->isEnabled());
    }

    void driftAndSkippedFileAreShown()
    {
        PaneHarness h;
        BotsPane pane;
        QAbstractItemModelTester botsTester(pane.botsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester configTester(
            pane.configModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        connectPane(h, pane, QStringLiteral("salesbot"));
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
        PaneHarness h;
        BotsPane pane;
        connectPane(h, pane, QStringLiteral("ghost"));
        QVERIFY(pane.bannerText().contains(QStringLiteral("ghost.gbai does not exist")));
        QCOMPARE(pane.configModel()->driftOf(QStringLiteral("theme-title")), Drift::OnlyInDatabase);
        QVERIFY(!pane.openBucketAction()->isEnabled());
        QCOMPARE(pane.toggleActiveAction()->text(), QStringLiteral("Activate"));
    }

    void secretsAreMaskedAndRevealedOnDemand()
    {
        TestHelpers::LogCapture log;
        log.start();
        PaneHarness h;
        BotsPane pane;
        connectPane(h, pane, QStringLiteral("helpdesk"));
        auto* tree = pane.findChild<QTreeView*>(QStringLiteral("configTable"));
        const QModelIndex secret = configIndex(pane, QStringLiteral("embedding-key"), ConfigDriftModel::Applied);
        QCOMPARE(secret.data().toString(), ConfigDriftModel::maskedText());
        tree->setCurrentIndex(pane.configTree()->mapFromSource(secret));
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
        PaneHarness h;
        h.answer = QString(); // confirm
        BotsPane pane;
        pane.setFollowInterval(20);
        connectPane(h, pane, QStringLiteral("helpdesk"));
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

        // The unsaved edit is kept on this computer (debounced, off the GUI thread).
        QSignalSpy kept(pane.autosaver(), &Autosaver::stored);
        pane.autosaver()->flush();
        QVERIFY(kept.wait(5000));
        const AutosaveStore store(h.dir.filePath(QStringLiteral("autosave")));
        QVERIFY(store.contains(QStringLiteral("test"), pane.remoteFile()->location()));

        QSignalSpy finished(pane.follower(), &ConfigApplyFollower::finished);
        pane.saveAction()->trigger();
        QTRY_COMPARE(h.asked.size(), 1); // after the version check on the host
        const Operation op = h.asked.first();
        const QByteArray saved = op.commands.first().stdinData;
        QCOMPARE(saved,
            QByteArray("name,value\nllm-provider,openai\nllm-model,gpt-4o-mini\ntheme-title,Help, desk\nembedding-key,")
                + kCanary + "\n# contacts live in the directory\n");
        // The shared remote file save: backup, compare-and-swap against the ETag read, verify.
        QVERIFY(op.backup.has_value());
        QVERIFY(op.commands.first().argv.contains(QStringLiteral("etag:etag1")));
        QCOMPARE(op.commands.size(), 2);
        QVERIFY(!QString(op.commandLines().join(QLatin1Char(0x0a)) + op.undoLines().join(QLatin1Char(0x0a)) + op.action)
                     .contains(QString::fromUtf8(kCanary)));

        // The operation ran (backup, check and upload); the pane follows until the database shows it.
        QTRY_VERIFY(pane.follower()->isRunning());
        QCOMPARE(m_host.saves, 1);
        QCOMPARE(m_host.files.value(QStringLiteral("helpdesk")), saved);
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
        // Saved: the local copy is gone.
        QTRY_VERIFY(!store.contains(QStringLiteral("test"), pane.remoteFile()->location()));
        log.stop();
        QVERIFY(!log.text().contains(QString::fromUtf8(kCanary)));
        // The journal has the save with its backup, and no secret.
        const auto entries = h.journal.entries();
        QVERIFY(entries.ok());
        QCOMPARE(entries->size(), 2); // started, then the outcome
        const auto outcome = std::find_if(entries->cbegin(), entries->cend(),
            [](const JournalEntry& e) { return e.ok && e.backupPath.startsWith(QStringLiteral("/tmp/config.csv.")); });
        QVERIFY(outcome != entries->cend());
        QVERIFY(!TestHelpers::readFile(h.journal.path()).contains(kCanary));
        QVERIFY(!TestHelpers::readFile(h.journal.path() + QStringLiteral("-wal")).contains(kCanary));
        QVERIFY(!TestHelpers::readFile(h.dir.filePath(QStringLiteral("settings.conf"))).contains(kCanary));
        // Nor anywhere else the pane writes (journal, settings, autosave file names).
        QVERIFY(!everythingUnder(h.dir.path()).contains(kCanary));
    }

    void conflictOffersCompareReloadOverwrite()
    {
        PaneHarness h;
        h.answer = QString();
        BotsPane pane;
        connectPane(h, pane, QStringLiteral("helpdesk"));
        QVERIFY(pane.configModel()->editValue(QStringLiteral("param-x"), QStringLiteral("1")).ok());
        QVERIFY(pane.configModel()
                    ->editValue(QStringLiteral("embedding-key"), QStringLiteral("mine-") + QString::fromUtf8(kCanary))
                    .ok());
        // Someone else saved meanwhile.
        m_host.files[QStringLiteral("helpdesk")] += "theme-base,dark\n";
        m_host.etag = 7;
        pane.saveAction()->trigger();
        QTRY_COMPARE(pane.bannerLevel(), BotsPane::Level::Error);
        QVERIFY2(pane.bannerText().contains(QStringLiteral("changed on the host")), qPrintable(pane.bannerText()));
        QVERIFY(h.asked.isEmpty()); // stopped before anything was offered to run
        QCOMPARE(m_host.saves, 0);
        QVERIFY(pane.hasUnsavedChanges());
        QVERIFY(!pane.follower()->isRunning());
        SaveConflictActions* conflict = pane.conflictActions();
        QVERIFY(conflict->conflict());
        QCOMPARE(pane.banner()->actions(), conflict->actions());
        QCOMPARE(conflict->actions().size(), 3);

        // Compare: both versions, secrets masked as in the table.
        QSignalSpy shown(conflict, &SaveConflictActions::differenceShown);
        conflict->compareAction()->trigger();
        QVERIFY(shown.wait(5000));
        auto* dialog = shown.first().first().value<QWidget*>();
        const QString diff = dialog->findChild<QPlainTextEdit*>()->toPlainText();
        QVERIFY2(diff.contains(QStringLiteral("-theme-base,dark")), qPrintable(diff));
        QVERIFY(diff.contains(QStringLiteral("+param-x,1")));
        QVERIFY(!diff.contains(QString::fromUtf8(kCanary)));
        dialog->close();

        // Overwrite anyway: against the version shown, with a backup; a third change would stop it.
        conflict->overwriteAction()->trigger();
        QTRY_COMPARE(h.asked.size(), 1);
        QVERIFY(h.asked.first().commands.first().argv.contains(QStringLiteral("etag:etag7")));
        QTRY_COMPARE(m_host.saves, 1);
        QVERIFY(m_host.files.value(QStringLiteral("helpdesk")).contains("param-x,1\n"));
        QVERIFY(!m_host.files.value(QStringLiteral("helpdesk")).contains("theme-base"));
        QTRY_VERIFY(!pane.hasUnsavedChanges());
        QVERIFY(!conflict->conflict());
    }

    void conflictReloadDropsTheEdits()
    {
        PaneHarness h;
        h.answer = QString();
        BotsPane pane;
        connectPane(h, pane, QStringLiteral("helpdesk"));
        QVERIFY(pane.configModel()->editValue(QStringLiteral("param-x"), QStringLiteral("1")).ok());
        m_host.files[QStringLiteral("helpdesk")] += "theme-base,dark\n";
        m_host.etag = 7;
        pane.saveAction()->trigger();
        QTRY_VERIFY(pane.conflictActions()->conflict());
        QSignalSpy loaded(&pane, &BotsPane::botLoaded);
        pane.conflictActions()->reloadAction()->trigger();
        QVERIFY(loaded.wait(5000));
        QVERIFY(!pane.hasUnsavedChanges());
        QCOMPARE(pane.configModel()->rowOfKey(QStringLiteral("param-x")), -1);
        QVERIFY(pane.configModel()->rowOfKey(QStringLiteral("theme-base")) >= 0);
        QVERIFY(!pane.recoveryWidget()->isVisibleTo(&pane)); // the dropped edit is not offered back
        QCOMPARE(h.asked.size(), 0);
    }

    void unsavedEditIsOfferedBackWhenTheBotIsOpenedAgain()
    {
        PaneHarness h;
        RemoteLocation location;
        {
            BotsPane pane;
            connectPane(h, pane, QStringLiteral("helpdesk"));
            location = pane.remoteFile()->location();
            QVERIFY(
                pane.configModel()->setData(configIndex(pane, QStringLiteral("theme-title"), ConfigDriftModel::Desired),
                    QStringLiteral("Kept title")));
            QVERIFY(pane.autosaver()->isDirty());
            // The pane goes away with the edit unsaved (a crash keeps the last debounced copy; closing
            // writes it at once).
        }
        const AutosaveStore store(h.dir.filePath(QStringLiteral("autosave")));
        QVERIFY(store.contains(QStringLiteral("test"), location));
        // Its file name gives nothing away.
        QVERIFY(!store.filePathFor(QStringLiteral("test"), location).contains(QStringLiteral("helpdesk")));

        PaneHarness h2;
        BotsPane again;
        again.setAutosaveDirectory(h.dir.filePath(QStringLiteral("autosave")));
        h2.attach(&again);
        h2.fake.answer = [this](const RemoteCommand& c) { return m_host.answer(c); };
        QSignalSpy listed(&again, &BotsPane::botsLoaded);
        h2.connect();
        QVERIFY(listed.wait(5000));
        // Another bot is open: the kept edit of helpdesk is offered all the same.
        QVERIFY(again.selectBot(QStringLiteral("salesbot")));
        QTRY_VERIFY(again.currentBot() && again.currentBot()->name == QStringLiteral("salesbot")
            && again.configModel()->rowCount() > 0);
        AutosaveRecoveryWidget* offer = again.recoveryWidget();
        QTRY_VERIFY(offer->isVisibleTo(&again));
        QCOMPARE(offer->entries().size(), 1);
        QCOMPARE(offer->entries().first().location, location);
        QVERIFY(!again.hasUnsavedChanges());
        // Restoring it opens helpdesk and applies the edit once config.csv is read.
        offer->setCurrentIndex(0);
        offer->findChild<QPushButton*>(QStringLiteral("restoreButton"))->click();
        QTRY_VERIFY(again.currentBot() && again.currentBot()->name == QStringLiteral("helpdesk"));
        QTRY_VERIFY(again.hasUnsavedChanges());
        QVERIFY(!offer->isVisibleTo(&again));
        QCOMPARE(again.configModel()->driftOf(QStringLiteral("theme-title")), Drift::Differs);
        QCOMPARE(configIndex(again, QStringLiteral("theme-title"), ConfigDriftModel::Desired).data().toString(),
            QStringLiteral("Kept title"));
        // Saving it checks against the version the edit started from.
        h2.answer = QString();
        again.saveAction()->trigger();
        QTRY_COMPARE(h2.asked.size(), 1);
        QVERIFY(h2.asked.first().commands.first().argv.contains(QStringLiteral("etag:etag1")));
        QTRY_VERIFY(!store.contains(QStringLiteral("test"), location));
    }

    void groupsAreATreeWithSummaries()
    {
        PaneHarness h;
        BotsPane pane;
        QAbstractItemModelTester tester(pane.configTree(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        connectPane(h, pane, QStringLiteral("salesbot"));
        auto* tree = pane.findChild<QTreeView*>(QStringLiteral("configTable"));
        QCOMPARE(tree->model(), pane.configTree());
        ConfigGroupModel* groups = pane.configTree();
        const QModelIndex llm = groups->groupIndex(ConfigKeys::Group::Llm);
        QVERIFY(llm.isValid());
        QVERIFY(tree->isExpanded(llm));
        QCOMPARE(groups->index(llm.row(), ConfigGroupModel::Drift).data(ConfigDriftModel::DriftRole).toInt(),
            int(Drift::Differs));
        // Folding a group survives a reload.
        tree->collapse(llm);
        QSignalSpy loaded(&pane, &BotsPane::botLoaded);
        pane.reloadBot();
        QVERIFY(loaded.wait(5000));
        QVERIFY(!tree->isExpanded(groups->groupIndex(ConfigKeys::Group::Llm)));
        QVERIFY(tree->isExpanded(groups->groupIndex(ConfigKeys::Group::Theme)));
        // Editing through the tree edits config.csv; a group row is not a key.
        tree->setCurrentIndex(groups->groupIndex(ConfigKeys::Group::Theme));
        QVERIFY(!pane.revealAction()->isEnabled());
        const QModelIndex title = groups->indexOfKey(QStringLiteral("theme-title"), ConfigGroupModel::Desired);
        QVERIFY(groups->setData(title, QStringLiteral("New sales")));
        QCOMPARE(pane.configModel()->driftOf(QStringLiteral("theme-title")), Drift::Differs);
        QVERIFY(pane.hasUnsavedChanges());
    }

    void actionsBecomeOperations()
    {
        PaneHarness h; // declines every confirmation: nothing runs
        BotsPane pane;
        connectPane(h, pane, QStringLiteral("helpdesk"));
        QSignalSpy open(&pane, &BotsPane::openBucketRequested);
        QTRY_VERIFY(pane.resyncAction()->isEnabled());
        pane.resyncAction()->trigger();
        pane.toggleActiveAction()->trigger();
        pane.openBucketAction()->trigger();
        QCOMPARE(h.asked.size(), 2);
        QVERIFY(h.asked.at(0).action.contains(QStringLiteral("re-sync")));
        // The Drive pane's re-sync: the object copied onto itself.
        QCOMPARE(h.asked.at(0).commands.first().argv.mid(5),
            (QStringList { QStringLiteral("cp"), QStringLiteral("--json"),
                QStringLiteral("local/helpdesk.gbai/helpdesk.gbot/config.csv"),
                QStringLiteral("local/helpdesk.gbai/helpdesk.gbot/config.csv") }));
        QCOMPARE(h.asked.at(1).action, QStringLiteral("Deactivate bot helpdesk"));
        QCOMPARE(h.asked.at(1).nameToType(), QStringLiteral("helpdesk"));
        QCOMPARE(open.first().first().toString(), QStringLiteral("helpdesk.gbai"));
    }

    void screenshot()
    {
        PaneHarness h;
        BotsPane pane;
        pane.resize(1500, 640);
        pane.show();
        connectPane(h, pane, QStringLiteral("salesbot"));
        QTest::qWait(50);
        const QImage image = pane.grab().toImage();
        QVERIFY(!image.isNull());
        const QString dir = qEnvironmentVariable("GBADMIN_SCREENSHOT_DIR", QDir::tempPath());
        QVERIFY(image.save(QDir(dir).filePath(QStringLiteral("bots-pane.png"))));
    }
};

QTEST_MAIN(TstBotsPane)
#include "tst_botspane.moc"
