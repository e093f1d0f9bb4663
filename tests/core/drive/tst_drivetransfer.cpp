#include "core/drive/drivecommands.h"
#include "core/drive/drivetransfer.h"
#include "core/drive/localuploadscan.h"
#include "core/host/tasklistmodel.h"
#include "core/host/transfermeter.h"
#include "support/fakecommandrunner.h"

#include <QAbstractItemModelTester>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// Download and upload over a fake runner: bytes, progress and speed in the task, cancel and
// failures leaving no partial file (download) and removing what was staged (upload).
class TstDriveTransfer : public QObject
{
    Q_OBJECT

    static QByteArray pattern(qsizetype n, int seed)
    {
        QByteArray b(n, Qt::Uninitialized);
        quint32 x = 2463534242u + quint32(seed);
        for (qsizetype i = 0; i < n; ++i) {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            b[i] = char(x);
        }
        return b;
    }
    static QStringList entries(const QString& dir)
    {
        return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    }

private Q_SLOTS:
    // Speed over a sliding window: a stall shows as a falling speed; time left from it.
    // The files of an upload are read as they are named: hostile names keep their exact bytes in
    // the key, folders keep their structure under the prefix, links are left out (no loop).
    void localScanKeepsHostileNamesAndSkipsLinks()
    {
        QTemporaryDir dir;
        const QString root = dir.filePath(QStringLiteral("up load"));
        const QStringList names { QStringLiteral("a b.bas"), QStringLiteral("q'uo\"te.txt"),
            QStringLiteral("$(touch pwned).md"), QStringLiteral("-rf"), QStringLiteral("new\nline.txt"),
            QStringLiteral("näme ü.txt"), QStringLiteral("sub/deeper/x.bin") };
        for (const QString& n : names) {
            QDir().mkpath(QFileInfo(root + u'/' + n).absolutePath());
            QFile f(root + u'/' + n);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(n.toUtf8());
        }
        QVERIFY(QFile::link(root, root + QStringLiteral("/sub/loop"))); // a link to a parent
        const QString single = dir.filePath(QStringLiteral("one.bas"));
        QFile one(single);
        QVERIFY(one.open(QIODevice::WriteOnly));
        one.write("TALK 1\n");
        one.close();

        const auto found
            = LocalUploadScan::scan({ root, single }, QStringLiteral("default.gbai"), QStringLiteral("p/"));
        QVERIFY2(found, qPrintable(found.errorMessage()));
        QVERIFY(found->folders);
        QHash<QString, LocalUploadScan::File> byKey;
        for (const LocalUploadScan::File& f : found->files)
            byKey.insert(f.key, f);
        QCOMPARE(byKey.size(), names.size() + 1);
        for (const QString& n : names) {
            const QString key = QStringLiteral("p/up load/") + n;
            QVERIFY2(byKey.contains(key), qPrintable(key));
            QCOMPARE(byKey.value(key).size, n.toUtf8().size());
            QCOMPARE(byKey.value(key).path, QFileInfo(root + u'/' + n).absoluteFilePath());
        }
        QVERIFY(byKey.contains(QStringLiteral("p/one.bas")));

        // Only files: no folder, no recursive listing needed.
        const auto files = LocalUploadScan::scan({ single }, QStringLiteral("default.gbai"), QString());
        QVERIFY(files);
        QVERIFY(!files->folders);
        QCOMPARE(files->files.size(), 1);
        QCOMPARE(files->files.first().key, QStringLiteral("one.bas"));
    }

    // Refusals name the file; a cancel stops the walk and says so.
    void localScanRefusesAndCancels()
    {
        QTemporaryDir dir;
        const auto missing = LocalUploadScan::scan(
            { dir.filePath(QStringLiteral("gone")) }, QStringLiteral("default.gbai"), QString());
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, int(LocalUploadScan::Failed));
        QVERIFY(missing.errorMessage().contains(QLatin1String("gone")));

