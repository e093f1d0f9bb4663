#include "core/drive/drivecommands.h"
#include "core/drive/drivemodel.h"
#include "core/host/hostprofile.h"
#include "core/host/profiletarget.h"
#include "core/host/remotefile.h"
#include "core/host/sessioncommandrunner.h"
#include "core/ssh/sshsession.h"
#include "support/paneharness.h"
#include "support/simhostenv.h"
#include "support/simhostsession.h"
#include "widgets/common/messagebanner.h"
#include "widgets/drive/driveeditortab.h"
#include "widgets/drive/drivepane.h"
#include "widgets/editor/codeeditor.h"
#include "widgets/editor/editorview.h"

#include <QAction>
#include <QDir>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTreeWidget>

// The Drive pane against the simulated host: listing and filter, opening a .bas, lint markers,
// saving a script with an unbalanced IF until the compiler's failure is marked at its line, a
// conflict when the object changed on the host, and the unsaved-changes prompt on close.
class TstDrivePaneSimhost : public QObject
{
    Q_OBJECT
    SimHostEnv m_env;
    std::unique_ptr<SshSession> m_session;
    std::unique_ptr<SessionCommandRunner> m_runner;

    CommandResult runSync(const RemoteCommand& cmd)
    {
        CommandJob* job = m_runner->run(cmd, this);
        QSignalSpy done(job, &CommandJob::finished);
        if (!done.wait(60000))
            return {};
        const auto r = done.first().first().value<CommandResult>();
        if (!r.succeeded())
            qWarning().noquote() << "command failed:" << cmd.argv.join(QLatin1Char(' ')) << r.error << r.exitCode
                                 << r.stdoutData << r.stderrData;
        return r;
    }
    QByteArray cat(const QString& bucket, const QString& key)
    {
        CommandJob* job = m_runner->run(DriveCommands::cat(bucket, key), this);
        QByteArray bytes;
        connect(job, &CommandJob::outputReceived, this, [&](const QByteArray& d, bool err) {
            if (!err)
                bytes += d;
        });
        QSignalSpy done(job, &CommandJob::finished);
        if (!done.wait(30000))
            return {};
        return bytes;
    }
    void shot(QWidget& w, const QString& name)
    {
        const QString dir = QString::fromLocal8Bit(qgetenv("GBADMIN_SCREENSHOT_DIR"));
        if (!dir.isEmpty())
            w.grab().save(QDir(dir).filePath(name));
    }
    DriveEditorTab* open(DrivePane& pane, const QString& bucket, const QString& key)
    {
        QSignalSpy opened(&pane, &DrivePane::editorOpened);
        pane.openObject(bucket, key);
        if (!opened.wait(30000))
            return nullptr;
        return opened.first().first().value<DriveEditorTab*>();
    }
    // As typing would: one undoable edit that marks the document modified (setPlainText does not).
    static void replaceText(DriveEditorTab* tab, const QString& text)
    {
        QTextCursor c(tab->view()->editor()->document());
        c.select(QTextCursor::Document);
        c.insertText(text);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        m_env = SimHostEnv::load(&why);
        QVERIFY2(m_env.isValid(), qPrintable(why));
        HostProfile profile = profileForAlias(QStringLiteral("simhost"), m_env.sshConfig);
        QString notConnected;
        m_session = connectToSimHost(profile, &notConnected);
        QVERIFY2(m_session, qPrintable(notConnected));
        m_runner = std::make_unique<SessionCommandRunner>(m_session.get());
    }

