// RemoteFile's flow with a fake runner: which commands run in which order, what each answer leads
// to, and that stale or orphaned answers go nowhere.
#include "core/host/journal.h"
#include "core/host/operationrunner.h"
#include "core/host/remotefile.h"
#include "core/host/remotefilecommands.h"
#include "core/host/tasklistmodel.h"
#include "support/fakecommandrunner.h"

#include <QCryptographicHash>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

const RemoteLocation zone
    = RemoteLocation::containerFile(QStringLiteral("dns"), QStringLiteral("/opt/gbo/data/example.com.zone"));

QByteArray tokenOf(const QByteArray& bytes, const QByteArray& mtime = "100.5")
{
    return "file:" + QByteArray::number(bytes.size()) + ':' + mtime + ':'
        + QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

// The simulated file on the "host": open/stat read it, write (when allowed) replaces it.
struct FakeHost
{
    QByteArray bytes = "old\r\n";
    QByteArray mtime = "100.5";
    bool exists = true;
    bool failWrite = false; // the connection drops during the write: nothing changes
    bool landThenFail = false; // the write lands but its answer is lost
    bool failReads = false;

    CommandResult answer(const RemoteCommand& c)
    {
        const QString script = c.argv.value(6);
        const bool isOpen = script.contains(QStringLiteral("exec cat"));
        const bool isStat = script.endsWith(QStringLiteral("tok \"$1\"\n"));
        const bool isWrite = !c.stdinData.isEmpty();
        const bool isVerify = script.contains(QStringLiteral("does not hold what was sent"));
        if ((isOpen || isStat) && failReads) {
            CommandResult r;
            r.status = CommandResult::Status::Failed;
            r.error = QStringLiteral("Not connected.");
            return r;
        }
        if (isOpen)
            return exists ? FakeCommandRunner::exited(0, tokenOf(bytes, mtime) + '\n' + bytes)
                          : FakeCommandRunner::exited(2, {}, "gbadmin: x does not exist\n");
        if (isStat)
            return FakeCommandRunner::exited(0, exists ? tokenOf(bytes, mtime) + '\n' : QByteArray("absent\n"));
        if (isWrite) {
            const QString want = c.argv.value(9);
            const QString cur = exists ? QString::fromLatin1(tokenOf(bytes, mtime)) : QStringLiteral("absent");
            if (failWrite || landThenFail) {
                if (landThenFail) {
                    bytes = c.stdinData;
                    mtime = "300.0";
                }
                CommandResult r;
                r.status = CommandResult::Status::Failed;
                r.error = QStringLiteral("The connection to the host was lost.");
                return r;
            }
            if (want != cur)
                return FakeCommandRunner::exited(4, {}, "gbadmin: x changed on the host since it was opened\n");
            bytes = c.stdinData;
            mtime = "200.0";
            exists = true;
            return FakeCommandRunner::exited(0);
        }
        if (isVerify)
            return FakeCommandRunner::exited(0);
        return FakeCommandRunner::exited(0); // backup
    }
};

} // namespace

