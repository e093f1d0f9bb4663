// Issue 12 against the simulated host: real sshd, the incus shim, and BIND serving the dns
// container's zone files with CoreDNS's reload rule (a file is reloaded only when its SOA serial
// changes). Everything goes through the real SSH session, the pane and the operation runner.
#include "core/dns/soaserial.h"
#include "core/dns/zonelistmodel.h"
#include "core/dns/zonerecordmodel.h"
#include "core/dns/zonesave.h"
#include "core/host/autosavestore.h"
#include "core/host/hostprofile.h"
#include "core/host/profiletarget.h"
#include "core/host/sessioncommandrunner.h"
#include "core/ssh/sshsession.h"
#include "support/paneharness.h"
#include "support/simhostenv.h"
#include "support/simhostsession.h"
#include "widgets/dns/dnspane.h"
#include "widgets/dns/zonesavedialog.h"

#include <QDir>
#include <QFile>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>

namespace {
// Passes commands to the real runner; the zone write can be cut short like a connection that
// drops while the file is being uploaded (the remote side sees its input end early).
class CuttingRunner : public CommandRunner
{
public:
    CommandRunner* inner = nullptr;
    bool cutWrite = false;
    CommandJob* run(const RemoteCommand& command, QObject* parent) override
    {
        RemoteCommand c = command;
        if (cutWrite && c.argv.contains(QStringLiteral("sh")) && !c.stdinData.isEmpty())
            c.stdinData.truncate(c.stdinData.size() / 2);
        return inner->run(c, parent);
    }
};
} // namespace

class TestDnsPaneSimhost : public QObject
{
    Q_OBJECT
private:
    SimHostEnv m_env;
    QTemporaryDir m_dir;
    std::unique_ptr<SshSession> m_session;
    std::unique_ptr<SessionCommandRunner> m_runner;
    CuttingRunner m_cutting;
    HostProfile m_profile;
    PaneHarness m_h; // the host context: its confirmer says yes (STAGE), its commands go to m_cutting
    std::unique_ptr<DnsPane> m_pane;
    QMap<QString, QByteArray> m_originals;
    QString m_lastDiff;
    bool m_sendSignal = false;

