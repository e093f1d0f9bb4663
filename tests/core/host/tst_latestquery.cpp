#include "core/host/latestquery.h"
#include "support/fakecommandrunner.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>

namespace {
RemoteCommand cmd(const QString& word)
{
    return RemoteCommand::of({ QStringLiteral("echo"), word });
}
} // namespace

class TestLatestQuery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void outOfOrderCompletionsDeliverOnlyTheNewest()
    {
        FakeCommandRunner fake;
        QObject receiver;
        LatestQuery<QString> query(&receiver, &fake);
        QStringList delivered;
        const auto parse = [](const CommandResult& r) -> Result<QString> { return QString::fromUtf8(r.stdoutData); };
        const auto deliver = [&](const Result<QString>& v) { delivered << (v ? *v : QStringLiteral("error")); };
        query.run(cmd(QStringLiteral("old")), parse, deliver);
        QPointer<FakeJob> old = fake.last();
        old->ignoreCancel = true; // as a command that already finished on the host
        query.run(cmd(QStringLiteral("new")), parse, deliver);
        QPointer<FakeJob> newer = fake.last();
        QVERIFY(old->cancelCalled);
        newer->succeed("new");
        old->succeed("old"); // arrives last, must be dropped
        QTRY_COMPARE(delivered, QStringList { QStringLiteral("new") });
        QVERIFY(!query.isRunning());
    }

    void aParseOverlappedByANewerRequestIsDropped()
    {
        FakeCommandRunner fake;
        QObject receiver;
        LatestQuery<int> query(&receiver, &fake);
        QList<int> delivered;
        std::atomic<bool> release { false };
        query.run(
            cmd(QStringLiteral("slow")),
            [&release](const CommandResult&) -> Result<int> {
                while (!release.load())
                    QThread::msleep(1);
                return 1;
            },
            [&](const Result<int>& v) { delivered << *v; });
        fake.last()->succeed();
        // The first answer is being parsed on the pool while a newer request goes out.
        query.run(
            cmd(QStringLiteral("fast")), [](const CommandResult&) -> Result<int> { return 2; },
            [&](const Result<int>& v) { delivered << *v; });
        fake.last()->succeed();
        QTRY_COMPARE(delivered, QList<int> { 2 });
        release = true;
        QTest::qWait(50);
        QCOMPARE(delivered, QList<int> { 2 });
    }

    void parsingRunsOffTheReceiversThread()
    {
        FakeCommandRunner fake;
        QObject receiver;
        LatestQuery<bool> query(&receiver, &fake);
        QThread* parsedOn = nullptr;
        QThread* deliveredOn = nullptr;
        query.run(
            cmd(QStringLiteral("x")),
            [&parsedOn](const CommandResult&) -> Result<bool> {
                parsedOn = QThread::currentThread();
                return true;
            },
            [&](const Result<bool>&) { deliveredOn = QThread::currentThread(); });
        fake.last()->succeed();
        QTRY_VERIFY(deliveredOn);
        QVERIFY(parsedOn && parsedOn != QThread::currentThread());
        QCOMPARE(deliveredOn, QThread::currentThread());
    }

    void aDestroyedReceiverGetsNothingAndNothingWaits()
    {
        FakeCommandRunner fake;
        bool delivered = false;
        std::atomic<bool> release { false };
        QPointer<FakeJob> job;
        {
            QObject receiver;
            LatestQuery<int> query(&receiver, &fake);
            query.run(
                cmd(QStringLiteral("x")),
                [&release](const CommandResult&) -> Result<int> {
                    while (!release.load())
                        QThread::msleep(1);
                    return 1;
                },
                [&](const Result<int>&) { delivered = true; });
            job = fake.last();
            job->succeed();
            // Leaving the scope destroys the query while its parse still runs: that must not block.
        }
        release = true;
        QTest::qWait(100);
        QVERIFY(!delivered);

        // A query destroyed while its command runs cancels the command.
        {
            QObject receiver;
            LatestQuery<int> query(&receiver, &fake);
            query.run(
                cmd(QStringLiteral("y")), [](const CommandResult&) -> Result<int> { return 1; },
                [&](const Result<int>&) { delivered = true; });
            job = fake.last();
        }
        QVERIFY(job.isNull() || job->cancelCalled);
        QTest::qWait(50);
        QVERIFY(!delivered);
    }

    void failuresBecomeOneSentence()
    {
        FakeCommandRunner fake;
        QObject receiver;
        LatestQuery<int> query(&receiver, &fake);
        QString error;
        bool parsed = false;
        query.run(
            cmd(QStringLiteral("x")),
            [&parsed](const CommandResult&) -> Result<int> {
                parsed = true;
                return 1;
            },
            [&](const Result<int>& v) { error = v.errorMessage(); });
        fake.last()->fail(2, "incus: Error: Instance not found\n");
        QTRY_VERIFY(!error.isEmpty());
        QVERIFY(!parsed);
        QCOMPARE(error, QStringLiteral("incus: Error: Instance not found (exit status 2)"));

        CommandResult lost;
        lost.status = CommandResult::Status::Failed;
        lost.error = QStringLiteral("Not connected.");
        QCOMPARE(describeFailure(lost), QStringLiteral("Not connected."));
        QCOMPARE(describeFailure(QStringLiteral("List the containers"), lost),
            QStringLiteral("List the containers failed: Not connected."));
    }

    void severalCommandsAreParsedTogether()
    {
        FakeCommandRunner fake;
        fake.answer = [](const RemoteCommand& c) { return FakeCommandRunner::exited(0, c.argv.last().toUtf8()); };
        fake.delayMs = [](const RemoteCommand& c) { return c.argv.last() == QLatin1String("a") ? 50 : 5; };
        QObject receiver;
        LatestQuery<QString> query(&receiver, &fake);
        QString joined;
        query.run(
            QList<RemoteCommand> { cmd(QStringLiteral("a")), cmd(QStringLiteral("b")) },
            [](const QList<CommandResult>& rs) -> Result<QString> {
                return QString::fromUtf8(rs.at(0).stdoutData + rs.at(1).stdoutData);
            },
            [&](const Result<QString>& v) { joined = *v; });
        QTRY_COMPARE(joined, QStringLiteral("ab")); // in request order, whatever finished first
    }
};

QTEST_GUILESS_MAIN(TestLatestQuery)
#include "tst_latestquery.moc"
