#include "core/host/containershell.h"
#include "support/fakecommandrunner.h"

#include <QSignalSpy>
#include <QTest>

// The shell's protocol against a fake runner; tst_ci_simhost runs it in the simhost's alm.
class TstContainerShell : public QObject
{
    Q_OBJECT

    static QList<ContainerShell::Script> scripts()
    {
        return { { QStringLiteral("cat"), QStringLiteral("cat -- \"$1\"") },
            { QStringLiteral("two"), QStringLiteral("echo \"$1$2\"") } };
    }
    static QByteArray answer(int code, const QByteArray& out, const QByteArray& err = {})
    {
        return "GBX " + QByteArray::number(code) + ' ' + QByteArray::number(out.size()) + ' '
            + QByteArray::number(err.size()) + '\n' + out + err;
    }
    static CommandResult resultOf(const QSignalSpy& spy) { return spy.first().first().value<CommandResult>(); }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<CommandResult>(); }

    void requestsAndAnswersInOrderWhateverTheChunks()
    {
        FakeCommandRunner runner;
        ContainerShell shell(&runner, QStringLiteral("alm"), scripts());
        QSignalSpy ready(&shell, &ContainerShell::readyChanged);
        CommandJob* a = shell.run(QStringLiteral("cat"), { QStringLiteral("/x y/'$(z)'") }, {}, this);
        CommandJob* b = shell.run(QStringLiteral("two"), { QString(), QStringLiteral("-n") }, {}, this);
        QCOMPARE(runner.jobs.size(), 1);
        FakeJob* sh = runner.last();
        QCOMPARE(sh->command.argv.mid(0, 6),
            (QStringList { QStringLiteral("incus"), QStringLiteral("exec"), QStringLiteral("alm"), QStringLiteral("--"),
                QStringLiteral("sh"), QStringLiteral("-c") }));
        QCOMPARE(sh->command.argv.mid(7), (QStringList { QStringLiteral("sh"), scripts()[0].text, scripts()[1].text }));
        QVERIFY(sh->command.sudo);
        QVERIFY(sh->command.keepStdinOpen);
        QCOMPARE(sh->stdinReceived, QByteArray("1 1\n/x y/'$(z)'\n2 2\n\n-n\n"));

        QSignalSpy aDone(a, &CommandJob::finished);
        QSignalSpy bDone(b, &CommandJob::finished);
        // Binary data holding what looks like a header, split one byte at a time.
        const QByteArray binary = QByteArray("GBX 0 9 9\n\0\xff\n", 13);
        const QByteArray stream = "GBX ready\n" + answer(0, binary) + answer(3, {}, "no such file\n");
        for (char c : stream)
            sh->emitOutput(QByteArray(1, c));
        QCOMPARE(ready.size(), 1);
        QVERIFY(shell.isReady());
        QCOMPARE(aDone.size(), 1);
        QCOMPARE(resultOf(aDone).status, CommandResult::Status::Exited);
        QCOMPARE(resultOf(aDone).exitCode, 0);
        QCOMPARE(resultOf(aDone).stdoutData, binary);
        QCOMPARE(bDone.size(), 1);
        QCOMPARE(resultOf(bDone).exitCode, 3);
        QCOMPARE(resultOf(bDone).stderrData, QByteArray("no such file\n"));
        QCOMPARE(shell.answeredByShell(), 2);
        QCOMPARE(shell.answeredByOneShot(), 0);
    }

    void argumentWithNewlineRunsOneShot()
    {
        FakeCommandRunner runner;
        ContainerShell shell(&runner, QStringLiteral("alm"), scripts());
        CommandJob* job = shell.run(QStringLiteral("cat"), { QStringLiteral("a\nb") }, QStringLiteral("Read"), this);
        QSignalSpy done(job, &CommandJob::finished);
        QTRY_COMPARE(runner.jobs.size(), 1);
        FakeJob* one = runner.last();
        QCOMPARE(one->command.argv,
            (QStringList { QStringLiteral("incus"), QStringLiteral("exec"), QStringLiteral("alm"), QStringLiteral("--"),
                QStringLiteral("sh"), QStringLiteral("-c"), scripts()[0].text, QStringLiteral("sh"),
                QStringLiteral("a\nb") }));
        QVERIFY(one->command.sudo);
        QVERIFY(!one->command.keepStdinOpen);
        one->succeed("bytes");
        QCOMPARE(done.size(), 1);
        QCOMPARE(resultOf(done).stdoutData, QByteArray("bytes"));
        QCOMPARE(shell.answeredByOneShot(), 1);
    }

    void shellThatEndsHandsItsRequestsToOneShotCommands()
    {
        FakeCommandRunner runner;
        ContainerShell shell(&runner, QStringLiteral("alm"), scripts());
        CommandJob* a = shell.run(QStringLiteral("cat"), { QStringLiteral("f") }, {}, this);
        CommandJob* b = shell.run(QStringLiteral("cat"), { QStringLiteral("g") }, {}, this);
        QSignalSpy aDone(a, &CommandJob::finished);
        QSignalSpy bDone(b, &CommandJob::finished);
        FakeJob* sh = runner.last();
        sh->emitOutput("GBX ready\n" + answer(0, "F"));
        QCOMPARE(aDone.size(), 1);
        // The connection drops with b unanswered: b runs as a one-shot command.
        CommandResult lost;
        lost.status = CommandResult::Status::Failed;
        lost.error = QStringLiteral("connection lost");
        sh->finish(lost);
        QVERIFY(!shell.isReady());
        QCOMPARE(runner.jobs.size(), 2);
        QCOMPARE(runner.last()->command.argv.last(), QStringLiteral("g"));
        runner.last()->succeed("G");
        QCOMPARE(bDone.size(), 1);
        QCOMPARE(resultOf(bDone).stdoutData, QByteArray("G"));
        // A lost connection may come back: the next request starts a new shell.
        shell.run(QStringLiteral("cat"), { QStringLiteral("h") }, {}, this);
        QCOMPARE(runner.jobs.size(), 3);
        QVERIFY(runner.last()->command.keepStdinOpen);
        QVERIFY(!shell.isBroken());
    }

    void shellRefusedByTheHostIsNotTriedAgain()
    {
        FakeCommandRunner runner;
        ContainerShell shell(&runner, QStringLiteral("alm"), scripts());
        CommandJob* a = shell.run(QStringLiteral("cat"), { QStringLiteral("f") }, {}, this);
        QSignalSpy aDone(a, &CommandJob::finished);
        runner.last()->fail(1, "sudo: a password is required\n");
        QVERIFY(shell.isBroken());
        QCOMPARE(runner.jobs.size(), 2); // a, as a one-shot command
        runner.last()->fail(1, "sudo: a password is required\n");
        QCOMPARE(aDone.size(), 1);
        QCOMPARE(resultOf(aDone).stderrData, QByteArray("sudo: a password is required\n"));
        shell.run(QStringLiteral("cat"), { QStringLiteral("g") }, {}, this);
        QTRY_COMPARE(runner.jobs.size(), 3);
        QVERIFY(!runner.last()->command.keepStdinOpen);
    }

    void garbageBreaksTheShellAndNothingIsLost()
    {
        FakeCommandRunner runner;
        ContainerShell shell(&runner, QStringLiteral("alm"), scripts());
        CommandJob* a = shell.run(QStringLiteral("cat"), { QStringLiteral("f") }, {}, this);
        QSignalSpy aDone(a, &CommandJob::finished);
        FakeJob* sh = runner.last();
        sh->emitOutput("GBX ready\nmotd: welcome!\n");
        QVERIFY(shell.isBroken());
        QVERIFY(sh->cancelCalled);
        QCOMPARE(runner.jobs.size(), 2);
        runner.last()->succeed("F");
        QCOMPARE(resultOf(aDone).stdoutData, QByteArray("F"));
        QCOMPARE(aDone.size(), 1);
    }

    void cancelledRequestDropsItsAnswer()
    {
        FakeCommandRunner runner;
        ContainerShell shell(&runner, QStringLiteral("alm"), scripts());
        CommandJob* a = shell.run(QStringLiteral("cat"), { QStringLiteral("f") }, {}, this);
        CommandJob* b = shell.run(QStringLiteral("cat"), { QStringLiteral("g") }, {}, this);
        QSignalSpy aDone(a, &CommandJob::finished);
        QSignalSpy bDone(b, &CommandJob::finished);
        a->cancel();
        QCOMPARE(aDone.size(), 1);
        QCOMPARE(resultOf(aDone).status, CommandResult::Status::Cancelled);
        runner.last()->emitOutput("GBX ready\n" + answer(0, "F") + answer(0, "G"));
        QCOMPARE(aDone.size(), 1);
        QCOMPARE(bDone.size(), 1);
        QCOMPARE(resultOf(bDone).stdoutData, QByteArray("G"));
    }

    void idleShellIsClosed()
    {
        FakeCommandRunner runner;
        ContainerShell shell(&runner, QStringLiteral("alm"), scripts());
        shell.setIdleTimeout(20);
        CommandJob* a = shell.run(QStringLiteral("cat"), { QStringLiteral("f") }, {}, this);
        QSignalSpy aDone(a, &CommandJob::finished);
        FakeJob* sh = runner.last();
        sh->emitOutput("GBX ready\n");
        QTest::qWait(60); // a request in flight keeps it open
        QVERIFY(!sh->stdinClosed);
        sh->emitOutput(answer(0, "F"));
        QTRY_VERIFY(sh->stdinClosed);
        sh->succeed();
        QVERIFY(!shell.isReady());
        QVERIFY(!shell.isBroken());
    }
};

QTEST_GUILESS_MAIN(TstContainerShell)
#include "tst_containershell.moc"
