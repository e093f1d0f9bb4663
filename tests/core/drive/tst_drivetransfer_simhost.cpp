#include "core/drive/drivecommands.h"
#include "core/drive/drivetransfer.h"
#include "core/host/hostprofile.h"
#include "core/host/journal.h"
#include "core/host/operationrunner.h"
#include "core/host/profiletarget.h"
#include "core/host/sessioncommandrunner.h"
#include "core/host/tasklistmodel.h"
#include "core/ssh/sshsession.h"
#include "support/simhostenv.h"
#include "support/simhostsession.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

// Download, upload and rename of Drive objects against the simulated host, through the same
// classes and Operations the pane uses: byte-exact with hostile names, nothing executed, a cancelled
// transfer leaving no partial file and no partial object (nor a staged copy in the drive
// container's /tmp), overwrite with backups in the journal, a dropped connection during an upload.
class TstDriveTransferSimhost : public QObject
{
    Q_OBJECT
    SimHostEnv m_env;
    HostProfile m_profile;
    std::unique_ptr<SshSession> m_session;
    std::unique_ptr<SessionCommandRunner> m_runner;
    QTemporaryDir m_local;
    std::unique_ptr<Journal> m_journal;
    TaskListModel m_tasks;
    std::unique_ptr<OperationRunner> m_operations;
    const QString m_bucket = QStringLiteral("default.gbai");
    const QString m_prefix = QStringLiteral("default.gbkb/tst-transfer/");
    const QDateTime m_when = QDateTime::currentDateTime();

    QString objectPath(const QString& key) const
    {
        return m_env.dir + QStringLiteral("/root/drive/opt/gbo/data/minio/") + m_bucket + u'/' + key;
    }
    QString driveTmp() const { return m_env.dir + QStringLiteral("/root/drive/tmp"); }
    QStringList staged() const
    {
        return QDir(driveTmp()).entryList({ QStringLiteral(".gbadmin-upload.*") }, QDir::Files | QDir::Hidden);
    }
    static QByteArray readAll(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
    }
    QString writeLocal(const QString& name, const QByteArray& data)
    {
        const QString path = m_local.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
            return {};
        return path;
    }
    static QByteArray random(qsizetype n, quint32 seed)
    {
        QByteArray b(n, Qt::Uninitialized);
        QRandomGenerator gen(seed);
        gen.fillRange(reinterpret_cast<quint32*>(b.data()), b.size() / 4);
        return b;
    }

    // Sends `files` and installs them with the upload Operation; returns the task's final message
    // (empty on success).
    QString upload(const QList<QPair<QString, QString>>& localAndKey, const QMap<QString, RemoteVersion>& expected = {})
    {
        QList<DriveUpload::File> files;
        QList<DriveOperations::UploadItem> items;
        for (const auto& [local, key] : localAndKey) {
            const qint64 size = QFileInfo(local).size();
            files << DriveUpload::File { local, key, size, DriveCommands::newStagingPath() };
            items << DriveOperations::UploadItem { key, files.last().stagingPath, size,
                expected.value(key, RemoteVersion::absent()) };
        }
        DriveUpload up(m_runner.get(), files, QStringLiteral("Upload"), m_profile.name);
        QSignalSpy sent(&up, &DriveUpload::finished);
        up.start();
        if (!sent.wait(120000))
            return QStringLiteral("upload timed out");
        if (!sent.first().at(0).toBool())
            return sent.first().at(1).toString();
        const auto op = DriveOperations::uploadObjects(m_bucket, items, m_when);
        if (!op)
            return op.errorMessage();
        auto task = m_operations->start(*op, m_profile, op->nameToType());
        if (!task)
            return task.errorMessage();
        QSignalSpy done(*task, &Task::finished);
        if ((*task)->isRunning() && !done.wait(120000))
            return QStringLiteral("install timed out");
        return (*task)->state() == Task::State::Succeeded ? QString() : (*task)->message();
    }
    QString runOperation(const Result<Operation>& op)
    {
        if (!op)
            return op.errorMessage();
        auto task = m_operations->start(*op, m_profile, op->nameToType());
        if (!task)
            return task.errorMessage();
        QSignalSpy done(*task, &Task::finished);
        if ((*task)->isRunning() && !done.wait(120000))
            return QStringLiteral("timed out");
        return (*task)->state() == Task::State::Succeeded ? QString() : (*task)->message();
    }
    RemoteVersion versionOf(const QString& key)
    {
        CommandJob* job = m_runner->run(DriveCommands::stat(m_bucket, key), this);
        QSignalSpy done(job, &CommandJob::finished);
        done.wait(30000);
        RemoteVersion v;
        const CommandResult r = done.value(0).value(0).value<CommandResult>();
        if (const auto etag = DriveCommands::parseStatEtag(r.stdoutData)) {
            v.exists = true;
            v.etag = *etag;
            v.size = QFileInfo(objectPath(key)).size();
        }
        return v;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        m_env = SimHostEnv::load(&why);
        QVERIFY2(m_env.isValid(), qPrintable(why));
        m_profile = profileForAlias(QStringLiteral("simhost"), m_env.sshConfig);
        m_profile.environment = Environment::Stage;
        m_session = connectToSimHost(m_profile, &why);
        QVERIFY2(m_session, qPrintable(why));
        m_runner = std::make_unique<SessionCommandRunner>(m_session.get());
        m_journal = std::make_unique<Journal>();
        QVERIFY(m_journal->open(m_local.filePath(QStringLiteral("journal.sqlite"))).ok());
        m_operations = std::make_unique<OperationRunner>(m_runner.get(), m_journal.get(), &m_tasks);
        QDir().mkpath(m_local.filePath(QStringLiteral("in")));
        QDir(objectPath(m_prefix)).removeRecursively();
    }

