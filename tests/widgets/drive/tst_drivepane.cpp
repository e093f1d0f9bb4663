#include "core/drive/drivemodel.h"
#include "core/host/autosavestore.h"
#include "core/host/remotefile.h"
#include "widgets/common/autosaverecoverywidget.h"
#include "widgets/common/messagebanner.h"
#include "widgets/drive/driveeditortab.h"
#include "widgets/drive/drivepane.h"
#include "widgets/editor/codeeditor.h"
#include "widgets/editor/editorview.h"

#include "support/fakecommandrunner.h"
#include "support/paneharness.h"

#include <QSignalSpy>
#include <QTest>

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

private Q_SLOTS:
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
