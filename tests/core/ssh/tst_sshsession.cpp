// The SSH core against the simulated host's real sshd: auth, host keys, quoting, many channels,
// cancel, timeouts, sudo, backpressure, reconnect.

#include "core/ssh/shellquote.h"
#include "core/ssh/sshconfig.h"
#include "core/ssh/sshsession.h"

#include "hostilestrings.h"
#include "support/simhostenv.h"
#include "support/testhelpers.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

namespace {
using TestHelpers::readFile;
int countAccepted(const SimHostEnv& env)
{
    return int(readFile(env.dir + QStringLiteral("/log/sshd.log")).count("Accepted publickey"));
}
QByteArray run(const QString& program, const QStringList& args, int* code = nullptr)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    p.waitForFinished(30000);
    if (code)
        *code = p.exitCode();
    return p.readAll();
}
// The simhost runs on this machine, so the host's processes are visible in our /proc.
bool processAlive(const QByteArray& pid)
{
    const QByteArray stat = readFile(QStringLiteral("/proc/%1/stat").arg(QString::fromLatin1(pid)));
    if (stat.isEmpty())
        return false;
    const qsizetype close = stat.lastIndexOf(')');
    return close > 0 && stat.mid(close + 2, 1) != "Z";
}
// The sshd processes serving one connection (the shell's parent, and its parent unless that is
// the listener): killing or stopping them cuts or freezes that connection only.
QStringList connectionProcesses(const SimHostEnv& env, const QByteArray& shellParent)
{
    const QByteArray listener = readFile(env.dir + QStringLiteral("/run/sshd.pid")).trimmed();
    QStringList pids { QString::fromLatin1(shellParent) };
    const QByteArray up
        = run(QStringLiteral("ps"), { QStringLiteral("-o"), QStringLiteral("ppid="), QString::fromLatin1(shellParent) })
              .trimmed();
    if (!up.isEmpty() && up != listener && up != "1")
        pids << QString::fromLatin1(up);
    return pids;
}
} // namespace

class TestSshSession : public QObject
{
    Q_OBJECT

private:
    SimHostEnv m_env;
    SshTarget m_target;
    std::unique_ptr<SshSession> m_session; // connected once, shared by the command tests

    std::unique_ptr<SshSession> connectTo(const SshTarget& t)
    {
        auto s = std::make_unique<SshSession>();
        s->connectToHost(t);
        return s;
    }
    bool hostHasProcess(const QString& pattern)
    {
        // Anchored, so neither our local `ssh … pgrep` client nor pgrep's shell matches itself.
        QByteArray out;
        m_env.ssh(
            { QStringLiteral("pgrep"), QStringLiteral("-f"), ShellQuote::quote(QLatin1Char('^') + pattern) }, &out);
        return !out.trimmed().isEmpty();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        m_env = SimHostEnv::load(&why);
        if (!m_env.isValid())
            QFAIL(qPrintable(why));
        auto cfg = SshConfig::load(m_env.sshConfig);
        QVERIFY(cfg.ok());
        m_target = cfg->resolve(QStringLiteral("simhost"));
        m_target.useAgent = false;
        QCOMPARE(m_target.port, m_env.port);
        QCOMPARE(m_target.identityFiles, QStringList { m_env.identity });
        m_session = connectTo(m_target);
        QVERIFY2(m_session->waitForConnected(15000), qPrintable(m_session->lastError()));
    }