    void cleanupTestCase()
    {
        // The shim keeps objects as files: remove the test's prefix directly.
        QDir(objectPath(m_prefix)).removeRecursively();
        QVERIFY(!QFile::exists(QStringLiteral("/tmp/pwned")));
        QVERIFY(!QFile::exists(driveTmp() + QStringLiteral("/pwned")));
    }

    void hostileNamesRoundTrip_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("spaces, quotes, $()")
            << QStringLiteral("a b 'q' \"d\" $(touch /tmp/pwned) `id`;x.bas") << QByteArray("TALK \"hi\"\r\n");
        QTest::newRow("leading dash") << QStringLiteral("-rf --help.txt") << QByteArray("dash");
        QTest::newRow("newline") << QStringLiteral("line\nbreak.txt") << QByteArray("nl\n");
        QTest::newRow("dots") << QStringLiteral("..x..") << QByteArray("dots");
        QTest::newRow("non-ASCII") << QStringLiteral("ação 日本 ü.md") << QByteArray("utf-8 ✓");
        QTest::newRow("0 bytes") << QStringLiteral("empty") << QByteArray();
        QTest::newRow("3 MiB binary") << QStringLiteral("big $(id).bin") << random(3 * 1024 * 1024, 7);
    }
    void hostileNamesRoundTrip()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, data);
        const QString key = m_prefix + QStringLiteral("rt/") + name;
        const QString local = writeLocal(QStringLiteral("in/upload"), data);
        QVERIFY(!local.isEmpty());
        const QString failed = upload({ { local, key } });
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        QCOMPARE(readAll(objectPath(key)), data);
        QVERIFY2(staged().isEmpty(), qPrintable(staged().join(u',')));

        QTemporaryDir out;
        DriveDownload dl(m_runner.get(), m_bucket, { { key, data.size() } }, out.path(), m_profile.name);
        QSignalSpy done(&dl, &DriveDownload::finished);
        dl.start();
        QVERIFY(done.wait(120000));
        QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(1).toString()));
        const QString expected = DriveTransferNames::localFileName(key);
        QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::Hidden), QStringList { expected });
        QCOMPARE(readAll(out.filePath(expected)), data);
        delete dl.task();
    }

    // The same key again: asked for with its current version, backed up, replaced; journaled with
    // the backup. An upload confirmed for "nothing there" never overwrites what appeared since.
    void overwriteIsBackedUpAndChecked()
    {
        const QString key = m_prefix + QStringLiteral("ow/it's $(x).bas");
        const QString v1 = writeLocal(QStringLiteral("in/v1"), "one\n");
        const QString v2 = writeLocal(QStringLiteral("in/v2"), "two two\n");
        QString failed = upload({ { v1, key } });
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        failed = upload({ { v2, key } }); // expected "absent", but it exists
        QVERIFY(failed.contains(QLatin1String("changed on the host")));
        QCOMPARE(readAll(objectPath(key)), QByteArray("one\n"));
        QVERIFY(staged().isEmpty());

        const RemoteVersion seen = versionOf(key);
        QVERIFY(seen.exists);
        failed = upload({ { v2, key } }, { { key, seen } });
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        QCOMPARE(readAll(objectPath(key)), QByteArray("two two\n"));
        const JournalEntry e = m_journal->entries()->last();
        QVERIFY(e.ok);
        QCOMPARE(e.backupPath, Operation::backupPathFor(key, m_when));
        QCOMPARE(readAll(driveTmp() + e.backupPath.mid(4)), QByteArray("one\n"));
    }

    void renameMovesHostileNames()
    {
        const QString from = m_prefix + QStringLiteral("mv/-n 'a' $(touch /tmp/pwned)\n.bas");
        const QString to = m_prefix + QStringLiteral("mv2/ação \"b\" ..c.bas");
        const QString local = writeLocal(QStringLiteral("in/mv"), "moved\n");
        QString failed = upload({ { local, from } });
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        failed = runOperation(DriveOperations::renameObject(m_bucket, from, to, m_when));
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        QVERIFY(!QFile::exists(objectPath(from)));
        QCOMPARE(readAll(objectPath(to)), QByteArray("moved\n"));
        const JournalEntry e = m_journal->entries()->last();
        QVERIFY(e.ok);
        QCOMPARE(readAll(driveTmp() + e.backupPath.mid(4)), QByteArray("moved\n"));

        // Onto an existing object: refused, both kept.
        const QString other = m_prefix + QStringLiteral("mv/other.bas");
        failed = upload({ { writeLocal(QStringLiteral("in/o"), "other\n"), other } });
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        failed = runOperation(DriveOperations::renameObject(m_bucket, other, to, m_when.addSecs(1)));
        QVERIFY2(failed.contains(QLatin1String("exists already")), qPrintable(failed));
        QCOMPARE(readAll(objectPath(other)), QByteArray("other\n"));
        QCOMPARE(readAll(objectPath(to)), QByteArray("moved\n"));
    }

    // After a crash between staging and install: only our own staged files older than a day go;
    // a fresh one (an upload in progress), other names, a folder or a link with our name stay.
    void sweepRemovesOnlyStaleStagedUploads()
    {
        const QString tmp = driveTmp();
        const QString stale = QStringLiteral(".gbadmin-upload.") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString fresh = QStringLiteral(".gbadmin-upload.") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QStringList others { QStringLiteral(".gbadmin-upload.not-a-uuid"), stale + QStringLiteral(".keep"),
            QStringLiteral("gbadmin-upload.") + QUuid::createUuid().toString(QUuid::WithoutBraces),
            QStringLiteral("user-file.txt") };
        const QString linkName
            = QStringLiteral(".gbadmin-upload.") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString dirName = QStringLiteral(".gbadmin-upload.") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QDateTime old = QDateTime::currentDateTime().addDays(-2);
        const auto make = [&](const QString& name, const QDateTime& when) {
            QFile f(tmp + u'/' + name);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("partial");
            QVERIFY(f.flush()); // nothing left to write at close, which would touch the time again
            QVERIFY(f.setFileTime(when, QFileDevice::FileModificationTime));
        };
        make(stale, old);
        make(fresh, QDateTime::currentDateTime());
        for (const QString& n : others)
            make(n, old);
        QVERIFY(QDir(tmp).mkdir(dirName));
        QVERIFY(QFile::link(tmp + QStringLiteral("/user-file.txt"), tmp + u'/' + linkName));

        CommandJob* job = m_runner->run(DriveCommands::sweepStaged(), this);
        QSignalSpy done(job, &CommandJob::finished);
        QVERIFY(done.wait(60000));
        const CommandResult r = done.first().first().value<CommandResult>();
        QVERIFY2(r.succeeded(), qPrintable(QString::fromUtf8(r.stderrData)));
        QCOMPARE(DriveCommands::parseSwept(r.stdoutData), QStringList { QStringLiteral("/tmp/") + stale });
        QVERIFY(!QFile::exists(tmp + u'/' + stale));
        QVERIFY(QFile::exists(tmp + u'/' + fresh));
        for (const QString& n : others)
            QVERIFY2(QFile::exists(tmp + u'/' + n), qPrintable(n));
        QVERIFY(QFileInfo(tmp + u'/' + dirName).isDir());
        QVERIFY(QFileInfo(tmp + u'/' + linkName).isSymLink());
        QCOMPARE(readAll(tmp + QStringLiteral("/user-file.txt")), QByteArray("partial"));

        for (const QString& n : others + QStringList { fresh, linkName })
            QFile::remove(tmp + u'/' + n);
        QDir(tmp).rmdir(dirName);
        QVERIFY(staged().isEmpty());
    }

    void cancelledUploadLeavesNothing()
    {
        const QString key = m_prefix + QStringLiteral("cancel/up.bin");
        const QString local = writeLocal(QStringLiteral("in/big"), random(48 * 1024 * 1024, 9));
        const DriveUpload::File file { local, key, QFileInfo(local).size(), DriveCommands::newStagingPath() };
        DriveUpload up(m_runner.get(), { file }, QStringLiteral("Upload"), m_profile.name);
        connect(&up, &DriveUpload::progressed, &up, [&up](qint64 done) {
            if (done > 4 * 1024 * 1024)
                up.cancel(); // mid-stream
        });
        QSignalSpy done(&up, &DriveUpload::finished);
        up.start();
        QVERIFY(done.wait(120000));
        QVERIFY(!done.first().at(0).toBool());
        QCOMPARE(up.task()->state(), Task::State::Cancelled);
        QVERIFY(!QFile::exists(objectPath(key)));
        QTRY_VERIFY2_WITH_TIMEOUT(staged().isEmpty(), qPrintable(staged().join(u',')), 20000);
        delete up.task();
    }

    void cancelledDownloadLeavesNoFile()
    {
        const QString key = m_prefix + QStringLiteral("cancel/down.bin");
        const QByteArray data = random(48 * 1024 * 1024, 11);
        QString failed = upload({ { writeLocal(QStringLiteral("in/big"), data), key } });
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        QTemporaryDir out;
        DriveDownload dl(m_runner.get(), m_bucket, { { key, data.size() } }, out.path(), m_profile.name);
        bool sawPartial = false;
        connect(&dl, &DriveDownload::progressed, &dl, [&](qint64 done) {
            // While it runs the bytes are in a temporary file, never under the final name. On a fast
            // machine the first report may come after the whole object was written and named: a
            // complete file under its name is not partial (the cancel below still removes it).
            const QFileInfo named(out.filePath(QStringLiteral("down.bin")));
            sawPartial = sawPartial || (named.exists() && named.size() != data.size());
            // At the first bytes: progress is reported a few times a second, and on a fast machine
            // the whole 48 MiB may have arrived before a later report.
            if (done > 0)
                dl.cancel();
        });
        QSignalSpy done(&dl, &DriveDownload::finished);
        dl.start();
        QVERIFY(done.wait(120000));
        QVERIFY(!done.first().at(0).toBool());
        QVERIFY(!sawPartial);
        QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
        delete dl.task();
    }

    // Last: the connection drops in the middle of an upload. The host keeps no staged file and no
    // object appears; the app reports the failure.
    void droppedUploadLeavesNothing()
    {
        const QString key = m_prefix + QStringLiteral("drop/up.bin");
        const QString local = writeLocal(QStringLiteral("in/big"), random(64 * 1024 * 1024, 13));
        const DriveUpload::File file { local, key, QFileInfo(local).size(), DriveCommands::newStagingPath() };
        DriveUpload up(m_runner.get(), { file }, QStringLiteral("Upload"), m_profile.name);
        bool dropped = false;
        connect(&up, &DriveUpload::progressed, &up, [&](qint64 done) {
            if (!dropped && done > 4 * 1024 * 1024) {
                dropped = true;
                QVERIFY(m_env.simhost({ QStringLiteral("set"), QStringLiteral("ssh"), QStringLiteral("drop") }) == 0);
            }
        });
        QSignalSpy done(&up, &DriveUpload::finished);
        up.start();
        QVERIFY(done.wait(120000));
        QVERIFY(dropped);
        QVERIFY(!done.first().at(0).toBool());
        QVERIFY(!QFile::exists(objectPath(key)));
        QTRY_VERIFY2_WITH_TIMEOUT(staged().isEmpty(), qPrintable(staged().join(u',')), 30000);
        delete up.task();
    }
};

QTEST_MAIN(TstDriveTransferSimhost)
#include "tst_drivetransfer_simhost.moc"
