#include "core/host/hostconnection.h"
#include "core/host/hostprompts.h"
#include "core/host/journal.h"
#include "core/host/operation.h"
#include "core/host/tasklistmodel.h"
#include "support/fakecommandrunner.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
class Answer : public OperationConfirmer
{
public:
    explicit Answer(std::optional<QString> a)
        : m_answer(std::move(a))
    { }
    std::optional<QString> confirm(const Operation&, const HostProfile&) override { return m_answer; }

private:
    std::optional<QString> m_answer;
};

Operation restart()
{
    Operation op;
    op.action = QStringLiteral("Restart container alm");
    op.targets = { QStringLiteral("alm") };
    RemoteCommand c = RemoteCommand::of({ QStringLiteral("incus"), QStringLiteral("restart"), QStringLiteral("alm") });
    c.sudo = true;
    op.commands = { c };
    return op;
}
} // namespace

class TestHostConnection : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theRunnerKeepsItsIdentityAcrossReconnects()
    {
        HostConnection host(nullptr);
        CommandRunner* runner = host.runner();
        QVERIFY(!host.isConnected());

        // Disconnected: a command fails at once (asynchronously, like a real one) with a clear sentence.
        QObject owner;
        CommandJob* job = runner->run(RemoteCommand::of({ QStringLiteral("true") }), &owner);
        QSignalSpy failed(job, &CommandJob::finished);
        QVERIFY(failed.wait(1000));
        const auto r = failed.first().first().value<CommandResult>();
        QCOMPARE(r.status, CommandResult::Status::Failed);
        QCOMPARE(r.error, QStringLiteral("Not connected."));

        FakeCommandRunner fake;
        fake.answer = [](const RemoteCommand&) { return FakeCommandRunner::exited(0, "ok"); };
        QSignalSpy connected(&host, &HostConnection::connected);
        QSignalSpy disconnected(&host, &HostConnection::disconnected);
        host.useRunner(&fake);
        QCOMPARE(connected.count(), 1);
        QCOMPARE(host.runner(), runner);
        QSignalSpy done(runner->run(RemoteCommand::of({ QStringLiteral("true") }), &owner), &CommandJob::finished);
        QVERIFY(done.wait(1000));
        QVERIFY(done.first().first().value<CommandResult>().succeeded());

        host.useRunner(nullptr); // dropped
        QCOMPARE(disconnected.count(), 1);
        QCOMPARE(host.runner(), runner);
        host.useRunner(&fake); // and back
        QCOMPARE(connected.count(), 2);
        QCOMPARE(fake.commands.size(), 1);
    }

    void operationsGoThroughPolicyConfirmationAndJournal()
    {
        QTemporaryDir dir;
        Journal journal;
        QVERIFY(journal.open(dir.filePath(QStringLiteral("j.sqlite"))).ok());
        HostConnection host(&journal);
        FakeCommandRunner fake;
        fake.answer = [](const RemoteCommand&) { return FakeCommandRunner::exited(0); };
        host.useRunner(&fake);
        HostProfile p;
        p.name = QStringLiteral("prod");
        p.host = QStringLiteral("10.0.2.5");
        p.environment = Environment::Prod;
        host.setProfile(p);

        // Nobody set a confirmer: nothing mutating runs.
        auto refused = host.perform(restart());
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, HostConnection::NotConfirmed);
        host.setConfirmer(std::make_unique<Answer>(std::nullopt));
        QCOMPARE(host.perform(restart()).error().code, HostConnection::NotConfirmed);
        host.setConfirmer(std::make_unique<Answer>(QStringLiteral("web"))); // the wrong name on PROD
        QVERIFY(!host.perform(restart()));
        QVERIFY(fake.commands.isEmpty());

        host.setConfirmer(std::make_unique<Answer>(QStringLiteral("alm")));
        QSignalSpy finished(&host, &HostConnection::operationFinished);
        QVERIFY(host.perform(restart()));
        QVERIFY(finished.wait(3000));
        QCOMPARE(fake.commands.size(), 1);
        QCOMPARE(journal.entries()->size(), 2); // started, then the outcome

        p.readOnly = true;
        host.setProfile(p);
        QSignalSpy message(&host, &HostConnection::message);
        QVERIFY(!host.perform(restart()));
        QCOMPARE(message.count(), 1);
        QCOMPARE(fake.commands.size(), 1);
    }

    // One confirmation (a pane's own dialog) instead of two: the host context runs only what that
    // dialog showed, and the PROD typed name is still required.
    void performWithConsentRunsOnlyWhatWasShown()
    {
        QTemporaryDir dir;
        Journal journal;
        QVERIFY(journal.open(dir.filePath(QStringLiteral("j.sqlite"))).ok());
        HostConnection host(&journal);
        FakeCommandRunner fake;
        fake.answer = [](const RemoteCommand&) { return FakeCommandRunner::exited(0); };
        host.useRunner(&fake);
        // The window's confirmer would refuse: performWithConsent must never ask it.
        host.setConfirmer(std::make_unique<Answer>(std::nullopt));
        HostProfile p;
        p.name = QStringLiteral("prod");
        p.host = QStringLiteral("10.0.2.5");
        p.environment = Environment::Prod;
        host.setProfile(p);
        const Operation op = restart();

        // Consent for other commands: refused, nothing runs.
        Operation other = restart();
        other.commands.first().argv.last() = QStringLiteral("web");
        QVERIFY(!host.performWithConsent(op, { other.commandLines(), QStringLiteral("alm") }));
        QVERIFY(!host.performWithConsent(op, { {}, QStringLiteral("alm") }));
        // Shown, but the PROD name not typed (or typed wrong): refused by the runner.
        QVERIFY(!host.performWithConsent(op, { op.commandLines(), QString() }));
        QVERIFY(!host.performWithConsent(op, { op.commandLines(), QStringLiteral("ALM") }));
        QVERIFY(fake.commands.isEmpty());
        QCOMPARE(journal.entries()->size(), 0);

        // Shown among other commands, with the name: runs, journalled, no question asked.
        QSignalSpy finished(&host, &HostConnection::operationFinished);
        const QStringList shown = other.commandLines() + op.commandLines();
        QVERIFY(host.performWithConsent(op, { shown, QStringLiteral("alm") }));
        QVERIFY(finished.wait(3000));
        QCOMPARE(fake.commands.size(), 1);
        QCOMPARE(fake.commands.first().argv.last(), QStringLiteral("alm"));
        QCOMPARE(journal.entries()->size(), 2);

        // Read-only still refuses.
        p.readOnly = true;
        host.setProfile(p);
        QVERIFY(!host.performWithConsent(op, { op.commandLines(), QStringLiteral("alm") }));
        QCOMPARE(fake.commands.size(), 1);

        // STAGE: no name needed, but still only what was shown.
        p.readOnly = false;
        p.environment = Environment::Stage;
        host.setProfile(p);
        QVERIFY(!host.performWithConsent(op, { other.commandLines(), QString() }));
        QVERIFY(host.performWithConsent(op, { op.commandLines(), QString() }));
    }

    // confirm() is the first half of perform(): it returns a consent for exactly the operation it
    // asked about, and an answer that cannot run (the PROD name wrong) is refused right there.
    void confirmGivesAConsentForThatOperationOnly()
    {
        QTemporaryDir dir;
        Journal journal;
        QVERIFY(journal.open(dir.filePath(QStringLiteral("j.sqlite"))).ok());
        HostConnection host(&journal);
        FakeCommandRunner fake;
        fake.answer = [](const RemoteCommand&) { return FakeCommandRunner::exited(0); };
        host.useRunner(&fake);
        HostProfile p;
        p.name = QStringLiteral("prod");
        p.host = QStringLiteral("10.0.2.5");
        p.environment = Environment::Prod;
        host.setProfile(p);
        const Operation op = restart();
        Operation other = restart();
        other.commands.first().argv.last() = QStringLiteral("web");

        // Declined: NotConfirmed, nothing to report.
        host.setConfirmer(std::make_unique<Answer>(std::nullopt));
        QSignalSpy message(&host, &HostConnection::message);
        auto declined = host.confirm(op);
        QVERIFY(!declined);
        QCOMPARE(declined.error().code, HostConnection::NotConfirmed);
        QCOMPARE(message.count(), 0);

        // "Yes" without the PROD name (a confirmer that does not check it): refused at once.
        for (const QString& typed : { QString(), QStringLiteral("ALM"), QStringLiteral("web") }) {
            host.setConfirmer(std::make_unique<Answer>(typed));
            auto refused = host.confirm(op);
            QVERIFY(!refused);
            QVERIFY2(refused.errorMessage().contains(QLatin1String("PROD")), qPrintable(refused.errorMessage()));
            QVERIFY(!host.perform(op));
        }
        QVERIFY(fake.commands.isEmpty());

        host.setConfirmer(std::make_unique<Answer>(QStringLiteral("alm")));
        auto consent = host.confirm(op);
        QVERIFY(consent);
        QCOMPARE(consent->shownCommands, op.commandLines());
        QCOMPARE(consent->typedName, QStringLiteral("alm"));
        QVERIFY(fake.commands.isEmpty()); // confirming runs nothing
        // The consent runs that operation only.
        QVERIFY(!host.performWithConsent(other, *consent));
        QSignalSpy finished(&host, &HostConnection::operationFinished);
        QVERIFY(host.performWithConsent(op, *consent));
        QVERIFY(finished.wait(3000));
        QCOMPARE(fake.commands.size(), 1);
        QCOMPARE(fake.commands.first().argv.last(), QStringLiteral("alm"));

        // A consent kept across a change to read-only does not run.
        p.readOnly = true;
        host.setProfile(p);
        QVERIFY(!host.performWithConsent(op, *consent));
        QCOMPARE(fake.commands.size(), 1);
    }

    void aProfileThatCannotConnectSaysWhy()
    {
        HostConnection host(nullptr);
        QSignalSpy message(&host, &HostConnection::message);
        HostProfile p;
        p.name = QStringLiteral("empty");
        host.connectTo(p);
        QCOMPARE(message.count(), 1);
        QVERIFY(!message.first().first().toString().isEmpty());
        QVERIFY(!host.isConnected());
    }
};

QTEST_GUILESS_MAIN(TestHostConnection)
#include "tst_hostconnection.moc"