    void simpleCommand()
    {
        const CommandResult r
            = m_session->runAndWait(RemoteCommand::of({ QStringLiteral("echo"), QStringLiteral("hello") }));
        QCOMPARE(r.status, CommandResult::Status::Exited);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.stdoutData, QByteArray("hello\n"));
        const CommandResult f = m_session->runAndWait(
            RemoteCommand::of({ QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo oops >&2; exit 3") }));
        QCOMPARE(f.exitCode, 3);
        QCOMPARE(f.stderrData, QByteArray("oops\n"));
    }

    void hostileStringsComeBackByteExact()
    {
        QTemporaryDir dir; // the simhost is this machine: its /tmp is ours
        const QString canary = dir.filePath(QStringLiteral("canary"));
        const QStringList words = hostileStrings(canary);
        QVERIFY(words.size() >= 50);
        QStringList argv { QStringLiteral("printf"), QStringLiteral("%s\\0") };
        argv += words;
        const CommandResult r = m_session->runAndWait(RemoteCommand::of(argv));
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> got = r.stdoutData.split('\0');
        QCOMPARE(got.size(), words.size() + 1);
        for (int i = 0; i < words.size(); ++i)
            QCOMPARE(got.at(i), words.at(i).toUtf8());
        // Each word also alone, as the first argument after the program (leading dashes, empty).
        for (const QString& w : words) {
            const CommandResult one
                = m_session->runAndWait(RemoteCommand::of({ QStringLiteral("printf"), QStringLiteral("%s\\0"), w }));
            QCOMPARE(one.stdoutData, w.toUtf8() + '\0');
        }
        // And through the sudo prefix.
        RemoteCommand viaSudo = RemoteCommand::of(argv);
        viaSudo.sudo = true;
        const CommandResult s = m_session->runAndWait(viaSudo);
        QCOMPARE(s.exitCode, 0);
        QCOMPARE(s.stdoutData, r.stdoutData);
        QVERIFY2(!QFile::exists(canary), "a hostile string ran a command on the host");
    }

    void fiftyConcurrentCommands()
    {
        std::vector<std::unique_ptr<CommandHandle>> handles;
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < 50; ++i) {
            handles.emplace_back(m_session->run(RemoteCommand::of({ QStringLiteral("sh"), QStringLiteral("-c"),
                QStringLiteral("sleep 0.2; printf 'out %s\\n' \"$0\"; printf 'err %s\\n' \"$0\" >&2"),
                QString::number(i) })));
        }
        for (int i = 0; i < 50; ++i) {
            QVERIFY(handles[i]->waitForFinished(30000));
            const CommandResult& r = handles[i]->result();
            QCOMPARE(r.status, CommandResult::Status::Exited);
            QCOMPARE(r.stdoutData, QByteArray("out ") + QByteArray::number(i) + '\n');
            QCOMPARE(r.stderrData, QByteArray("err ") + QByteArray::number(i) + '\n');
        }
        qInfo("50 commands of 0.2 s each took %lld ms", t.elapsed());
        QVERIFY(t.elapsed() < 50 * 200); // they ran side by side, not one after another
    }

    void cancelEndsRemoteProcessWithinOneSecond_data()
    {
        QTest::addColumn<bool>("sudo");
        QTest::newRow("plain") << false;
        QTest::newRow("sudo") << true;
    }

    void cancelEndsRemoteProcessWithinOneSecond()
    {
        QFETCH(bool, sudo);
        const QString marker = sudo ? QStringLiteral("30.0417") : QStringLiteral("30.0416");
        // The inner shell prints its pid and becomes sleep, so we can watch that very process.
        RemoteCommand c = RemoteCommand::of(
            { QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo $$; exec sleep \"$0\""), marker });
        c.sudo = sudo;
        c.output = RemoteCommand::Output::Stream;
        std::unique_ptr<CommandHandle> h(m_session->run(c));
        QByteArray out;
        connect(h.get(), &CommandHandle::stdoutData, this, [&](const QByteArray& d) { out += d; });
        QTRY_VERIFY_WITH_TIMEOUT(out.contains('\n'), 5000);
        const QByteArray pid = out.trimmed();
        QTRY_VERIFY(processAlive(pid));
        QElapsedTimer t;
        t.start();
        h->cancel();
        while (processAlive(pid) && t.elapsed() < 5000)
            QTest::qWait(5);
        const qint64 goneAfter = t.elapsed();
        QVERIFY(h->waitForFinished(2000));
        qInfo("cancel: remote process gone after %lld ms, command finished after %lld ms", goneAfter, t.elapsed());
        QCOMPARE(h->result().status, CommandResult::Status::Cancelled);
        QVERIFY2(goneAfter < 1000, qPrintable(QString::number(goneAfter)));
        QVERIFY(!hostHasProcess(QStringLiteral("sleep ") + marker));
    }

    void cancelAtAnyStageKeepsTheConnection()
    {
        // Cancels land while the channel opens, while exec is pending, right after the start and
        // while output flows; the host's late replies for those channels (eof, close, exit status)
        // must neither crash the worker nor end the connection.
        QSignalSpy states(m_session.get(), &SshSession::stateChanged);
        for (int i = 0; i < 40; ++i) {
            RemoteCommand c = RemoteCommand::of({ QStringLiteral("sh"), QStringLiteral("-c"),
                QStringLiteral("echo x; exec sleep \"$0\""), QStringLiteral("30.0419") });
            c.output = RemoteCommand::Output::Stream;
            std::unique_ptr<CommandHandle> h(m_session->run(c));
            QSignalSpy started(h.get(), &CommandHandle::started);
            if (i % 4 == 1)
                QTest::qWait(1);
            else if (i % 4 == 2)
                QTest::qWait(20);
            else if (i % 4 == 3)
                QVERIFY(started.wait(5000));
            h->cancel();
            QVERIFY(h->waitForFinished(5000));
            QVERIFY2(h->result().status == CommandResult::Status::Cancelled,
                qPrintable(QStringLiteral("cancel %1: %2").arg(i).arg(h->result().error)));
        }
        const CommandResult r
            = m_session->runAndWait(RemoteCommand::of({ QStringLiteral("echo"), QStringLiteral("still") }));
        QCOMPARE(r.stdoutData, QByteArray("still\n"));
        QCOMPARE(m_session->state(), SshSession::State::Connected);
        QVERIFY(states.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!hostHasProcess(QStringLiteral("sleep 30.0419")), 3000);
    }

