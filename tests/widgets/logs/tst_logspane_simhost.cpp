// The Logs pane against the simulated host: botserver's wrapped records (spec §4.3) arrive through
// the real `tail -F` over SSH and show as one line each; consecutive repeats fold into one line.
#include "core/host/hostprofile.h"
#include "core/host/profiletarget.h"
#include "core/host/sessioncommandrunner.h"
#include "core/ssh/sshsession.h"
#include "support/paneharness.h"
#include "support/simhostenv.h"
#include "support/simhostsession.h"
#include "widgets/logs/logspane.h"

#include <QDateTime>
#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

namespace {

// As botlib's compact logger writes a record: cut at 100, then 75 per line indented 25 spaces.
QByteArray wrapped(const QByteArray& line)
{
    QByteArray out = line.left(100) + '\n';
    for (qsizetype at = 100; at < line.size(); at += 75)
        out += QByteArray(25, ' ') + line.mid(at, 75) + '\n';
    return out;
}

} // namespace

class TestLogsPaneSimhost : public QObject
{
    Q_OBJECT
private:
    SimHostEnv m_env;
    std::unique_ptr<SshSession> m_session;
    std::unique_ptr<SessionCommandRunner> m_runner;

    // One write() per record, as botserver does: DriveMonitor writes to the same file meanwhile.
    bool append(const QByteArray& record)
    {
        QFile log(m_env.dir + QStringLiteral("/root/system/opt/gbo/logs/err.log"));
        return log.open(QIODevice::Append) && log.write(record) == record.size();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        m_env = SimHostEnv::load(&why);
        QVERIFY2(m_env.isValid(), qPrintable(why));
        HostProfile profile = profileForAlias(QStringLiteral("simhost"), m_env.sshConfig);
        profile.environment = Environment::Stage;
        QString notConnected;
        m_session = connectToSimHost(profile, &notConnected);
        QVERIFY2(m_session, qPrintable(notConnected));
        m_runner = std::make_unique<SessionCommandRunner>(m_session.get());
    }

    void wrappedRecordsAreOneLineAndRepeatsFold()
    {
        PaneHarness h;
        LogsPane pane;
        pane.resize(900, 500);
        pane.show();
        h.attach(&pane);
        QSignalSpy received(&pane, &LogsPane::linesReceived);
        h.connect(m_runner.get());
        QVERIFY(received.wait(15000)); // tail -n 500 of the seeded log

        const QByteArray marker = "gbadmin-wrap-" + QByteArray::number(QDateTime::currentMSecsSinceEpoch());
        const QByteArray message = "20261127120000.000 error drive_compiler:Failed to compile " + marker
            + "/helpdesk.gbdialog/open-ticket.bas: Syntax error: IF without END IF (line 4); the tool was not "
              "registered and the previous version stays in use until the file compiles again";
        QVERIFY(message.size() > 175); // three physical lines
        QVERIFY(append(wrapped(message)));
        QTRY_VERIFY_WITH_TIMEOUT(
            pane.visibleText().split(QLatin1Char('\n')).contains(QString::fromUtf8(message)), 5000);

        const QByteArray repeat = " warn types:Skipping " + marker
            + ".gbai/x.gbdialog/broken.bas \xe2\x80\x94 failed 5 times (max 5). Remove from Drive or fix the file to "
              "retry.";
        QVERIFY(append(wrapped("20261127120001.000" + repeat)));
        QVERIFY(append(wrapped("20261127120003.000" + repeat)));
        QVERIFY(append(wrapped("20261127120005.500" + repeat)));
        const QString folded = QString::fromUtf8("20261127120001.000" + repeat)
            + QStringLiteral("  (×3, first 12:00:01.000, last 12:00:05.500)");
        QTRY_VERIFY_WITH_TIMEOUT(pane.visibleText().split(QLatin1Char('\n')).contains(folded), 5000);

        // The filter sees the whole message: "registered" is only on a continuation line.
        QVERIFY(!wrapped(message).left(100).contains("registered"));
        pane.findChild<QLineEdit*>(QStringLiteral("filter"))->setText(QStringLiteral("was not registered"));
        QCOMPARE(pane.visibleText(), QString::fromUtf8(message));
    }
};

QTEST_MAIN(TestLogsPaneSimhost)
#include "tst_logspane_simhost.moc"
