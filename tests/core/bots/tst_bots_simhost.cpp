// Issue 14 against the simulated host: real PostgreSQL with the botserver schema, the mc shim over
// the drive with three bots, and the DriveMonitor simulator, through the real SSH session.
#include "core/bots/botoperations.h"
#include "core/bots/botqueries.h"
#include "core/bots/configapplyfollower.h"
#include "core/bots/configdriftmodel.h"
#include "core/drive/drivecommands.h"
#include "core/host/hostprofile.h"
#include "core/host/journal.h"
#include "core/host/operationrunner.h"
#include "core/host/profiletarget.h"
#include "core/host/psql.h"
#include "core/host/remotefilecommands.h"
#include "core/host/sessioncommandrunner.h"
#include "core/host/tasklistmodel.h"
#include "core/ssh/sshsession.h"
#include "support/simhostenv.h"
#include "support/simhostsession.h"
#include "support/testhelpers.h"

#include <QAbstractItemModelTester>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using Drift = ConfigDriftModel::DriftKind;

class TstBotsSimhost : public QObject
{
    Q_OBJECT
private:
    SimHostEnv m_env;
    QTemporaryDir m_dir;
    std::unique_ptr<SshSession> m_session;
    std::unique_ptr<SessionCommandRunner> m_runner;
    HostProfile m_profile;
    QString m_tag = QString::number(QDateTime::currentMSecsSinceEpoch() % 1000000);

    CommandResult run(const RemoteCommand& c) { return m_session->runAndWait(c, 60000); }

    QList<BotSummary> bots()
    {
        const Result<RemoteCommand> c = BotQueries::listBots();
        if (!c)
            return {};
        const Result<QList<BotSummary>> b = BotQueries::parseBots(run(*c));
        if (!b)
            qWarning() << "listBots:" << b.errorMessage();
        return b ? *b : QList<BotSummary> {};
    }
    BotSummary bot(const QString& name)
    {
        for (const BotSummary& b : bots()) {
            if (b.name == name)
                return b;
        }
        return {};
    }
    AppliedConfig applied(const QString& id)
    {
        const Result<AppliedConfig> a = BotQueries::parseConfiguration(run(*BotQueries::configuration(id)));
        return a ? *a : AppliedConfig {};
    }
    static RemoteLocation locationOf(const QString& name)
    {
        BotSummary b;
        b.name = name;
        return BotQueries::configLocation(b);
    }
    // config.csv as the pane reads it: the shared remote file read (bytes with their ETag).
    Result<RemoteSnapshot> readConfig(const QString& name)
    {
        return RemoteFileCommands::parseOpen(locationOf(name), run(RemoteFileCommands::open(locationOf(name))));
    }
    QString etagOf(const QString& name)
    {
        const Result<RemoteSnapshot> f = readConfig(name);
        return f ? f->version.etag : QString();
    }
    QByteArray bytesOf(const QString& name)
    {
        const Result<RemoteSnapshot> f = readConfig(name);
        return f ? f->bytes : QByteArray("<unreadable>");
    }
    // Runs an operation as the app does after confirmation (STAGE profile: no typed name).
    JournalEntry perform(const Operation& op, Journal* journal)
    {
        TaskListModel tasks;
        OperationRunner operations(m_runner.get(), journal, &tasks);
        QSignalSpy finished(&operations, &OperationRunner::operationFinished);
        const auto task = operations.start(op, m_profile);
        if (!task.ok() || !finished.wait(120000))
            return {};
        return finished.first().at(1).value<JournalEntry>();
    }
    bool pipe(const QString& object, const QByteArray& bytes)
    {
        RemoteCommand c = RemoteCommand::of({ QStringLiteral("incus"), QStringLiteral("exec"), QStringLiteral("drive"),
            QStringLiteral("--"), BotQueries::kMc, QStringLiteral("pipe"), object });
        c.sudo = true;
        c.stdinData = bytes;
        return run(c).succeeded();
    }
    bool sql(const QString& text, const Psql::Variables& vars)
    {
        const Result<RemoteCommand> c = Psql::command(QStringLiteral("botserver"), text, vars);
        return c && run(*c).succeeded();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        m_env = SimHostEnv::load(&why);
        QVERIFY2(m_env.isValid(), qPrintable(why));
        QVERIFY(m_dir.isValid());
        m_profile = profileForAlias(QStringLiteral("simhost"), m_env.sshConfig);
        m_profile.environment = Environment::Stage;
        QString notConnected;
        m_session = connectToSimHost(m_profile, &notConnected);
        QVERIFY2(m_session, qPrintable(notConnected));
        m_runner = std::make_unique<SessionCommandRunner>(m_session.get());
        // DriveMonitor's first scans (the seeded ETags are stale) have synced helpdesk's file.
        QTRY_VERIFY_WITH_TIMEOUT(bot(QStringLiteral("helpdesk")).configIndexed
                && bot(QStringLiteral("helpdesk")).configEtag == etagOf(QStringLiteral("helpdesk")),
            30000);
    }

