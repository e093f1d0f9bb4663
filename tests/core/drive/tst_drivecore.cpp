#include "core/drive/drivecommands.h"
#include "core/drive/mcjsonstream.h"
#include "core/drive/savewatch.h"

#include <QFile>
#include <QTemporaryDir>
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
        // Every copy is named for the journal, not only the first.
        QCOMPARE(op->backupPaths(),
            QStringList({ op->backupPath, QStringLiteral("/tmp/x.txt.20260519-120001"),
                QStringLiteral("/tmp/x.txt.20260519-120001.2") }));
        QCOMPARE(op->stepBackups.at(1).command, 1);

        const auto one
            = DriveOperations::deleteObjects(QStringLiteral("b.gbai"), { QStringLiteral("d/start.bas") }, when);
        QVERIFY(one.ok());
        QCOMPARE(one->confirmationName, QStringLiteral("start.bas"));
        QVERIFY(!DriveOperations::deleteObjects(QStringLiteral("b.gbai"), { QStringLiteral("d/") }, when).ok());
        QVERIFY(!DriveOperations::deleteObjects(QStringLiteral("b.gbai"), { QStringLiteral("../x") }, when).ok());
        QVERIFY(!DriveOperations::deleteObjects(QStringLiteral("b.gbai"), {}, when).ok());
    }

    // Local names never leave the chosen folder and never hide a control character; the rest of a
    // hostile name is kept as it is.
    void localNamesStayInTheFolder()
    {
        QCOMPARE(DriveTransferNames::localFileName(QStringLiteral("a/b/start.bas")), QStringLiteral("start.bas"));
        QCOMPARE(DriveTransferNames::localFileName(QStringLiteral("kb/..")), QStringLiteral("_.."));
        QCOMPARE(DriveTransferNames::localFileName(QStringLiteral(".")), QStringLiteral("_."));
        QCOMPARE(DriveTransferNames::localFileName(QStringLiteral("x/")), QStringLiteral("x"));
        QCOMPARE(DriveTransferNames::localFileName(QStringLiteral("")), QStringLiteral("_"));
        QCOMPARE(DriveTransferNames::localFileName(QStringLiteral("d/..\\..\\evil")), QStringLiteral(".._.._evil"));
        QCOMPARE(DriveTransferNames::localFileName(QStringLiteral("d/a\nb\tc")), QStringLiteral("a_b_c"));
        QCOMPARE(DriveTransferNames::localFileName(QStringLiteral("-rf $(id) 'q' \"d\" ação.bas")),
            QStringLiteral("-rf $(id) 'q' \"d\" ação.bas"));

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QCOMPARE(DriveTransferNames::uniqueLocalPath(dir.path(), QStringLiteral("r.tar.gz")),
            dir.filePath(QStringLiteral("r.tar.gz")));
        QFile f(dir.filePath(QStringLiteral("r.tar.gz")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        QCOMPARE(DriveTransferNames::uniqueLocalPath(dir.path(), QStringLiteral("r.tar.gz")),
            dir.filePath(QStringLiteral("r (2).tar.gz")));
        QCOMPARE(DriveTransferNames::uniqueLocalPath(
                     dir.path(), QStringLiteral("r.tar.gz"), { dir.filePath(QStringLiteral("r (2).tar.gz")) }),
            dir.filePath(QStringLiteral("r (3).tar.gz")));
        QCOMPARE(DriveTransferNames::uniqueLocalPath(dir.path(), QStringLiteral(".env")),
            dir.filePath(QStringLiteral(".env")));
    }

    // Upload install: backups only for what is overwritten (all recorded), each install compares the
    // version seen at confirmation, copies the complete staged file, removes it; undo is exact.
    void uploadInstallIsExact()
    {
        const QDateTime when(QDate(2026, 5, 19), QTime(12, 0, 1));
        RemoteVersion old;
        old.exists = true;
        old.size = 3;
        old.etag = QStringLiteral("abc");
        const QString evil = QStringLiteral("d/-$(id) 'q'\n.bas");
        const QList<DriveOperations::UploadItem> items { { evil, QStringLiteral("/tmp/.gbadmin-upload.1"), 5,
                                                             RemoteVersion::absent() },
            { QStringLiteral("d/a.bas"), QStringLiteral("/tmp/.gbadmin-upload.2"), 7, old },
            { QStringLiteral("e/a.bas"), QStringLiteral("/tmp/.gbadmin-upload.3"), 0, old } };
        const auto op = DriveOperations::uploadObjects(QStringLiteral("b.gbai"), items, when);
        QVERIFY(op.ok());
        QCOMPARE(op->confirmationName, QStringLiteral("b.gbai"));
        QCOMPARE(op->backupPaths(),
            QStringList(
                { QStringLiteral("/tmp/a.bas.20260519-120001"), QStringLiteral("/tmp/a.bas.20260519-120001.2") }));
        QCOMPARE(op->backup->argv.mid(4),
            (QStringList { QStringLiteral("/opt/gbo/bin/mc"), QStringLiteral("cp"), QStringLiteral("--json"),
                QStringLiteral("local/b.gbai/d/a.bas"), QStringLiteral("/tmp/a.bas.20260519-120001") }));
        QCOMPARE(op->commands.size(), 4); // one more backup, three installs
        const RemoteCommand& install = op->commands.at(1);
        QCOMPARE(install.argv.mid(0, 6),
            (QStringList { QStringLiteral("incus"), QStringLiteral("exec"), QStringLiteral("drive"),
                QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c") }));
        QCOMPARE(install.argv.mid(7),
            (QStringList { QStringLiteral("sh"), QStringLiteral("/opt/gbo/bin/mc"),
                QStringLiteral("/tmp/.gbadmin-upload.1"), QStringLiteral("local/b.gbai/") + evil,
                QStringLiteral("absent"), QStringLiteral("5") }));
        QVERIFY(!install.argv.at(6).contains(evil));
        QCOMPARE(op->commands.at(2).argv.at(11), QStringLiteral("etag:abc"));
        QCOMPARE(op->undo.size(), 3);
        QCOMPARE(op->undo.first().argv.mid(4),
            (QStringList { QStringLiteral("/opt/gbo/bin/mc"), QStringLiteral("rm"), QStringLiteral("--json"),
                QStringLiteral("local/b.gbai/") + evil }));

        const auto one = DriveOperations::uploadObjects(QStringLiteral("b.gbai"), { items.first() }, when);
        QVERIFY(one.ok());
        QVERIFY(!one->backup);
        QCOMPARE(one->confirmationName, QStringLiteral("-$(id) 'q'\n.bas"));
        const DriveOperations::UploadItem bad { QStringLiteral("a/../b"), QStringLiteral("/tmp/x"), 1, {} };
        QVERIFY(!DriveOperations::uploadObjects(QStringLiteral("b.gbai"), { bad }, when).ok());
    }

    void stagingCommandStreamsStdin()
    {
        const QString path = DriveCommands::newStagingPath();
        QVERIFY(path.startsWith(QLatin1String("/tmp/.gbadmin-upload.")));
        QVERIFY(path != DriveCommands::newStagingPath());
        const RemoteCommand c = DriveCommands::stage(path, 42);
        QVERIFY(c.keepStdinOpen && c.sudo);
        QCOMPARE(c.argv.mid(7), (QStringList { QStringLiteral("sh"), path, QStringLiteral("42") }));
        QVERIFY(DriveCommands::parseStagedHash(QByteArray(64, 'a') + '\n').ok());
        QVERIFY(!DriveCommands::parseStagedHash("gbadmin: oops\n").ok());
        QCOMPARE(DriveCommands::discardStaged({ path }).argv.mid(4),
            (QStringList { QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("--"), path }));
    }

    // Rename: backup of the source, a copy that refuses an existing target and checks the size,
    // then the removal; one operation.
    void renameIsCopyThenDelete()
    {
        const QDateTime when(QDate(2026, 5, 19), QTime(12, 0, 1));
        const QString from = QStringLiteral("d/$(reboot) a.bas");
        const QString to = QStringLiteral("e/-n \"b\".bas");
        const auto op = DriveOperations::renameObject(QStringLiteral("b.gbai"), from, to, when);
        QVERIFY(op.ok());
        QCOMPARE(op->confirmationName, QStringLiteral("$(reboot) a.bas"));
        QCOMPARE(op->backupPath, QStringLiteral("/tmp/$(reboot) a.bas.20260519-120001"));
        QCOMPARE(op->commands.size(), 2);
        QCOMPARE(op->commands.at(0).argv.mid(7),
            (QStringList { QStringLiteral("sh"), QStringLiteral("/opt/gbo/bin/mc"),
                QStringLiteral("local/b.gbai/") + from, QStringLiteral("local/b.gbai/") + to }));
        QCOMPARE(op->commands.at(1).argv.mid(4),
            (QStringList { QStringLiteral("/opt/gbo/bin/mc"), QStringLiteral("rm"), QStringLiteral("--json"),
                QStringLiteral("local/b.gbai/") + from }));
        QCOMPARE(op->undo.size(), 2);
        QCOMPARE(op->undo.at(0).argv.last(), QStringLiteral("local/b.gbai/") + from);
        QCOMPARE(op->undo.at(1).argv.last(), QStringLiteral("local/b.gbai/") + to);
        QVERIFY(!DriveOperations::renameObject(QStringLiteral("b.gbai"), from, from, when).ok());
        QVERIFY(!DriveOperations::renameObject(QStringLiteral("b.gbai"), from, QStringLiteral("x/"), when).ok());
        QVERIFY(!DriveOperations::renameObject(QStringLiteral("b.gbai"), from, QStringLiteral("../x"), when).ok());
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