    void timeoutKillsCommand()
    {
        RemoteCommand c = RemoteCommand::of({ QStringLiteral("sleep"), QStringLiteral("30.0418") });
        c.timeoutMs = 300;
        QElapsedTimer t;
        t.start();
        const CommandResult r = m_session->runAndWait(c);
        QCOMPARE(r.status, CommandResult::Status::TimedOut);
        QVERIFY(t.elapsed() < 2000);
        QTRY_VERIFY_WITH_TIMEOUT(!hostHasProcess(QStringLiteral("sleep 30.0418")), 1000);
    }

    void stdinBytesAndStream()
    {
        QByteArray payload;
        for (int i = 0; i < 300000; ++i)
            payload += char(i * 7 + (i >> 8));
        RemoteCommand c = RemoteCommand::of({ QStringLiteral("cat") });
        c.stdinData = payload;
        QCOMPARE(m_session->runAndWait(c).stdoutData, payload);

        RemoteCommand s = RemoteCommand::of({ QStringLiteral("wc"), QStringLiteral("-c") });
        s.keepStdinOpen = true;
        std::unique_ptr<CommandHandle> h(m_session->run(s));
        for (int i = 0; i < 10; ++i)
            h->writeStdin(QByteArray(100000, 'x'));
        h->closeStdin();
        QVERIFY(h->waitForFinished(20000));
        QCOMPARE(h->result().stdoutData.trimmed(), QByteArray("1000000"));
    }

