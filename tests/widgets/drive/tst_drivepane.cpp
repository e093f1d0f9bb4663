#include "core/drive/drivemodel.h"
#include "core/host/autosavestore.h"
#include "core/host/remotefile.h"
#include "core/host/tasklistmodel.h"
#include "widgets/common/autosaverecoverywidget.h"
#include "widgets/common/messagebanner.h"
#include "widgets/drive/driveeditortab.h"
#include "widgets/drive/drivepane.h"
#include "widgets/editor/codeeditor.h"
#include "widgets/editor/editorview.h"

#include "support/fakecommandrunner.h"
#include "support/paneharness.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QMimeData>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QThreadPool>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

// The Drive pane on the pane contract with a fake host: connect lists the buckets, disconnect stops
// the listing and keeps what is shown, errors land in the pane's banner.
class TstDrivePane : public QObject
{
    Q_OBJECT

    static QByteArray bucketLines()
    {
        return "{\"status\":\"success\",\"type\":\"folder\",\"lastModified\":\"2026-05-19T12:00:00.1Z\",\"size\":0,"
               "\"key\":\"default.gbai/\",\"etag\":\"\"}\n"
               "{\"status\":\"success\",\"type\":\"folder\",\"lastModified\":\"2026-05-19T12:00:00.1Z\",\"size\":0,"
               "\"key\":\"helpdesk.gbai/\",\"etag\":\"\"}\n";
    }
    static QByteArray objectLine(const QString& key)
    {
        return "{\"status\":\"success\",\"type\":\"file\",\"lastModified\":\"2026-05-19T11:58:03.25Z\",\"size\":412,"
               "\"key\":"
            + QByteArray("\"") + key.toUtf8() + "\",\"etag\":\"9b2cf535f27731c974343645a3985328\"}\n";
    }

    // The newest unfinished job whose argv holds `word` (null when there is none).
    static FakeJob* pending(PaneHarness& h, const QString& word)
    {
        for (qsizetype i = h.fake.jobs.size() - 1; i >= 0; --i) {
            FakeJob* j = h.fake.jobs.at(i);
            if (j && !j->done && j->command.argv.join(u' ').contains(word))
                return j;
        }
        return nullptr;
    }
    static void write(const QString& path, const QByteArray& data)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(data);
    }
    // The pane showing default.gbai/d/ with one object, a.bas.
    static void showPrefix(PaneHarness& h, DrivePane& pane)
    {
        h.attach(&pane);
        h.connect();
        // Connecting sweeps stale staged uploads (a task); one that found nothing leaves no line.
        FakeJob* sweep = pending(h, QStringLiteral("-mmin"));
        QVERIFY(sweep);
        QCOMPARE(h.host.tasks()->rowCount(), 1);
        sweep->succeed();
        QCOMPARE(h.host.tasks()->rowCount(), 0);
        pane.listPrefix(QStringLiteral("default.gbai"), QStringLiteral("d/"));
        FakeJob* ls = pending(h, QStringLiteral("local/default.gbai/d/"));
        QVERIFY(ls);
        ls->emitOutput(objectLine(QStringLiteral("a.bas")));
        ls->succeed();
        QTRY_COMPARE(pane.model()->rowCount(), 1);
    }

