// Remote file edit (issue 9 item 4) against the simulated host: a real sshd, the incus shim's
// private mount namespaces and the mc shim, through the real SSH session and OperationRunner.
#include "core/host/bytediff.h"
#include "core/host/hostprofile.h"
#include "core/host/journal.h"
#include "core/host/operationrunner.h"
#include "core/host/profiletarget.h"
#include "core/host/remotefile.h"
#include "core/host/sessioncommandrunner.h"
#include "core/host/tasklistmodel.h"
#include "core/ssh/commandhandle.h"
#include "core/ssh/sshsession.h"
#include "support/simhostenv.h"
#include "support/simhostsession.h"
#include "support/testhelpers.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using TestHelpers::readFile;

namespace {

// Every odd byte a file can hold: BOM, CRLF, tabs, invalid UTF-8, a NUL, no final newline.
const char oddRaw[] = "\xEF\xBB\xBF$ORIGIN odd.example.\r\n@\tIN\tA\t10.0.2.9\r\nbad utf-8: \xC3\x28 \xFF\xFE "
                      "\xE2\x82\r\nnul:\x00:end\n\ttabbed\t\r\nlast line without newline";
const QByteArray oddBytes(oddRaw, sizeof(oddRaw) - 1);

bool writeHostFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// A CommandJob over a CommandHandle the test drives itself.
class HandleJob : public CommandJob
{
public:
    HandleJob(CommandHandle* handle, QObject* parent)
        : CommandJob(parent)
        , m_handle(handle)
    {
        handle->setParent(this);
        connect(handle, &CommandHandle::finished, this, &CommandJob::finished);
        if (handle->isFinished())
            QTimer::singleShot(0, this, [this, r = handle->result()] { Q_EMIT finished(r); });
    }
    void cancel() override
    {
        if (m_handle)
            m_handle->cancel();
    }

private:
    QPointer<CommandHandle> m_handle;
};

// The session's runner, with two test hooks on the save's write command (the one carrying stdin):
// `beforeWrite` runs just before it starts (a third party changes the file between the conflict
// check and the write), and `dropMidUpload` sends only the first half of the bytes, waits until the
// host has written them to the temporary file, and then cuts every SSH connection.
class HookedRunner : public CommandRunner
{
public:
    HookedRunner(SshSession* session, const SimHostEnv* env)
        : m_session(session)
        , m_env(env)
    { }
    std::function<void()> beforeWrite;
    QString dropWhenFileGrows; // glob in a host dir: "<dir>/<pattern>"
    bool dropped = false;
    QList<RemoteCommand> commands;

    CommandJob* run(const RemoteCommand& command, QObject* parent) override
    {
        commands.append(command);
        const bool isWrite = !command.stdinData.isEmpty();
        if (isWrite && beforeWrite) {
            auto hook = std::move(beforeWrite);
            beforeWrite = nullptr;
            hook();
        }
        if (!isWrite || dropWhenFileGrows.isEmpty())
            return new HandleJob(m_session->run(command, nullptr), parent);
        RemoteCommand partial = command;
        const qsizetype half = command.stdinData.size() / 2;
        partial.stdinData = command.stdinData.left(half);
        partial.keepStdinOpen = true;
        auto* job = new HandleJob(m_session->run(partial, nullptr), parent);
        const QFileInfo glob(dropWhenFileGrows);
        dropWhenFileGrows.clear();
        auto* poll = new QTimer(job);
        QObject::connect(poll, &QTimer::timeout, job, [this, poll, glob, half] {
            const QDir dir(glob.absolutePath());
            for (const QFileInfo& f : dir.entryInfoList({ glob.fileName() }, QDir::Files | QDir::Hidden)) {
                if (f.size() >= half) {
                    poll->stop();
                    dropped
                        = m_env->simhost({ QStringLiteral("set"), QStringLiteral("ssh"), QStringLiteral("drop") }) == 0;
                    return;
                }
            }
        });
        poll->start(10);
        return job;
    }

private:
    SshSession* m_session;
    const SimHostEnv* m_env;
};

} // namespace

class TestRemoteFileSimhost : public QObject
{
    Q_OBJECT
private:
    SimHostEnv m_env;
    QTemporaryDir m_dir;
    std::unique_ptr<SshSession> m_session;
    std::unique_ptr<HookedRunner> m_runner;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<TaskListModel> m_tasks;
    std::unique_ptr<OperationRunner> m_operations;
    HostProfile m_profile;
    QList<JournalEntry> m_finished;