    void listsBotsBucketsAndDriveState()
    {
        const QList<BotSummary> list = bots();
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.at(0).name, QStringLiteral("default"));
        QCOMPARE(list.at(0).id, QStringLiteral("f47ac10b-58cc-4372-a567-0e02b2c3d480"));
        QVERIFY(list.at(0).created.isValid());
        QVERIFY(list.at(0).configChanged.isValid());
        QVERIFY(list.at(1).driveFilesKnown);
        QCOMPARE(list.at(1).configPath, QStringLiteral("helpdesk.gbai/helpdesk.gbot/config.csv"));
        QCOMPARE(list.at(2).name, QStringLiteral("salesbot"));
        QVERIFY(list.at(2).configSkipped());

        const Result<QSet<QString>> buckets = BotQueries::parseBuckets(run(BotQueries::listBuckets()));
        QVERIFY2(buckets.ok(), qPrintable(buckets.errorMessage()));
        QVERIFY(buckets->contains(QStringLiteral("helpdesk.gbai")));
        BotSummary helpdesk = list.at(1);
        QVERIFY(BotQueries::parseBucketContents(run(BotQueries::bucketContents(helpdesk.name)), &helpdesk).ok());
        QCOMPARE(helpdesk.bucket, BotSummary::Bucket::Present);
        QVERIFY(helpdesk.scripts >= 5);
        QCOMPARE(helpdesk.kbFiles, 5);
        QCOMPARE(helpdesk.configKey, QStringLiteral("helpdesk.gbot/config.csv"));
        BotSummary missing;
        missing.name = QStringLiteral("no-such-bot-") + m_tag;
        const Result<void> r = BotQueries::parseBucketContents(run(BotQueries::bucketContents(missing.name)), &missing);
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(missing.bucket, BotSummary::Bucket::Missing);
    }

    void driftOfEachKindOnSeededData()
    {
        // salesbot: DriveMonitor skips its config.csv (fail_count 5), so the file never got applied.
        const BotSummary sales = bot(QStringLiteral("salesbot"));
        const Result<RemoteSnapshot> file = readConfig(sales.name);
        QVERIFY2(file.ok(), qPrintable(file.errorMessage()));
        QVERIFY(file->version.exists);
        ConfigDriftModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setContents(ConfigCsv::Document::fromBytes(file->bytes), true, applied(sales.id));
        QCOMPARE(model.driftOf(QStringLiteral("theme-title")), Drift::Equal);
        QCOMPARE(model.driftOf(QStringLiteral("llm-model")), Drift::Differs);
        QCOMPARE(model.driftOf(QStringLiteral("website-max-depth")), Drift::OnlyInFile);
        QCOMPARE(model.driftOf(QStringLiteral("llm-url")), Drift::OnlyInDatabase);
        // llm-key is "n/a" for salesbot: the effective value comes from the nil-UUID row ("none"
        // there too, so botserver's built-in default).
        const int row = model.rowOfKey(QStringLiteral("llm-key"));
        QCOMPARE(
            model.data(model.index(row, ConfigDriftModel::Effective), ConfigDriftModel::EffectiveSourceRole).toInt(),
            int(ConfigDriftModel::Source::None));
        // history-limit is not set for salesbot at all; no row (only keys of the bot are listed).
        QCOMPARE(model.rowOfKey(QStringLiteral("history-limit")), -1);
    }

    void editReachesTheDatabaseAndTheMarkClears()
    {
        const BotSummary helpdesk = bot(QStringLiteral("helpdesk"));
        const Result<RemoteSnapshot> file = readConfig(helpdesk.name);
        QVERIFY2(file.ok(), qPrintable(file.errorMessage()));
        const QByteArray original = file->bytes;
        const QString object = BotQueries::objectPath(helpdesk.name, BotQueries::configKeyOf(helpdesk));
        const QString hostileKey = QStringLiteral("param-gbtest-") + m_tag;
        const QString secretKey = QStringLiteral("embedding-key");
        const QString canary = QStringLiteral("CANARY-%1-sk-9f8e7d").arg(m_tag);
        auto cleanup = qScopeGuard([&] {
            pipe(object, original);
            sql(QStringLiteral("DELETE FROM bot_configuration WHERE bot_id = :'id'::uuid AND config_key IN "
                               "(:'k1', :'k2', :'k3')"),
                { { QStringLiteral("id"), helpdesk.id }, { QStringLiteral("k1"), hostileKey },
                    { QStringLiteral("k2"), secretKey },
                    { QStringLiteral("k3"), hostileKey + QStringLiteral("-long") } });
        });

        ConfigCsv::Document doc = ConfigCsv::Document::fromBytes(original);
        const QString hostile = QStringLiteral("it's \"$(touch /tmp/gbtest-pwned)\" ; `id` | ç€ & <b>, done");
        const QString longValue = QString(20000, QLatin1Char('x')) + QStringLiteral("-end");
        QVERIFY(doc.setValue(QStringLiteral("theme-title"), QStringLiteral("Helpdesk ") + m_tag).ok());
        QVERIFY(doc.setValue(hostileKey, hostile).ok());
        QVERIFY(doc.setValue(hostileKey + QStringLiteral("-long"), longValue).ok());
        QVERIFY(doc.setValue(secretKey, canary).ok());
        // Untouched lines keep their bytes (the comment line stays where it was).
        QVERIFY(doc.toBytes().contains("\n# escalation contacts live in the directory\n"));

        ConfigDriftModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setContents(doc, true, applied(helpdesk.id));
        QCOMPARE(model.driftOf(QStringLiteral("theme-title")), Drift::Differs);
        QCOMPARE(model.driftOf(hostileKey), Drift::OnlyInFile);

        TestHelpers::LogCapture log;
        log.start();
        Journal journal;
        QVERIFY(journal.open(m_dir.filePath(QStringLiteral("journal.sqlite"))).ok());
        // What the pane's save runs (RemoteFile): backup, compare-and-swap upload, verify.
        const Result<Operation> op = RemoteFileCommands::saveOperation(
            BotQueries::configLocation(helpdesk), file->version, doc.toBytes(), QDateTime::currentDateTime());
        QVERIFY2(op.ok(), qPrintable(op.errorMessage()));
        const JournalEntry entry = perform(*op, &journal);
        QVERIFY2(entry.ok, qPrintable(entry.result));
        QCOMPARE(entry.backupPath, op->backupPath);
        // The backup really exists in the drive container's /tmp and holds the old bytes.
        RemoteCommand cat = RemoteCommand::of({ QStringLiteral("incus"), QStringLiteral("exec"),
            QStringLiteral("drive"), QStringLiteral("--"), QStringLiteral("cat"), op->backupPath });
        cat.sudo = true;
        QCOMPARE(run(cat).stdoutData, original);
        QCOMPARE(bytesOf(helpdesk.name), doc.toBytes());

        QHash<QString, QString> expected;
        for (const ConfigCsv::Setting& s : doc.settings())
            expected.insert(s.key, s.value);
        ConfigApplyFollower follower(m_runner.get());
        connect(&follower, &ConfigApplyFollower::appliedChanged, &model, &ConfigDriftModel::setApplied);
        QSignalSpy finished(&follower, &ConfigApplyFollower::finished);
        follower.start(helpdesk.id, expected, 60000, 1000);
        QVERIFY(finished.wait(70000));
        QCOMPARE(finished.first().first().value<ConfigApplyFollower::State>(), ConfigApplyFollower::State::Confirmed);
        QCOMPARE(model.driftOf(QStringLiteral("theme-title")), Drift::Equal);
        QCOMPARE(model.driftOf(hostileKey), Drift::Equal);
        QCOMPARE(model.countOf(Drift::Differs), 0);
        QCOMPARE(model.countOf(Drift::OnlyInFile), 0);

        // Hostile and very long values round-trip byte for byte through config.csv and the database.
        QHash<QString, QString> db;
        for (const ConfigRow& r : applied(helpdesk.id).bot)
            db.insert(r.key, r.value);
        QCOMPARE(db.value(hostileKey), hostile);
        QCOMPARE(db.value(hostileKey + QStringLiteral("-long")), longValue);
        QCOMPARE(db.value(secretKey), canary);
        RemoteCommand pwned = RemoteCommand::of(
            { QStringLiteral("incus"), QStringLiteral("exec"), QStringLiteral("drive"), QStringLiteral("--"),
                QStringLiteral("test"), QStringLiteral("-e"), QStringLiteral("/tmp/gbtest-pwned") });
        pwned.sudo = true;
        QCOMPARE(run(pwned).exitCode, 1);

        // The secret never reached the journal (file and rows) or the log.
        log.stop();
        QVERIFY(!log.text().contains(canary));
        QVERIFY(!TestHelpers::readFile(journal.path()).contains(canary.toUtf8()));
        QVERIFY(!TestHelpers::readFile(journal.path() + QStringLiteral("-wal")).contains(canary.toUtf8()));
        const auto rows = journal.entries();
        QVERIFY(rows.ok());
        for (const JournalEntry& e : *rows)
            QVERIFY(!QString(e.commands.join(QLatin1Char(0x0a)) + e.action + e.result).contains(canary));
    }

    void saveStopsOnConflict()
    {
        const BotSummary helpdesk = bot(QStringLiteral("helpdesk"));
        const Result<RemoteSnapshot> file = readConfig(helpdesk.name);
        QVERIFY(file.ok());
        const QString object = BotQueries::objectPath(helpdesk.name, BotQueries::configKeyOf(helpdesk));
        const QByteArray theirs = file->bytes + "theme-base,dark\n";
        QVERIFY(pipe(object, theirs));
        auto cleanup = qScopeGuard([&] { pipe(object, file->bytes); });
        ConfigCsv::Document mine = ConfigCsv::Document::fromBytes(file->bytes);
        QVERIFY(mine.setValue(QStringLiteral("theme-title"), QStringLiteral("Mine")).ok());
        Journal journal;
        QVERIFY(journal.open(m_dir.filePath(QStringLiteral("conflict.sqlite"))).ok());
        const RemoteLocation location = BotQueries::configLocation(helpdesk);
        const JournalEntry entry = perform(
            *RemoteFileCommands::saveOperation(location, file->version, mine.toBytes(), QDateTime::currentDateTime()),
            &journal);
        QVERIFY(!entry.ok);
        QVERIFY2(entry.result.contains(QStringLiteral("changed on the host")), qPrintable(entry.result));
        QCOMPARE(bytesOf(helpdesk.name), theirs); // nothing overwritten

        // Creating a file that appeared meanwhile is a conflict too.
        const JournalEntry created = perform(*RemoteFileCommands::saveOperation(location, RemoteVersion::absent(),
                                                 mine.toBytes(), QDateTime::currentDateTime()),
            &journal);
        QVERIFY(!created.ok);
        QVERIFY2(created.result.contains(QStringLiteral("changed on the host")), qPrintable(created.result));
        QCOMPARE(bytesOf(helpdesk.name), theirs);
    }

    void resyncChangesTheEtagAndDriveMonitorFollows()
    {
        const BotSummary before = bot(QStringLiteral("helpdesk"));
        const QString etag = etagOf(before.name);
        Journal journal;
        QVERIFY(journal.open(m_dir.filePath(QStringLiteral("resync.sqlite"))).ok());
        // The Drive pane's re-sync on the bot's config.csv.
        const Result<Operation> op = DriveOperations::resync(before.bucketName(), BotQueries::configKeyOf(before));
        QVERIFY2(op.ok(), qPrintable(op.errorMessage()));
        const JournalEntry entry = perform(*op, &journal);
        QVERIFY2(entry.ok, qPrintable(entry.result));
        const QString after = etagOf(before.name);
        QVERIFY(after != etag);
        QTRY_COMPARE_WITH_TIMEOUT(bot(QStringLiteral("helpdesk")).configEtag, after, 30000);
    }

    void activateAndDeactivate()
    {
        const BotSummary sales = bot(QStringLiteral("salesbot"));
        QVERIFY(sales.active);
        Journal journal;
        QVERIFY(journal.open(m_dir.filePath(QStringLiteral("active.sqlite"))).ok());
        auto restore = qScopeGuard([&] { perform(*BotOperations::setActive(sales, true), &journal); });
        const JournalEntry off = perform(*BotOperations::setActive(sales, false), &journal);
        QVERIFY2(off.ok, qPrintable(off.result));
        QVERIFY(!bot(QStringLiteral("salesbot")).active);
        const JournalEntry on = perform(*BotOperations::setActive(sales, true), &journal);
        QVERIFY2(on.ok, qPrintable(on.result));
        QVERIFY(bot(QStringLiteral("salesbot")).active);
    }
};

QTEST_GUILESS_MAIN(TstBotsSimhost)
#include "tst_bots_simhost.moc"