        // The same key twice: the folder "k" holds a.txt, and so would the prefix "k/".
        QDir().mkpath(dir.filePath(QStringLiteral("k")));
        for (const QString& n : { QStringLiteral("k/a.txt"), QStringLiteral("a.txt") }) {
            QFile f(dir.filePath(n));
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        const auto twice
            = LocalUploadScan::scan({ dir.filePath(QStringLiteral("k")), dir.filePath(QStringLiteral("a.txt")) },
                QStringLiteral("b"), QStringLiteral("k/"));
        QVERIFY(twice.ok()); // k/k/a.txt and k/a.txt differ
        const auto clash
            = LocalUploadScan::scan({ dir.filePath(QStringLiteral("k/a.txt")), dir.filePath(QStringLiteral("a.txt")) },
                QStringLiteral("b"), QString());
        QVERIFY(!clash);
        QVERIFY(clash.errorMessage().contains(QLatin1String("a.txt")));

        // A name mc cannot address as an object is refused before anything is sent.
        const auto dots = LocalUploadScan::scan(
            { dir.filePath(QStringLiteral("a.txt")) }, QStringLiteral("b"), QStringLiteral("../"));
        QVERIFY(!dots);
        QCOMPARE(dots.error().code, int(LocalUploadScan::Failed));

        std::atomic_bool cancel { true };
        const auto stopped
            = LocalUploadScan::scan({ dir.filePath(QStringLiteral("k")) }, QStringLiteral("b"), QString(), &cancel);
        QVERIFY(!stopped);
        QCOMPARE(stopped.error().code, int(LocalUploadScan::Cancelled));
    }

    // The sweep of stale staged uploads: find without a shell, our exact names only, and only the
    // paths it printed in that form count as removed.
    void sweepCommandIsNarrow()
    {
        const RemoteCommand c = DriveCommands::sweepStaged(24 * 60);
        QVERIFY(c.sudo);
        QCOMPARE(c.argv.mid(0, 5),
            (QStringList { QStringLiteral("incus"), QStringLiteral("exec"), QStringLiteral("drive"),
                QStringLiteral("--"), QStringLiteral("find") }));
        QVERIFY(!c.argv.contains(QStringLiteral("sh")));
        const auto after = [&c](const QString& option) { return c.argv.value(c.argv.indexOf(option) + 1); };
        QCOMPARE(after(QStringLiteral("find")), QStringLiteral("/tmp"));
        QCOMPARE(after(QStringLiteral("-maxdepth")), QStringLiteral("1"));
        QCOMPARE(after(QStringLiteral("-type")), QStringLiteral("f"));
        QCOMPARE(after(QStringLiteral("-mmin")), QStringLiteral("+1440"));
        const QString glob = after(QStringLiteral("-name"));
        QVERIFY(glob.startsWith(QLatin1String(".gbadmin-upload.")));
        QVERIFY(QRegularExpression::fromWildcard(glob, Qt::CaseSensitive)
                    .match(DriveCommands::newStagingPath().section(u'/', -1))
                    .hasMatch());
        QVERIFY(!QRegularExpression::fromWildcard(glob, Qt::CaseSensitive)
                     .match(QStringLiteral(".gbadmin-upload.x"))
                     .hasMatch());
        QCOMPARE(c.argv.last(), QStringLiteral("-delete"));

        const QString a = DriveCommands::newStagingPath();
        const QByteArray out = a.toUtf8() + "\n/tmp/other\nfind: warning\n" + a.toUtf8() + ".x\n";
        QCOMPARE(DriveCommands::parseSwept(out), QStringList { a });
    }

