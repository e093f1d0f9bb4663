#include "core/host/remotefilecommands.h"

#include "support/testhelpers.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using TestHelpers::readFile;

namespace {

const QString hostile = QStringLiteral("-x $(touch pwned) `id` 'q' \"d\"\nção;|&.zone");

CommandResult exited(int code, const QByteArray& out, const QByteArray& err = {})
{
    CommandResult r;
    r.status = CommandResult::Status::Exited;
    r.exitCode = code;
    r.stdoutData = out;
    r.stderrData = err;
    return r;
}

QString sha(const QByteArray& b)
{
    return QString::fromLatin1(QCryptographicHash::hash(b, QCryptographicHash::Sha256).toHex());
}

QByteArray mcStatLine(const QString& name, qint64 size, const QString& etag)
{
    return QStringLiteral(R"({"status":"success","name":"%1","lastModified":"2026-05-19T10:00:00Z","size":%2,)"
                          R"("etag":"%3","type":"file","metadata":{"Content-Type":"text/plain"}})")
        .arg(name)
        .arg(size)
        .arg(etag)
        .toUtf8();
}

const QByteArray mcMissing = R"({
 "status": "error",
 "error": {
  "message": "Unable to stat `local/b/k`.",
  "cause": {
   "message": "Object does not exist.",
   "error": {
    "Code": "NoSuchKey"
   }
  },
  "type": "fatal"
 }
}
)";

} // namespace

class TestRemoteFileCommands : public QObject
{
    Q_OBJECT
private:
    const RemoteLocation m_file
        = RemoteLocation::containerFile(QStringLiteral("dns"), QStringLiteral("/opt/gbo/data/") + hostile);
    const RemoteLocation m_object
        = RemoteLocation::minioObject(QStringLiteral("default.gbai"), QStringLiteral("d/") + hostile);

    // Runs a container-file script on this machine (without incus) under `shell`.
    static CommandResult runLocally(const QString& shell, const RemoteCommand& c)
    {
        QStringList argv = c.argv.mid(4); // drop `incus exec <c> --`
        argv[0] = shell;
        QProcess p;
        p.start(argv.takeFirst(), argv);
        p.write(c.stdinData);
        p.closeWriteChannel();
        p.waitForFinished(30000);
        return exited(p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError());
    }

private Q_SLOTS:
    void locationValidation()
    {
        QVERIFY(m_file.validate().ok());
        QVERIFY(m_object.validate().ok());
        QVERIFY(!RemoteLocation::containerFile(QStringLiteral("dns"), QStringLiteral("relative")).validate().ok());
        QVERIFY(
            !RemoteLocation::containerFile(QStringLiteral("dns"), QStringLiteral("/a/../etc/passwd")).validate().ok());
        QVERIFY(!RemoteLocation::containerFile(QStringLiteral("-dns"), QStringLiteral("/a")).validate().ok());
        QVERIFY(!RemoteLocation::containerFile(QStringLiteral("dns x"), QStringLiteral("/a")).validate().ok());
        QVERIFY(!RemoteLocation::minioObject(QStringLiteral("b"), QStringLiteral("dir/")).validate().ok());
        QVERIFY(!RemoteLocation::minioObject(QStringLiteral("b"), QStringLiteral("a/./b")).validate().ok());
        QVERIFY(!RemoteLocation::minioObject(QStringLiteral(""), QStringLiteral("k")).validate().ok());
        QCOMPARE(m_object.mcTarget(), QStringLiteral("local/default.gbai/d/") + hostile);
        QCOMPARE(m_file.fileName(), hostile);
        // JSON round trip (the autosave store keeps locations that way).
        QCOMPARE(*RemoteLocation::fromJson(m_object.toJson()), m_object);
        QCOMPARE(*RemoteLocation::fromJson(m_file.toJson()), m_file);
        QVERIFY(m_file.id() != m_object.id());
    }

    void tokens()
    {
        QCOMPARE(RemoteVersion::absent().token(), QStringLiteral("absent"));
        RemoteVersion f;
        f.exists = true;
        f.size = 12;
        f.mtime = QStringLiteral("1796455009.504129427");
        f.sha256 = QString(64, u'a');
        QCOMPARE(f.token(), QStringLiteral("file:12:1796455009.504129427:") + QString(64, u'a'));
        RemoteVersion o;
        o.exists = true;
        o.size = 3;
        o.etag = QStringLiteral("9b2cf535f27731c974343645a3985328");
        QCOMPARE(o.token(), QStringLiteral("etag:9b2cf535f27731c974343645a3985328"));
        QCOMPARE(RemoteVersion::fromJson(f.toJson()), f);
        QCOMPARE(RemoteVersion::fromJson(o.toJson()).token(), o.token());
    }