class TestRemoteFile : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    FakeHost m_host;
    FakeCommandRunner m_runner;
    std::unique_ptr<Journal> m_journal;
    TaskListModel m_tasks;
    std::unique_ptr<OperationRunner> m_operations;
    HostProfile m_profile;
    int m_performed = 0;

    std::unique_ptr<RemoteFile> makeFile()
    {
        auto f = std::make_unique<RemoteFile>(&m_runner, zone);
        f->setPerformer([this](const Operation& op) {
            ++m_performed;
            return m_operations->start(op, m_profile);
        });
        return f;
    }
    RemoteSnapshot open(RemoteFile* f)
    {
        QSignalSpy opened(f, &RemoteFile::opened);
        f->open();
        if (!opened.wait(5000))
            return {};
        return opened.first().at(0).value<RemoteSnapshot>();
    }
    RemoteSaveResult save(RemoteFile* f, const QByteArray& bytes)
    {
        QSignalSpy done(f, &RemoteFile::saveFinished);
        f->save(bytes);
        if (!done.wait(5000))
            return {};
        return done.first().at(0).value<RemoteSaveResult>();
    }
    QStringList kinds() const
    {
        QStringList out;
        for (const RemoteCommand& c : m_runner.commands) {
            const QString s = c.argv.value(6);
            if (!c.stdinData.isEmpty())
                out << QStringLiteral("write");
            else if (c.argv.value(4) == QLatin1String("cp"))
                out << QStringLiteral("backup");
            else if (s.contains(QStringLiteral("exec cat")))
                out << QStringLiteral("open");
            else if (s.contains(QStringLiteral("does not hold")))
                out << QStringLiteral("verify");
            else
                out << QStringLiteral("stat");
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_journal = std::make_unique<Journal>();
        QVERIFY(m_journal->open(m_dir.filePath(QStringLiteral("j.sqlite"))).ok());
        m_operations = std::make_unique<OperationRunner>(&m_runner, m_journal.get(), &m_tasks);
        m_runner.answer = [this](const RemoteCommand& c) { return m_host.answer(c); };
        m_profile.name = QStringLiteral("stage");
        m_profile.environment = Environment::Stage;
    }
    void init()
    {
        m_host = FakeHost();
        m_runner.commands.clear();
        m_performed = 0;
    }

    void openSetsTheBase()
    {
        auto f = makeFile();
        const RemoteSnapshot s = open(f.get());
        QCOMPARE(s.bytes, QByteArray("old\r\n"));
        QCOMPARE(f->baseVersion(), s.version);
        QCOMPARE(kinds(), QStringList { QStringLiteral("open") });
        QVERIFY(m_runner.commands.first().sudo);
    }

    void saveRunsTheOperation()
    {
        auto f = makeFile();
        open(f.get());
        m_runner.commands.clear();
        QSignalSpy started(f.get(), &RemoteFile::saveStarted);
        const RemoteSaveResult r = save(f.get(), "new\n");
        QCOMPARE(r.outcome, RemoteSaveResult::Outcome::Saved);
        QCOMPARE(started.size(), 1);
        QCOMPARE(m_host.bytes, QByteArray("new\n"));
        QCOMPARE(kinds(),
            QStringList({ QStringLiteral("stat"), QStringLiteral("backup"), QStringLiteral("write"),
                QStringLiteral("verify"), QStringLiteral("open") }));
        QCOMPARE(r.version.token(), QString::fromLatin1(tokenOf("new\n", "200.0")));
        QCOMPARE(f->baseVersion(), r.version);
        QVERIFY(r.backupPath.startsWith(QStringLiteral("/tmp/example.com.zone.")));
        QVERIFY(r.message.contains(r.backupPath));
    }

    void conflictStopsBeforeTheOperation()
    {
        auto f = makeFile();
        open(f.get());
        m_host.bytes = "theirs\n";
        m_host.mtime = "150.0";
        const RemoteSaveResult r = save(f.get(), "mine\n");
        QCOMPARE(r.outcome, RemoteSaveResult::Outcome::Conflict);
        QCOMPARE(m_performed, 0);
        QCOMPARE(r.remote.bytes, QByteArray("theirs\n"));
        QCOMPARE(r.bytes, QByteArray("mine\n"));
        QCOMPARE(m_host.bytes, QByteArray("theirs\n"));
        // Overwrite anyway against what the user was shown.
        QSignalSpy done(f.get(), &RemoteFile::saveFinished);
        f->overwrite("mine\n", r.remote.version);
        QVERIFY(done.wait(5000));
        QCOMPARE(done.first().at(0).value<RemoteSaveResult>().outcome, RemoteSaveResult::Outcome::Saved);
        QCOMPARE(m_host.bytes, QByteArray("mine\n"));
    }

    void deletedOnTheHostIsAConflict()
    {
        auto f = makeFile();
        open(f.get());
        m_host.exists = false;
        const RemoteSaveResult r = save(f.get(), "mine\n");
        QCOMPARE(r.outcome, RemoteSaveResult::Outcome::Conflict);
        QVERIFY(!r.remote.version.exists);
        QVERIFY(r.message.contains(QStringLiteral("deleted")));
    }

    void droppedWriteKeepsTheEditAndSaysSo()
    {
        auto f = makeFile();
        open(f.get());
        m_host.failWrite = true;
        const RemoteSaveResult r = save(f.get(), "mine\n");
        QCOMPARE(r.outcome, RemoteSaveResult::Outcome::Failed);
        QCOMPARE(r.bytes, QByteArray("mine\n"));
        QVERIFY2(r.message.contains(QStringLiteral("unchanged")), qPrintable(r.message));
        QCOMPARE(m_host.bytes, QByteArray("old\r\n"));
        m_host.failWrite = false;
        QCOMPARE(save(f.get(), "mine\n").outcome, RemoteSaveResult::Outcome::Saved);
    }

    void hostUnreadableAfterAFailedWrite()
    {
        auto f = makeFile();
        open(f.get());
        m_host.failWrite = true;
        m_runner.answer = [this](const RemoteCommand& c) {
            if (!c.stdinData.isEmpty())
                m_host.failReads = true; // the connection is gone from the write on
            return m_host.answer(c);
        };
        const RemoteSaveResult r = save(f.get(), "mine\n");
        m_runner.answer = [this](const RemoteCommand& c) { return m_host.answer(c); };
        QCOMPARE(r.outcome, RemoteSaveResult::Outcome::Failed);
        QVERIFY2(r.message.contains(QStringLiteral("never a mix")), qPrintable(r.message));
        QCOMPARE(r.bytes, QByteArray("mine\n"));
    }

    // The write landed but its answer was lost: the check afterwards finds the bytes there.
    void landedWriteWithLostAnswerIsSaved()
    {
        auto f = makeFile();
        open(f.get());
        m_host.landThenFail = true;
        const RemoteSaveResult r = save(f.get(), "mine\n");
        QCOMPARE(r.outcome, RemoteSaveResult::Outcome::Saved);
        QCOMPARE(f->baseVersion().token(), QString::fromLatin1(tokenOf("mine\n", "300.0")));
    }

    // An earlier save landed while the app was away: the next save of the same bytes is a no-op.
    void alreadyThereIsSaved()
    {
        auto f = makeFile();
        open(f.get());
        m_host.bytes = "mine\n";
        m_host.mtime = "400.0";
        const RemoteSaveResult r = save(f.get(), "mine\n");
        QCOMPARE(r.outcome, RemoteSaveResult::Outcome::Saved);
        QCOMPARE(m_performed, 0);
        QVERIFY(r.message.contains(QStringLiteral("already")));
    }

    void refusedAndBusy()
    {
        auto f = makeFile();
        open(f.get());
        f->setPerformer([](const Operation&) -> Result<Task*> { return Error::of(QStringLiteral("read-only")); });
        const RemoteSaveResult r = save(f.get(), "mine\n");
        QCOMPARE(r.outcome, RemoteSaveResult::Outcome::Refused);
        QCOMPARE(r.message, QStringLiteral("read-only"));
        QCOMPARE(m_host.bytes, QByteArray("old\r\n"));

        auto g = makeFile();
        open(g.get());
        QSignalSpy done(g.get(), &RemoteFile::saveFinished);
        g->save("one\n");
        QVERIFY(g->isSaving());
        g->save("two\n");
        QTRY_COMPARE(done.size(), 2);
        QCOMPARE(done.at(0).at(0).value<RemoteSaveResult>().outcome, RemoteSaveResult::Outcome::Refused);
        QCOMPARE(done.at(0).at(0).value<RemoteSaveResult>().bytes, QByteArray("two\n"));
        QCOMPARE(done.at(1).at(0).value<RemoteSaveResult>().outcome, RemoteSaveResult::Outcome::Saved);
        QCOMPARE(m_host.bytes, QByteArray("one\n"));

        RemoteFile never(&m_runner, zone);
        never.setPerformer([](const Operation&) -> Result<Task*> { return Error::of(QStringLiteral("x")); });
        QSignalSpy neverDone(&never, &RemoteFile::saveFinished);
        never.save("x"); // never opened: refused before anything runs
        QVERIFY(neverDone.wait(5000));
        QCOMPARE(neverDone.first().at(0).value<RemoteSaveResult>().outcome, RemoteSaveResult::Outcome::Refused);
    }

    void onlyTheNewestReadIsDelivered()
    {
        auto f = makeFile();
        m_runner.delayMs = [n = 0](const RemoteCommand&) mutable { return n++ == 0 ? 200 : 10; };
        QSignalSpy opened(f.get(), &RemoteFile::opened);
        QSignalSpy fetched(f.get(), &RemoteFile::remoteFetched);
        f->open(); // slow
        m_host.bytes = "newer\n";
        f->fetchRemote(); // fast, and newer
        QVERIFY(fetched.wait(5000));
        QTest::qWait(400);
        QCOMPARE(opened.size(), 0);
        QCOMPARE(fetched.size(), 1);
        QCOMPARE(fetched.first().at(0).value<RemoteSnapshot>().bytes, QByteArray("newer\n"));
        QVERIFY(!f->baseVersion().isValid() || !f->baseVersion().exists); // fetch never moves the base
        m_runner.delayMs = [](const RemoteCommand&) { return 10; };
    }

    void changedWhileReadIsRetried()
    {
        auto f = makeFile();
        int opens = 0;
        m_runner.answer = [this, &opens](const RemoteCommand& c) {
            if (c.argv.value(6).contains(QStringLiteral("exec cat")) && opens++ == 0)
                return FakeCommandRunner::exited(0, tokenOf("a") + "\nb"); // torn read
            return m_host.answer(c);
        };
        const RemoteSnapshot s = open(f.get());
        m_runner.answer = [this](const RemoteCommand& c) { return m_host.answer(c); };
        QCOMPARE(opens, 2);
        QCOMPARE(s.bytes, QByteArray("old\r\n"));
    }

    void openFailureIsASentence()
    {
        m_host.exists = false;
        auto f = makeFile();
        QSignalSpy failed(f.get(), &RemoteFile::openFailed);
        f->open();
        QVERIFY(failed.wait(5000));
        QVERIFY(failed.first().at(0).toString().contains(QStringLiteral("does not exist")));
        QCOMPARE(failed.first().at(1).toInt(), int(RemoteFileCommands::NotFound));
    }

    void destroyedWhileBusyGetsNothing()
    {
        auto f = makeFile();
        QSignalSpy opened(f.get(), &RemoteFile::opened);
        f->open();
        f.reset();
        QTest::qWait(100); // the fake answers after 10 ms; nothing may crash or arrive
        QCOMPARE(opened.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRemoteFile)
#include "tst_remotefile.moc"
