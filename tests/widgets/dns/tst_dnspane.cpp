#include "core/dns/zonediagnosticmodel.h"
#include "core/dns/zonelistmodel.h"
#include "core/dns/zonerecordmodel.h"
#include "core/host/autosaver.h"
#include "core/host/autosavestore.h"
#include "core/host/remotefilecommands.h"
#include "core/settings/appsettings.h"
#include "support/paneharness.h"
#include "widgets/common/autosaverecoverywidget.h"
#include "widgets/common/messagebanner.h"
#include "widgets/common/operationconsentwidget.h"
#include "widgets/common/saveconflictactions.h"
#include "widgets/dns/dnspane.h"
#include "widgets/dns/zonesavedialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QCryptographicHash>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTextCursor>
#include <QTimer>

namespace {
const QByteArray kCorefile = "example.com:53 {\n    file /opt/gbo/data/example.com.zone { reload 30s }\n}\n";
const QByteArray kZone = "; managed by hand\n"
                         "$ORIGIN example.com.\n"
                         "$TTL 3600\n"
                         "@ IN SOA ns1 hostmaster ( 2026051901 7200 3600 1209600 3600 )\n"
                         "  IN NS ns1\n"
                         "ns1   IN A 10.0.0.2   ; name server\n"
                         "www   IN CNAME chat\n"
                         "chat  IN A 10.0.0.10\n"
                         "mail  IN A 10.0.0.16\n"
                         "@     IN MX 10 mail\n"
                         "@     IN TXT \"v=spf1 mx -all\"\n";
} // namespace

