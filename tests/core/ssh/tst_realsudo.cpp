// The session against Debian's REAL sudo (simhost: users gbadmin-sudo-{tty,global,ppid,nopasswd}
// inside sshd-password's mount namespace). The sudo password may only be written when sudo asks
// for it: with a global or ppid timestamp sudo does not ask on later channels, and a password sent
// anyway would become the command's stdin.

#include "core/ssh/sshsession.h"

#include "support/simhostenv.h"
#include "support/testhelpers.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
using TestHelpers::readFile;

// The simhost runs on this machine: its processes are in our /proc.
bool processAlive(const QByteArray& pid)
{
    const QByteArray stat = readFile(QStringLiteral("/proc/%1/stat").arg(QString::fromLatin1(pid)));
    if (stat.isEmpty())
        return false;
    const qsizetype close = stat.lastIndexOf(')');
    return close > 0 && stat.mid(close + 2, 1) != "Z";
}
QByteArray processUid(const QByteArray& pid)
{
    const QByteArray status = readFile(QStringLiteral("/proc/%1/status").arg(QString::fromLatin1(pid)));
    for (const QByteArray& line : status.split('\n')) {
        if (line.startsWith("Uid:"))
            return line.mid(4).simplified().split(' ').value(0);
    }
    return {};
}
RemoteCommand sudo(const QStringList& argv, const QByteArray& input = {})
{
    RemoteCommand c = RemoteCommand::of(argv);
    c.sudo = true;
    c.stdinData = input;
    return c;
}
} // namespace

class TestRealSudo : public QObject
{
    Q_OBJECT

private:
    SimHostEnv m_env;
    QString m_password;
    int m_sudoAsked = 0;
    QStringList m_sudoErrors;
    // What the next sudo prompt is answered with; empty = cancel.
    QStringList m_answers;

    SshTarget target(const QString& user) const
    {
        SshTarget t;
        t.host = m_env.host;
        t.port = m_env.passwordOnlyPort;
        t.user = user;
        t.knownHostsFile = m_env.knownHosts;
        t.hostKeyPolicy = SshTarget::HostKeyPolicy::Strict;
        t.useAgent = false;
        t.useKeyFiles = false;
        t.autoReconnect = false;
        return t;
    }

    std::unique_ptr<SshSession> login(const QString& user)
    {
        auto s = std::make_unique<SshSession>();
        SshSession* raw = s.get();
        connect(raw, &SshSession::credentialNeeded, this, [this, raw](const CredentialRequest& r) {
            if (r.kind != CredentialRequest::Kind::SudoPassword) {
                raw->provideCredential(r.id, { m_password });
                return;
            }
            ++m_sudoAsked;
            m_sudoErrors << r.previousError;
            if (m_answers.isEmpty()) {
                raw->cancelCredential(r.id);
                return;
            }
            raw->provideCredential(r.id, { m_answers.size() > 1 ? m_answers.takeFirst() : m_answers.first() });
        });
        s->connectToHost(target(user));
        if (!s->waitForConnected(20000))
            qWarning("login as %s failed: %s", qPrintable(user), qPrintable(s->lastError()));
        // A timestamp from an earlier test would let sudo skip the prompt this test expects.
        (void)s->runAndWait(RemoteCommand::of({ QStringLiteral("sudo"), QStringLiteral("-K") }));
        return s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        m_env = SimHostEnv::load(&why);
        if (!m_env.isValid())
            QFAIL(qPrintable(why));
        if (!m_env.sudoUnavailable.isEmpty())
            GBADMIN_SKIP_UNAVAILABLE(QStringLiteral("real sudo: ") + m_env.sudoUnavailable);
        m_password = m_env.password(&why);
        QVERIFY2(!m_password.isEmpty(), qPrintable(why));
    }

    void init()
    {
        m_sudoAsked = 0;
        m_sudoErrors.clear();
        m_answers = QStringList { m_password };
    }

    // The command prefix (`printf '%s\n' "$$"; exec …`) is POSIX sh: a fish login shell never runs
    // it. The command must fail with a sentence saying so, not pass with its output misread.
    void fishLoginShellIsRefusedWithASentence()
    {
        if (m_env.fishUser.isEmpty())
            GBADMIN_SKIP_UNAVAILABLE(QStringLiteral("fish is not installed (scripts/deps.sh installs it)"));
        auto s = login(m_env.fishUser);
        QVERIFY2(s->state() == SshSession::State::Connected, qPrintable(s->lastError()));
        const CommandResult r
            = s->runAndWait(RemoteCommand::of({ QStringLiteral("echo"), QStringLiteral("ran") }), 30000);
        QCOMPARE(r.status, CommandResult::Status::Failed);
        QVERIFY2(r.error.contains(QLatin1String("POSIX login shell")), qPrintable(r.error));
        QVERIFY(!r.stdoutData.contains("ran"));
    }