    void exactArgv()
    {
        const RemoteCommand stat = RemoteFileCommands::stat(m_object);
        QCOMPARE(stat.argv,
            QStringList({ QStringLiteral("incus"), QStringLiteral("exec"), QStringLiteral("drive"),
                QStringLiteral("--"), QStringLiteral("/opt/gbo/bin/mc"), QStringLiteral("stat"),
                QStringLiteral("--json"), QStringLiteral("local/default.gbai/d/") + hostile }));
        QVERIFY(stat.sudo);

        const RemoteCommand backup = RemoteFileCommands::backup(m_file, QStringLiteral("/tmp/x.20261205-101010"));
        QCOMPARE(backup.argv,
            QStringList({ QStringLiteral("incus"), QStringLiteral("exec"), QStringLiteral("dns"), QStringLiteral("--"),
                QStringLiteral("cp"), QStringLiteral("-a"), QStringLiteral("--"), m_file.path,
                QStringLiteral("/tmp/x.20261205-101010") }));
        QVERIFY(backup.sudo);
        const RemoteCommand objectBackup = RemoteFileCommands::backup(m_object, QStringLiteral("/tmp/k.1"));
        QCOMPARE(objectBackup.argv,
            QStringList({ QStringLiteral("incus"), QStringLiteral("exec"), QStringLiteral("drive"),
                QStringLiteral("--"), QStringLiteral("/opt/gbo/bin/mc"), QStringLiteral("cp"), QStringLiteral("--json"),
                m_object.mcTarget(), QStringLiteral("/tmp/k.1") }));

        const QByteArray bytes("new\r\nCONTENTMARK \xFF");
        RemoteVersion base;
        base.exists = true;
        base.size = 5;
        base.mtime = QStringLiteral("1.5");
        base.sha256 = QString(64, u'0');
        const RemoteCommand write = RemoteFileCommands::write(m_file, base, bytes);
        QCOMPARE(write.argv.mid(0, 6),
            QStringList({ QStringLiteral("incus"), QStringLiteral("exec"), QStringLiteral("dns"), QStringLiteral("--"),
                QStringLiteral("sh"), QStringLiteral("-c") }));
        QCOMPARE(write.argv.mid(7),
            QStringList(
                { QStringLiteral("sh"), m_file.path, base.token(), QString::number(bytes.size()), sha(bytes) }));
        QCOMPARE(write.stdinData, bytes);
        QVERIFY(write.sudo);
        // The script is fixed text: no name, token or byte of the content inside it.
        const QString script = write.argv.at(6);
        QVERIFY(!script.contains(QStringLiteral("pwned")));
        QVERIFY(!script.contains(base.token()));
        QVERIFY(!write.argv.join(u' ').contains(QStringLiteral("CONTENTMARK")));
        QCOMPARE(script,
            RemoteFileCommands::write(
                RemoteLocation::containerFile(QStringLiteral("x"), QStringLiteral("/y")), RemoteVersion::absent(), "z")
                .argv.at(6));

        const RemoteCommand objectWrite = RemoteFileCommands::write(m_object, RemoteVersion::absent(), bytes);
        QCOMPARE(objectWrite.argv.mid(7),
            QStringList({ QStringLiteral("sh"), QStringLiteral("/opt/gbo/bin/mc"), m_object.mcTarget(),
                QStringLiteral("absent"), QString::number(bytes.size()), sha(bytes) }));
        QVERIFY(objectWrite.argv.at(6).contains(QStringLiteral("\"$mc\" pipe --json \"$f\" < \"$tmp\"")));
        QCOMPARE(objectWrite.stdinData, bytes);

        const RemoteCommand verify = RemoteFileCommands::verify(m_object, bytes);
        QCOMPARE(verify.argv.mid(7),
            QStringList({ QStringLiteral("sh"), QStringLiteral("/opt/gbo/bin/mc"), m_object.mcTarget(),
                QString::number(bytes.size()), sha(bytes) }));
        QVERIFY(verify.stdinData.isEmpty());
    }