class TestDnsPane : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<PaneHarness> m_h;

    // The dns container's zone file as the fake host holds it; RemoteFile's commands act on it.
    QByteArray m_hostZone;
    int m_mtime = 1;
    int m_writes = 0;

    QByteArray token() const
    {
        return "file:" + QByteArray::number(m_hostZone.size()) + ":17000000" + QByteArray::number(m_mtime)
            + ".000000000:" + QCryptographicHash::hash(m_hostZone, QCryptographicHash::Sha256).toHex();
    }
    void changeOnHost(const QByteArray& bytes)
    {
        m_hostZone = bytes;
        ++m_mtime;
    }

    void answerWithZone()
    {
        m_hostZone = kZone;
        m_writes = 0;
        m_h->fake.answer = [this](const RemoteCommand& c) {
            const int dashC = int(c.argv.indexOf(QStringLiteral("-c")));
            const QString script = dashC > 0 ? c.argv.value(dashC + 1) : QString();
            if (c.argv.contains(QStringLiteral("/opt/gbo/conf/Corefile")))
                return FakeCommandRunner::exited(0, kCorefile);
            if (!script.isEmpty() && c.argv.contains(QStringLiteral("/opt/gbo/data/example.com.zone"))) {
                if (script.contains(QLatin1String("mktemp"))) { // RemoteFileCommands::write
                    if (c.argv.value(dashC + 4) != QString::fromLatin1(token()))
                        return FakeCommandRunner::exited(RemoteFileCommands::Changed, {}, "changed");
                    changeOnHost(c.stdinData);
                    ++m_writes;
                    return FakeCommandRunner::exited(0);
                }
                if (script.contains(QLatin1String("exec cat"))) // open
                    return FakeCommandRunner::exited(0, token() + '\n' + m_hostZone);
                if (script.contains(QLatin1String("does not hold"))) // verify
                    return FakeCommandRunner::exited(0);
                return FakeCommandRunner::exited(0, token() + '\n'); // stat
            }
            if (c.argv.contains(QStringLiteral("/opt/gbo/data/example.com.zone"))) // cat, backup
                return FakeCommandRunner::exited(0, m_hostZone);
            if (c.argv.first() == QLatin1String("dig"))
                return FakeCommandRunner::exited(
                    0, "ns1.example.com. hostmaster.example.com. 2026051901 7200 3600 1209600 3600\n");
            if (c.argv.contains(QStringLiteral("pkill")))
                return FakeCommandRunner::exited(0);
            return FakeCommandRunner::exited(1, {}, "unexpected");
        };
    }

    int commandsWith(const QString& word) const
    {
        int n = 0;
        for (const RemoteCommand& c : std::as_const(m_h->fake.commands))
            n += c.argv.contains(word) || c.argv.join(u' ').contains(word) ? 1 : 0;
        return n;
    }

    // A pane attached to the harness and connected, with example.com open.
    std::unique_ptr<DnsPane> openPane(bool fresh = true)
    {
        if (fresh)
            answerWithZone();
        auto pane = std::make_unique<DnsPane>();
        pane->setServer({ QStringLiteral("10.0.2.5"), 53 });
        pane->setAutosaveDirectory(m_h->dir.filePath(QStringLiteral("autosave")));
        QSignalSpy loaded(pane.get(), &DnsPane::zonesLoaded);
        m_h->attach(pane.get());
        m_h->connect();
        if (!loaded.wait(5000))
            return nullptr;
        QSignalSpy opened(pane.get(), &DnsPane::zoneOpened);
        pane->openZone(QStringLiteral("example.com"));
        if (!opened.wait(5000))
            return nullptr;
        return pane;
    }

    static void showText(DnsPane& pane) { pane.findChild<QTabWidget*>(QStringLiteral("views"))->setCurrentIndex(1); }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { m_h = std::make_unique<PaneHarness>(); }
    void cleanup() { m_h.reset(); }

    void modelsStayConsistentThroughEdits()
    {
        auto pane = openPane();
        QVERIFY(pane);
        QAbstractItemModelTester t1(pane->recordModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(pane->recordProxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(pane->recordModel()->rowCount(), 8);
        pane->addRecord({ QStringLiteral("new"), 3600, false, QStringLiteral("IN"), QStringLiteral("A"),
            QStringLiteral("10.0.0.50") });
        const int pos = pane->recordModel()->entryPosition(3);
        pane->applyRecord(pos,
            { QStringLiteral("chat"), 3600, false, QStringLiteral("IN"), QStringLiteral("A"),
                QStringLiteral("10.0.0.11") });
        pane->undo();
        pane->redo();
        showText(*pane);
        QTextCursor c(pane->textEdit()->document());
        c.movePosition(QTextCursor::End);
        c.insertText(QStringLiteral("typed IN AAAA 2001:db8::1\n"));
        pane->flushText();
        QCOMPARE(pane->recordModel()->rowCount(), 10);
    }

    void textAndTableStayInSyncLosslessly()
    {
        auto pane = openPane();
        QVERIFY(pane);
        showText(*pane);
        QCOMPARE(pane->textEdit()->toPlainText().toUtf8(), kZone);
        // Table edit: only the value changes on that line; its comment and spacing stay.
        const int row = 2; // ns1
        pane->applyRecord(pane->recordModel()->entryPosition(row),
            { QStringLiteral("ns1"), 3600, false, QStringLiteral("IN"), QStringLiteral("A"),
                QStringLiteral("10.0.0.3") });
        QVERIFY(pane->textEdit()->toPlainText().contains(QLatin1String("ns1   IN A 10.0.0.3   ; name server\n")));
        QCOMPARE(pane->textEdit()->toPlainText().toUtf8(), pane->document()->save());
        // Text edit in the middle of a line: the table row follows.
        const QString text = pane->textEdit()->toPlainText();
        QTextCursor c(pane->textEdit()->document());
        const int at = int(text.indexOf(QLatin1String("10.0.0.16")));
        c.setPosition(at);
        c.setPosition(at + 9, QTextCursor::KeepAnchor);
        c.insertText(QStringLiteral("10.0.0.99"));
        pane->flushText();
        QCOMPARE(pane->document()->save(), pane->textEdit()->toPlainText().toUtf8());
        bool found = false;
        for (int r = 0; r < pane->recordModel()->rowCount(); ++r)
            found = found
                || pane->recordModel()->index(r, ZoneRecordModel::Data).data().toString() == QLatin1String("10.0.0.99");
        QVERIFY(found);
        // Opening a parenthesis that spans lines re-reads what follows.
        c.movePosition(QTextCursor::End);
        c.insertText(QStringLiteral("multi IN TXT ( \"a\"\n   \"b\" )\n"));
        pane->flushText();
        QCOMPARE(pane->document()->save(), pane->textEdit()->toPlainText().toUtf8());
        QVERIFY(!pane->document()->hasErrors());
        // Undo the three edits: back to the file's exact bytes, in both views.
        pane->undo();
        pane->undo();
        pane->undo();
        QCOMPARE(pane->document()->save(), kZone);
        QCOMPARE(pane->textEdit()->toPlainText().toUtf8(), kZone);
        QVERIFY(!pane->isModified());
    }

    void filterByNameTypeValue()
    {
        auto pane = openPane();
        QVERIFY(pane);
        auto* filter = pane->findChild<QLineEdit*>(QStringLiteral("filter"));
        filter->setText(QStringLiteral("10.0.0.1"));
        QCOMPARE(pane->recordProxy()->rowCount(), 2); // chat 10.0.0.10, mail 10.0.0.16
        filter->setText(QStringLiteral("CNAME"));
        QCOMPARE(pane->recordProxy()->rowCount(), 1);
        filter->clear();
        auto* type = pane->findChild<QComboBox*>(QStringLiteral("typeFilter"));
        type->setCurrentIndex(type->findData(QStringLiteral("A")));
        QCOMPARE(pane->recordProxy()->rowCount(), 3);
    }

    void diagnosticsJumpAndErrorsBlockSaving()
    {
        auto pane = openPane();
        QVERIFY(pane);
        showText(*pane);
        QTextCursor c(pane->textEdit()->document());
        c.movePosition(QTextCursor::End);
        c.insertText(QStringLiteral("bad IN A 10.0.0.300\n"));
        pane->flushText();
        QAbstractItemModel* diagnostics = pane->diagnosticsList()->model();
        QCOMPARE(diagnostics, pane->diagnosticModel());
        QTRY_VERIFY(diagnostics->index(0, 0).data().toString().startsWith(QLatin1String("Error")));
        const QModelIndex item = diagnostics->index(0, 0);
        QVERIFY2(item.data().toString().contains(QLatin1String("line 12")), qPrintable(item.data().toString()));
        Q_EMIT pane->diagnosticsList()->activated(item);
        QCOMPARE(pane->textEdit()->textCursor().blockNumber(), 11);
        QAction* save = nullptr;
        for (QAction* a : pane->paneActions()) {
            if (a->shortcut() == QKeySequence(QKeySequence::Save))
                save = a;
        }
        QVERIFY(save);
        QVERIFY(!save->isEnabled());
        pane->undo();
        QVERIFY(!save->isEnabled()); // nothing to save either
        QTRY_VERIFY(pane->diagnosticModel()->isPlaceholder(0)); // "No problems found."
        QCOMPARE(diagnostics->rowCount(), 1);
        // A warning (MX → CNAME) does not block.
        c.movePosition(QTextCursor::End);
        c.insertText(QStringLiteral("@ IN MX 20 www\n"));
        pane->flushText();
        QTRY_VERIFY(diagnostics->index(0, 0).data().toString().startsWith(QLatin1String("Warning")));
        QVERIFY(save->isEnabled());
    }

    void autosaveOffersTheKeptEditBack()
    {
        const QString autosave = m_h->dir.filePath(QStringLiteral("autosave"));
        const RemoteLocation location
            = RemoteLocation::containerFile(QStringLiteral("dns"), QStringLiteral("/opt/gbo/data/example.com.zone"));
        {
            auto pane = openPane();
            QVERIFY(pane);
            pane->autosaver()->setDelay(10);
            pane->addRecord({ QStringLiteral("unsaved"), 3600, false, QStringLiteral("IN"), QStringLiteral("A"),
                QStringLiteral("10.0.0.77") });
            QSignalSpy stored(pane->autosaver(), &Autosaver::stored);
            QVERIFY(stored.wait(5000));
        } // a crash would leave the entry just the same
        QVERIFY(AutosaveStore(autosave).contains(QStringLiteral("test"), location));

        // Opened again: offered (not applied), made on the file as the host holds it now.
        auto pane = openPane(false);
        QVERIFY(pane);
        QVERIFY(pane->keptEdit());
        QVERIFY(pane->keptEditMatchesHost());
        QVERIFY(!pane->isModified());
        QCOMPARE(pane->banner()->actions().size(), 3); // restore, compare, discard
        pane->restoreKeptEdit();
        QVERIFY(pane->document()->save().contains("unsaved"));
        QVERIFY(pane->isModified());
        pane->undo(); // one edit: back to the host's file
        QCOMPARE(pane->document()->save(), kZone);
        pane->redo();
        pane->autosaver()->flush();
        QTRY_VERIFY(!pane->autosaver()->isWriting());
        pane.reset();

        // The file changes on the host: the kept edit is shown as made on an older version, and
        // saving it after a restore stops at the conflict.
        changeOnHost(kZone + "; edited on the host\n");
        pane = openPane(false);
        QVERIFY(pane);
        QVERIFY(pane->keptEdit());
        QVERIFY(!pane->keptEditMatchesHost());
        QCOMPARE(pane->banner()->level(), MessageBanner::Level::Warning);
        QVERIFY(pane->banner()->text().contains(QLatin1String("OLDER")));
        pane->restoreKeptEdit();
        pane->setToday(QDate(2026, 12, 5));
        bool asked = false;
        pane->setConfirmer([&](ZoneSaveDialog&) { return asked = true; });
        QSignalSpy saved(pane.get(), &DnsPane::saveFinished);
        pane->save();
        QVERIFY(saved.wait(5000));
        QVERIFY(!saved.first().first().toBool());
        QVERIFY(!asked); // the conflict is found before anything is confirmed
        QVERIFY(pane->conflict());
        QCOMPARE(pane->conflict()->bytes, m_hostZone);
        QCOMPARE(m_writes, 0);
        QVERIFY(pane->document()->save().contains("unsaved"));
        QVERIFY(!pane->document()->save().contains("2026120500")); // the bump went with it

        // Discard: gone from the store, the pane keeps what it shows.
        pane.reset();
        pane = openPane(false);
        QVERIFY(pane && pane->keptEdit());
        pane->discardKeptEdit();
        QVERIFY(!AutosaveStore(autosave).contains(QStringLiteral("test"), location));
    }

    // The kept edits of zones not open are listed when the pane attaches; restoring one opens its
    // zone with the edit applied.
    void recoveryListOpensTheZoneWithTheEdit()
    {
        {
            auto pane = openPane();
            QVERIFY(pane);
            pane->autosaver()->setDelay(10);
            pane->addRecord({ QStringLiteral("listed"), 3600, false, QStringLiteral("IN"), QStringLiteral("A"),
                QStringLiteral("10.0.0.78") });
            QSignalSpy stored(pane->autosaver(), &Autosaver::stored);
            QVERIFY(stored.wait(5000));
        }
        auto pane = std::make_unique<DnsPane>();
        pane->setServer({ QStringLiteral("10.0.2.5"), 53 });
        pane->setAutosaveDirectory(m_h->dir.filePath(QStringLiteral("autosave")));
        QSignalSpy loaded(pane.get(), &DnsPane::zonesLoaded);
        m_h->attach(pane.get());
        QVERIFY(loaded.wait(5000));
        AutosaveRecoveryWidget* list = pane->recoveryWidget();
        QCOMPARE(list->entries().size(), 1);
        QVERIFY(!list->isHidden());
        QSignalSpy opened(pane.get(), &DnsPane::zoneOpened);
        Q_EMIT list->restoreRequested(list->entries().first());
        QVERIFY(opened.wait(5000));
        QVERIFY(pane->document()->save().contains("listed"));
        QVERIFY(pane->isModified());
        QVERIFY(!pane->keptEdit()); // applied, not offered again
    }

    // A conflict offers the editors' shared actions (SaveConflictActions): Compare shows the host's
    // version beside mine, Overwrite re-plans on the host's bytes (the diff against theirs, the
    // serial raised above theirs, also when they raised it) and asks the one save confirmation
    // again, Reload drops the edit.
    void conflictUsesTheSharedActions()
    {
        auto pane = openPane();
        QVERIFY(pane);
        pane->setToday(QDate(2026, 12, 5));
        QString diff;
        pane->setConfirmer([&](ZoneSaveDialog& d) {
            diff = d.diffText();
            return true;
        });
        pane->addRecord({ QStringLiteral("mine"), 3600, false, QStringLiteral("IN"), QStringLiteral("A"),
            QStringLiteral("10.0.0.70") });
        // Someone edits the file by hand (same serial) after it was opened.
        const QByteArray theirs = kZone + "theirs IN A 10.0.0.71\n";
        changeOnHost(theirs);
        QSignalSpy saved(pane.get(), &DnsPane::saveFinished);
        pane->save();
        QTRY_COMPARE(saved.count(), 1);
        QVERIFY(!saved.last().first().toBool());
        QCOMPARE(m_writes, 0);
        SaveConflictActions* conflict = pane->conflictActions();
        QVERIFY(conflict->conflict());
        QCOMPARE(conflict->conflict()->bytes, theirs);
        QCOMPARE(pane->conflict()->bytes, theirs);
        QCOMPARE(pane->banner()->level(), MessageBanner::Level::Error);
        // DNS's own copy of the actions is gone: the banner shows the shared ones.
        QCOMPARE(pane->banner()->actions(), conflict->actions());
        QCOMPARE(pane->banner()->actions().size(), 3);

        QSignalSpy shown(conflict, &SaveConflictActions::differenceShown);
        conflict->compareAction()->trigger();
        QVERIFY(shown.wait(5000));
        auto* dialog = shown.first().first().value<QWidget*>();
        auto* text = dialog->findChild<QPlainTextEdit*>();
        QVERIFY(text);
        QVERIFY2(
            text->toPlainText().contains(QLatin1String("-theirs IN A 10.0.0.71")), qPrintable(text->toPlainText()));
        QVERIFY(text->toPlainText().contains(QLatin1String("+mine")));
        dialog->close();

        conflict->overwriteAction()->trigger();
        QTRY_COMPARE(saved.count(), 2);
        QVERIFY2(saved.last().first().toBool(), qPrintable(saved.last().at(1).toString()));
        QCOMPARE(m_writes, 1);
        QVERIFY(m_hostZone.contains("mine"));
        QVERIFY(!m_hostZone.contains("theirs"));
        QVERIFY2(m_hostZone.contains("2026120500"), m_hostZone.constData()); // above theirs (2026051901)
        // The confirmation's diff was against the host's bytes.
        QVERIFY2(diff.contains(QLatin1String("-theirs IN A 10.0.0.71")), qPrintable(diff));
        QVERIFY(!pane->conflict());

        // Theirs raised the serial too: overwrite raises mine above theirs.
        pane->addRecord({ QStringLiteral("second"), 3600, false, QStringLiteral("IN"), QStringLiteral("A"),
            QStringLiteral("10.0.0.72") });
        QByteArray higher = m_hostZone;
        higher.replace("2026120500", "2026120507");
        changeOnHost(higher);
        pane->save();
        QTRY_COMPARE(saved.count(), 3);
        QVERIFY(conflict->conflict());
        conflict->overwriteAction()->trigger();
        QTRY_COMPARE(saved.count(), 4);
        QVERIFY2(saved.last().first().toBool(), qPrintable(saved.last().at(1).toString()));
        QCOMPARE(m_writes, 2);
        QVERIFY(m_hostZone.contains("second"));
        QVERIFY2(m_hostZone.contains("2026120508"), m_hostZone.constData());

        // Reload drops the edit and reads the host's file.
        pane->addRecord({ QStringLiteral("dropped"), 3600, false, QStringLiteral("IN"), QStringLiteral("A"),
            QStringLiteral("10.0.0.73") });
        higher = m_hostZone + "; by hand\n";
        changeOnHost(higher);
        pane->save();
        QTRY_COMPARE(saved.count(), 5);
        QVERIFY(conflict->conflict());
        QSignalSpy opened(pane.get(), &DnsPane::zoneOpened);
        conflict->reloadAction()->trigger();
        QVERIFY(opened.wait(5000));
        QCOMPARE(pane->document()->save(), higher);
        QVERIFY(!pane->isModified());
        QVERIFY(!pane->conflict());
    }

    // Typing in the text view without a pause (the text timer never fires) still reaches the
    // autosave store while the typing goes on; a crash loses at most about a second. The zone is
    // serialised for it on the worker thread (ZoneDocument::saveLater, tested in tst_zonedocument).
    void typingWithoutAPauseIsAutosaved()
    {
        auto pane = openPane();
        QVERIFY(pane);
        QCOMPARE(pane->autosaver()->delay(), 1000);
        pane->autosaver()->setDelay(200);
        showText(*pane);
        QTRY_VERIFY(!pane->textEdit()->toPlainText().isEmpty());
        const AutosaveStore store(m_h->dir.filePath(QStringLiteral("autosave")));
        QTextCursor c(pane->textEdit()->document());
        c.movePosition(QTextCursor::End);
        c.insertText(QStringLiteral("typed IN TXT \""));
        QTimer typing;
        typing.setInterval(30); // far under the text view's 300 ms pause
        connect(&typing, &QTimer::timeout, pane.get(), [&c] { c.insertText(QStringLiteral("x")); });
        typing.start();
        QTRY_VERIFY_WITH_TIMEOUT(store.contains(QStringLiteral("test"), pane->remoteFile()->location()), 10000);
        typing.stop();
        const auto kept = store.load(QStringLiteral("test"), pane->remoteFile()->location());
        QVERIFY(kept);
        QVERIFY2(kept->bytes.contains("typed IN TXT \"x"), kept->bytes.constData());
    }

    void saveIsOneConfirmation()
    {
        auto pane = openPane();
        QVERIFY(pane);
        pane->setToday(QDate(2026, 12, 5));
        int dialogs = 0;
        bool accept = false;
        QString commands;
        pane->setConfirmer([&](ZoneSaveDialog& d) {
            ++dialogs;
            commands = d.commandsText();
            [&] {
                QVERIFY(d.diffText().contains(QLatin1String("+new")));
                QVERIFY(d.saveButton()->isEnabled()); // STAGE: no name to type
            }();
            d.setSendSignal(true);
            commands = d.commandsText();
            return accept;
        });
        pane->addRecord({ QStringLiteral("new"), 3600, false, QStringLiteral("IN"), QStringLiteral("A"),
            QStringLiteral("10.0.0.50") });
        QSignalSpy saved(pane.get(), &DnsPane::saveFinished);

        // Declined in the dialog: nothing written, the bump undone, the edit kept.
        pane->save();
        QVERIFY(saved.wait(5000));
        QVERIFY(!saved.last().first().toBool());
        QCOMPARE(dialogs, 1);
        QCOMPARE(m_writes, 0);
        QVERIFY(!pane->document()->save().contains("2026120500"));
        QVERIFY(pane->document()->save().contains("new"));
        QVERIFY(pane->isModified());

        // Accepted: written at once, and the SIGUSR1 chosen there runs too, with no second question.
        accept = true;
        pane->save();
        QVERIFY(saved.wait(5000));
        QVERIFY2(saved.last().first().toBool(), qPrintable(saved.last().at(1).toString()));
        QCOMPARE(dialogs, 2);
        QVERIFY(m_h->asked.isEmpty()); // the host context's confirmation never came up
        QCOMPARE(m_writes, 1);
        QCOMPARE(m_hostZone, pane->document()->save());
        QVERIFY2(m_hostZone.contains("2026120500"), m_hostZone.constData());
        QVERIFY(!pane->isModified());
        // The dialog showed the exact commands: backup, checked write, verify, the signal.
        QVERIFY(commands.contains(QLatin1String("cp -a -- /opt/gbo/data/example.com.zone /tmp/example.com.zone.")));
        QVERIFY(commands.contains(QLatin1String("mktemp")));
        QVERIFY(commands.contains(QLatin1String("pkill -USR1 -x coredns")));
        QVERIFY(!commands.contains(QLatin1String("-HUP")));
        QTRY_COMPARE(commandsWith(QStringLiteral("pkill")), 1);
        QCOMPARE(m_h->asked.size(), 0);
        const auto entries = m_h->journal.entries();
        QVERIFY(entries);
        int finished = 0;
        for (const JournalEntry& e : *entries)
            finished += e.phase != JournalEntry::Phase::Started ? 1 : 0;
        QTRY_VERIFY(finished >= 1);

        // A read-only profile refuses; the banner says why.
        pane->addRecord({ QStringLiteral("more"), 3600, false, QStringLiteral("IN"), QStringLiteral("A"),
            QStringLiteral("10.0.0.51") });
        HostProfile p;
        p.name = QStringLiteral("watch");
        p.host = QStringLiteral("10.0.2.5");
        p.readOnly = true;
        m_h->host.setProfile(p);
        pane->save();
        QVERIFY(saved.wait(5000));
        QVERIFY(!saved.last().first().toBool());
        QCOMPARE(m_writes, 1);
        QCOMPARE(pane->banner()->level(), MessageBanner::Level::Error);
        QVERIFY2(pane->banner()->text().contains(QLatin1String("read-only")), qPrintable(pane->banner()->text()));
    }

    void prodStillNeedsTheTypedName()
    {
        m_h->setProfile(QStringLiteral("prod"), Environment::Prod);
        auto pane = openPane();
        QVERIFY(pane);
        pane->setToday(QDate(2026, 12, 5));
        int dialogs = 0;
        QString typed;
        pane->setConfirmer([&](ZoneSaveDialog& d) {
            ++dialogs;
            [&] {
                QVERIFY(d.consentWidget()->needsTypedName());
                QVERIFY(!d.saveButton()->isEnabled());
                QVERIFY(!d.canSave());
                d.setTypedName(QStringLiteral("example.com"));
                QVERIFY(!d.saveButton()->isEnabled()); // not the file's name
                d.setTypedName(typed);
                d.setSendSignal(!typed.isEmpty()); // the SIGUSR1 is covered by the same name
                QCOMPARE(d.canSave(), !typed.isEmpty());
            }();
            return true; // even "accepted" without the name must not write
        });
        pane->addRecord({ QStringLiteral("prodhost"), 3600, false, QStringLiteral("IN"), QStringLiteral("A"),
            QStringLiteral("10.0.0.60") });
        QSignalSpy saved(pane.get(), &DnsPane::saveFinished);
        pane->save();
        QVERIFY(saved.wait(5000));
        QVERIFY(!saved.last().first().toBool());
        QCOMPARE(m_writes, 0);
        QVERIFY2(pane->banner()->text().contains(QLatin1String("PROD")), qPrintable(pane->banner()->text()));
        QVERIFY(pane->isModified());

        typed = QStringLiteral("example.com.zone");
        pane->save();
        QVERIFY(saved.wait(5000));
        QVERIFY2(saved.last().first().toBool(), qPrintable(saved.last().at(1).toString()));
        QCOMPARE(dialogs, 2);
        QVERIFY(m_h->asked.isEmpty());
        QCOMPARE(m_writes, 1);
        QTRY_COMPARE(commandsWith(QStringLiteral("pkill")), 1);
        QVERIFY(m_h->asked.isEmpty());
    }

    void recordDialogEditIsOneUndoStep()
    {
        auto pane = openPane();
        QVERIFY(pane);
        // Owner and type changed: one step, the comment at the line's end kept.
        const int row = 2; // ns1 ... ; name server
        const int pos = pane->recordModel()->entryPosition(row);
        pane->applyRecord(pos,
            { QStringLiteral("ns2"), 3600, false, QStringLiteral("IN"), QStringLiteral("AAAA"),
                QStringLiteral("2001:db8::2") });
        QVERIFY(pane->document()->save().contains("ns2"));
        QVERIFY(pane->document()->save().contains("2001:db8::2   ; name server\n"));
        pane->undo();
        QCOMPARE(pane->document()->save(), kZone);
        QVERIFY(!pane->isModified());
        // Value and an explicit TTL at once: one step too.
        pane->applyRecord(pane->recordModel()->entryPosition(3),
            { QStringLiteral("www"), 600, true, QStringLiteral("IN"), QStringLiteral("CNAME"),
                QStringLiteral("mail") });
        QVERIFY(pane->document()->save().contains("600"));
        pane->undo();
        QCOMPARE(pane->document()->save(), kZone);
    }

    void disconnectKeepsWhatIsShownAndReconnectRefreshes()
    {
        auto pane = openPane();
        QVERIFY(pane);
        pane->addRecord({ QStringLiteral("kept"), 3600, false, QStringLiteral("IN"), QStringLiteral("A"),
            QStringLiteral("10.0.0.51") });
        m_h->disconnect();
        QVERIFY(pane->document());
        QVERIFY(pane->document()->save().contains("kept"));
        QCOMPARE(pane->currentZone(), QStringLiteral("example.com"));
        QCOMPARE(pane->zoneModel()->rowCount(), 1);
        QVERIFY(!pane->paneActions().first()->isEnabled()); // Refresh needs a connection
        QVERIFY(pane->banner()->hasMessage());
        // The unsaved edit goes to the autosave store at once.
        QTRY_VERIFY(AutosaveStore(m_h->dir.filePath(QStringLiteral("autosave")))
                        .contains(QStringLiteral("test"), pane->remoteFile()->location()));
        QSignalSpy loaded(pane.get(), &DnsPane::zonesLoaded);
        m_h->connect();
        QVERIFY(loaded.wait(5000));
        QVERIFY(pane->paneActions().first()->isEnabled());
        QVERIFY(pane->document()->save().contains("kept"));
    }

    void serverOverrideFromTheSettings()
    {
        answerWithZone();
        m_h->settings.set(Settings::Keys::DnsServerOverride, QStringLiteral("127.0.0.1:5353"));
        auto pane = std::make_unique<DnsPane>();
        pane->setAutosaveDirectory(m_h->dir.filePath(QStringLiteral("autosave")));
        QSignalSpy served(pane.get(), &DnsPane::servedSerialsUpdated);
        m_h->attach(pane.get());
        m_h->connect();
        QVERIFY(served.wait(5000));
        const auto digs = [this] {
            QList<QStringList> out;
            for (const RemoteCommand& c : std::as_const(m_h->fake.commands)) {
                if (c.argv.first() == QLatin1String("dig"))
                    out.append(c.argv);
            }
            return out;
        };
        QVERIFY(!digs().isEmpty());
        QVERIFY(digs().last().contains(QStringLiteral("@127.0.0.1")));
        QCOMPARE(digs().last().at(digs().last().indexOf(QStringLiteral("-p")) + 1), QStringLiteral("5353"));
        // Never asked for the container's address.
        for (const RemoteCommand& c : std::as_const(m_h->fake.commands))
            QVERIFY(c.argv.value(1) != QLatin1String("list"));
        // An IPv6 override with a port is read too; a bad one is said, and the container is asked.
        m_h->settings.set(Settings::Keys::DnsServerOverride, QStringLiteral("[::1]:5354"));
        QVERIFY(served.wait(5000));
        QVERIFY(digs().last().contains(QStringLiteral("@::1")));
        QVERIFY(digs().last().contains(QStringLiteral("5354")));
        m_h->settings.set(Settings::Keys::DnsServerOverride, QStringLiteral("127.0.0.1:port"));
        QCOMPARE(pane->banner()->level(), MessageBanner::Level::Error);
        QVERIFY(pane->banner()->text().contains(QLatin1String("127.0.0.1:port")));
    }

    // README pictures (only when GBADMIN_SCREENSHOT_DIR is set): the table, the text, the diff.
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("GBADMIN_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("GBADMIN_SCREENSHOT_DIR not set");
        auto pane = openPane();
        QVERIFY(pane);
        pane->resize(1280, 720);
        pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(pane.get()));
        pane->addRecord({ QStringLiteral("drive"), 300, true, QStringLiteral("IN"), QStringLiteral("A"),
            QStringLiteral("10.0.0.14") });
        pane->applyRecord(pane->recordModel()->entryPosition(5),
            { QStringLiteral("mail"), 3600, false, QStringLiteral("IN"), QStringLiteral("A"),
                QStringLiteral("10.0.0.17") });
        QTest::qWait(100);
        QVERIFY(pane->grab().save(dir + QStringLiteral("/dns-table.png")));
        showText(*pane);
        QTextCursor c(pane->textEdit()->document());
        c.movePosition(QTextCursor::End);
        c.insertText(QStringLiteral("webmail IN CNAME mail.example.net\n"));
        pane->flushText();
        QTest::qWait(100);
        QVERIFY(pane->grab().save(dir + QStringLiteral("/dns-text.png")));
        bool shown = false;
        pane->setToday(QDate(2026, 12, 5));
        m_h->setProfile(QStringLiteral("gb-prod"), Environment::Prod); // the typed-name field shows
        pane->setConfirmer([&](ZoneSaveDialog& d) {
            d.consentWidget()->setCommandsShown(true);
            d.setTypedName(QStringLiteral("example.com.zone"));
            d.resize(960, 820);
            d.show();
            QTest::qWait(100);
            shown = d.grab().save(dir + QStringLiteral("/dns-diff.png"));
            return false;
        });
        QSignalSpy saved(pane.get(), &DnsPane::saveFinished);
        pane->save();
        QVERIFY(saved.wait(5000));
        QVERIFY(shown);
    }
};

QTEST_MAIN(TestDnsPane)
#include "tst_dnspane.moc"
