#include "core/bots/botoperations.h"
#include "core/bots/botqueries.h"
#include "core/bots/configapplyfollower.h"
#include "core/bots/configdriftmodel.h"
#include "core/bots/configgroupmodel.h"

#include "support/fakecommandrunner.h"
#include "support/testhelpers.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using Drift = ConfigDriftModel::DriftKind;

namespace {
CommandResult ok(const QByteArray& out)
{
    return FakeJob::exited(0, out);
}

const QByteArray kSecret("CANARY-sk-live-7f3k9q2m");

AppliedConfig applied(const QList<QPair<QString, QString>>& bot, const QList<QPair<QString, QString>>& defaults)
{
    AppliedConfig a;
    for (const auto& [k, v] : bot)
        a.bot << ConfigRow { k, v, {} };
    for (const auto& [k, v] : defaults)
        a.defaults << ConfigRow { k, v, {} };
    return a;
}

QString cell(const ConfigDriftModel& m, const QString& key, int column, int role = Qt::DisplayRole)
{
    return m.data(m.index(m.rowOfKey(key), column), role).toString();
}
} // namespace

class TstBotsModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesBots()
    {
        const QByteArray csv
            = "id,name,active,created,config_changed,drive_files,config_path,config_indexed,config_fail_count,"
              "config_etag\n"
              "f47ac10b-58cc-4372-a567-0e02b2c3d480,default,t,1764583200,1764000000,t,default.gbai/default.gbot/"
              "config.csv,t,0,abc\n"
              "1,\"we,ird \"\"bot\"\"\",f,1764583200,,t,,f,0,\n"
              "2,salesbot,t,1764583200,1764000000,t,salesbot.gbai/salesbot.gbot/config.csv,f,5,e\n";
        const Result<QList<BotSummary>> bots = BotQueries::parseBots(ok(csv));
        QVERIFY2(bots.ok(), qPrintable(bots.errorMessage()));
        QCOMPARE(bots->size(), 3);
        QCOMPARE(bots->at(0).name, QStringLiteral("default"));
        QVERIFY(bots->at(0).active);
        QCOMPARE(bots->at(0).created.toSecsSinceEpoch(), 1764583200);
        QVERIFY(bots->at(0).configIndexed);
        QCOMPARE(bots->at(1).name, QStringLiteral("we,ird \"bot\""));
        QVERIFY(!bots->at(1).active);
        QVERIFY(!bots->at(1).configChanged.isValid());
        QCOMPARE(BotQueries::configKeyOf(bots->at(1)), QStringLiteral("we,ird \"bot\".gbot/config.csv"));
        QVERIFY(bots->at(2).configSkipped());
        QCOMPARE(BotQueries::configKeyOf(bots->at(2)), QStringLiteral("salesbot.gbot/config.csv"));
        // Empty output (no bots at all) is an empty list, not an error.
        QVERIFY(BotQueries::parseBots(ok({}))->isEmpty());
        QVERIFY(!BotQueries::parseBots(FakeJob::exited(1, {}, "ERROR:  relation \"bots\" does not exist")).ok());
        QVERIFY(!BotQueries::parseBots(ok("a,b\n1,2\n")).ok());
    }

    void queriesPassValuesAsVariables()
    {
        const QString hostile = QStringLiteral("x'; DROP TABLE bots; --");
        const Result<RemoteCommand> c = BotQueries::configuration(hostile);
        QVERIFY(c.ok());
        QVERIFY(!c->stdinData.contains("DROP"));
        QVERIFY(c->argv.contains(QStringLiteral("bot_id=") + hostile));
        QVERIFY(c->sudo);
    }

    void parsesConfigurationAndBuckets()
    {
        const Result<AppliedConfig> a = BotQueries::parseConfiguration(
            ok("owner,config_key,config_value,updated\nbot,llm-model,gpt,1764000000\nbot,welcome-message,\"Hi, "
               "\"\"you\"\"\nnext\",1764000000\ndefault,llm-model,mini,1\n"));
        QVERIFY2(a.ok(), qPrintable(a.errorMessage()));
        QCOMPARE(a->bot.size(), 2);
        QCOMPARE(a->bot.at(1).value, QStringLiteral("Hi, \"you\"\nnext"));
        QCOMPARE(a->defaults.size(), 1);

        const Result<QSet<QString>> buckets = BotQueries::parseBuckets(
            ok("{\"status\":\"success\",\"type\":\"folder\",\"lastModified\":\"2026-05-19T12:00:00.1Z\",\"size\":0,"
               "\"key\":\"helpdesk.gbai/\",\"etag\":\"\",\"url\":\"http://localhost:9100\"}\n"
               "{\"status\":\"success\",\"type\":\"folder\",\"key\":\"salesbot.gbai/\"}\n"));
        QVERIFY(buckets.ok());
        QCOMPARE(*buckets, (QSet<QString> { QStringLiteral("helpdesk.gbai"), QStringLiteral("salesbot.gbai") }));

        BotSummary b;
        b.name = QStringLiteral("helpdesk");
        QVERIFY(BotQueries::parseBucketContents(
            ok("{\"status\":\"success\",\"type\":\"file\",\"key\":\"helpdesk.gbdialog/start.bas\"}\n"
               "{\"status\":\"success\",\"type\":\"file\",\"key\":\"helpdesk.gbdialog/x.bas\"}\n"
               "{\"status\":\"success\",\"type\":\"file\",\"key\":\"helpdesk.gbkb/faq/vpn.md\"}\n"
               "{\"status\":\"success\",\"type\":\"file\",\"key\":\"helpdesk.gbkb/faq/image.png\"}\n"
               "{\"status\":\"success\",\"type\":\"file\",\"key\":\"other.gbot/config.csv\"}\n"
               "{\"status\":\"success\",\"type\":\"file\",\"key\":\"helpdesk.gbot/config.csv\"}\n"
               "{\"status\":\"success\",\"type\":\"file\",\"key\":\"helpdesk.gbot/prompt.md\"}\n"),
            &b)
                    .ok());
        QCOMPARE(b.bucket, BotSummary::Bucket::Present);
        QCOMPARE(b.scripts, 2);
        QCOMPARE(b.kbFiles, 1);
        QCOMPARE(b.configKey, QStringLiteral("helpdesk.gbot/config.csv"));

        BotSummary gone;
        gone.name = QStringLiteral("gone");
        QVERIFY(
            BotQueries::parseBucketContents(FakeJob::exited(1,
                                                "{\n \"status\": \"error\",\n \"error\": {\n  \"message\": \"Unable to "
                                                "list folder.\",\n  \"cause\": {\n"
                                                "   \"message\": \"Bucket `gone.gbai` does not exist.\"\n  }\n }\n}\n"),
                &gone)
                .ok());
        QCOMPARE(gone.bucket, BotSummary::Bucket::Missing);
        const Result<void> down = BotQueries::parseBucketContents(
            FakeJob::exited(1,
                "{\"status\":\"error\",\"error\":{\"message\":\"Unable to list folder.\",\"cause\":{"
                "\"message\":\"connection refused\"}}}"),
            &gone);
        QVERIFY(!down.ok());
        QVERIFY(down.errorMessage().contains(QStringLiteral("connection refused")));
    }

    void configLocationIsTheBotsObject()
    {
        BotSummary b;
        b.name = QStringLiteral("we'ird $(x) bot");
        RemoteLocation l = BotQueries::configLocation(b);
        QVERIFY(l.isMinio());
        QCOMPARE(l.container, QStringLiteral("drive"));
        QCOMPARE(l.mc, BotQueries::kMc);
        QCOMPARE(l.mcTarget(), QStringLiteral("local/we'ird $(x) bot.gbai/we'ird $(x) bot.gbot/config.csv"));
        // The key found in the bucket wins over the conventional one.
        b.configKey = QStringLiteral("other.gbot/config.csv");
        QCOMPARE(BotQueries::configLocation(b).key, QStringLiteral("other.gbot/config.csv"));
    }

    void maskSecretValuesForDisplay()
    {
        const QByteArray bytes = "name,value\r\nllm-key," + kSecret
            + "\r\n# api-key,commented\nllm-url,none\n"
              "admin-password, "
            + kSecret + "\ntheme-title,a,b\nllm-key,n/a";
        const QByteArray masked = ConfigCsv::maskSecretValues(bytes, "***");
        QVERIFY(!masked.contains(kSecret));
        QCOMPARE(masked,
            QByteArray("name,value\r\nllm-key,***\r\n# api-key,commented\nllm-url,none\nadmin-password,***\n"
                       "theme-title,a,b\nllm-key,n/a"));
    }

    void groupTreeOverTheDriftModel()
    {
        ConfigDriftModel model;
        ConfigGroupModel tree;
        tree.setSourceModel(&model);
        QAbstractItemModelTester tester(&tree, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setContents(ConfigCsv::Document::fromBytes("name,value\nllm-model,gpt-4o\nllm-provider,openai\n"
                                                         "theme-title,Help\nparam-x,1\nllm-modle,typo\n"),
            true,
            applied({ { QStringLiteral("llm-model"), QStringLiteral("gpt-4o-mini") },
                        { QStringLiteral("llm-provider"), QStringLiteral("openai") },
                        { QStringLiteral("theme-title"), QStringLiteral("Help") } },
                {}));
        // One top-level row per group present, keys as children, unknown keys last.
        const QModelIndex llm = tree.groupIndex(ConfigKeys::Group::Llm);
        const QModelIndex theme = tree.groupIndex(ConfigKeys::Group::Theme);
        const QModelIndex params = tree.groupIndex(ConfigKeys::Group::Parameters);
        QVERIFY(llm.isValid() && theme.isValid() && params.isValid());
        QVERIFY(!tree.groupIndex(ConfigKeys::Group::Embeddings).isValid());
        QCOMPARE(tree.groupAt(tree.rowCount() - 1), ConfigKeys::Group::Unknown);
        QVERIFY(tree.isGroup(llm));
        QCOMPARE(tree.rowCount(llm), 2);
        QVERIFY2(llm.data().toString().startsWith(QStringLiteral("LLM (2)")), qPrintable(llm.data().toString()));
        // The group row sums up its keys' drift: the most urgent kind, and a count per kind.
        const QModelIndex llmDrift = tree.index(llm.row(), ConfigGroupModel::Drift);
        QCOMPARE(llmDrift.data(ConfigDriftModel::DriftRole).toInt(), int(Drift::Differs));
        QCOMPARE(llmDrift.data().toString(), QStringLiteral("differs: 1"));
        QCOMPARE(tree.index(theme.row(), ConfigGroupModel::Drift).data().toString(), QStringLiteral("all applied"));
        QCOMPARE(tree.index(params.row(), ConfigGroupModel::Drift).data(ConfigDriftModel::DriftRole).toInt(),
            int(Drift::OnlyInFile));
        // Key rows are the drift model's rows, tooltips and editing included.
        const QModelIndex desired = tree.indexOfKey(QStringLiteral("llm-model"), ConfigGroupModel::Desired);
        QCOMPARE(desired.parent(), llm);
        QCOMPARE(desired.data().toString(), QStringLiteral("gpt-4o"));
        QCOMPARE(tree.mapToSource(desired),
            model.index(model.rowOfKey(QStringLiteral("llm-model")), ConfigDriftModel::Desired));
        QVERIFY(tree.indexOfKey(QStringLiteral("llm-modle"))
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("llm-model")));
        QVERIFY(tree.flags(desired) & Qt::ItemIsEditable);
        QVERIFY(!(tree.flags(llm) & Qt::ItemIsEditable));
        QVERIFY(!tree.setData(llm, QStringLiteral("x")));
        QCOMPARE(tree.headerData(ConfigGroupModel::Desired, Qt::Horizontal).toString(),
            model.headerData(ConfigDriftModel::Desired, Qt::Horizontal).toString());
        // An edit in place updates the key and its group's summary.
        QSignalSpy changed(&tree, &QAbstractItemModel::dataChanged);
        QVERIFY(tree.setData(desired, QStringLiteral("gpt-4o-mini")));
        QVERIFY(!changed.isEmpty());
        QCOMPARE(tree.index(llm.row(), ConfigGroupModel::Drift).data().toString(), QStringLiteral("all applied"));
        // A new key in a new group regroups.
        QVERIFY(model.editValue(QStringLiteral("embedding-model"), QStringLiteral("bge")).ok());
        QVERIFY(tree.groupIndex(ConfigKeys::Group::Embeddings).isValid());
        QCOMPARE(tree.indexOfKey(QStringLiteral("embedding-model")).parent(),
            tree.groupIndex(ConfigKeys::Group::Embeddings));
        model.clear();
        QCOMPARE(tree.rowCount(), 0);
    }

    void driftModelKinds()
    {
        ConfigDriftModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const ConfigCsv::Document file = ConfigCsv::Document::fromBytes("name,value\n"
                                                                        "llm-model,gpt-4o\n"
                                                                        "theme-title,Helpdesk\n"
                                                                        "website-max-depth,2\n"
                                                                        "llm-key,"
            + kSecret
            + "\n"
              "llm-modle,typo\n"
              "llm-url,none\n");
        model.setContents(file, true,
            applied({ { QStringLiteral("name"), QStringLiteral("value") },
                        { QStringLiteral("llm-model"), QStringLiteral("gpt-4o-mini") },
                        { QStringLiteral("theme-title"), QStringLiteral("Helpdesk") },
                        { QStringLiteral("server_port"), QStringLiteral("8080") },
                        { QStringLiteral("llm-key"), QString::fromUtf8(kSecret) },
                        { QStringLiteral("llm-url"), QStringLiteral("none") },
                        { QStringLiteral("embedding-model"), QStringLiteral("/opt/models/e.gguf") } },
                { { QStringLiteral("llm-url"), QStringLiteral("https://api.openai.com/v1") },
                    { QStringLiteral("embedding-model"), QStringLiteral("bge-small") } }));
        QCOMPARE(model.driftOf(QStringLiteral("theme-title")), Drift::Equal);
        QCOMPARE(model.driftOf(QStringLiteral("llm-model")), Drift::Differs);
        QCOMPARE(model.driftOf(QStringLiteral("website-max-depth")), Drift::OnlyInFile);
        QCOMPARE(model.driftOf(QStringLiteral("server_port")), Drift::OnlyInDatabase);
        QCOMPARE(model.countOf(Drift::OnlyInDatabase), 2);
        QVERIFY(cell(model, QStringLiteral("server_port"), ConfigDriftModel::Drift, Qt::ToolTipRole)
                    .contains(QStringLiteral("Deleting a line never deletes a key")));

        // Effective: placeholders and path-like values fall back to the nil-UUID row.
        QCOMPARE(cell(model, QStringLiteral("llm-url"), ConfigDriftModel::Effective),
            QStringLiteral("https://api.openai.com/v1"));
        QCOMPARE(model
                     .data(model.index(model.rowOfKey(QStringLiteral("llm-url")), ConfigDriftModel::Effective),
                         ConfigDriftModel::EffectiveSourceRole)
                     .toInt(),
            int(ConfigDriftModel::Source::Default));
        QCOMPARE(
            cell(model, QStringLiteral("embedding-model"), ConfigDriftModel::Effective), QStringLiteral("bge-small"));
        QCOMPARE(cell(model, QStringLiteral("llm-model"), ConfigDriftModel::Effective), QStringLiteral("gpt-4o-mini"));
        QVERIFY(cell(model, QStringLiteral("website-max-depth"), ConfigDriftModel::Effective)
                    .contains(QStringLiteral("built-in")));

        // Secrets: masked unless revealed; the clear value only through ClearValueRole.
        const int secretRow = model.rowOfKey(QStringLiteral("llm-key"));
        for (int c = 0; c < ConfigDriftModel::ColumnCount; ++c) {
            for (int role : { int(Qt::DisplayRole), int(Qt::ToolTipRole), int(ConfigDriftModel::SortRole) })
                QVERIFY(!model.data(model.index(secretRow, c), role).toString().contains(QString::fromUtf8(kSecret)));
        }
        QCOMPARE(
            model.data(model.index(secretRow, ConfigDriftModel::Desired), ConfigDriftModel::ClearValueRole).toString(),
            QString::fromUtf8(kSecret));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setRevealed(secretRow, true);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(cell(model, QStringLiteral("llm-key"), ConfigDriftModel::Applied), QString::fromUtf8(kSecret));
        model.setRevealed(secretRow, false);
        QCOMPARE(cell(model, QStringLiteral("llm-key"), ConfigDriftModel::Applied), ConfigDriftModel::maskedText());
        // A placeholder in a secret key is shown: it is no secret and it explains the fallback.
        QCOMPARE(cell(model, QStringLiteral("llm-url"), ConfigDriftModel::Applied), QStringLiteral("none"));

        // Unknown keys carry the nearest known key.
        QVERIFY(cell(model, QStringLiteral("llm-modle"), ConfigDriftModel::Key, Qt::ToolTipRole)
                    .contains(QStringLiteral("llm-model")));
        // Grouped: rows are ordered by group, LLM before Theme.
        QVERIFY(model.rowOfKey(QStringLiteral("llm-model")) < model.rowOfKey(QStringLiteral("theme-title")));

        // The database catching up clears the marks; an unreadable file makes everything unknown.
        AppliedConfig caughtUp = applied({ { QStringLiteral("llm-model"), QStringLiteral("gpt-4o") },
                                             { QStringLiteral("website-max-depth"), QStringLiteral("2") } },
            {});
        model.setApplied(caughtUp);
        QCOMPARE(model.driftOf(QStringLiteral("llm-model")), Drift::Equal);
        QCOMPARE(model.driftOf(QStringLiteral("website-max-depth")), Drift::Equal);
        model.setFile({}, false);
        QCOMPARE(model.driftOf(QStringLiteral("llm-model")), Drift::Unknown);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void setActiveIsAGuardedOperation()
    {
        BotSummary b;
        b.id = QStringLiteral("1b4e28ba-2fa1-11d2-883f-0016d3cca427");
        b.name = QStringLiteral("we'ird $(touch x) bot");
        const Result<Operation> deactivate = BotOperations::setActive(b, false);
        QVERIFY(deactivate.ok());
        QVERIFY(deactivate->commands.first().argv.contains(QStringLiteral("active=false")));
        QVERIFY(deactivate->undo.first().argv.contains(QStringLiteral("active=true")));
        QCOMPARE(deactivate->nameToType(), b.name);
        // The bot's name and id are psql variables, never part of the SQL text.
        QVERIFY(!deactivate->commands.first().stdinData.contains(b.name.toUtf8()));
        QVERIFY(!deactivate->commands.first().stdinData.contains(b.id.toUtf8()));
    }

    void followerConfirmsWhenTheDatabaseCatchesUp()
    {
        FakeCommandRunner runner;
        int polls = 0;
        runner.answer = [&](const RemoteCommand& c) {
            if (c.stdinData.contains("FROM bots b")) {
                ++polls;
                return ok(
                    "id,name,active,created,config_changed,drive_files,config_path,config_indexed,"
                    "config_fail_count,config_etag\nB,helpdesk,t,1,1,t,helpdesk.gbai/helpdesk.gbot/config.csv,t,0,e\n");
            }
            return ok(polls < 3 ? QByteArray("owner,config_key,config_value,updated\nbot,theme-title,Old,1\n")
                                : QByteArray("owner,config_key,config_value,updated\nbot,theme-title,New,2\n"));
        };
        ConfigApplyFollower follower(&runner);
        QSignalSpy finished(&follower, &ConfigApplyFollower::finished);
        QSignalSpy applied(&follower, &ConfigApplyFollower::appliedChanged);
        follower.start(QStringLiteral("B"), { { QStringLiteral("theme-title"), QStringLiteral("New") } }, 20000, 20);
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().first().value<ConfigApplyFollower::State>(), ConfigApplyFollower::State::Confirmed);
        QVERIFY(applied.size() >= 3);
        QVERIFY(follower.pendingKeys().isEmpty());
    }

    void followerStopsWhenDriveMonitorSkipsTheFile()
    {
        FakeCommandRunner runner;
        runner.answer = [&](const RemoteCommand& c) {
            if (c.stdinData.contains("FROM bots b"))
                return ok(
                    "id,name,active,created,config_changed,drive_files,config_path,config_indexed,"
                    "config_fail_count,config_etag\nB,salesbot,t,1,1,t,salesbot.gbai/salesbot.gbot/config.csv,f,5,e\n");
            return ok("owner,config_key,config_value,updated\n");
        };
        ConfigApplyFollower follower(&runner);
        QSignalSpy finished(&follower, &ConfigApplyFollower::finished);
        follower.start(QStringLiteral("B"), { { QStringLiteral("k"), QStringLiteral("v") } }, 20000, 20);
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().first().value<ConfigApplyFollower::State>(), ConfigApplyFollower::State::Skipped);
        QVERIFY(finished.first().at(1).toString().contains(QStringLiteral("failed 5 times")));

        // Timeout, and a failing query.
        runner.answer = [&](const RemoteCommand& c) {
            if (c.stdinData.contains("FROM bots b"))
                return ok("id,name,active,created,config_changed,drive_files,config_path,config_indexed,"
                          "config_fail_count,config_etag\n");
            return ok("owner,config_key,config_value,updated\n");
        };
        finished.clear();
        follower.start(QStringLiteral("B"), { { QStringLiteral("k"), QStringLiteral("v") } }, 100, 20);
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().first().value<ConfigApplyFollower::State>(), ConfigApplyFollower::State::TimedOut);
        runner.answer = [](const RemoteCommand&) { return FakeJob::exited(2, {}, "psql: error: connection refused"); };
        finished.clear();
        follower.start(QStringLiteral("B"), { { QStringLiteral("k"), QStringLiteral("v") } }, 1000, 20);
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().first().value<ConfigApplyFollower::State>(), ConfigApplyFollower::State::Failed);
    }
};

QTEST_GUILESS_MAIN(TstBotsModel)
#include "tst_botsmodel.moc"