    QString zoneFile(const QString& zone) const
    {
        return m_env.dir + QStringLiteral("/root/dns/opt/gbo/data/") + zone + QStringLiteral(".zone");
    }
    QByteArray hostFile(const QString& zone) const
    {
        QFile f(zoneFile(zone));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    QStringList dig(const QString& name, const QString& type) const
    {
        QProcess p;
        p.start(QStringLiteral("dig"),
            { QStringLiteral("+short"), QStringLiteral("@127.0.0.1"), QStringLiteral("-p"),
                m_env.all.value(QStringLiteral("SIMHOST_DNS_PORT")), QStringLiteral("-t"), type, QStringLiteral("-q"),
                name });
        p.waitForFinished(20000);
        return QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
    quint32 servedSerial(const QString& zone) const
    {
        const QStringList soa = dig(zone + u'.', QStringLiteral("SOA"));
        return soa.isEmpty() ? 0 : soa.first().split(QLatin1Char(' ')).value(2).toUInt();
    }
    bool open(const QString& zone)
    {
        QSignalSpy opened(m_pane.get(), &DnsPane::zoneOpened);
        m_pane->openZone(zone);
        return opened.wait(30000) && m_pane->currentZone() == zone;
    }
    void typeInText(const QByteArray& line)
    {
        m_pane->findChild<QTabWidget*>(QStringLiteral("views"))->setCurrentIndex(1);
        QTextCursor c(m_pane->textEdit()->document());
        c.movePosition(QTextCursor::End);
        c.insertText(QString::fromUtf8(line));
        m_pane->flushText();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        m_env = SimHostEnv::load(&why);
        QVERIFY2(m_env.isValid(), qPrintable(why));
        QVERIFY(!m_env.all.value(QStringLiteral("SIMHOST_DNS_PORT")).isEmpty());
        for (const char* z : { "example.com", "example.org" })
            m_originals.insert(QString::fromLatin1(z), hostFile(QString::fromLatin1(z)));
        m_profile = profileForAlias(QStringLiteral("simhost"), m_env.sshConfig);
        m_profile.environment = Environment::Stage;
        QString notConnected;
        m_session = connectToSimHost(m_profile, &notConnected);
        QVERIFY2(m_session, qPrintable(notConnected));
        m_runner = std::make_unique<SessionCommandRunner>(m_session.get());
        m_cutting.inner = m_runner.get();
        m_h.host.setProfile(m_profile);
        m_h.answer = QString();

        m_pane = std::make_unique<DnsPane>();
        m_pane->resize(1200, 760);
        m_pane->setServer({ QStringLiteral("127.0.0.1"), m_env.all.value(QStringLiteral("SIMHOST_DNS_PORT")).toInt() });
        m_pane->setAutosaveDirectory(m_dir.filePath(QStringLiteral("autosave")));
        m_pane->setConfirmer([this](ZoneSaveDialog& d) {
            m_lastDiff = d.diffText();
            return true;
        });
        QSignalSpy loaded(m_pane.get(), &DnsPane::zonesLoaded);
        QSignalSpy served(m_pane.get(), &DnsPane::servedSerialsUpdated);
        m_h.attach(m_pane.get());
        m_h.connect(&m_cutting);
        QVERIFY(loaded.wait(30000));
        QCOMPARE(loaded.first().first().toInt(), 2);
        QVERIFY(served.wait(30000));
    }

    void cleanupTestCase()
    {
        m_pane.reset();
        // Leave the simhost's zones as they were (their serials differ, so BIND reloads them).
        for (auto it = m_originals.cbegin(); it != m_originals.cend(); ++it) {
            QFile f(zoneFile(it.key()));
            if (f.open(QIODevice::WriteOnly))
                f.write(it.value());
        }
    }

    void zoneListShowsBothSerials()
    {
        ZoneListModel* zones = m_pane->zoneModel();
        const int row = zones->rowOf(QStringLiteral("example.com"));
        QVERIFY(row >= 0);
        QCOMPARE(zones->zone(row).file, QStringLiteral("/opt/gbo/data/example.com.zone"));
        QTRY_VERIFY_WITH_TIMEOUT(zones->fileSerial(row).has_value(), 20000);
        QCOMPARE(*zones->fileSerial(row), servedSerial(QStringLiteral("example.com")));
        QCOMPARE(*zones->servedSerial(row), *zones->fileSerial(row));
        QVERIFY(!zones->differs(row));
    }

    void editTableAndTextSaveVerify()
    {
        QVERIFY(open(QStringLiteral("example.com")));
        const QByteArray before = hostFile(QStringLiteral("example.com"));
        QCOMPARE(m_pane->openedBytes(), before);
        const quint32 oldSerial = servedSerial(QStringLiteral("example.com"));

        // Table: a new record through the dialog's path.
        const int rowsBefore = m_pane->recordModel()->rowCount();
        QVERIFY(m_pane->addRecord({ QStringLiteral("newhost"), 3600, false, QStringLiteral("IN"), QStringLiteral("A"),
                    QStringLiteral("10.0.2.99") })
            >= 0);
        QCOMPARE(m_pane->recordModel()->rowCount(), rowsBefore + 1);
        // Text: a line typed at the end shows up as a table row.
        typeInText("texthost IN TXT \"typed in the text view\"\n");
        QCOMPARE(m_pane->recordModel()->rowCount(), rowsBefore + 2);
        QVERIFY(m_pane->textEdit()->toPlainText().contains(QLatin1String("newhost")));
        // Undo and redo go across both views.
        m_pane->undo();
        QCOMPARE(m_pane->recordModel()->rowCount(), rowsBefore + 1);
        QVERIFY(!m_pane->textEdit()->toPlainText().contains(QLatin1String("texthost")));
        m_pane->redo();
        QVERIFY(m_pane->textEdit()->toPlainText().contains(QLatin1String("texthost")));
        QCOMPARE(m_pane->textEdit()->toPlainText().toUtf8(), m_pane->document()->save());

        QSignalSpy saved(m_pane.get(), &DnsPane::saveFinished);
        QSignalSpy verified(m_pane.get(), &DnsPane::verifyFinished);
        m_pane->save();
        QVERIFY(saved.wait(60000));
        QVERIFY2(saved.first().first().toBool(), qPrintable(saved.first().at(1).toString()));
        const QByteArray after = hostFile(QStringLiteral("example.com"));
        QCOMPARE(after, m_pane->document()->save());
        QVERIFY(after.contains("newhost"));
        // The serial was raised automatically and the comment beside it kept.
        const auto newSerial = [&] {
            ZoneDocument d;
            d.load(after, QStringLiteral("example.com"));
            return ZoneSave::serialOf(d);
        }();
        QVERIFY(newSerial && SoaSerial::greater(*newSerial, oldSerial));
        QVERIFY(after.contains(QByteArray(QByteArray::number(*newSerial) + " ; serial\n")));
        QVERIFY(m_lastDiff.contains(QLatin1String("+newhost")));
        QVERIFY(m_lastDiff.contains(QLatin1String("-                ") + QString::number(oldSerial)));
        // The backup is in the container's /tmp.
        QVERIFY(!QDir(m_env.dir + QStringLiteral("/root/dns/tmp"))
                     .entryList({ QStringLiteral("example.com.zone.*") }, QDir::Files)
                     .isEmpty());

        QVERIFY(verified.wait(90000));
        QVERIFY2(verified.first().first().toBool(), qPrintable(verified.first().at(1).toString()));
        QCOMPARE(servedSerial(QStringLiteral("example.com")), *newSerial);
        QCOMPARE(dig(QStringLiteral("newhost.example.com."), QStringLiteral("A")),
            QStringList { QStringLiteral("10.0.2.99") });
        QCOMPARE(dig(QStringLiteral("texthost.example.com."), QStringLiteral("TXT")),
            QStringList { QStringLiteral("\"typed in the text view\"") });
        QVERIFY(!m_pane->isModified());
    }

    void unchangedSerialIsCaughtBeforeSaving()
    {
        QVERIFY(open(QStringLiteral("example.org")));
        const QByteArray before = hostFile(QStringLiteral("example.org"));
        m_pane->setAutoBump(false);
        typeInText("nobump IN A 10.0.3.98\n");
        QSignalSpy saved(m_pane.get(), &DnsPane::saveFinished);
        m_pane->save();
        QCOMPARE(saved.size(), 1);
        QVERIFY(!saved.first().first().toBool());
        QVERIFY2(m_pane->message().contains(QLatin1String("old zone")), qPrintable(m_pane->message()));
        QCOMPARE(hostFile(QStringLiteral("example.org")), before);
        m_pane->setAutoBump(true);
        m_pane->undo();
        QVERIFY(!m_pane->isModified());
    }

    void rejectedZoneIsNeverWritten()
    {
        QVERIFY(open(QStringLiteral("example.org")));
        const QByteArray before = hostFile(QStringLiteral("example.org"));
        typeInText("broken IN A 10.0.3.300\nwww IN A 10.0.3.1\n"); // bad address; www is a CNAME already
        QVERIFY(m_pane->document()->hasErrors());
        QSignalSpy saved(m_pane.get(), &DnsPane::saveFinished);
        m_pane->save();
        QCOMPARE(saved.size(), 1);
        QVERIFY(!saved.first().first().toBool());
        QVERIFY(m_pane->message().contains(QLatin1String("error")));
        QCOMPARE(hostFile(QStringLiteral("example.org")), before);
        // BIND agrees that this text is not a zone.
        QTemporaryDir tmp;
        QFile f(tmp.filePath(QStringLiteral("z")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(m_pane->document()->save());
        f.close();
        QProcess check;
        check.start(QStringLiteral("named-checkzone"),
            { QStringLiteral("-k"), QStringLiteral("ignore"), QStringLiteral("-i"), QStringLiteral("local"),
                QStringLiteral("example.org"), f.fileName() });
        QVERIFY(check.waitForFinished(30000));
        QVERIFY(check.exitCode() != 0);
        m_pane->undo();
    }

    void conflictWritesNothing()
    {
        QVERIFY(open(QStringLiteral("example.org")));
        // Someone edits the file on the host after it was opened.
        QByteArray theirs = hostFile(QStringLiteral("example.org")) + "; edited on the host meanwhile\n";
        {
            QFile f(zoneFile(QStringLiteral("example.org")));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(theirs);
        }
        typeInText("mine IN A 10.0.3.97\n");
        QSignalSpy saved(m_pane.get(), &DnsPane::saveFinished);
        m_pane->save();
        QVERIFY(saved.wait(60000));
        QVERIFY(!saved.first().first().toBool());
        QVERIFY2(saved.first().at(1).toString().contains(QLatin1String("changed on the host")),
            qPrintable(saved.first().at(1).toString()));
        QCOMPARE(hostFile(QStringLiteral("example.org")), theirs);
        // The edit is still in the pane, and kept on this computer; the host's version can be compared.
        QVERIFY(m_pane->document()->save().contains("mine IN A"));
        QVERIFY(m_pane->conflict());
        QCOMPARE(m_pane->conflict()->bytes, theirs);
        QTRY_VERIFY_WITH_TIMEOUT(AutosaveStore(m_dir.filePath(QStringLiteral("autosave")))
                                     .contains(m_profile.name, m_pane->remoteFile()->location()),
            10000);
    }

    void dropDuringWriteLeavesTheOldFile()
    {
        QVERIFY(open(QStringLiteral("example.org")));
        // Reopened: the kept edit is offered, marked as made on an older version of the file.
        QVERIFY(m_pane->keptEdit());
        QVERIFY(m_pane->keptEdit()->bytes.contains("mine IN A"));
        QVERIFY(!m_pane->keptEditMatchesHost());
        QVERIFY(!m_pane->document()->save().contains("mine IN A"));
        m_pane->discardKeptEdit();
        typeInText("mine IN A 10.0.3.97\n");
        const QByteArray before = hostFile(QStringLiteral("example.org"));
        m_cutting.cutWrite = true;
        QSignalSpy saved(m_pane.get(), &DnsPane::saveFinished);
        m_pane->save();
        QVERIFY(saved.wait(60000));
        m_cutting.cutWrite = false;
        QVERIFY(!saved.first().first().toBool());
        QCOMPARE(hostFile(QStringLiteral("example.org")), before);
        const QStringList left = QDir(m_env.dir + QStringLiteral("/root/dns/opt/gbo/data"))
                                     .entryList({ QStringLiteral(".gbadmin-save.*") }, QDir::Files | QDir::Hidden);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(u' ')));
        // Saving again (connection fine) works, and the serial the server has is passed.
        m_pane->save();
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 2, 60000);
        QVERIFY2(saved.at(1).first().toBool(), qPrintable(saved.at(1).at(1).toString()));
        QVERIFY(hostFile(QStringLiteral("example.org")).contains("mine IN A"));
    }
};

QTEST_MAIN(TestDnsPaneSimhost)
#include "tst_dnspane_simhost.moc"