    QString dnsPath(const QString& name) const { return m_env.dir + QStringLiteral("/root/dns/opt/gbo/data/") + name; }
    QString objectPath(const QString& key) const
    {
        return m_env.dir + QStringLiteral("/root/drive/opt/gbo/data/minio/default.gbai/") + key;
    }
    QString hostTmp(const QString& container, const QString& path) const
    {
        return m_env.dir + QStringLiteral("/root/") + container + path;
    }

    std::unique_ptr<RemoteFile> makeFile(const RemoteLocation& location)
    {
        auto f = std::make_unique<RemoteFile>(m_runner.get(), location);
        f->setPerformer([this](const Operation& op) { return m_operations->start(op, m_profile); });
        return f;
    }

    static std::optional<RemoteSnapshot> openAndWait(RemoteFile* f, QString* error = nullptr)
    {
        QSignalSpy opened(f, &RemoteFile::opened);
        QSignalSpy failed(f, &RemoteFile::openFailed);
        f->open();
        if (!QTest::qWaitFor([&] { return !opened.isEmpty() || !failed.isEmpty(); }, 60000))
            return std::nullopt;
        if (!failed.isEmpty()) {
            if (error)
                *error = failed.first().at(0).toString();
            return std::nullopt;
        }
        return opened.first().at(0).value<RemoteSnapshot>();
    }

    static RemoteSaveResult saveAndWait(RemoteFile* f, const QByteArray& bytes, const RemoteVersion* seen = nullptr)
    {
        QSignalSpy done(f, &RemoteFile::saveFinished);
        if (seen)
            f->overwrite(bytes, *seen);
        else
            f->save(bytes);
        if (!done.wait(90000)) {
            RemoteSaveResult r;
            r.message = QStringLiteral("test: no saveFinished within 90 s");
            return r;
        }
        return done.first().at(0).value<RemoteSaveResult>();
    }