    // Through the pane as a user does it: a folder holding hostile names uploaded, listed, one of
    // them renamed, the objects downloaded into a folder; the bytes survive, nothing is executed.
    void uploadRenameDownloadThroughThePane()
    {
        PaneHarness h;
        h.answer = QString();
        DrivePane pane;
        pane.resize(1100, 750);
        h.attach(&pane);
        h.connect(m_runner.get());
        const QString prefix = QStringLiteral("default.gbkb/tst-pane-%1/").arg(QDateTime::currentMSecsSinceEpoch());
        QSignalSpy listed(&pane, &DrivePane::listingFinished);
        pane.listPrefix(QStringLiteral("default.gbai"), prefix);
        QVERIFY(listed.wait(30000));
        QTemporaryDir local;
        const QStringList names { QStringLiteral("-n $(touch pwned) 'a' \"b\".bas"), QStringLiteral("ação\nx.md"),
            QStringLiteral("..dots..") };
        QDir().mkpath(local.filePath(QStringLiteral("up")));
        for (const QString& n : names) {
            QFile f(local.filePath(QStringLiteral("up/") + n));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(n.toUtf8() + QByteArray("\r\n\0end", 6));
        }
        QSignalSpy transferred(&pane, &DrivePane::transferFinished);
        pane.uploadPaths({ local.filePath(QStringLiteral("up")) }, prefix);
        QVERIFY(transferred.wait(120000));
        QVERIFY2(transferred.first().at(0).toBool(), qPrintable(transferred.first().at(1).toString()));
        QTRY_VERIFY_WITH_TIMEOUT(!pane.isListing(), 30000);
        pane.listPrefix(QStringLiteral("default.gbai"), prefix + QStringLiteral("up/"));
        QTRY_COMPARE_WITH_TIMEOUT(pane.model()->rowCount(), 3, 30000);
        for (const QString& n : names)
            QCOMPARE(cat(QStringLiteral("default.gbai"), prefix + QStringLiteral("up/") + n),
                n.toUtf8() + QByteArray("\r\n\0end", 6));

        QSignalSpy opDone(&pane, &DrivePane::operationDone);
        pane.renameObject(
            prefix + QStringLiteral("up/") + names.at(0), prefix + QStringLiteral("moved/") + names.at(0));
        QVERIFY(opDone.wait(60000));
        QVERIFY(opDone.first().at(0).toBool());
        QTRY_COMPARE_WITH_TIMEOUT(pane.model()->rowCount(), 2, 30000);

        QTemporaryDir down;
        transferred.clear();
        QVERIFY(pane.selectKeys(
            { prefix + QStringLiteral("up/") + names.at(1), prefix + QStringLiteral("up/") + names.at(2) }));
        pane.chooseDownloadFolder = [&down] { return down.path(); };
        pane.downloadAction()->trigger();
        QVERIFY(transferred.wait(60000));
        QVERIFY2(transferred.first().at(0).toBool(), qPrintable(transferred.first().at(1).toString()));
        QCOMPARE(QDir(down.path()).entryList(QDir::Files | QDir::Hidden, QDir::Name),
            (QStringList { QStringLiteral("..dots.."), QStringLiteral("ação_x.md") }));
        QFile got(down.filePath(QStringLiteral("..dots..")));
        QVERIFY(got.open(QIODevice::ReadOnly));
        QCOMPARE(got.readAll(), QByteArray("..dots..\r\n\0end", 14));
        QVERIFY(!QFile::exists(QStringLiteral("pwned")));
        QVERIFY(!QFile::exists(m_env.dir + QStringLiteral("/home/pwned")));
        QVERIFY(!QFile::exists(m_env.dir + QStringLiteral("/root/drive/tmp/pwned")));
        QCOMPARE(QDir(m_env.dir + QStringLiteral("/root/drive/tmp"))
                     .entryList({ QStringLiteral(".gbadmin-upload.*") }, QDir::Files | QDir::Hidden),
            QStringList());
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        shot(pane, QStringLiteral("drive-transfers.png"));
        QDir(m_env.dir + QStringLiteral("/root/drive/opt/gbo/data/minio/default.gbai/") + prefix).removeRecursively();
    }

    void listAndFilter()
    {
        PaneHarness h;
        DrivePane pane;
        pane.resize(1100, 750);
        h.answer = QString(); // confirm every save (a STAGE profile: no typed name)
        pane.setAutosaveDirectory(h.dir.filePath(QStringLiteral("autosave")));
        h.attach(&pane);
        h.connect(m_runner.get());
        QSignalSpy finished(&pane, &DrivePane::listingFinished);
        pane.listPrefix(QStringLiteral("helpdesk.gbai"), QStringLiteral("helpdesk.gbdialog/"));
        QVERIFY(finished.wait(30000));
        QCOMPARE(pane.model()->rowCount(), 5);
        QVERIFY(pane.countText().startsWith(QLatin1String("5 object")));
        pane.findChild<QLineEdit*>(QStringLiteral("filterEdit"))->setText(QStringLiteral("ticket"));
        QCOMPARE(pane.proxy()->rowCount(), 2);
        QVERIFY(pane.countText().startsWith(QLatin1String("2 of 5")));
        pane.findChild<QLineEdit*>(QStringLiteral("filterEdit"))->clear();
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QTRY_VERIFY_WITH_TIMEOUT(
            pane.findChild<QTreeWidget*>(QStringLiteral("bucketTree"))->topLevelItemCount() >= 3, 20000);
        DriveEditorTab* tab
            = open(pane, QStringLiteral("helpdesk.gbai"), QStringLiteral("helpdesk.gbdialog/create-ticket.bas"));
        QVERIFY(tab);
        // The real template's PARAM … OPTIONAL shows as a lint warning in the margin.
        QTRY_VERIFY(!tab->view()->editor()->markers().isEmpty());
        shot(pane, QStringLiteral("drive-browser.png"));
    }

