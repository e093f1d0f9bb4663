#include "core/dns/zonediagnosticmodel.h"
#include "core/dns/zonelistmodel.h"
#include "core/dns/zonerecordmodel.h"
#include "core/settings/appsettings.h"
#include "support/paneharness.h"
#include "widgets/common/messagebanner.h"
#include "widgets/dns/dnspane.h"
#include "widgets/dns/zonesavedialog.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTextCursor>

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

    void answerWithZone()
    {
        m_h->fake.answer = [](const RemoteCommand& c) {
            if (c.argv.contains(QStringLiteral("/opt/gbo/conf/Corefile")))
                return FakeCommandRunner::exited(0, kCorefile);
            if (c.argv.contains(QStringLiteral("/opt/gbo/data/example.com.zone")))
                return FakeCommandRunner::exited(0, kZone);
            if (c.argv.first() == QLatin1String("dig"))
                return FakeCommandRunner::exited(
                    0, "ns1.example.com. hostmaster.example.com. 2026051901 7200 3600 1209600 3600\n");
            return FakeCommandRunner::exited(1, {}, "unexpected");
        };
    }

    // A pane attached to the harness and connected, with example.com open.
    std::unique_ptr<DnsPane> openPane()
    {
        answerWithZone();
        auto pane = std::make_unique<DnsPane>();
        pane->setServer({ QStringLiteral("10.0.2.5"), 53 });
        pane->setRecoveryDirectory(m_h->dir.filePath(QStringLiteral("recovery")));
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

    void recoveryFileRestoresUnsavedWork()
    {
        QTemporaryDir dir;
        {
            auto pane = openPane();
            QVERIFY(pane);
            pane->setRecoveryDirectory(dir.path());
            pane->addRecord({ QStringLiteral("unsaved"), 3600, false, QStringLiteral("IN"), QStringLiteral("A"),
                QStringLiteral("10.0.0.77") });
            QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(dir.filePath(QStringLiteral("example.com.zone.unsaved"))), 5000);
        } // a crash would leave the file just the same
        auto pane = std::make_unique<DnsPane>();
        pane->setRecoveryDirectory(dir.path());
        pane->setServer({ QStringLiteral("10.0.2.5"), 53 });
        QSignalSpy loaded(pane.get(), &DnsPane::zonesLoaded);
        m_h->attach(pane.get()); // connected already: the pane refreshes at once
        QVERIFY(loaded.wait(5000));
        QSignalSpy opened(pane.get(), &DnsPane::zoneOpened);
        pane->openZone(QStringLiteral("example.com"));
        QVERIFY(opened.wait(5000));
        QVERIFY(pane->document()->save().contains("unsaved"));
        QVERIFY(pane->isModified());
        pane->undo();
        QCOMPARE(pane->document()->save(), kZone);
    }

    void saveGoesThroughTheHostContext()
    {
        auto pane = openPane();
        QVERIFY(pane);
        pane->setToday(QDate(2026, 12, 5));
        pane->setConfirmer([](ZoneSaveDialog&) { return true; });
        pane->addRecord({ QStringLiteral("new"), 3600, false, QStringLiteral("IN"), QStringLiteral("A"),
            QStringLiteral("10.0.0.50") });
        const qsizetype before = m_h->fake.commands.size();
        QSignalSpy saved(pane.get(), &DnsPane::saveFinished);
        pane->save(); // the host context's confirmer declines (PaneHarness::answer is nullopt)
        QCOMPARE(saved.size(), 1);
        QVERIFY(!saved.first().first().toBool());
        QCOMPARE(m_h->asked.size(), 1);
        QVERIFY2(m_h->asked.first().action.contains(QLatin1String("example.com.zone")),
            qPrintable(m_h->asked.first().action));
        QCOMPARE(m_h->fake.commands.size(), before); // nothing ran
        // The automatic serial bump went with the declined save; the user's edit stays.
        QVERIFY(!pane->document()->save().contains("2026120501"));
        QVERIFY(pane->document()->save().contains("new"));
        QVERIFY(pane->isModified());
        // A read-only profile refuses before anyone is asked, and says so in the banner.
        HostProfile p;
        p.name = QStringLiteral("watch");
        p.host = QStringLiteral("10.0.2.5");
        p.readOnly = true;
        m_h->host.setProfile(p);
        pane->save();
        QCOMPARE(saved.size(), 2);
        QCOMPARE(m_h->asked.size(), 1);
        QCOMPARE(pane->banner()->level(), MessageBanner::Level::Error);
        QVERIFY(pane->banner()->hasMessage());
        QCOMPARE(saved.last().at(1).toString(), pane->banner()->text());
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
        // The unsaved edit is in the recovery file at once.
        QVERIFY(QFile::exists(m_h->dir.filePath(QStringLiteral("recovery/example.com.zone.unsaved"))));
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
        pane->setRecoveryDirectory(m_h->dir.filePath(QStringLiteral("recovery")));
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

    void recoveryDirectoryIsPerProfileByDefault()
    {
        m_h->setProfile(QStringLiteral("prod one/$(x)"), Environment::Prod);
        DnsPane pane;
        m_h->attach(&pane);
        const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QCOMPARE(pane.recoveryDirectory(), base + QStringLiteral("/dns-recovery/prod_one___x_"));
        m_h->setProfile(QStringLiteral("stage"), Environment::Stage);
        QCOMPARE(pane.recoveryDirectory(), base + QStringLiteral("/dns-recovery/stage"));
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
        pane->setConfirmer([&](ZoneSaveDialog& d) {
            d.resize(900, 560);
            d.show();
            QTest::qWait(100);
            shown = d.grab().save(dir + QStringLiteral("/dns-diff.png"));
            return false;
        });
        pane->save();
        QVERIFY(shown);
    }
};

QTEST_MAIN(TestDnsPane)
#include "tst_dnspane.moc"