    void stdinReachesTheCommandExactly_data()
    {
        QTest::addColumn<QString>("user");
        for (const char* kind : { "tty", "global", "ppid" })
            QTest::newRow(kind) << QStringLiteral("gbadmin-sudo-%1").arg(QLatin1String(kind));
    }

    // The reproduction: the command that makes sudo ask, and every later one, must read
    // exactly the caller's bytes. With a global/ppid timestamp sudo stops asking once the password
    // was accepted, so a password written without a prompt used to become the command's stdin.
    void stdinReachesTheCommandExactly()
    {
        QFETCH(QString, user);
        auto s = login(user);
        QVERIFY2(s->state() == SshSession::State::Connected, qPrintable(s->lastError()));
        const QByteArray input = "hello\n\x01 bytes 'of' the caller\n";
        for (int round = 0; round < 3; ++round) {
            const CommandResult r = s->runAndWait(sudo({ QStringLiteral("cat") }, input), 30000);
            QCOMPARE(r.exitCode, 0);
            QCOMPARE(r.stdoutData, input);
            QVERIFY(!r.stdoutData.contains(m_password.toUtf8()));
            QVERIFY(!r.stderrData.contains(m_password.toUtf8()));
            QVERIFY2(!r.stderrData.contains("GBADMIN_"), r.stderrData.constData()); // no nonce leaks out
        }
        QCOMPARE(m_sudoAsked, 1); // the password given once is reused (written only when asked)
        QVERIFY(m_sudoErrors.value(0).isEmpty());
        const CommandResult id = s->runAndWait(sudo({ QStringLiteral("id"), QStringLiteral("-u") }), 30000);
        QCOMPARE(id.stdoutData, QByteArray("0\n"));
    }

    void noPasswordUserIsNeverAsked()
    {
        auto s = login(QStringLiteral("gbadmin-sudo-nopasswd"));
        const CommandResult r = s->runAndWait(sudo({ QStringLiteral("cat") }, "exact\n"), 30000);
        QCOMPARE(r.stdoutData, QByteArray("exact\n"));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(m_sudoAsked, 0);
    }

    void wrongPasswordIsAskedAgain()
    {
        m_answers = QStringList { QStringLiteral("wrong-1"), m_password };
        auto s = login(QStringLiteral("gbadmin-sudo-tty"));
        const CommandResult r = s->runAndWait(sudo({ QStringLiteral("cat") }, "after-retry\n"), 60000);
        QCOMPARE(r.stdoutData, QByteArray("after-retry\n"));
        QCOMPARE(m_sudoAsked, 2);
        QVERIFY(m_sudoErrors.value(0).isEmpty());
        QVERIFY(!m_sudoErrors.value(1).isEmpty());
        QVERIFY(!r.stdoutData.contains("wrong-1"));
    }

    void cancelledPasswordRunsNothing()
    {
        QTemporaryDir dir;
        QFile::setPermissions(dir.path(), QFile::Permissions(0x7777));
        const QString canary = dir.filePath(QStringLiteral("ran"));
        m_answers.clear();
        auto s = login(QStringLiteral("gbadmin-sudo-global"));
        const CommandResult r = s->runAndWait(sudo({ QStringLiteral("touch"), canary }, "stdin\n"), 30000);
        QCOMPARE(r.status, CommandResult::Status::Failed);
        QVERIFY2(r.error.contains(QLatin1String("needs a password")), qPrintable(r.error));
        QCOMPARE(m_sudoAsked, 1);
        QVERIFY(!QFile::exists(canary));
        // The session stays usable and asks again next time.
        m_answers = QStringList { m_password };
        QCOMPARE(s->runAndWait(sudo({ QStringLiteral("echo"), QStringLiteral("ok") }), 30000).stdoutData,
            QByteArray("ok\n"));
        QCOMPARE(m_sudoAsked, 2);
    }

    // Cancelling must end the root child, not only sudo: the kill helper signals sudo (the login
    // user's process), and sudo relays the signal to the command it runs as root.
    void cancelKillsTheRootChild()
    {
        auto s = login(QStringLiteral("gbadmin-sudo-ppid"));
        RemoteCommand c
            = sudo({ QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo $$; exec sleep 60") });
        c.output = RemoteCommand::Output::Stream;
        CommandHandle* h = s->run(c);
        QByteArray out;
        connect(h, &CommandHandle::stdoutData, this, [&](const QByteArray& d) { out += d; });
        QTRY_VERIFY_WITH_TIMEOUT(out.contains('\n'), 30000);
        const QByteArray pid = out.trimmed();
        QVERIFY(processAlive(pid));
        QCOMPARE(processUid(pid), QByteArray("0")); // really root's
        h->cancel();
        QVERIFY(h->waitForFinished(10000));
        QCOMPARE(h->result().status, CommandResult::Status::Cancelled);
        QTRY_VERIFY_WITH_TIMEOUT(!processAlive(pid), 5000);
    }
};

QTEST_GUILESS_MAIN(TestRealSudo)
#include "tst_realsudo.moc"