private Q_SLOTS:
    void downloadGoesToTheChosenFolderWithATask()
    {
        PaneHarness h;
        DrivePane pane;
        showPrefix(h, pane);
        QTemporaryDir dir;
        pane.chooseDownloadFolder = [&dir] { return dir.path(); };
        QVERIFY(!pane.downloadAction()->isEnabled()); // nothing selected
        QVERIFY(pane.selectKeys({ QStringLiteral("d/a.bas") }));
        QVERIFY(pane.downloadAction()->isEnabled());
        QSignalSpy done(&pane, &DrivePane::transferFinished);
        pane.downloadAction()->trigger();
        FakeJob* cat = pending(h, QStringLiteral(" cat "));
        QVERIFY(cat);
        QCOMPARE(cat->command.argv.last(), QStringLiteral("local/default.gbai/d/a.bas"));
        QCOMPARE(h.host.tasks()->rowCount(), 1);
        cat->emitOutput(QByteArray(412, 'x'));
        cat->succeed();
        QTRY_COMPARE(done.count(), 1);
        QVERIFY(done.first().at(0).toBool());
        QCOMPARE(QFileInfo(dir.filePath(QStringLiteral("a.bas"))).size(), 412);
        QCOMPARE(h.host.tasks()->task(0)->state(), Task::State::Succeeded);
        QCOMPARE(pane.banner()->level(), MessageBanner::Level::Information);
    }

    // Files and a folder dropped on the table: what exists is looked up, ONE confirmation (naming
    // the replaced object, with its backup), the bytes are streamed, then the install Operation runs.
    void dropUploadsFilesAndFolders()
    {
        PaneHarness h;
        h.answer = QString();
        DrivePane pane;
        showPrefix(h, pane);
        QTemporaryDir local;
        const QByteArray a = "TALK \"new\"\n";
        const QByteArray x = "kb text";
        write(local.filePath(QStringLiteral("a.bas")), a);
        write(local.filePath(QStringLiteral("kb/sub/x.txt")), x);

        auto* view = pane.findChild<QTableView*>(QStringLiteral("objectTable"));
        QVERIFY(view);
        QMimeData mime;
        mime.setUrls({ QUrl::fromLocalFile(local.filePath(QStringLiteral("a.bas"))),
            QUrl::fromLocalFile(local.filePath(QStringLiteral("kb"))) });
        const QPoint below(10, view->viewport()->height() - 5); // under the rows: the shown folder
        QDragEnterEvent enter(below, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(view->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(below), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(view->viewport(), &drop);
        QVERIFY(drop.isAccepted());

        // The folder is read off the GUI thread (a task), then what is there (recursively: a
        // folder was dropped) decides what is overwritten.
        FakeJob* ls = nullptr;
        QTRY_VERIFY((ls = pending(h, QStringLiteral("--recursive"))));
        QCOMPARE(ls->command.argv.last(), QStringLiteral("local/default.gbai/d/"));
        QVERIFY(h.asked.isEmpty());
        ls->succeed(objectLine(QStringLiteral("a.bas")));
        QTRY_COMPARE(h.asked.size(), 1);
        const Operation& op = h.asked.first();
        QVERIFY2(op.action.contains(QLatin1String("replaces 1")), qPrintable(op.action));
        QCOMPARE(op.targets,
            (QStringList {
                QStringLiteral("local/default.gbai/d/a.bas"), QStringLiteral("local/default.gbai/d/kb/sub/x.txt") }));
        QVERIFY(op.backup);
        QCOMPARE(op.commands.size(), 2); // two installs; the backup runs first

        QSignalSpy done(&pane, &DrivePane::transferFinished);
        FakeJob* first = pending(h, QStringLiteral(".gbadmin-upload."));
        QVERIFY(first);
        QTRY_VERIFY(first->stdinClosed);
        QCOMPARE(first->stdinReceived, a);
        first->succeed(QCryptographicHash::hash(a, QCryptographicHash::Sha256).toHex() + '\n');
        FakeJob* second = pending(h, QStringLiteral(".gbadmin-upload."));
        QVERIFY(second && second != first);
        QTRY_VERIFY(second->stdinClosed);
        QCOMPARE(second->stdinReceived, x);
        second->succeed(QCryptographicHash::hash(x, QCryptographicHash::Sha256).toHex() + '\n');

        // The install Operation: backup, then each file; journaled.
        for (int step = 0; step < 3; ++step) {
            QTRY_VERIFY(h.fake.last() && !h.fake.last()->done);
            h.fake.last()->succeed();
        }
        FakeJob* discard = pending(h, QStringLiteral("rm -f --"));
        QVERIFY(discard);
        discard->succeed();
        QTRY_COMPARE(done.count(), 1);
        QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(1).toString()));
        const auto entries = h.journal.entries();
        QVERIFY(entries.ok());
        QVERIFY(entries->last().ok);
        QCOMPARE(entries->last().backupPath, op.backupPath);
        // Three tasks: reading the folder, the transfer (finished with the install), the Operation.
        QCOMPARE(h.host.tasks()->rowCount(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(h.host.tasks()->task(i)->state(), Task::State::Succeeded);
    }

    // Reading a dropped folder is a task that can be cancelled: then nothing is listed, asked or sent.
    void folderScanCanBeCancelled()
    {
        PaneHarness h;
        h.answer = QString();
        DrivePane pane;
        showPrefix(h, pane);
        QTemporaryDir local;
        write(local.filePath(QStringLiteral("kb/x.txt")), "x");
        // The pool's only thread is held, so the scan cannot start before the cancel.
        QThreadPool* pool = QThreadPool::globalInstance();
        const int threads = pool->maxThreadCount();
        pool->setMaxThreadCount(1);
        QSemaphore release;
        QFuture<void> blocker = QtConcurrent::run([&release] { release.acquire(); });
        const qsizetype before = h.fake.jobs.size();
        pane.uploadPaths({ local.filePath(QStringLiteral("kb")) }, QStringLiteral("d/"));
        QCOMPARE(h.host.tasks()->rowCount(), 1);
        Task* scan = h.host.tasks()->task(0);
        QVERIFY(scan->isRunning());
        QVERIFY(scan->isCancelable());
        scan->cancel();
        release.release();
        blocker.waitForFinished();
        QTRY_COMPARE(scan->state(), Task::State::Cancelled);
        pool->setMaxThreadCount(threads);
        QCOMPARE(h.fake.jobs.size(), before); // no listing, no upload
        QVERIFY(h.asked.isEmpty());
    }

    // Each connect sweeps our own stale staged uploads from the drive container's /tmp as a task:
    // what went is named in the task and the banner; a cancel ends the task as cancelled.
    void connectSweepsStaleStagedUploads()
    {
        PaneHarness h;
        DrivePane pane;
        h.attach(&pane);
        QSignalSpy swept(&pane, &DrivePane::sweptStaged);
        h.connect();
        FakeJob* sweep = pending(h, QStringLiteral("-mmin"));
        QVERIFY(sweep);
        QCOMPARE(sweep->command.argv.at(4), QStringLiteral("find"));
        QCOMPARE(h.host.tasks()->rowCount(), 1);
        Task* task = h.host.tasks()->task(0);
        QVERIFY(task->isRunning());
        const QString stale = QStringLiteral("/tmp/.gbadmin-upload.0b7e6a52-4c1e-4f55-9d2a-3c6f0e1d2a4b");
        sweep->succeed(stale.toUtf8() + '\n');
        QCOMPARE(swept.size(), 1);
        QCOMPARE(swept.first().at(0).toBool(), true);
        QCOMPARE(swept.first().at(1).toStringList(), QStringList { stale });
        QCOMPARE(task->state(), Task::State::Succeeded);
        QVERIFY2(task->message().contains(stale), qPrintable(task->message()));
        QVERIFY(pane.banner()->hasMessage());
        QCOMPARE(pane.banner()->level(), MessageBanner::Level::Information);

        h.disconnect();
        h.connect();
        FakeJob* again = pending(h, QStringLiteral("-mmin"));
        QVERIFY(again && again != sweep);
        Task* second = h.host.tasks()->task(1); // appended after the finished first one
        QVERIFY(second->isRunning() && second->isCancelable());
        second->cancel();
        QVERIFY(again->cancelCalled);
        QTRY_COMPARE(second->state(), Task::State::Cancelled);
        QCOMPARE(swept.size(), 2);
        QCOMPARE(swept.last().at(0).toBool(), false);

        // A read-only profile changes nothing on the host, not even our own leftovers.
        h.disconnect();
        HostProfile readOnly = h.host.profile();
        readOnly.readOnly = true;
        h.host.setProfile(readOnly);
        h.connect();
        QTRY_VERIFY(pending(h, QStringLiteral("local"))); // the bucket listing runs
        QVERIFY(!pending(h, QStringLiteral("-mmin")));
        QCOMPARE(h.host.tasks()->rowCount(), 2);
    }

    void declinedUploadSendsNothing()
    {
        PaneHarness h; // declines
        DrivePane pane;
        showPrefix(h, pane);
        QTemporaryDir local;
        write(local.filePath(QStringLiteral("n.bas")), "x");
        pane.uploadPaths({ local.filePath(QStringLiteral("n.bas")) }, QStringLiteral("d/"));
        FakeJob* ls = nullptr;
        QTRY_VERIFY((ls = pending(h, QStringLiteral("local/default.gbai/d/"))));
        QVERIFY(!ls->command.argv.contains(QStringLiteral("--recursive")));
        ls->succeed();
        QTRY_COMPARE(h.asked.size(), 1);
        QVERIFY(!h.asked.first().backup); // a new object: nothing to back up
        QVERIFY(!pending(h, QStringLiteral(".gbadmin-upload.")));
        QCOMPARE(h.host.tasks()->rowCount(), 0);
    }

    // The upload is confirmed before its bytes go out and installed later on that consent: on PROD
    // a "yes" without the typed name sends nothing; with it, the install runs the shown commands.
    void prodUploadNeedsTheTypedName()
    {
        PaneHarness h;
        h.setProfile(QStringLiteral("prod"), Environment::Prod);
        h.answer = QStringLiteral("default.gbai"); // not the name asked for (the object's)
        DrivePane pane;
        showPrefix(h, pane);
        QTemporaryDir local;
        const QByteArray bytes = "TALK \"prod\"\n";
        write(local.filePath(QStringLiteral("n.bas")), bytes);
        pane.uploadPaths({ local.filePath(QStringLiteral("n.bas")) }, QStringLiteral("d/"));
        FakeJob* ls = nullptr;
        QTRY_VERIFY((ls = pending(h, QStringLiteral("local/default.gbai/d/")))); // after the local scan
        ls->succeed();
        QTRY_COMPARE(h.asked.size(), 1);
        const QString name = h.asked.first().nameToType();
        QCOMPARE(name, QStringLiteral("n.bas"));
        QVERIFY(!pending(h, QStringLiteral(".gbadmin-upload.")));
        QCOMPARE(h.host.tasks()->rowCount(), 0);
        QCOMPARE(pane.banner()->level(), MessageBanner::Level::Error);
        QVERIFY2(pane.banner()->text().contains(QLatin1String("PROD")), qPrintable(pane.banner()->text()));

        // With the name: the bytes go out, then the install runs without a second question.
        h.answer = name;
        QSignalSpy done(&pane, &DrivePane::transferFinished);
        pane.uploadPaths({ local.filePath(QStringLiteral("n.bas")) }, QStringLiteral("d/"));
        QTRY_VERIFY((ls = pending(h, QStringLiteral("local/default.gbai/d/"))));
        ls->succeed();
        QTRY_VERIFY(pending(h, QStringLiteral(".gbadmin-upload.")));
        QCOMPARE(h.asked.size(), 2);
        FakeJob* up = pending(h, QStringLiteral(".gbadmin-upload."));
        QTRY_VERIFY(up->stdinClosed);
        QCOMPARE(up->stdinReceived, bytes);
        up->succeed(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex() + '\n');
        QTRY_VERIFY(h.fake.last() && !h.fake.last()->done && h.fake.last() != up);
        const QString install = h.fake.last()->command.argv.join(u' ');
        QVERIFY2(install.contains(QLatin1String("local/default.gbai/d/n.bas")), qPrintable(install));
        h.fake.last()->succeed();
        FakeJob* discard = pending(h, QStringLiteral("rm -f --"));
        QVERIFY(discard);
        discard->succeed();
        QTRY_COMPARE(done.count(), 1);
        QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(1).toString()));
        QCOMPARE(h.asked.size(), 2); // confirmed once per upload
        const auto entries = h.journal.entries();
        QVERIFY(entries.ok());
        QVERIFY(entries->last().ok);
    }

    void renameIsOneConfirmedOperation()
    {
        PaneHarness h;
        DrivePane pane;
        showPrefix(h, pane);
        QVERIFY(pane.selectKeys({ QStringLiteral("d/a.bas") }));
        QVERIFY(pane.renameAction()->isEnabled());
        pane.askNewKey = [](const QString& key) -> std::optional<QString> {
            return key == QStringLiteral("d/a.bas") ? std::optional<QString>(QStringLiteral("e/")) : std::nullopt;
        };
        pane.renameAction()->trigger();
        QCOMPARE(h.asked.size(), 1); // declined: nothing ran
        const Operation& op = h.asked.first();
        QCOMPARE(op.targets,
            (QStringList {
                QStringLiteral("local/default.gbai/d/a.bas"), QStringLiteral("local/default.gbai/e/a.bas") }));
        QVERIFY(op.backup);
        QCOMPARE(op.commands.size(), 2);
        QVERIFY(!pending(h, QStringLiteral("local/default.gbai/e/a.bas")));
    }

    void connectListsTheBuckets()
    {
        PaneHarness h;
        DrivePane pane;
        h.attach(&pane);
        QCOMPARE(pane.title(), QStringLiteral("Drive"));
        QVERIFY(h.fake.commands.isEmpty()); // nothing runs while disconnected
        h.fake.answer = [](const RemoteCommand&) { return FakeCommandRunner::exited(0, bucketLines()); };
        QSignalSpy listed(&pane, &DrivePane::bucketsListed);
        h.connect();
        QVERIFY(listed.wait(5000));
        QCOMPARE(pane.bucketNames(), (QStringList { QStringLiteral("default.gbai"), QStringLiteral("helpdesk.gbai") }));
        QCOMPARE(h.fake.commands.first().argv.mid(4),
            (QStringList { QStringLiteral("/opt/gbo/bin/mc"), QStringLiteral("ls"), QStringLiteral("--json"),
                QStringLiteral("local/") }));
        QVERIFY(h.fake.commands.first().sudo);
    }

    void listingErrorGoesToTheBanner()
    {
        PaneHarness h;
        DrivePane pane;
        h.attach(&pane);
        h.fake.answer = [](const RemoteCommand&) {
            return FakeCommandRunner::exited(1,
                "{\n \"status\": \"error\",\n \"error\": {\n  \"message\": \"Unable to list folder.\",\n  \"cause\": "
                "{\n"
                "   \"message\": \"Access Denied.\"\n  }\n }\n}\n");
        };
        h.connect();
        QTRY_VERIFY(pane.banner()->hasMessage());
        QCOMPARE(pane.banner()->level(), MessageBanner::Level::Error);
        QVERIFY2(pane.banner()->text().contains(QLatin1String("Access Denied.")), qPrintable(pane.banner()->text()));
    }

    void disconnectCancelsTheListingAndKeepsTheRows()
    {
        PaneHarness h;
        DrivePane pane;
        h.attach(&pane);
        h.connect();
        pane.listPrefix(QStringLiteral("default.gbai"), QString());
        FakeJob* job = h.fake.last();
        QVERIFY(job);
        QVERIFY(pane.isListing());
        job->emitOutput(objectLine(QStringLiteral("a.txt")) + objectLine(QStringLiteral("b.txt")));
        QTRY_COMPARE(pane.model()->rowCount(), 2);
        h.disconnect();
        QVERIFY(job->cancelCalled);
        QVERIFY(!pane.isListing());
        QCOMPARE(pane.model()->rowCount(), 2); // what is shown stays
        const int before = int(h.fake.commands.size());
        pane.listPrefix(QStringLiteral("default.gbai"), QString()); // disconnected: nothing runs
        QCOMPARE(int(h.fake.commands.size()), before);
        QCOMPARE(pane.model()->rowCount(), 2);
    }

    void reconnectListsAgain()
    {
        PaneHarness h;
        DrivePane pane;
        h.attach(&pane);
        h.fake.answer = [](const RemoteCommand&) { return FakeCommandRunner::exited(0, bucketLines()); };
        h.connect();
        QTRY_COMPARE(pane.bucketNames().size(), 2);
        h.disconnect();
        QCOMPARE(pane.bucketNames().size(), 2);
        const int before = int(h.fake.commands.size());
        h.connect();
        QTRY_VERIFY(int(h.fake.commands.size()) > before);
    }

    // A big script opens with its first screen at once and the rest in slices: read-only and not
    // modified while loading, then the exact text (CRLF, no final newline), undo starting after the
    // load, and the lint of the whole text (a trap on the last line) from off the GUI thread.
    void bigScriptLoadsInSlicesAndLintsTheWholeText()
    {
        QByteArray bytes;
        for (int i = 0; bytes.size() < 600 * 1024; ++i)
            bytes += "TALK \"line " + QByteArray::number(i) + "\"\r\n";
        bytes += "IF a THEN\r\n  TALK 1\r\nELSE IF b THEN\r\n  TALK 2\r\nEND IF";
        const int lines = int(bytes.count('\n')) + 1;
        const RemoteLocation loc
            = RemoteLocation::minioObject(QStringLiteral("default.gbai"), QStringLiteral("default.gbdialog/big.bas"));
        RemoteVersion version;
        version.exists = true;
        version.size = bytes.size();
        version.etag = QStringLiteral("abc");
        DriveEditorTab tab(nullptr, new RemoteFile(nullptr, loc), RemoteSnapshot { loc, bytes, version }, nullptr,
            QStringLiteral("test"));
        CodeEditor* editor = tab.view()->editor();
        QVERIFY(editor->isLoading());
        QVERIFY(editor->isReadOnly());
        QVERIFY(editor->blockCount() < lines);
        QVERIFY(!tab.isModified());

        QSignalSpy linted(&tab, &DriveEditorTab::linted);
        // Signals, not speed: the slices and the lint may take long under a sanitizer.
        QTRY_VERIFY_WITH_TIMEOUT(!editor->isLoading(), 60000);
        QVERIFY(!editor->isReadOnly());
        QVERIFY(!tab.isModified());
        QCOMPARE(editor->blockCount(), lines);
        QCOMPARE(editor->toPlainText().toUtf8(), QByteArray(bytes).replace("\r\n", "\n"));
        QVERIFY(!editor->document()->isUndoAvailable());

        QTRY_VERIFY_WITH_TIMEOUT(!linted.isEmpty(), 60000);
        QCOMPARE(editor->markersAt(lines - 2).size(), 1); // ELSE IF
        QCOMPARE(editor->markers().size(), 1);

        // Typing is one undo step back to the loaded text.
        QTextCursor c(editor->document()->lastBlock());
        c.insertText(QStringLiteral("' x\n"));
        QVERIFY(tab.isModified());
        editor->undo();
        QVERIFY(!tab.isModified());
        QCOMPARE(editor->blockCount(), lines);
    }

    // An unsaved edit left by an earlier run is offered; restoring opens it modified, against the
    // version it was based on, and a declined confirmation writes nothing.
    void keptEditIsOfferedAndRestored()
    {
        PaneHarness h;
        const QString dir = h.dir.filePath(QStringLiteral("autosave"));
        const RemoteLocation loc = RemoteLocation::minioObject(
            QStringLiteral("default.gbai"), QStringLiteral("default.gbdialog/a $(b) 'c'.bas"));
        RemoteVersion base;
        base.exists = true;
        base.size = 5;
        base.etag = QStringLiteral("abc");
        QVERIFY(AutosaveStore(dir).store(QStringLiteral("test"), loc, base, "TALK 1\n").ok());
        DrivePane pane;
        pane.setAutosaveDirectory(dir);
        h.attach(&pane);
        QCOMPARE(pane.recoveryWidget()->entries().size(), 1);
        QSignalSpy opened(&pane, &DrivePane::editorOpened);
        Q_EMIT pane.recoveryWidget()->restoreRequested(pane.recoveryWidget()->entries().first());
        QCOMPARE(opened.size(), 1);
        DriveEditorTab* tab = pane.editorAt(0);
        QVERIFY(tab->isModified());
        QCOMPARE(tab->view()->editor()->toPlainText(), QStringLiteral("TALK 1\n"));
        QCOMPARE(tab->file()->baseVersion(), base);

        h.fake.answer = [](const RemoteCommand&) {
            return FakeCommandRunner::exited(0,
                "{\"status\":\"success\",\"name\":\"a.bas\",\"lastModified\":\"2026-05-19T11:58:03.25Z\","
                "\"size\":5,\"etag\":\"abc\",\"type\":\"file\"}\n");
        };
        h.connect();
        QSignalSpy ended(tab, &DriveEditorTab::saveEnded);
        tab->save();
        QVERIFY(ended.wait(5000));
        QCOMPARE(ended.first().first().value<RemoteSaveResult>().outcome, RemoteSaveResult::Outcome::Refused);
        QCOMPARE(h.asked.size(), 1); // the confirmation showed the exact commands, and was declined
        QVERIFY(tab->isModified());
        for (const RemoteCommand& c : h.fake.commands)
            QVERIFY(c.stdinData.isEmpty()); // nothing was uploaded

        // Thrown away on close: nothing is offered again.
        pane.askUnsaved = [](const QString&) { return DrivePane::UnsavedAnswer::Discard; };
        QVERIFY(pane.closeEditor(0));
        QTRY_VERIFY(!AutosaveStore(dir).contains(QStringLiteral("test"), loc));
    }
};

QTEST_MAIN(TstDrivePane)
#include "tst_drivepane.moc"
