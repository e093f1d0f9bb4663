#include "core/drive/drivecommands.h"
#include "core/drive/mcjsonstream.h"
#include "core/drive/savewatch.h"

#include <QTest>
#include <QTimeZone>

// mc's --json stream split as it arrives (JSON Lines plus indented error objects, any chunking),
// roles, the compiler line number and botserver's wrapped log records.
class TstDriveCore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void streamSplitsAtAnyChunkBoundary()
    {
        const QByteArray out = QByteArrayLiteral(
            "{\"status\":\"success\",\"type\":\"folder\",\"lastModified\":\"2026-05-19T12:00:00.1Z\",\"size\":0,"
            "\"key\":\"mybot.gbdialog/\",\"etag\":\"\"}\n"
            "{\"status\":\"success\",\"type\":\"file\",\"lastModified\":\"2026-05-19T11:58:03.25Z\",\"size\":412,"
            "\"key\":\"a \\\"q\\\" $(x) {b}\\n-c.bas\",\"etag\":\"9b2cf535\"}\n"
            "{\n \"status\": \"error\",\n \"error\": {\n  \"message\": \"Unable to list folder.\",\n  \"cause\": {\n"
            "   \"message\": \"Bucket `x` does not exist.\"\n  },\n  \"type\": \"fatal\"\n }\n}\n"
            "{\"totalObjects\":2,\"totalSize\":412}\n");
        for (int chunk : { 1, 2, 7, 64, 100000 }) {
            McJsonStream s;
            QList<DriveEntry> entries;
            QStringList errors;
            int malformed = 0;
            for (qsizetype i = 0; i < out.size(); i += chunk) {
                const auto b = s.feed(out.mid(i, chunk));
                entries += b.entries;
                errors += b.errors;
                malformed += b.malformed;
            }
            malformed += s.finish().malformed;
            QCOMPARE(entries.size(), 2);
            QCOMPARE(malformed, 0);
            QVERIFY(entries.at(0).isFolder);
            QCOMPARE(entries.at(1).key, QStringLiteral("a \"q\" $(x) {b}\n-c.bas"));
            QCOMPARE(entries.at(1).size, 412);
            QCOMPARE(entries.at(1).etag, QStringLiteral("9b2cf535"));
            QCOMPARE(entries.at(1).modified, QDateTime(QDate(2026, 5, 19), QTime(11, 58, 3, 250), QTimeZone::utc()));
            QCOMPARE(errors, QStringList { QStringLiteral("Unable to list folder. Bucket `x` does not exist.") });
        }
    }

    void garbageAndTruncationAreCounted()
    {
        McJsonStream s;
        auto b
            = s.feed("sudo: a password is required\n{\"status\":\"success\",\"key\":\"x\",\"size\":1}\n{\"status\":");
        QCOMPARE(b.malformed, 1);
        QCOMPARE(b.entries.size(), 1);
        QCOMPARE(s.finish().malformed, 1);
    }

    void roles()
    {
        QCOMPARE(driveRole(QStringLiteral("mybot.gbai"), QStringLiteral("mybot.gbdialog/start.bas")),
            QStringLiteral("gbdialog"));
        QCOMPARE(
            driveRole(QStringLiteral("mybot.gbai"), QStringLiteral("mybot.gbkb/docs/a.md")), QStringLiteral("gbkb"));
        QCOMPARE(
            driveRole(QStringLiteral("mybot.gbai"), QStringLiteral("mybot.gbot/config.csv")), QStringLiteral("gbot"));
        QCOMPARE(
            driveRole(QStringLiteral("mybot.gbai"), QStringLiteral("mybot.gbtheme/x.css")), QStringLiteral("gbtheme"));
        QCOMPARE(driveRole(QStringLiteral("mybot.gbai"), QStringLiteral("other.gbdialog/x.bas")), QString());
        QCOMPARE(driveRole(QStringLiteral("backups"), QStringLiteral("mybot.gbdialog/x.bas")), QString());
    }

    void compilerLineAndWrappedRecords()
    {
        QCOMPARE(SaveWatch::lineOfError(QStringLiteral("Syntax error: IF without END IF (line 4)")), 4);
        QCOMPARE(SaveWatch::lineOfError(QStringLiteral("Syntax error")), 0);
        const QByteArray log = "20260519153341.123 error drive_compiler:Failed to compile /opt/gbo/work/x.gbai/x.gb"
                               "dialog/y.bas: Synt\n"
                               "                         ax error: IF without END IF (line 4)\n"
                               "20260519153342.001 info types:next\n";
        const QStringList records = SaveWatch::joinLogRecords(log);
        QCOMPARE(records.size(), 2);
        QVERIFY(records.first().endsWith(QLatin1String("y.bas: Syntax error: IF without END IF (line 4)")));
    }

    void commandsKeepKeysAsData()
    {
        const QString key = QStringLiteral("x.gbdialog/$(touch pwned) 'a' \"b\"\n-c.bas");
        const RemoteCommand c = DriveCommands::cat(QStringLiteral("x.gbai"), key);
        QCOMPARE(c.argv.last(), QStringLiteral("local/x.gbai/") + key);
        QVERIFY(c.sudo);
        QCOMPARE(c.output, RemoteCommand::Output::Stream);
        auto etag = DriveCommands::parseStatEtag("{\"status\":\"success\",\"name\":\"a\",\"etag\":\"abc\"}\n");
        QVERIFY(etag.ok());
        QCOMPARE(*etag, QStringLiteral("abc"));
        QVERIFY(
            !DriveCommands::parseStatEtag("{\n \"status\": \"error\",\n \"error\": {\"message\": \"Nope\"}\n}\n").ok());
    }

    // Delete: every object copied to the drive container's /tmp first (repeated file names get a
    // suffix), then one `mc rm` without --recursive; hostile names stay single argv elements.
    void deleteOperationIsExact()
    {
        const QString evil = QStringLiteral("kb/$(reboot) 'a' \"b\";`id`\nx.txt");
        const QDateTime when(QDate(2026, 5, 19), QTime(12, 0, 1));
        const auto op = DriveOperations::deleteObjects(
            QStringLiteral("default.gbai"), { evil, QStringLiteral("a/x.txt"), QStringLiteral("b/x.txt") }, when);
        QVERIFY(op.ok());
        QCOMPARE(op->confirmationName, QStringLiteral("default.gbai"));
        QVERIFY(op->backup);
        QCOMPARE(op->backupPath, QStringLiteral("/tmp/$(reboot) 'a' \"b\";`id`\nx.txt.20260519-120001"));
        QCOMPARE(op->backup->argv,
            (QStringList { QStringLiteral("incus"), QStringLiteral("exec"), QStringLiteral("drive"),
                QStringLiteral("--"), QStringLiteral("/opt/gbo/bin/mc"), QStringLiteral("cp"), QStringLiteral("--json"),
                QStringLiteral("local/default.gbai/") + evil, op->backupPath }));
        QCOMPARE(op->commands.size(), 3);
        QCOMPARE(op->commands.at(0).argv.last(), QStringLiteral("/tmp/x.txt.20260519-120001"));
        QCOMPARE(op->commands.at(1).argv.last(), QStringLiteral("/tmp/x.txt.20260519-120001.2"));
        QCOMPARE(op->commands.at(2).argv,
            (QStringList { QStringLiteral("incus"), QStringLiteral("exec"), QStringLiteral("drive"),
                QStringLiteral("--"), QStringLiteral("/opt/gbo/bin/mc"), QStringLiteral("rm"), QStringLiteral("--json"),
                QStringLiteral("local/default.gbai/") + evil, QStringLiteral("local/default.gbai/a/x.txt"),
                QStringLiteral("local/default.gbai/b/x.txt") }));
        for (const RemoteCommand& c : op->commands)
            QVERIFY(c.sudo);
        QCOMPARE(op->undo.size(), 3);
        QVERIFY(op->commandLines().join(u'\n').contains(QLatin1String("'local/default.gbai/kb/$(reboot) '")));

        const auto one
            = DriveOperations::deleteObjects(QStringLiteral("b.gbai"), { QStringLiteral("d/start.bas") }, when);
        QVERIFY(one.ok());
        QCOMPARE(one->confirmationName, QStringLiteral("start.bas"));
        QVERIFY(!DriveOperations::deleteObjects(QStringLiteral("b.gbai"), { QStringLiteral("d/") }, when).ok());
        QVERIFY(!DriveOperations::deleteObjects(QStringLiteral("b.gbai"), { QStringLiteral("../x") }, when).ok());
        QVERIFY(!DriveOperations::deleteObjects(QStringLiteral("b.gbai"), {}, when).ok());
    }

    void resyncCopiesOntoItself()
    {
        const auto op = DriveOperations::resync(QStringLiteral("b.gbai"), QStringLiteral("-rf x.bas"));
        QVERIFY(op.ok());
        QCOMPARE(op->commands.size(), 1);
        QCOMPARE(op->commands.first().argv.mid(4),
            (QStringList { QStringLiteral("/opt/gbo/bin/mc"), QStringLiteral("cp"), QStringLiteral("--json"),
                QStringLiteral("local/b.gbai/-rf x.bas"), QStringLiteral("local/b.gbai/-rf x.bas") }));
        QVERIFY(!op->backup);
    }
};

QTEST_MAIN(TstDriveCore)
#include "tst_drivecore.moc"