    void unbalancedIfIsMarkedAtItsLine()
    {
        const QString key = QStringLiteral("default.gbdialog/tst-pane-%1.bas").arg(QDateTime::currentMSecsSinceEpoch());
        QVERIFY(runSync(DriveCommands::pipe(QStringLiteral("default.gbai"), key, "TALK \"hi\"\n")).succeeded());
        PaneHarness h;
        DrivePane pane;
        pane.resize(1100, 750);
        h.answer = QString(); // confirm every save (a STAGE profile: no typed name)
        pane.setAutosaveDirectory(h.dir.filePath(QStringLiteral("autosave")));
        h.attach(&pane);
        h.connect(m_runner.get());
        pane.listPrefix(QStringLiteral("default.gbai"), QStringLiteral("default.gbdialog/"));
        DriveEditorTab* tab = open(pane, QStringLiteral("default.gbai"), key);
        QVERIFY(tab);
        QVERIFY(!tab->isModified());
        replaceText(tab,
            QStringLiteral("' ask for the topic\nTALK \"Which topic?\"\nHEAR topic\nIF topic = \"vpn\" THEN\n"
                           "  TALK \"See the VPN page.\"\nTALK \"Bye\"\n"));
        QVERIFY(tab->isModified());
        tab->save();
        QTRY_VERIFY_WITH_TIMEOUT(tab->saveWatch() && tab->saveWatch()->isFinal(), 80000);
        QVERIFY2(tab->saveWatch()->stage() == SaveWatch::Stage::Failed, qPrintable(tab->bannerText()));
        QCOMPARE(tab->saveWatch()->errorLine(), 4);
        QCOMPARE(tab->view()->editor()->markersAt(4).size(), 1);
        QVERIFY(tab->bannerText().contains(QLatin1String("line 4")));
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        tab->view()->editor()->goToLine(4);
        shot(pane, QStringLiteral("drive-editor-compile-failure.png"));

        // Fixed: the confirmation reaches "compiled" (DriveMonitor may first count failures).
        replaceText(tab, tab->view()->editor()->toPlainText() + QStringLiteral("END IF\n"));
        tab->save();
        const SaveWatch* failed = tab->saveWatch();
        QTRY_VERIFY_WITH_TIMEOUT(tab->saveWatch() && tab->saveWatch() != failed && tab->saveWatch()->isFinal(), 80000);
        QVERIFY2(tab->saveWatch()->stage() == SaveWatch::Stage::Compiled
                || tab->saveWatch()->stage() == SaveWatch::Stage::Skipped,
            qPrintable(tab->bannerText()));
    }

