#include "support/fakecommandrunner.h"
#include "support/paneharness.h"
#include "widgets/logs/logspane.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTest>
#include <QToolButton>

namespace {
QByteArray lines(int from, int count, const char* level = "info", const char* module = "types")
{
    QByteArray out;
    for (int i = from; i < from + count; ++i)
        out += "20260519153341.123 " + QByteArray(level) + ' ' + module + ":line " + QByteArray::number(i) + '\n';
    return out;
}
} // namespace

class TestLogsPane : public QObject
{
    Q_OBJECT
private:
    // tail -F never ends by itself: the runner has no `answer`, so jobs wait for the test.
    std::unique_ptr<PaneHarness> m_h;
    FakeCommandRunner* m_fakePtr = nullptr;

    void streamingJob()
    {
        m_h = std::make_unique<PaneHarness>();
        QVERIFY(!m_h->fake.answer);
    }
    void attach(LogsPane& pane, int capacity = 0)
    {
        if (capacity)
            m_h->settings.set(Settings::Keys::LogBufferLines, capacity);
        m_h->attach(&pane);
        m_h->connect();
    }

private Q_SLOTS:
    void followsWithTheRightCommand()
    {
        streamingJob();
        LogsPane pane;
        pane.resize(900, 400);
        pane.show();
        const qsizetype before = m_h->fake.commands.size();
        attach(pane);
        QCOMPARE(m_h->fake.commands.size(), before + 1);
        const RemoteCommand& c = m_h->fake.commands.last();
        QCOMPARE(
            c.argv.join(QLatin1Char(' ')), QStringLiteral("incus exec system -- tail -n 500 -F /opt/gbo/logs/err.log"));
        QVERIFY(c.sudo);
        QCOMPARE(c.output, RemoteCommand::Output::Stream);

        QPointer<FakeJob> job = m_h->fake.jobs.last();
        job->emitOutput("20260519153341.123 error types:first\n20260519153341.2");
        job->emitOutput("00 warn types:second\n");
        QVERIFY(pane.visibleText().contains(QLatin1String("first")));
        QVERIFY(pane.visibleText().contains(QLatin1String("warn types:second")));

        // Switching to out.log cancels the stream and starts another.
        pane.findChild<QComboBox*>(QStringLiteral("file"))->setCurrentIndex(1);
        QVERIFY(job.isNull() || job->cancelCalled);
        QCOMPARE(m_h->fake.commands.last().argv.last(), QStringLiteral("/opt/gbo/logs/out.log"));
        QVERIFY(pane.visibleText().isEmpty());
    }

    void presetsFilterLocally()
    {
        streamingJob();
        LogsPane pane;
        pane.show();
        attach(pane);
        FakeJob* job = m_h->fake.jobs.last();
        job->emitOutput(lines(0, 3, "info", "llm") + lines(3, 2, "error", "drive_compiler"));
        pane.findChild<QComboBox*>(QStringLiteral("preset"))->setCurrentIndex(1); // errors
        QCOMPARE(pane.visibleText().split(QLatin1Char('\n')).size(), 2);
        QVERIFY(pane.visibleText().contains(QLatin1String("line 4")));
        pane.findChild<QComboBox*>(QStringLiteral("preset"))->setCurrentIndex(4); // model/llm
        QCOMPARE(pane.visibleText().split(QLatin1Char('\n')).size(), 3);
        pane.findChild<QComboBox*>(QStringLiteral("preset"))->setCurrentIndex(0);
        pane.findChild<QLineEdit*>(QStringLiteral("filter"))->setText(QStringLiteral("LINE 2"));
        QCOMPARE(pane.visibleText(), QStringLiteral("20260519153341.123 info llm:line 2"));
        // Lines arriving later are filtered too.
        job->emitOutput(lines(30, 1) + lines(2, 1, "warn"));
        QCOMPARE(pane.visibleText().split(QLatin1Char('\n')).size(), 2);
    }

    void pausesWhileScrolledUp()
    {
        streamingJob();
        LogsPane pane;
        pane.resize(700, 300);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        attach(pane);
        FakeJob* job = m_h->fake.jobs.last();
        job->emitOutput(lines(0, 300));
        auto* bar = pane.findChild<QPlainTextEdit*>(QStringLiteral("text"))->verticalScrollBar();
        QCOMPARE(bar->value(), bar->maximum());
        bar->setValue(10); // the user reads above
        QVERIFY(pane.isPaused());
        job->emitOutput(lines(300, 5));
        QCOMPARE(pane.pendingLines(), 5);
        QCOMPARE(bar->value(), 10); // the view did not move
        QVERIFY(!pane.visibleText().contains(QLatin1String("line 304")));
        bar->setValue(bar->maximum()); // back at the bottom: resume
        QVERIFY(pane.visibleText().contains(QLatin1String("line 304")));
        QCOMPARE(pane.pendingLines(), 0);
        QCOMPARE(bar->value(), bar->maximum());
    }