    void bulkOutputOnBothStreamsByteExact()
    {
        // Both streams at once, megabytes each: the worker drains the socket in large reads and
        // delivers them as read (the pid line stripped); nothing may be lost, doubled or swapped.
        QTemporaryDir dir; // the simhost is this machine: its /tmp is ours
        QByteArray out(16 * 1024 * 1024 + 12345, '\0');
        for (qsizetype i = 0; i < out.size(); ++i)
            out[i] = char((i * 131) ^ (i >> 11));
        QByteArray err(3 * 1024 * 1024 + 7, '\0');
        for (qsizetype i = 0; i < err.size(); ++i)
            err[i] = char((i * 29) ^ (i >> 7) ^ 0x5a);
        const QString outFile = dir.filePath(QStringLiteral("out"));
        const QString errFile = dir.filePath(QStringLiteral("err"));
        for (const auto& [path, data] : { std::pair { outFile, out }, std::pair { errFile, err } }) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QCOMPARE(f.write(data), data.size());
        }
        const CommandResult r = m_session->runAndWait(
            RemoteCommand::of({ QStringLiteral("sh"), QStringLiteral("-c"),
                QStringLiteral("cat \"$1\" & cat \"$2\" >&2; wait"), QStringLiteral("sh"), outFile, errFile }),
            60000);
        QCOMPARE(r.status, CommandResult::Status::Exited);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.stdoutData.size(), out.size());
        QVERIFY(r.stdoutData == out);
        QCOMPARE(r.stderrData.size(), err.size());
        QVERIFY(r.stderrData == err);
    }

    void collectedOutputIsBounded()
    {
        // 8 MiB printed, 1 MiB allowed: the command is stopped with a sentence, nothing is kept.
        RemoteCommand c = RemoteCommand::of({ QStringLiteral("head"), QStringLiteral("-c"),
            QString::number(8 * 1024 * 1024), QStringLiteral("/dev/zero") });
        c.maxCollectBytes = 1024 * 1024;
        const CommandResult r = m_session->runAndWait(c, 30000);
        QCOMPARE(r.status, CommandResult::Status::Failed);
        QVERIFY2(r.error.contains(QLatin1String("1 MiB")), qPrintable(r.error));
        QVERIFY(r.stdoutData.isEmpty());
        QCOMPARE(m_session->state(), SshSession::State::Connected);
        // The same amount streamed is not bounded; nor is collected output within the bound.
        c.output = RemoteCommand::Output::Stream;
        std::unique_ptr<CommandHandle> h(m_session->run(c));
        qint64 streamed = 0;
        connect(h.get(), &CommandHandle::stdoutData, this, [&](const QByteArray& d) { streamed += d.size(); });
        QVERIFY(h->waitForFinished(30000));
        QVERIFY(h->result().succeeded());
        QCOMPARE(streamed, qint64(8 * 1024 * 1024));
        c.output = RemoteCommand::Output::Collect;
        c.maxCollectBytes = 8 * 1024 * 1024;
        QCOMPARE(m_session->runAndWait(c, 30000).stdoutData.size(), qsizetype(8 * 1024 * 1024));
    }

    void backpressureBoundsMemory()
    {
        RemoteCommand c
            = RemoteCommand::of({ QStringLiteral("head"), QStringLiteral("-c"), QString::number(64 * 1024 * 1024) });
        c.stdinData.clear();
        c.argv << QStringLiteral("/dev/zero");
        c.output = RemoteCommand::Output::Stream;
        std::unique_ptr<CommandHandle> h(m_session->run(c));
        qint64 received = 0;
        bool paused = false;
        connect(h.get(), &CommandHandle::stdoutData, this, [&](const QByteArray& d) {
            received += d.size();
            if (!paused && received > 1024 * 1024) {
                paused = true;
                h->pause();
            }
        });
        QTRY_VERIFY(paused);
        QTest::qWait(800);
        // Paused: at most the high-water mark (plus one chunk) may arrive.
        QVERIFY2(received < 1024 * 1024 + CommandHandle::highWaterMark() + 256 * 1024,
            qPrintable(QString::number(received)));
        h->resume();
        QVERIFY(h->waitForFinished(60000));
        QCOMPARE(received, qint64(64 * 1024 * 1024));
        QVERIFY(h->result().stdoutData.isEmpty()); // Stream mode keeps nothing
    }

    void sudoWithoutPassword()
    {
        RemoteCommand c
            = RemoteCommand::of({ QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo \"$SUDO_USER\"") });
        c.sudo = true;
        const CommandResult r = m_session->runAndWait(c);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.stdoutData, m_env.user.toUtf8() + '\n');
    }

    // Whether sudo wants a password is never guessed from text: a command that itself prints
    // "password is required" and exits 1 runs once, and nobody is asked for a password.
    void sudoCommandSayingPasswordRequiredRunsOnce()
    {
        QTemporaryDir dir;
        const QString count = dir.filePath(QStringLiteral("runs"));
        int asked = 0;
        auto c0 = connect(m_session.get(), &SshSession::credentialNeeded, this, [&](const CredentialRequest& req) {
            ++asked;
            m_session->cancelCredential(req.id);
        });
        auto guard = qScopeGuard([&] { disconnect(c0); });
        RemoteCommand c = RemoteCommand::of({ QStringLiteral("sh"), QStringLiteral("-c"),
            QStringLiteral("echo run >> \"$1\"; echo 'sudo: a password is required' >&2; exit 1"), QStringLiteral("sh"),
            count });
        c.sudo = true;
        const CommandResult r = m_session->runAndWait(c);
        QCOMPARE(r.status, CommandResult::Status::Exited);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.stderrData, QByteArray("sudo: a password is required\n"));
        QCOMPARE(readFile(count), QByteArray("run\n"));
        QCOMPARE(asked, 0);
    }

    void sudoAsksForPasswordOnceAndFeedsStdin()
    {
        const QString pw = QStringLiteral("s3cr3t-sudo-canary");
        QCOMPARE(m_env.simhost({ QStringLiteral("set"), QStringLiteral("sudo"), QStringLiteral("password"), pw }), 0);
        auto restore = qScopeGuard([&] {
            m_env.simhost(
                { QStringLiteral("set"), QStringLiteral("sudo"), QStringLiteral("password"), QStringLiteral("none") });
        });
        auto s = connectTo(m_target);
        QVERIFY(s->waitForConnected(15000));
        int asked = 0;
        QStringList errors;
        connect(s.get(), &SshSession::credentialNeeded, this, [&](const CredentialRequest& req) {
            QCOMPARE(req.kind, CredentialRequest::Kind::SudoPassword);
            errors << req.previousError;
            // First a wrong answer: it must be re-asked, not fed to the command.
            s->provideCredential(req.id, { asked++ == 0 ? QStringLiteral("wrong") : pw });
        });
        RemoteCommand c = RemoteCommand::of({ QStringLiteral("cat") });
        c.sudo = true;
        c.stdinData = "payload-bytes\n";
        const CommandResult r = s->runAndWait(c, 30000);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.stdoutData, QByteArray("payload-bytes\n")); // the password did not leak into stdin
        QVERIFY(!r.stderrData.contains(pw.toUtf8()));
        QCOMPARE(asked, 2);
        QVERIFY(errors.value(0).isEmpty());
        QVERIFY(!errors.value(1).isEmpty());
        // Later sudo commands reuse the password without asking.
        RemoteCommand again = RemoteCommand::of({ QStringLiteral("echo"), QStringLiteral("again") });
        again.sudo = true;
        QCOMPARE(s->runAndWait(again).stdoutData, QByteArray("again\n"));
        QCOMPARE(asked, 2);
        // The password never appears on a command line: the sshd log records none.
        QVERIFY(!readFile(m_env.dir + QStringLiteral("/log/sshd.log")).contains(pw.toUtf8()));
    }

    void unknownHostAcceptAndSaveIsReadByOpenSsh()
    {
        QTemporaryDir dir;
        SshTarget t = m_target;
        t.knownHostsFile = dir.filePath(QStringLiteral("known_hosts"));
        t.hostKeyPolicy = SshTarget::HostKeyPolicy::Ask;
        auto s = std::make_unique<SshSession>();
        HostKeyInfo seen;
        connect(s.get(), &SshSession::hostKeyDecisionNeeded, this, [&](const HostKeyInfo& info) {
            seen = info;
            s->acceptHostKey(true);
        });
        s->connectToHost(t);
        QVERIFY2(s->waitForConnected(15000), qPrintable(s->lastError()));
        const QByteArray expected = run(QStringLiteral("ssh-keygen"),
            { QStringLiteral("-lf"), m_env.dir + QStringLiteral("/ssh/sshd_host_ed25519.pub") });
        QVERIFY(!seen.fingerprintSha256.isEmpty());
        QVERIFY2(expected.contains(seen.fingerprintSha256.toLatin1()), expected.constData());
        QCOMPARE(seen.keyType, QStringLiteral("ssh-ed25519"));
        QCOMPARE(seen.host, QStringLiteral("[127.0.0.1]:%1").arg(m_env.port));
        // OpenSSH, strict, with only the file we wrote, must accept the host.
        int code = -1;
        const QByteArray out = run(QStringLiteral("ssh"),
            { QStringLiteral("-F"), QStringLiteral("/dev/null"), QStringLiteral("-o"), QStringLiteral("BatchMode=yes"),
                QStringLiteral("-o"), QStringLiteral("StrictHostKeyChecking=yes"), QStringLiteral("-o"),
                QStringLiteral("UserKnownHostsFile=") + t.knownHostsFile, QStringLiteral("-o"),
                QStringLiteral("GlobalKnownHostsFile=/dev/null"), QStringLiteral("-i"), m_env.identity,
                QStringLiteral("-p"), QString::number(m_env.port), m_env.user + QStringLiteral("@127.0.0.1"),
                QStringLiteral("echo"), QStringLiteral("openssh-ok") },
            &code);
        QCOMPARE(code, 0);
        QVERIFY2(out.contains("openssh-ok"), out.constData());
        // And a second connection of ours does not ask again.
        auto again = std::make_unique<SshSession>();
        bool asked = false;
        connect(again.get(), &SshSession::hostKeyDecisionNeeded, this, [&] { asked = true; });
        again->connectToHost(t);
        QVERIFY(again->waitForConnected(15000));
        QVERIFY(!asked);
    }

    void unknownHostRejectedRunsNothing()
    {
        QTemporaryDir dir;
        SshTarget t = m_target;
        t.knownHostsFile = dir.filePath(QStringLiteral("known_hosts"));
        auto s = std::make_unique<SshSession>();
        connect(s.get(), &SshSession::hostKeyDecisionNeeded, this, [&] { s->rejectHostKey(); });
        s->connectToHost(t);
        QVERIFY(!s->waitForConnected(15000));
        QVERIFY(!QFile::exists(t.knownHostsFile));
    }

    // The real key marked @revoked: a hard stop, whatever the policy, nothing asked.
    void revokedHostKeyIsAHardStop()
    {
        QTemporaryDir dir;
        const QByteArray realKey
            = readFile(m_env.dir + QStringLiteral("/ssh/sshd_host_ed25519.pub")).split(' ').mid(0, 2).join(' ');
        SshTarget t = m_target;
        t.autoReconnect = false;
        t.hostKeyPolicy = SshTarget::HostKeyPolicy::AcceptNew;
        t.knownHostsFile = dir.filePath(QStringLiteral("known_hosts"));
        const QString global = dir.filePath(QStringLiteral("global_known_hosts"));
        QFile user(t.knownHostsFile);
        QVERIFY(user.open(QIODevice::WriteOnly));
        user.write("[127.0.0.1]:" + QByteArray::number(m_env.port) + ' ' + realKey + '\n');
        user.close();
        QFile g(global);
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write("@revoked * " + realKey + '\n');
        g.close();
        t.globalKnownHostsFiles = { global };
        auto s = std::make_unique<SshSession>();
        bool asked = false;
        connect(s.get(), &SshSession::hostKeyDecisionNeeded, this, [&] { asked = true; });
        s->connectToHost(t);
        QVERIFY(!s->waitForConnected(15000));
        QVERIFY(!asked);
        QVERIFY2(s->lastError().contains(QLatin1String("@revoked at line 1 of ") + global), qPrintable(s->lastError()));
    }

    // A @cert-authority entry for the host: not a first contact. Even with accept-new the key is
    // not appended silently; the DANGER dialog is asked for, naming the line.
    void certAuthorityEntryIsNeverAFirstContact()
    {
        QTemporaryDir dir;
        const QByteArray realKey
            = readFile(m_env.dir + QStringLiteral("/ssh/sshd_host_ed25519.pub")).split(' ').mid(0, 2).join(' ');
        SshTarget t = m_target;
        t.autoReconnect = false;
        t.hostKeyPolicy = SshTarget::HostKeyPolicy::AcceptNew;
        t.knownHostsFile = dir.filePath(QStringLiteral("known_hosts"));
        const QByteArray content = "@cert-authority [127.0.0.1]:* " + realKey + '\n';
        QFile user(t.knownHostsFile);
        QVERIFY(user.open(QIODevice::WriteOnly));
        user.write(content);
        user.close();
        auto s = std::make_unique<SshSession>();
        HostKeyInfo seen;
        connect(s.get(), &SshSession::hostKeyDecisionNeeded, this, [&](const HostKeyInfo& info) {
            seen = info;
            s->rejectHostKey();
        });
        s->connectToHost(t);
        QVERIFY(!s->waitForConnected(15000));
        QCOMPARE(seen.status, HostKeyInfo::Status::Unusable);
        QVERIFY2(seen.detail.contains(QLatin1String("line 1 of ")), qPrintable(seen.detail));
        QCOMPARE(readFile(t.knownHostsFile), content); // nothing appended
        // Strict (as --health): refused outright.
        t.hostKeyPolicy = SshTarget::HostKeyPolicy::Strict;
        auto strict = std::make_unique<SshSession>();
        strict->connectToHost(t);
        QVERIFY(!strict->waitForConnected(15000));
        QVERIFY2(strict->lastError().contains(QLatin1String("cannot be used")), qPrintable(strict->lastError()));
    }

    void changedHostKeyIsAHardStop()
    {
        QTemporaryDir dir;
        const QString other = dir.filePath(QStringLiteral("otherkey"));
        run(QStringLiteral("ssh-keygen"),
            { QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"), QString(),
                QStringLiteral("-f"), other });
        const QByteArray otherPub = readFile(other + QStringLiteral(".pub")).split(' ').mid(0, 2).join(' ');
        QVERIFY(!otherPub.isEmpty());
        SshTarget t = m_target;
        t.knownHostsFile = dir.filePath(QStringLiteral("known_hosts"));
        QFile kh(t.knownHostsFile);
        QVERIFY(kh.open(QIODevice::WriteOnly));
        kh.write("# first line is a comment\n[10.9.9.9]:22 " + otherPub
            + "\n[127.0.0.1]:" + QByteArray::number(m_env.port) + ' ' + otherPub + '\n');
        kh.close();
        const int acceptedBefore = countAccepted(m_env);
        auto s = std::make_unique<SshSession>();
        bool asked = false;
        connect(s.get(), &SshSession::hostKeyDecisionNeeded, this, [&] { asked = true; });
        s->connectToHost(t);
        QVERIFY(!s->waitForConnected(15000));
        QVERIFY(!asked);
        const QString err = s->lastError();
        QVERIFY2(err.contains(QStringLiteral("CHANGED")), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("line 3 of ") + t.knownHostsFile), qPrintable(err));
        const CommandResult r
            = s->runAndWait(RemoteCommand::of({ QStringLiteral("touch"), dir.filePath(QStringLiteral("ran")) }));
        QCOMPARE(r.status, CommandResult::Status::Failed);
        QTest::qWait(200);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("ran"))));
        // Host side: the server never saw a login from us.
        QCOMPARE(countAccepted(m_env), acceptedBefore);

        // The same with hashed host names (HashKnownHosts yes): still named by line.
        run(QStringLiteral("ssh-keygen"), { QStringLiteral("-H"), QStringLiteral("-f"), t.knownHostsFile });
        QVERIFY(readFile(t.knownHostsFile).contains("|1|"));
        auto hashed = std::make_unique<SshSession>();
        hashed->connectToHost(t);
        QVERIFY(!hashed->waitForConnected(15000));
        QVERIFY2(hashed->lastError().contains(QStringLiteral("line 3 of ")), qPrintable(hashed->lastError()));
        QCOMPARE(countAccepted(m_env), acceptedBefore);
    }

    void refusedAndSilentHostsGiveSentences()
    {
        // Nothing listens: refused at once, said in words.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 closedPort = probe.serverPort();
        probe.close();
        SshTarget t = m_target;
        t.port = closedPort;
        auto s = connectTo(t);
        QVERIFY(!s->waitForConnected(10000));
        QCOMPARE(s->state(), SshSession::State::Disconnected);
        QVERIFY2(s->lastError().contains(QStringLiteral("refused the connection")), qPrintable(s->lastError()));

        // A listener that never speaks SSH: the connect timeout ends the wait.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        t.port = silent.serverPort();
        t.connectTimeoutMs = 1000;
        QElapsedTimer clock;
        clock.start();
        auto s2 = connectTo(t);
        QVERIFY(!s2->waitForConnected(15000));
        QVERIFY2(clock.elapsed() < 6000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY2(s2->lastError().contains(QStringLiteral("did not answer in time")), qPrintable(s2->lastError()));

        // Closing a window while it connects must not freeze the GUI thread until the timeout.
        t.connectTimeoutMs = 10000;
        auto s3 = connectTo(t);
        QTest::qWait(300);
        QElapsedTimer closing;
        closing.start();
        s3.reset();
        QVERIFY2(closing.elapsed() < 500, qPrintable(QString::number(closing.elapsed())));
    }

    void proxyJumpThroughSecondSshd()
    {
        auto cfg = SshConfig::load(m_env.sshConfig);
        SshTarget t = cfg->resolve(QStringLiteral("simhost-via-jump"));
        t.useAgent = false;
        QCOMPARE(t.proxyJump, QStringList { QStringLiteral("simhost-jump") });
        auto s = connectTo(t);
        QVERIFY2(s->waitForConnected(20000), qPrintable(s->lastError()));
        const CommandResult r
            = s->runAndWait(RemoteCommand::of({ QStringLiteral("echo"), QStringLiteral("via jump") }));
        QCOMPARE(r.stdoutData, QByteArray("via jump\n"));
        const QByteArray jumpLog = readFile(m_env.dir + QStringLiteral("/log/sshd-jump.log"));
        QVERIFY(jumpLog.contains("direct-tcpip") || jumpLog.contains("Accepted publickey"));
    }

    // The hop is held to strict host keys too: with a known_hosts that knows only the target, the
    // hop's unknown key stops the connection, and the hop's own reason reaches the message.
    void proxyJumpHopWithUnknownKeyIsRefusedWithItsReason()
    {
        QTemporaryDir dir;
        const QString known = dir.filePath(QStringLiteral("known_hosts"));
        QFile f(known);
        QVERIFY(f.open(QIODevice::WriteOnly));
        for (const QByteArray& line : readFile(m_env.knownHosts).split('\n')) {
            if (line.startsWith(QStringLiteral("[127.0.0.1]:%1 ").arg(m_env.port).toUtf8()))
                f.write(line + '\n');
        }
        f.close();
        auto cfg = SshConfig::load(m_env.sshConfig);
        SshTarget t = cfg->resolve(QStringLiteral("simhost-via-jump"));
        t.useAgent = false;
        t.autoReconnect = false;
        t.knownHostsFile = known;
        t.hostKeyPolicy = SshTarget::HostKeyPolicy::Ask;
        auto s = connectTo(t);
        QVERIFY(!s->waitForConnected(20000));
        QVERIFY2(s->lastError().contains(QLatin1String("Host key verification failed")), qPrintable(s->lastError()));
        QCOMPARE(readFile(known).count('\n'), 1); // nothing was added for the hop
    }

    void agentAuth()
    {
        QTemporaryDir dir;
        const QString sock = dir.filePath(QStringLiteral("agent.sock"));
        QProcess agent;
        agent.start(QStringLiteral("ssh-agent"), { QStringLiteral("-D"), QStringLiteral("-a"), sock });
        QVERIFY(agent.waitForStarted());
        auto stop = qScopeGuard([&] {
            agent.terminate();
            agent.waitForFinished(3000);
        });
        QTRY_VERIFY(QFile::exists(sock));
        const QByteArray oldSock = qgetenv("SSH_AUTH_SOCK");
        qputenv("SSH_AUTH_SOCK", sock.toLocal8Bit());
        auto restore = qScopeGuard([&] { qputenv("SSH_AUTH_SOCK", oldSock); });
        QProcess add;
        add.start(QStringLiteral("ssh-add"), { m_env.identity });
        QVERIFY(add.waitForFinished(10000));
        QCOMPARE(add.exitCode(), 0);
        SshTarget t = m_target;
        t.identityFiles = { dir.filePath(QStringLiteral("no-such-key")) }; // only the agent can succeed
        t.useAgent = true;
        auto s = connectTo(t);
        QVERIFY2(s->waitForConnected(15000), qPrintable(s->lastError()));
        QCOMPARE(s->runAndWait(RemoteCommand::of({ QStringLiteral("echo"), QStringLiteral("agent") })).stdoutData,
            QByteArray("agent\n"));
    }

    void keyWithPassphraseAskedOnce()
    {
        QTemporaryDir dir;
        const QString key = dir.filePath(QStringLiteral("id_pass"));
        const QString pass = QStringLiteral("passphrase-canary-42");
        run(QStringLiteral("ssh-keygen"),
            { QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"), pass,
                QStringLiteral("-f"), key });
        const QString ak = m_env.dir + QStringLiteral("/ssh/authorized_keys");
        const QByteArray original = readFile(ak);
        {
            QFile f(ak);
            QVERIFY(f.open(QIODevice::Append));
            f.write(readFile(key + QStringLiteral(".pub")));
        }
        auto restore = qScopeGuard([&] {
            QFile f(ak);
            if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
                f.write(original);
        });
        SshTarget t = m_target;
        t.identityFiles = { key };
        auto s = std::make_unique<SshSession>();
        int asked = 0;
        connect(s.get(), &SshSession::credentialNeeded, this, [&](const CredentialRequest& req) {
            QCOMPARE(req.kind, CredentialRequest::Kind::KeyPassphrase);
            QCOMPARE(req.detail, key);
            ++asked;
            s->provideCredential(req.id, { pass });
        });
        s->connectToHost(t);
        QVERIFY2(s->waitForConnected(15000), qPrintable(s->lastError()));
        QCOMPARE(asked, 1);
    }

    void dropMidStreamFailsCommandAndReconnects()
    {
        SshTarget t = m_target;
        auto s = connectTo(t);
        QVERIFY(s->waitForConnected(15000));
        QList<SshSession::State> states;
        connect(s.get(), &SshSession::stateChanged, this, [&](SshSession::State st) { states << st; });
        // The shell's parent is this connection's sshd process; killing it (and its monitor) cuts
        // the connection while output streams.
        RemoteCommand c = RemoteCommand::of({ QStringLiteral("sh"), QStringLiteral("-c"),
            QStringLiteral("echo $PPID; while :; do echo streaming; sleep 0.01; done") });
        c.output = RemoteCommand::Output::Stream;
        std::unique_ptr<CommandHandle> h(s->run(c));
        QByteArray first;
        connect(h.get(), &CommandHandle::stdoutData, this, [&](const QByteArray& d) { first += d; });
        QTRY_VERIFY(first.contains('\n'));
        const QByteArray pid = first.left(first.indexOf('\n')).trimmed();
        // Stop the listener too, so the reconnect has to wait for "sshd is back".
        const QString listenerPid
            = QString::fromLatin1(readFile(m_env.dir + QStringLiteral("/run/sshd.pid")).trimmed());
        QVERIFY(!listenerPid.isEmpty());
        const QStringList victims = connectionProcesses(m_env, pid);
        run(QStringLiteral("kill"), { QStringLiteral("-TERM"), listenerPid });
        run(QStringLiteral("kill"), QStringList { QStringLiteral("-KILL") } + victims);
        QVERIFY(h->waitForFinished(10000));
        QCOMPARE(h->result().status, CommandResult::Status::Failed);
        QVERIFY2(h->result().error.contains(QStringLiteral("lost")), qPrintable(h->result().error));
        QTRY_VERIFY_WITH_TIMEOUT(states.contains(SshSession::State::Reconnecting), 5000);
        QTest::qWait(1500); // at least one refused attempt while sshd is down
        QVERIFY(s->state() != SshSession::State::Connected);
        // sshd is back (same config, same port, same pid file for `simhost down`).
        int code = -1;
        run(QStringLiteral("/usr/sbin/sshd"),
            { QStringLiteral("-f"), m_env.dir + QStringLiteral("/ssh/sshd_config"), QStringLiteral("-E"),
                m_env.dir + QStringLiteral("/log/sshd.log") },
            &code);
        QCOMPARE(code, 0);
        QTRY_COMPARE_WITH_TIMEOUT(s->state(), SshSession::State::Connected, 20000);
        QCOMPARE(s->runAndWait(RemoteCommand::of({ QStringLiteral("echo"), QStringLiteral("back") })).stdoutData,
            QByteArray("back\n"));
        // The shared session was cut too (same listener): it must come back by itself as well.
        QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), SshSession::State::Connected, 20000);
    }

    void silentPeerIsDetected()
    {
        SshTarget t = m_target;
        t.keepaliveIntervalMs = 1000;
        t.keepaliveCountMax = 2;
        auto s = connectTo(t);
        QVERIFY(s->waitForConnected(15000));
        const CommandResult r = s->runAndWait(
            RemoteCommand::of({ QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo $PPID") }));
        const QStringList victims = connectionProcesses(m_env, r.stdoutData.trimmed());
        // Freeze the server side of this one connection: TCP stays up, nothing answers.
        run(QStringLiteral("kill"), QStringList { QStringLiteral("-STOP") } + victims);
        auto thaw
            = qScopeGuard([&] { run(QStringLiteral("kill"), QStringList { QStringLiteral("-KILL") } + victims); });
        QSignalSpy states(s.get(), &SshSession::stateChanged);
        QTRY_VERIFY_WITH_TIMEOUT(s->state() == SshSession::State::Reconnecting, 6000);
        QTRY_COMPARE_WITH_TIMEOUT(s->state(), SshSession::State::Connected, 15000);
    }

    void cleanupTestCase() { m_session.reset(); }
};

QTEST_GUILESS_MAIN(TestSshSession)
#include "tst_sshsession.moc"