    void conflictStopsTheSave()
    {
        const QString key = QStringLiteral("default.gbkb/tst-conflict-%1.txt").arg(QDateTime::currentMSecsSinceEpoch());
        QVERIFY(runSync(DriveCommands::pipe(QStringLiteral("default.gbai"), key, "one\n")).succeeded());
        PaneHarness h;
        DrivePane pane;
        h.answer = QString(); // confirm every save (a STAGE profile: no typed name)
        pane.setAutosaveDirectory(h.dir.filePath(QStringLiteral("autosave")));
        h.attach(&pane);
        h.connect(m_runner.get());
        DriveEditorTab* tab = open(pane, QStringLiteral("default.gbai"), key);
        QVERIFY(tab);
        QVERIFY(runSync(DriveCommands::pipe(QStringLiteral("default.gbai"), key, "changed elsewhere\n")).succeeded());
        replaceText(tab, QStringLiteral("mine\n"));
        tab->save();
        QTRY_VERIFY_WITH_TIMEOUT(tab->bannerText().contains(QLatin1String("changed on the host")), 30000);
        QVERIFY(tab->isModified());
        QVERIFY(tab->conflict());
        QCOMPARE(tab->conflict()->bytes, QByteArray("changed elsewhere\n"));
        QCOMPARE(cat(QStringLiteral("default.gbai"), key), QByteArray("changed elsewhere\n"));
        QVERIFY(h.asked.isEmpty()); // stopped before anything was asked or written
        shot(pane, QStringLiteral("drive-editor-conflict.png"));

        // "Overwrite anyway": against the version the conflict showed, with a backup and a journal entry.
        QSignalSpy ended(tab, &DriveEditorTab::saveEnded);
        tab->overwrite();
        QVERIFY(ended.wait(60000));
        const auto r = ended.first().first().value<RemoteSaveResult>();
        QVERIFY2(r.outcome == RemoteSaveResult::Outcome::Saved, qPrintable(r.message));
        QVERIFY(!tab->isModified());
        QCOMPARE(cat(QStringLiteral("default.gbai"), key), QByteArray("mine\n"));
        QCOMPARE(h.asked.size(), 1);
        QVERIFY(h.asked.first().commandLines().join(QLatin1Char('\n')).contains(QLatin1String("mc")));
        const auto entries = h.journal.entries();
        QVERIFY(entries.ok());
        const auto outcome = std::find_if(entries->cbegin(), entries->cend(),
            [](const JournalEntry& e) { return e.ok && e.backupPath.startsWith(QStringLiteral("/tmp/")); });
        QVERIFY(outcome != entries->cend());
        QVERIFY(r.backupPath.startsWith(QStringLiteral("/tmp/tst-conflict-")));
    }

    // A hostile object name travels as data: it opens, saves (backup, journal) and reads back exactly.
    void hostileNameSaves()
    {
        const QString key = QStringLiteral("default.gbkb/x $(touch pwned) 'q' \"d\" ;`id`-%1.txt")
                                .arg(QDateTime::currentMSecsSinceEpoch());
        QVERIFY(runSync(DriveCommands::pipe(QStringLiteral("default.gbai"), key, "one\n")).succeeded());
        PaneHarness h;
        h.answer = QString();
        DrivePane pane;
        pane.setAutosaveDirectory(h.dir.filePath(QStringLiteral("autosave")));
        h.attach(&pane);
        h.connect(m_runner.get());
        DriveEditorTab* tab = open(pane, QStringLiteral("default.gbai"), key);
        QVERIFY(tab);
        QCOMPARE(tab->view()->editor()->toPlainText(), QStringLiteral("one\n"));
        replaceText(tab, QStringLiteral("two\n"));
        QSignalSpy ended(tab, &DriveEditorTab::saveEnded);
        tab->save();
        QVERIFY(ended.wait(60000));
        const auto r = ended.first().first().value<RemoteSaveResult>();
        QVERIFY2(r.outcome == RemoteSaveResult::Outcome::Saved, qPrintable(r.message));
        QCOMPARE(cat(QStringLiteral("default.gbai"), key), QByteArray("two\n"));
        // Nothing ran the `$(touch pwned)` in the name (neither the host's shell nor the container's).
        const CommandResult pwned = m_session->runAndWait(
            RemoteCommand::of({ QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("ls -d pwned /tmp/pwned") }),
            30000);
        QVERIFY(pwned.exitCode != 0);
    }