    void saveOperation()
    {
        RemoteVersion base;
        base.exists = true;
        base.size = 1;
        base.etag = QStringLiteral("e");
        const QDateTime when(QDate(2026, 12, 5), QTime(10, 11, 12));
        const auto op = RemoteFileCommands::saveOperation(m_object, base, "x", when);
        QVERIFY(op.ok());
        QVERIFY(op->mutating);
        QCOMPARE(op->backupPath, QStringLiteral("/tmp/") + hostile + QStringLiteral(".20261205-101112"));
        QVERIFY(op->backup);
        QCOMPARE(op->backup->argv, RemoteFileCommands::backup(m_object, op->backupPath).argv);
        QCOMPARE(op->commands.size(), 2);
        QCOMPARE(op->commands.at(0).stdinData, QByteArray("x"));
        QCOMPARE(op->undo.size(), 1);
        QCOMPARE(op->undo.at(0).argv.mid(4),
            QStringList({ QStringLiteral("/opt/gbo/bin/mc"), QStringLiteral("cp"), QStringLiteral("--json"),
                op->backupPath, m_object.mcTarget() }));
        QCOMPARE(op->stepCount(), 3);
        // The name has a newline: nobody can type it, so PROD asks for the container's name.
        QCOMPARE(op->nameToType(), QStringLiteral("drive"));
        QCOMPARE(op->commandLines().size(), 3);
        QVERIFY(!op->commandLines().join(u'\n').contains(QStringLiteral("'x'")));

        const auto plain = RemoteFileCommands::saveOperation(
            RemoteLocation::containerFile(QStringLiteral("dns"), QStringLiteral("/opt/gbo/data/example.com.zone")),
            RemoteVersion::absent(), "x", when);
        QVERIFY(plain.ok());
        QVERIFY(!plain->backup); // nothing there to back up
        QVERIFY(plain->undo.isEmpty());
        QCOMPARE(plain->nameToType(), QStringLiteral("example.com.zone"));

        RemoteVersion never;
        never.exists = true; // but no size: never read
        QVERIFY(!RemoteFileCommands::saveOperation(m_file, never, "x", when).ok());
        QVERIFY(!RemoteFileCommands::saveOperation(
            RemoteLocation::containerFile(QStringLiteral("dns"), QStringLiteral("rel")), base, "x", when)
                     .ok());
    }

    void parseFileOpen()
    {
        const QByteArray bytes("\xEF\xBB\xBFz\r\n\xFF");
        const QByteArray token
            = "file:" + QByteArray::number(bytes.size()) + ":1796455009.504129427:" + sha(bytes).toLatin1();
        const auto s = RemoteFileCommands::parseOpen(m_file, exited(0, token + '\n' + bytes));
        QVERIFY2(s.ok(), qPrintable(s.errorMessage()));
        QCOMPARE(s->bytes, bytes);
        QCOMPARE(s->version.token(), QString::fromLatin1(token));
        QCOMPARE(s->version.mtime, QStringLiteral("1796455009.504129427"));
        // Bytes that do not match the token: changed while read.
        const auto changed = RemoteFileCommands::parseOpen(m_file, exited(0, token + '\n' + bytes + 'x'));
        QVERIFY(!changed.ok());
        QCOMPARE(changed.error().code, int(RemoteFileCommands::Changed));
        const auto missing = RemoteFileCommands::parseOpen(m_file, exited(2, {}, "gbadmin: /opt/x does not exist\n"));
        QCOMPARE(missing.error().code, int(RemoteFileCommands::NotFound));
        const auto link = RemoteFileCommands::parseOpen(
            m_file, exited(3, {}, "gbadmin: /opt/x is a symbolic link; edit the file it points to\n"));
        QCOMPARE(link.error().code, int(RemoteFileCommands::NotRegular));
        QVERIFY2(link.errorMessage().contains(QStringLiteral("symbolic link")), qPrintable(link.errorMessage()));
        QVERIFY(!RemoteFileCommands::parseOpen(m_file, exited(0, "garbage\nbytes")).ok());
        CommandResult lost;
        lost.status = CommandResult::Status::Failed;
        lost.error = QStringLiteral("Connection lost.");
        const auto dropped = RemoteFileCommands::parseOpen(m_file, lost);
        QVERIFY(dropped.errorMessage().contains(QStringLiteral("Connection lost.")));
    }