    void bufferStaysBounded()
    {
        streamingJob();
        LogsPane pane;
        attach(pane, 1000);
        FakeJob* job = m_h->fake.jobs.last();
        for (int i = 0; i < 20; ++i)
            job->emitOutput(lines(i * 500, 500));
        const QStringList shown = pane.visibleText().split(QLatin1Char('\n'));
        QCOMPARE(shown.size(), 1000);
        QVERIFY(shown.last().endsWith(QLatin1String("line 9999")));
    }

    void resizingKeepsTheNewestLines()
    {
        streamingJob();
        LogsPane pane;
        attach(pane, 20000);
        FakeJob* job = m_h->fake.jobs.last();
        job->emitOutput(lines(0, 5000));
        m_h->settings.set(Settings::Keys::LogBufferLines, 1000); // while following, as Preferences does
        QCOMPARE(pane.capacity(), 1000);
        QStringList shown = pane.visibleText().split(QLatin1Char('\n'));
        QCOMPARE(shown.size(), 1000);
        QVERIFY(shown.first().endsWith(QLatin1String(":line 4000")));
        QVERIFY(shown.last().endsWith(QLatin1String(":line 4999")));
        // The stream goes on into the smaller buffer.
        job->emitOutput(lines(5000, 10));
        shown = pane.visibleText().split(QLatin1Char('\n'));
        QCOMPARE(shown.size(), 1000);
        QVERIFY(shown.first().endsWith(QLatin1String(":line 4010")));
        QVERIFY(shown.last().endsWith(QLatin1String(":line 5009")));
        // Growing loses nothing and makes room.
        m_h->settings.set(Settings::Keys::LogBufferLines, 3000);
        job->emitOutput(lines(5010, 500));
        shown = pane.visibleText().split(QLatin1Char('\n'));
        QCOMPARE(shown.size(), 1500);
        QVERIFY(shown.first().endsWith(QLatin1String(":line 4010")));
        QVERIFY(shown.last().endsWith(QLatin1String(":line 5509")));
        QVERIFY(!job->cancelCalled); // resizing does not restart the stream
    }

    void streamEndIsReported()
    {
        streamingJob();
        LogsPane pane;
        attach(pane);
        FakeJob* job = m_h->fake.jobs.last();
        const qsizetype before = m_h->fake.commands.size();
        // tail itself ended (the file's directory vanished): a real end, the user decides.
        job->fail(1, "tail: cannot open '/opt/gbo/logs/err.log' for reading: No such file or directory\n");
        QVERIFY(!pane.findChild<QToolButton*>(QStringLiteral("follow"))->isChecked());
        QVERIFY(pane.findChild<QLabel*>(QStringLiteral("status"))->text().contains(QLatin1String("No such file")));
        QCOMPARE(m_h->fake.commands.size(), before);
        // Following again starts a new stream.
        pane.findChild<QToolButton*>(QStringLiteral("follow"))->click();
        QCOMPARE(m_h->fake.commands.size(), before + 1);
    }

    void streamCutByTheConnectionResumes()
    {
        streamingJob();
        LogsPane pane;
        attach(pane);
        const qsizetype before = m_h->fake.commands.size();
        CommandResult lost;
        lost.status = CommandResult::Status::Failed;
        lost.error = QStringLiteral("The connection to the host was lost.");
        m_h->fake.jobs.last()->finish(lost);
        // The session may not know yet that it dropped: the pane keeps following and tries again.
        QVERIFY(pane.findChild<QToolButton*>(QStringLiteral("follow"))->isChecked());
        QVERIFY(pane.findChild<QLabel*>(QStringLiteral("status"))
                    ->text()
                    .contains(QLatin1String("connection to the host was lost")));
        QTRY_COMPARE_WITH_TIMEOUT(m_h->fake.commands.size(), before + 1, 5000);
        QVERIFY(pane.isFollowing());
    }

    void reconnectResubscribes()
    {
        streamingJob();
        LogsPane pane;
        attach(pane);
        QPointer<FakeJob> first = m_h->fake.jobs.last();
        first->emitOutput(lines(0, 3));
        m_h->disconnect(); // dropped: the stream is cancelled, the choice to follow is kept
        QVERIFY(first.isNull() || first->cancelCalled);
        QVERIFY(!pane.isFollowing());
        QVERIFY(pane.findChild<QLabel*>(QStringLiteral("status"))->text().contains(QLatin1String("resumes")));
        const qsizetype before = m_h->fake.commands.size();
        m_h->connect(); // back: following again, at once
        QCOMPARE(m_h->fake.commands.size(), before + 1);
        QVERIFY(pane.isFollowing());
        m_h->fake.jobs.last()->emitOutput(lines(3, 1));
        QVERIFY(pane.visibleText().contains(QLatin1String("line 3")));
        // Paused by the user: a reconnect does not start it behind their back.
        pane.stopFollowing();
        m_h->disconnect();
        m_h->connect();
        QVERIFY(!pane.isFollowing());
    }
};

QTEST_MAIN(TestLogsPane)
#include "tst_logspane.moc"