    // Force re-sync gives the object a new ETag with the same bytes; delete copies the object to the
    // drive container's /tmp first, journals it, and removes it — for a hostile name too.
    void resyncAndDelete()
    {
        const QString stamp = QString::number(QDateTime::currentMSecsSinceEpoch());
        const QString doomed
            = QStringLiteral("default.gbkb/del $(touch pwned) 'q' ;-") + stamp + QStringLiteral(".txt");
        const QString resynced = QStringLiteral("default.gbkb/resync-") + stamp + QStringLiteral(".txt");
        QVERIFY(runSync(DriveCommands::pipe(QStringLiteral("default.gbai"), doomed, "bye\n")).succeeded());
        QVERIFY(runSync(DriveCommands::pipe(QStringLiteral("default.gbai"), resynced, "same\n")).succeeded());
        const auto etagOf = [this](const QString& key) {
            const auto e = DriveCommands::parseStatEtag(
                runSync(DriveCommands::stat(QStringLiteral("default.gbai"), key)).stdoutData);
            return e ? *e : QString();
        };
        const QString before = etagOf(resynced);
        QVERIFY(!before.isEmpty());

        PaneHarness h;
        h.answer = QString();
        DrivePane pane;
        pane.resize(1100, 750);
        pane.setAutosaveDirectory(h.dir.filePath(QStringLiteral("autosave")));
        h.attach(&pane);
        h.connect(m_runner.get());
        QSignalSpy listed(&pane, &DrivePane::listingFinished);
        pane.listPrefix(QStringLiteral("default.gbai"), QStringLiteral("default.gbkb/"));
        QVERIFY(listed.wait(30000));
        QSignalSpy done(&pane, &DrivePane::operationDone);

        QVERIFY(pane.selectKeys({ resynced }));
        QVERIFY(pane.resyncAction()->isEnabled());
        pane.resyncAction()->trigger();
        QVERIFY(done.wait(60000));
        QVERIFY2(done.last().first().toBool(), qPrintable(pane.banner()->text()));
        QCOMPARE(h.asked.size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(etagOf(resynced) != before, 10000);
        QCOMPARE(cat(QStringLiteral("default.gbai"), resynced), QByteArray("same\n"));
        QTRY_VERIFY_WITH_TIMEOUT(!pane.isListing(), 30000);

        QVERIFY(pane.selectKeys({ doomed }));
        pane.deleteAction()->trigger();
        QVERIFY(done.wait(60000));
        QVERIFY2(done.last().first().toBool(), qPrintable(pane.banner()->text()));
        QCOMPARE(h.asked.size(), 2);
        const Operation del = h.asked.last();
        QVERIFY(del.backupPath.startsWith(QStringLiteral("/tmp/del $(touch pwned) 'q' ;-")));
        QVERIFY(etagOf(doomed).isEmpty()); // gone
        RemoteCommand readBackup
            = RemoteCommand::of({ QStringLiteral("incus"), QStringLiteral("exec"), QStringLiteral("drive"),
                QStringLiteral("--"), QStringLiteral("cat"), QStringLiteral("--"), del.backupPath });
        readBackup.sudo = true;
        QCOMPARE(runSync(readBackup).stdoutData, QByteArray("bye\n"));
        const auto entries = h.journal.entries();
        QVERIFY(entries.ok());
        QVERIFY(std::any_of(entries->cbegin(), entries->cend(),
            [&](const JournalEntry& e) { return e.ok && e.backupPath == del.backupPath; }));
        QTRY_VERIFY_WITH_TIMEOUT(!pane.isListing(), 30000);
        for (int r = 0; r < pane.model()->rowCount(); ++r)
            QVERIFY(pane.model()->entry(r).key != doomed.mid(13));
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        shot(pane, QStringLiteral("drive-after-delete.png"));
    }

    void closingWithUnsavedChangesAsks()
    {
        PaneHarness h;
        DrivePane pane;
        h.answer = QString(); // confirm every save (a STAGE profile: no typed name)
        pane.setAutosaveDirectory(h.dir.filePath(QStringLiteral("autosave")));
        h.attach(&pane);
        h.connect(m_runner.get());
        DriveEditorTab* tab = open(pane, QStringLiteral("salesbot.gbai"), QStringLiteral("salesbot.gbot/config.csv"));
        QVERIFY(tab);
        QCOMPARE(pane.editorCount(), 1);
        tab->view()->editor()->appendPlainText(QStringLiteral("x,y"));
        QStringList asked;
        pane.askUnsaved = [&](const QString& name) {
            asked << name;
            return DrivePane::UnsavedAnswer::Cancel;
        };
        QVERIFY(!pane.closeEditor(0));
        QCOMPARE(pane.editorCount(), 1);
        QCOMPARE(asked, QStringList { QStringLiteral("config.csv") });
        QVERIFY(tab->title().startsWith(QStringLiteral("● ")));
        pane.askUnsaved = [](const QString&) { return DrivePane::UnsavedAnswer::Discard; };
        QVERIFY(pane.closeEditor(0));
        QCOMPARE(pane.editorCount(), 0);
    }
};

QTEST_MAIN(TstDrivePaneSimhost)
#include "tst_drivepane_simhost.moc"