    void parseObjectOpen()
    {
        const QByteArray bytes("a\r\nb\n\x00\xFF", 7);
        const QByteArray stat = mcStatLine(QStringLiteral("k"), bytes.size(), QStringLiteral("abc-2"));
        const auto s = RemoteFileCommands::parseOpen(m_object, exited(0, stat + '\n' + bytes + stat + '\n'));
        QVERIFY2(s.ok(), qPrintable(s.errorMessage()));
        QCOMPARE(s->bytes, bytes);
        QCOMPARE(s->version.etag, QStringLiteral("abc-2"));
        QCOMPARE(s->version.size, bytes.size());
        const QByteArray other = mcStatLine(QStringLiteral("k"), bytes.size(), QStringLiteral("def"));
        const auto changed = RemoteFileCommands::parseOpen(m_object, exited(0, stat + '\n' + bytes + other + '\n'));
        QCOMPARE(changed.error().code, int(RemoteFileCommands::Changed));
        const auto missing = RemoteFileCommands::parseOpen(m_object, exited(1, mcMissing));
        QCOMPARE(missing.error().code, int(RemoteFileCommands::NotFound));
        const QByteArray folder
            = R"({"status":"success","name":"d/","lastModified":"x","size":0,"etag":"","type":"folder"})";
        QCOMPARE(RemoteFileCommands::parseOpen(m_object, exited(0, folder + '\n')).error().code,
            int(RemoteFileCommands::NotRegular));
    }

    void parseStat()
    {
        QVERIFY(!RemoteFileCommands::parseStat(m_file, exited(0, "absent\n"))->exists);
        const auto v = RemoteFileCommands::parseStat(m_file, exited(0, "file:3:17.25:" + QByteArray(64, 'f') + '\n'));
        QVERIFY(v.ok());
        QCOMPARE(v->size, 3);
        QVERIFY(!RemoteFileCommands::parseStat(m_file, exited(0, "file:3:x:zz\n")).ok());
        QVERIFY(!RemoteFileCommands::parseStat(m_object, exited(1, mcMissing))->exists);
        const auto o = RemoteFileCommands::parseStat(
            m_object, exited(0, mcStatLine(QStringLiteral("k"), 9, QStringLiteral("e1")) + '\n'));
        QCOMPARE(o->etag, QStringLiteral("e1"));
        // Any other mc failure is an error, not "absent".
        QByteArray refused = mcMissing;
        refused.replace("Object does not exist.", "connection refused");
        QVERIFY(!RemoteFileCommands::parseStat(m_object, exited(1, refused)).ok());
        QVERIFY(RemoteFileCommands::parseStat(m_object, exited(1, refused))
                    .errorMessage()
                    .contains(QStringLiteral("connection refused")));
    }

    void versionHoldsBytes()
    {
        RemoteVersion o;
        o.exists = true;
        o.size = 3;
        o.etag = QString::fromLatin1(QCryptographicHash::hash("abc", QCryptographicHash::Md5).toHex());
        QVERIFY(RemoteFileCommands::versionHoldsBytes(m_object, o, "abc"));
        QVERIFY(!RemoteFileCommands::versionHoldsBytes(m_object, o, "abd"));
        RemoteVersion f;
        f.exists = true;
        f.size = 3;
        f.sha256 = sha("abc");
        QVERIFY(RemoteFileCommands::versionHoldsBytes(m_file, f, "abc"));
        QVERIFY(!RemoteFileCommands::versionHoldsBytes(m_file, RemoteVersion::absent(), ""));
    }