    void meterReportsSpeedOverTheWindow()
    {
        TransferMeter m(100 * 1024 * 1024, 3000);
        m.start(0);
        QCOMPARE(m.bytesPerSecond(0), 0.0);
        QCOMPARE(m.secondsLeft(0), -1);
        for (int t = 100; t <= 2000; t += 100)
            m.add(512 * 1024, t); // 5 MiB/s for two seconds
        QCOMPARE(m.done(), qint64(10 * 1024 * 1024));
        QCOMPARE(m.permille(), 100);
        QCOMPARE(m.bytesPerSecond(2000), 5.0 * 1024 * 1024);
        QCOMPARE(m.secondsLeft(2000), 18);
        QVERIFY2(m.text(2000).contains(QLatin1String("10.0 MiB")), qPrintable(m.text(2000)));
        QVERIFY2(m.text(2000).contains(QLatin1String("5.0 MiB/s")), qPrintable(m.text(2000)));
        QVERIFY2(m.text(2000).contains(QLatin1String("18 s")), qPrintable(m.text(2000)));
        // Nothing for 3 s more: the window only sees the stall's end of it.
        m.add(0, 5000);
        QVERIFY(m.bytesPerSecond(5000) < 5.0 * 1024 * 1024 * 0.5);
        // Much later, a burst: the speed follows the recent past, not the average since start.
        for (int t = 20000; t <= 23000; t += 100)
            m.add(1024 * 1024, t);
        QVERIFY(m.bytesPerSecond(23000) > 9.0 * 1024 * 1024);
        TransferMeter unknown;
        unknown.add(10, 1000);
        QCOMPARE(unknown.permille(), 0);
        QCOMPARE(unknown.secondsLeft(1000), -1);
        QCOMPARE(TransferMeter(0).permille(), 1000);
    }