    // Round trip of `location` whose bytes live at `hostPath`; returns the save's result.
    void roundTrip(const RemoteLocation& location, const QString& hostPath, const QString& container)
    {
        QVERIFY(writeHostFile(hostPath, oddBytes));
        auto f = makeFile(location);
        QString error;
        const auto snap = openAndWait(f.get(), &error);
        QVERIFY2(snap, qPrintable(error));
        QCOMPARE(snap->bytes, oddBytes);
        QVERIFY(snap->version.exists);
        QCOMPARE(snap->version.size, oddBytes.size());
        QCOMPARE(f->baseVersion(), snap->version);

        // An edit in the middle; everything else stays byte for byte.
        QByteArray edited = oddBytes;
        edited.replace(QByteArray("\ttabbed\t\r\n"), QByteArray("\ttabbed\t\r\nadded\tline\r\n"));
        QVERIFY(edited != oddBytes);
        const int before = int(m_finished.size());
        const RemoteSaveResult r = saveAndWait(f.get(), edited);
        QVERIFY2(r.outcome == RemoteSaveResult::Outcome::Saved, qPrintable(r.message));
        QCOMPARE(readFile(hostPath), edited);
        QCOMPARE(r.bytes, edited);
        QCOMPARE(f->baseVersion(), r.version);
        QCOMPARE(r.version.size, edited.size());
        // The backup in the container's /tmp holds the old bytes, and the journal says where it is.
        QVERIFY2(
            r.backupPath.startsWith(QStringLiteral("/tmp/") + location.fileName() + u'.'), qPrintable(r.backupPath));
        QCOMPARE(readFile(hostTmp(container, r.backupPath)), oddBytes);
        QCOMPARE(m_finished.size(), before + 1);
        QVERIFY2(m_finished.last().ok, qPrintable(m_finished.last().result));
        QCOMPARE(m_finished.last().backupPath, r.backupPath);
        QCOMPARE(m_finished.last().commands.size(), 3);
        // Stdin never reaches the journal.
        QVERIFY(!m_finished.last().commands.join(u'\n').contains(QStringLiteral("added")));

        // A second save starts from the new version.
        QByteArray again = edited;
        again.append("\n");
        const RemoteSaveResult r2 = saveAndWait(f.get(), again);
        QVERIFY2(r2.outcome == RemoteSaveResult::Outcome::Saved, qPrintable(r2.message));
        QCOMPARE(readFile(hostPath), again);

        // The same bytes read back unchanged.
        const auto back = openAndWait(f.get(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->bytes, again);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        m_env = SimHostEnv::load(&why);
        QVERIFY2(m_env.isValid(), qPrintable(why));
        m_profile = profileForAlias(QStringLiteral("simhost"), m_env.sshConfig);
        m_profile.environment = Environment::Stage;
        QString notConnected;
        m_session = connectToSimHost(m_profile, &notConnected);
        QVERIFY2(m_session, qPrintable(notConnected));
        m_runner = std::make_unique<HookedRunner>(m_session.get(), &m_env);
        m_journal = std::make_unique<Journal>();
        QVERIFY(m_journal->open(m_dir.filePath(QStringLiteral("journal.sqlite"))).ok());
        m_tasks = std::make_unique<TaskListModel>();
        m_operations = std::make_unique<OperationRunner>(m_runner.get(), m_journal.get(), m_tasks.get());
        connect(m_operations.get(), &OperationRunner::operationFinished, this,
            [this](Task*, const JournalEntry& e) { m_finished.append(e); });
    }

    void containerFileRoundTrip()
    {
        const QString name = QStringLiteral("odd-bytes.zone");
        QFile::remove(dnsPath(name));
        QVERIFY(writeHostFile(dnsPath(name), oddBytes));
        QVERIFY(QFile::setPermissions(
            dnsPath(name), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup));
        roundTrip(RemoteLocation::containerFile(QStringLiteral("dns"), QStringLiteral("/opt/gbo/data/") + name),
            dnsPath(name), QStringLiteral("dns"));
        // Owner and mode of the original survive the rename.
        QCOMPARE(QFile::permissions(dnsPath(name)),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser
                | QFileDevice::ReadGroup);
        // No temporary file is left next to it.
        QCOMPARE(QDir(QFileInfo(dnsPath(name)).absolutePath())
                     .entryList({ QStringLiteral(".gbadmin-save.*") }, QDir::Files | QDir::Hidden),
            QStringList());
    }

    void minioObjectRoundTrip()
    {
        const QString key = QStringLiteral("default.gbdialog/odd-bytes.bas");
        roundTrip(
            RemoteLocation::minioObject(QStringLiteral("default.gbai"), key), objectPath(key), QStringLiteral("drive"));
        QCOMPARE(QDir(m_env.dir + QStringLiteral("/root/drive/tmp"))
                     .entryList({ QStringLiteral(".gbadmin-upload.*") }, QDir::Files | QDir::Hidden),
            QStringList());
    }

    void conflict_data()
    {
        QTest::addColumn<bool>("minio");
        QTest::newRow("container file") << false;
        QTest::newRow("minio object") << true;
    }
    void conflict()
    {
        QFETCH(bool, minio);
        const QString key = QStringLiteral("default.gbdialog/conflict.bas");
        const RemoteLocation loc = minio
            ? RemoteLocation::minioObject(QStringLiteral("default.gbai"), key)
            : RemoteLocation::containerFile(QStringLiteral("dns"), QStringLiteral("/opt/gbo/data/conflict.zone"));
        const QString hostPath = minio ? objectPath(key) : dnsPath(QStringLiteral("conflict.zone"));
        QVERIFY(writeHostFile(hostPath, oddBytes));
        auto f = makeFile(loc);
        QVERIFY(openAndWait(f.get()));

        // Someone else writes between open and save: the save stops before anything runs.
        const QByteArray theirs = oddBytes + QByteArray("\r\ntheir line");
        QVERIFY(writeHostFile(hostPath, theirs));
        const QByteArray mine = QByteArray("my version\r\n") + oddBytes;
        const int operationsBefore = int(m_finished.size());
        const RemoteSaveResult r = saveAndWait(f.get(), mine);
        QVERIFY2(r.outcome == RemoteSaveResult::Outcome::Conflict, qPrintable(r.message));
        QCOMPARE(m_finished.size(), operationsBefore); // no operation ran
        QCOMPARE(readFile(hostPath), theirs);
        QCOMPARE(r.remote.bytes, theirs);
        QCOMPARE(r.bytes, mine);
        QVERIFY(r.remote.version.exists);
        QVERIFY(!(r.remote.version == f->baseVersion()));
        // The choices: the diff of the two, reload, overwrite anyway.
        const QByteArray diff = ByteDiff::unified(r.remote.bytes, mine);
        QVERIFY(diff.contains("\n+my version\r\n"));
        QVERIFY(diff.contains("\n-their line\n\\ No newline at end of file\n"));
        const RemoteSaveResult over = saveAndWait(f.get(), mine, &r.remote.version);
        QVERIFY2(over.outcome == RemoteSaveResult::Outcome::Saved, qPrintable(over.message));
        QCOMPARE(readFile(hostPath), mine);
        QCOMPARE(readFile(hostTmp(loc.container, over.backupPath)), theirs);
    }

    // The check also runs on the host inside the write: a change between the conflict check and the
    // write stops the write there.
    void compareAndSwapOnHost_data() { conflict_data(); }
    void compareAndSwapOnHost()
    {
        QFETCH(bool, minio);
        const QString key = QStringLiteral("default.gbdialog/cas.bas");
        const RemoteLocation loc = minio
            ? RemoteLocation::minioObject(QStringLiteral("default.gbai"), key)
            : RemoteLocation::containerFile(QStringLiteral("dns"), QStringLiteral("/opt/gbo/data/cas.zone"));
        const QString hostPath = minio ? objectPath(key) : dnsPath(QStringLiteral("cas.zone"));
        QVERIFY(writeHostFile(hostPath, oddBytes));
        auto f = makeFile(loc);
        QVERIFY(openAndWait(f.get()));
        const QByteArray theirs = QByteArray("written after the check\n");
        m_runner->beforeWrite = [&] { writeHostFile(hostPath, theirs); };
        const RemoteSaveResult r = saveAndWait(f.get(), QByteArray("mine\n"));
        QVERIFY(!m_runner->beforeWrite);
        QVERIFY2(r.outcome == RemoteSaveResult::Outcome::Conflict, qPrintable(r.message));
        QCOMPARE(readFile(hostPath), theirs);
        QCOMPARE(r.remote.bytes, theirs);
        QVERIFY(!m_finished.last().ok);
        QVERIFY2(
            m_finished.last().result.contains(QStringLiteral("exit status 4")), qPrintable(m_finished.last().result));
    }

    void dropDuringUpload_data() { conflict_data(); }
    void dropDuringUpload()
    {
        QFETCH(bool, minio);
        const QString key = QStringLiteral("default.gbdialog/drop.bas");
        const RemoteLocation loc = minio
            ? RemoteLocation::minioObject(QStringLiteral("default.gbai"), key)
            : RemoteLocation::containerFile(QStringLiteral("dns"), QStringLiteral("/opt/gbo/data/drop.zone"));
        const QString hostPath = minio ? objectPath(key) : dnsPath(QStringLiteral("drop.zone"));
        QVERIFY(writeHostFile(hostPath, oddBytes));
        auto f = makeFile(loc);
        QVERIFY(openAndWait(f.get()));

        QByteArray big = oddBytes;
        for (int i = 0; i < 20000; ++i)
            big += "line " + QByteArray::number(i) + "\tof a big edit\r\n";
        m_runner->dropWhenFileGrows = minio ? m_env.dir + QStringLiteral("/root/drive/tmp/.gbadmin-upload.*")
                                            : QFileInfo(hostPath).absolutePath() + QStringLiteral("/.gbadmin-save.*");
        m_runner->dropped = false;
        const RemoteSaveResult r = saveAndWait(f.get(), big);
        QVERIFY(m_runner->dropped);
        QVERIFY2(r.outcome == RemoteSaveResult::Outcome::Failed, qPrintable(r.message));
        QVERIFY2(r.message.contains(QStringLiteral("never a mix")) || r.message.contains(QStringLiteral("unchanged")),
            qPrintable(r.message));
        QCOMPARE(r.bytes, big); // the local edit is kept
        // Entirely old on the host; the half-received temporary file goes away.
        QCOMPARE(readFile(hostPath), oddBytes);
        const QFileInfo tmpGlob(minio ? m_env.dir + QStringLiteral("/root/drive/tmp/.gbadmin-upload.*")
                                      : QFileInfo(hostPath).absolutePath() + QStringLiteral("/.gbadmin-save.*"));
        QTRY_COMPARE_WITH_TIMEOUT(
            QDir(tmpGlob.absolutePath()).entryList({ tmpGlob.fileName() }, QDir::Files | QDir::Hidden), QStringList(),
            10000);

        // After the reconnect the same save goes through.
        QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), SshSession::State::Connected, 30000);
        const RemoteSaveResult again = saveAndWait(f.get(), big);
        QVERIFY2(again.outcome == RemoteSaveResult::Outcome::Saved, qPrintable(again.message));
        QCOMPARE(readFile(hostPath), big);
    }

    void hostileNames_data()
    {
        QTest::addColumn<bool>("minio");
        QTest::addColumn<QString>("name");
        const QString marker = QStringLiteral("$(touch gbadmin-pwned)`touch gbadmin-pwned`");
        const QStringList names { QStringLiteral("with space 'single' \"double\" ") + marker,
            QStringLiteral("-leading-dash"), QStringLiteral("new\nline;x"), QStringLiteral("não-ascii ção 日本.zone"),
            QStringLiteral("back\\slash %s & | > <") };
        for (const QString& n : names) {
            QTest::newRow(qPrintable(QStringLiteral("file ") + n)) << false << n;
            QTest::newRow(qPrintable(QStringLiteral("object ") + n)) << true << n;
        }
    }
    void hostileNames()
    {
        QFETCH(bool, minio);
        QFETCH(QString, name);
        const QString key = QStringLiteral("hostile ") + name + u'/' + name;
        const RemoteLocation loc = minio
            ? RemoteLocation::minioObject(QStringLiteral("default.gbai"), key)
            : RemoteLocation::containerFile(QStringLiteral("dns"), QStringLiteral("/opt/gbo/data/") + name);
        const QString hostPath = minio ? objectPath(key) : dnsPath(name);
        QVERIFY(writeHostFile(hostPath, oddBytes));
        auto f = makeFile(loc);
        QString error;
        const auto snap = openAndWait(f.get(), &error);
        QVERIFY2(snap, qPrintable(error));
        QCOMPARE(snap->bytes, oddBytes);
        const QByteArray edited = oddBytes + "\nedited";
        const RemoteSaveResult r = saveAndWait(f.get(), edited);
        QVERIFY2(r.outcome == RemoteSaveResult::Outcome::Saved, qPrintable(r.message));
        QCOMPARE(readFile(hostPath), edited);
        QCOMPARE(readFile(hostTmp(loc.container, r.backupPath)), oddBytes);
        // Nothing ran: no marker in any working directory a command could have had.
        for (const QString& dir : QStringList { m_env.dir + QStringLiteral("/root/dns/tmp"),
                 m_env.dir + QStringLiteral("/root/drive/tmp"), m_env.dir + QStringLiteral("/home"), QDir::homePath(),
                 QDir::currentPath(), QStringLiteral("/root"), QStringLiteral("/tmp") })
            QVERIFY2(!QFile::exists(dir + QStringLiteral("/gbadmin-pwned")), qPrintable(dir));
        // The zone directory is the DNS tests' too: leave it as it was.
        if (!minio)
            QVERIFY(QFile::remove(hostPath));
    }

    // "Save a copy": a new location with the absent base; a second such save finds it there.
    void saveCopyToNewLocation()
    {
        const RemoteLocation loc
            = RemoteLocation::containerFile(QStringLiteral("dns"), QStringLiteral("/opt/gbo/data/copy-of.zone"));
        QFile::remove(dnsPath(QStringLiteral("copy-of.zone")));
        auto f = makeFile(loc);
        QString error;
        QVERIFY(!openAndWait(f.get(), &error));
        QVERIFY2(error.contains(QStringLiteral("does not exist")), qPrintable(error));
        f->setBaseVersion(RemoteVersion::absent());
        const RemoteSaveResult r = saveAndWait(f.get(), oddBytes);
        QVERIFY2(r.outcome == RemoteSaveResult::Outcome::Saved, qPrintable(r.message));
        QVERIFY(r.backupPath.isEmpty());
        QCOMPARE(readFile(dnsPath(QStringLiteral("copy-of.zone"))), oddBytes);

        auto g = makeFile(loc);
        g->setBaseVersion(RemoteVersion::absent());
        const RemoteSaveResult r2 = saveAndWait(g.get(), QByteArray("other\n"));
        QVERIFY2(r2.outcome == RemoteSaveResult::Outcome::Conflict, qPrintable(r2.message));
        QCOMPARE(readFile(dnsPath(QStringLiteral("copy-of.zone"))), oddBytes);
    }

    void cleanupTestCase()
    {
        m_operations.reset();
        m_session.reset();
    }
};

QTEST_GUILESS_MAIN(TestRemoteFileSimhost)
#include "tst_remotefile_simhost.moc"