    // The container-file scripts, run by dash and bash on this machine (no incus): what the host
    // does with a conflict, a short upload, modes and a hostile name.
    void scriptsBehave_data()
    {
        QTest::addColumn<QString>("shell");
        for (const QString& s : { QStringLiteral("dash"), QStringLiteral("bash") }) {
            const QString path = QStandardPaths::findExecutable(s);
            if (!path.isEmpty())
                QTest::newRow(qPrintable(s)) << path;
        }
    }
    void scriptsBehave()
    {
        QFETCH(QString, shell);
        QTemporaryDir dir;
        const RemoteLocation loc = RemoteLocation::containerFile(QStringLiteral("c"), dir.filePath(hostile));
        const QByteArray old("old\r\n\xFF");
        {
            QFile f(loc.path);
            QVERIFY(f.open(QIODevice::WriteOnly) && f.write(old) == old.size());
        }
        QVERIFY(
            QFile::setPermissions(loc.path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup));
        const auto opened = RemoteFileCommands::parseOpen(loc, runLocally(shell, RemoteFileCommands::open(loc)));
        QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
        QCOMPARE(opened->bytes, old);
        const auto stat = RemoteFileCommands::parseStat(loc, runLocally(shell, RemoteFileCommands::stat(loc)));
        QCOMPARE(*stat, opened->version);

        // Short upload (a dropped connection): exit 5, nothing changed, no temporary file left.
        RemoteCommand shortWrite = RemoteFileCommands::write(loc, opened->version, "new bytes");
        shortWrite.stdinData.chop(3);
        const CommandResult shortResult = runLocally(shell, shortWrite);
        QCOMPARE(shortResult.exitCode, int(RemoteFileCommands::Incomplete));
        QCOMPARE(readFile(loc.path), old);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList { hostile });

        // A stale token: exit 4, nothing changed.
        RemoteVersion stale = opened->version;
        stale.mtime = QStringLiteral("1.0");
        const CommandResult conflict = runLocally(shell, RemoteFileCommands::write(loc, stale, "new bytes"));
        QCOMPARE(conflict.exitCode, int(RemoteFileCommands::Changed));
        QVERIFY(conflict.stderrData.contains("changed on the host"));
        QCOMPARE(readFile(loc.path), old);

        // The real thing: written, mode kept, verified.
        const CommandResult ok = runLocally(shell, RemoteFileCommands::write(loc, opened->version, "new bytes"));
        QVERIFY2(ok.exitCode == 0, ok.stderrData.constData());
        QCOMPARE(readFile(loc.path), QByteArray("new bytes"));
        QCOMPARE(QFile::permissions(loc.path) & 0x0FFF,
            QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ReadGroup);
        QCOMPARE(runLocally(shell, RemoteFileCommands::verify(loc, "new bytes")).exitCode, 0);
        QCOMPARE(runLocally(shell, RemoteFileCommands::verify(loc, "other")).exitCode,
            int(RemoteFileCommands::VerifyFailed));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList { hostile });
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("pwned"))));
        QVERIFY(!QFile::exists(QStringLiteral("pwned")));

        // A symbolic link is refused (replacing it would cut the link).
        const QString link = dir.filePath(QStringLiteral("link"));
        QVERIFY(QFile::link(loc.path, link));
        const RemoteLocation linkLoc = RemoteLocation::containerFile(QStringLiteral("c"), link);
        QCOMPARE(
            RemoteFileCommands::parseOpen(linkLoc, runLocally(shell, RemoteFileCommands::open(linkLoc))).error().code,
            int(RemoteFileCommands::NotRegular));

        // A new file: created with mode 644 only while still absent.
        const RemoteLocation fresh
            = RemoteLocation::containerFile(QStringLiteral("c"), dir.filePath(QStringLiteral("new")));
        QCOMPARE(runLocally(shell, RemoteFileCommands::write(fresh, RemoteVersion::absent(), "n")).exitCode, 0);
        QCOMPARE(readFile(fresh.path), QByteArray("n"));
        QCOMPARE(runLocally(shell, RemoteFileCommands::write(fresh, RemoteVersion::absent(), "m")).exitCode,
            int(RemoteFileCommands::Changed));
    }

    void failureTexts()
    {
        QVERIFY(RemoteFileCommands::failureText(exited(4, {})).contains(QStringLiteral("changed")));
        QVERIFY(RemoteFileCommands::failureText(exited(5, {})).contains(QStringLiteral("incomplete")));
        QCOMPARE(RemoteFileCommands::failureText(exited(1, mcMissing)),
            QStringLiteral("Unable to stat `local/b/k`. Object does not exist. (exit status 1)"));
        QCOMPARE(RemoteFileCommands::failureText(exited(7, {}, "noise\ngbadmin: cannot do it\n")),
            QStringLiteral("cannot do it (exit status 7)"));
    }
};

QTEST_GUILESS_MAIN(TestRemoteFileCommands)
#include "tst_remotefilecommands.moc"