    void downloadWritesExactBytesWithProgress()
    {
        QTemporaryDir dir;
        FakeCommandRunner runner;
        TaskListModel tasks;
        QAbstractItemModelTester tester(&tasks, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QByteArray a = pattern(300000, 1);
        const QByteArray b; // 0 bytes
        const QString hostile = QStringLiteral("d/-n $(touch x) 'q'\n\"..\".bin");
        DriveDownload dl(&runner, QStringLiteral("b.gbai"),
            { { hostile, a.size() }, { QStringLiteral("d/.."), 0 }, { QStringLiteral("e/empty"), b.size() } },
            dir.path(), QStringLiteral("stage"));
        tasks.addTask(dl.task());
        QSignalSpy progress(&dl, &DriveDownload::progressed);
        QSignalSpy done(&dl, &DriveDownload::finished);
        dl.start();
        QCOMPARE(runner.commands.size(), 1);
        QCOMPARE(runner.commands.first().argv.last(), QStringLiteral("local/b.gbai/") + hostile);
        FakeJob* job = runner.last();
        for (qsizetype i = 0; i < a.size(); i += 65536)
            job->emitOutput(a.mid(i, 65536));
        job->emitOutput("mc: a warning on stderr\n", true); // never in the file
        // The file is written on its own thread: progress comes as the bytes reach it.
        QTRY_COMPARE(dl.meter().done(), qint64(a.size()));
        QVERIFY(progress.count() >= 1);
        QCOMPARE(progress.last().at(1).toLongLong(), qint64(a.size()));
        // Nothing under the final name until every byte arrived.
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("-n $(touch x) 'q'_\"..\".bin"))));
        job->succeed();
        // The next object starts once the file is complete and named.
        QTRY_COMPARE(runner.commands.size(), 2);
        runner.last()->succeed(); // "d/.." 0 bytes
        QTRY_COMPARE(runner.commands.size(), 3);
        runner.last()->succeed();
        QTRY_COMPARE(done.count(), 1);
        QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(1).toString()));
        QCOMPARE(entries(dir.path()),
            (QStringList {
                QStringLiteral("-n $(touch x) 'q'_\"..\".bin"), QStringLiteral("_.."), QStringLiteral("empty") }));
        QFile f(dir.filePath(QStringLiteral("-n $(touch x) 'q'_\"..\".bin")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), a);
        QCOMPARE(dl.task()->state(), Task::State::Succeeded);
        QCOMPARE(dl.task()->progress(), 1000);
        QCOMPARE(dl.files().size(), 3);
    }

    void cancelledOrShortDownloadLeavesNoFile()
    {
        QTemporaryDir dir;
        FakeCommandRunner runner;
        TaskListModel tasks;
        const QByteArray a = pattern(200000, 2);
        {
            DriveDownload dl(&runner, QStringLiteral("b.gbai"), { { QStringLiteral("x.bin"), a.size() } }, dir.path(),
                QStringLiteral("stage"));
            tasks.addTask(dl.task());
            QSignalSpy done(&dl, &DriveDownload::finished);
            dl.start();
            runner.last()->emitOutput(a.left(100000));
            QTRY_COMPARE(dl.meter().done(), 100000);
            tasks.cancel(0); // the task panel's cancel button
            QVERIFY(runner.last()->cancelCalled);
            QTRY_COMPARE(done.count(), 1);
            QVERIFY(!done.first().at(0).toBool());
            QCOMPARE(dl.task()->state(), Task::State::Cancelled);
            QCOMPARE(entries(dir.path()), QStringList());
        }
        {
            // The object shrank since it was listed (or the stream ended early): not kept.
            DriveDownload dl(&runner, QStringLiteral("b.gbai"), { { QStringLiteral("x.bin"), a.size() } }, dir.path(),
                QStringLiteral("stage"));
            QSignalSpy done(&dl, &DriveDownload::finished);
            dl.start();
            runner.last()->emitOutput(a.left(1000));
            runner.last()->succeed();
            QTRY_COMPARE(done.count(), 1);
            QVERIFY(!done.first().at(0).toBool());
            QVERIFY(done.first().at(1).toString().contains(QLatin1String("1000 of 200000")));
            QCOMPARE(entries(dir.path()), QStringList());
        }
        {
            // mc failed: its message is the reason.
            DriveDownload dl(&runner, QStringLiteral("b.gbai"), { { QStringLiteral("x.bin"), a.size() } }, dir.path(),
                QStringLiteral("stage"));
            QSignalSpy done(&dl, &DriveDownload::finished);
            dl.start();
            runner.last()->emitOutput(
                "mc: <ERROR> Unable to read from `local/b.gbai/x.bin`. Object does not exist.\n", true);
            runner.last()->fail(1, {});
            QTRY_COMPARE(done.count(), 1);
            QVERIFY(done.first().at(1).toString().contains(QLatin1String("Object does not exist")));
            QCOMPARE(entries(dir.path()), QStringList());
        }
    }

    void existingFilesAreNotOverwritten()
    {
        QTemporaryDir dir;
        QFile old(dir.filePath(QStringLiteral("a.bas")));
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("mine");
        old.close();
        FakeCommandRunner runner;
        DriveDownload dl(&runner, QStringLiteral("b.gbai"),
            { { QStringLiteral("x/a.bas"), 1 }, { QStringLiteral("y/a.bas"), 1 } }, dir.path(),
            QStringLiteral("stage"));
        QSignalSpy done(&dl, &DriveDownload::finished);
        dl.start();
        runner.last()->emitOutput("1");
        runner.last()->succeed();
        QTRY_COMPARE(runner.commands.size(), 2);
        runner.last()->emitOutput("2");
        runner.last()->succeed();
        QTRY_COMPARE(done.count(), 1);
        QCOMPARE(entries(dir.path()),
            (QStringList { QStringLiteral("a (2).bas"), QStringLiteral("a (3).bas"), QStringLiteral("a.bas") }));
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("mine"));
        delete dl.task();
    }

    // Upload: stdin streamed with a bounded amount in flight, the host's hash compared, progress in
    // the task; the file is only staged (install is the Operation's job).
    void uploadStreamsAndVerifies()
    {
        QTemporaryDir dir;
        const QByteArray a = pattern(5 * 1024 * 1024 + 17, 3);
        QFile f(dir.filePath(QStringLiteral("a.bin")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(a);
        f.close();
        QFile e(dir.filePath(QStringLiteral("empty")));
        QVERIFY(e.open(QIODevice::WriteOnly));
        e.close();
        FakeCommandRunner runner;
        TaskListModel tasks;
        const QList<DriveUpload::File> files { { f.fileName(), QStringLiteral("d/a.bin"), a.size(),
                                                   QStringLiteral("/tmp/s1") },
            { e.fileName(), QStringLiteral("d/empty"), 0, QStringLiteral("/tmp/s2") } };
        DriveUpload up(&runner, files, QStringLiteral("Upload"), QStringLiteral("stage"));
        tasks.addTask(up.task());
        QSignalSpy done(&up, &DriveUpload::finished);
        up.start();
        FakeJob* job = runner.last();
        QCOMPARE(job->command.argv.mid(7),
            (QStringList { QStringLiteral("sh"), QStringLiteral("/tmp/s1"), QString::number(a.size()) }));
        QTRY_VERIFY(job->stdinClosed);
        QCOMPARE(job->stdinReceived, a);
        QVERIFY2(job->maxStdinPending <= DriveUpload::kInFlight + DriveUpload::kChunk,
            qPrintable(QString::number(job->maxStdinPending)));
        QTRY_COMPARE(up.meter().done(), qint64(a.size()));
        job->succeed(QCryptographicHash::hash(a, QCryptographicHash::Sha256).toHex() + '\n');
        FakeJob* second = runner.last();
        QVERIFY(second != job);
        QTRY_VERIFY(second->stdinClosed);
        second->succeed(QCryptographicHash::hash({}, QCryptographicHash::Sha256).toHex() + '\n');
        QCOMPARE(done.count(), 1);
        QVERIFY(done.first().at(0).toBool());
        QCOMPARE(up.task()->progress(), 1000);
        QVERIFY(up.task()->isRunning()); // until the install ends it
        QVERIFY(!up.task()->isCancelable());
        up.finishTask(true, QStringLiteral("ok"));
        QCOMPARE(up.task()->state(), Task::State::Succeeded);
    }

    void uploadThatArrivedDifferentOrWasCancelledIsRemoved()
    {
        QTemporaryDir dir;
        const QByteArray a = pattern(100000, 4);
        QFile f(dir.filePath(QStringLiteral("a.bin")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(a);
        f.close();
        const QList<DriveUpload::File> files { { f.fileName(), QStringLiteral("a.bin"), a.size(),
                                                   QStringLiteral("/tmp/s1") },
            { f.fileName(), QStringLiteral("b.bin"), a.size(), QStringLiteral("/tmp/s2") } };
        FakeCommandRunner runner;
        {
            DriveUpload up(&runner, files, QStringLiteral("Upload"), QStringLiteral("stage"));
            QSignalSpy done(&up, &DriveUpload::finished);
            up.start();
            QTRY_VERIFY(runner.last()->stdinClosed);
            runner.last()->succeed(QCryptographicHash::hash(a, QCryptographicHash::Sha256).toHex() + '\n');
            QTRY_VERIFY(runner.last()->stdinClosed);
            runner.last()->succeed(QByteArray(64, '0') + '\n'); // not what was sent
            // The staged copies (the first is complete) are removed before the upload ends.
            QCOMPARE(runner.last()->command.argv.mid(4),
                (QStringList { QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("--"),
                    QStringLiteral("/tmp/s1"), QStringLiteral("/tmp/s2") }));
            QCOMPARE(done.count(), 0);
            runner.last()->succeed();
            QCOMPARE(done.count(), 1);
            QVERIFY(!done.first().at(0).toBool());
            QVERIFY(done.first().at(1).toString().contains(QLatin1String("did not arrive intact")));
            QCOMPARE(up.task()->state(), Task::State::Failed);
            delete up.task();
        }
        {
            DriveUpload up(&runner, files, QStringLiteral("Upload"), QStringLiteral("stage"));
            QSignalSpy done(&up, &DriveUpload::finished);
            up.start();
            FakeJob* job = runner.last();
            up.task()->cancel();
            QVERIFY(job->cancelCalled);
            QCOMPARE(runner.last()->command.argv.mid(4, 4),
                (QStringList {
                    QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("--"), QStringLiteral("/tmp/s1") }));
            runner.last()->succeed();
            QCOMPARE(done.count(), 1);
            QCOMPARE(up.task()->state(), Task::State::Cancelled);
            delete up.task();
        }
        {
            // The host refused (e.g. the stage found fewer bytes than announced): its sentence.
            DriveUpload up(&runner, files, QStringLiteral("Upload"), QStringLiteral("stage"));
            QSignalSpy done(&up, &DriveUpload::finished);
            up.start();
            runner.last()->emitOutput(
                "gbadmin: the upload arrived incomplete (10 of 100000 bytes); nothing was kept\n", true);
            runner.last()->fail(5, {});
            runner.last()->succeed(); // discard
            QCOMPARE(done.count(), 1);
            QVERIFY(done.first().at(1).toString().contains(QLatin1String("arrived incomplete")));
            delete up.task();
        }
    }
};

QTEST_MAIN(TstDriveTransfer)
#include "tst_drivetransfer.moc"
