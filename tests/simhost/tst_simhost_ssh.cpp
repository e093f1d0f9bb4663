// The simulated host's sshd, jump host, sudo shim and the simhost tool itself, checked with the
// OpenSSH client the way an admin (and the app's tests) reach the host.

#include "support/simhostenv.h"
#include "support/testhelpers.h"

#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

class TestSimhostSsh : public QObject
{
    Q_OBJECT

private:
    SimHostEnv m_env;

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        m_env = SimHostEnv::load(&why);
        if (!m_env.isValid())
            QFAIL(qPrintable(why));
    }

    void environmentDescribesTheHost()
    {
        QCOMPARE(m_env.host, QStringLiteral("127.0.0.1"));
        QVERIFY(m_env.all.value(QStringLiteral("SIMHOST_JUMP_PORT")).toInt() > 0);
        QVERIFY(QFile::exists(m_env.identity));
        QFile kh(m_env.knownHosts);
        QVERIFY(kh.open(QIODevice::ReadOnly));
        const QByteArray known = kh.readAll();
        QVERIFY(known.startsWith(QByteArray("[127.0.0.1]:" + QByteArray::number(m_env.port) + " ssh-ed25519 ")));
    }

    void sessionPathStartsWithTheShims()
    {
        QByteArray out;
        QCOMPARE(m_env.ssh({ QStringLiteral("echo"), QStringLiteral("\"$PATH\"") }, &out), 0);
        QVERIFY2(out.startsWith((m_env.dir + QStringLiteral("/bin:")).toUtf8()), out.constData());
        QCOMPARE(m_env.ssh({ QStringLiteral("command"), QStringLiteral("-v"), QStringLiteral("sudo") }, &out), 0);
        QCOMPARE(out.trimmed(), (m_env.dir + QStringLiteral("/bin/sudo")).toUtf8());
    }

    void jumpHostWorks()
    {
        QProcess p;
        p.start(QStringLiteral("ssh"),
            { QStringLiteral("-F"), m_env.sshConfig, QStringLiteral("-o"), QStringLiteral("BatchMode=yes"),
                QStringLiteral("simhost-via-jump"), QStringLiteral("echo"), QStringLiteral("via-jump") });
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(p.readAllStandardOutput(), QByteArray("via-jump\n"));
    }

    void sudoPasswordBehavesLikeSudo()
    {
        QByteArray out, err;
        QCOMPARE(m_env.ssh({ QStringLiteral("sudo"), QStringLiteral("-n"), QStringLiteral("true") }), 0);
        QCOMPARE(m_env.simhost({ QStringLiteral("set"), QStringLiteral("sudo"), QStringLiteral("password"),
                     QStringLiteral("hunter 2") }),
            0);
        auto reset = qScopeGuard([&] {
            m_env.simhost(
                { QStringLiteral("set"), QStringLiteral("sudo"), QStringLiteral("password"), QStringLiteral("none") });
        });
        // Only a hash is stored.
        QFile state(m_env.dir + QStringLiteral("/state/sudo.password"));
        QVERIFY(state.open(QIODevice::ReadOnly));
        QVERIFY(!state.readAll().contains("hunter"));

        QCOMPARE(m_env.ssh({ QStringLiteral("sudo"), QStringLiteral("-n"), QStringLiteral("true") }, &out, &err), 1);
        QCOMPARE(err, QByteArray("sudo: a password is required\n"));

        QCOMPARE(
            m_env.ssh({ QStringLiteral("sudo"), QStringLiteral("-S"), QStringLiteral("true") }, &out, &err, "wrong\n"),
            1);
        QVERIFY2(err.contains("Sorry, try again."), err.constData());

        // The right password: the rest of stdin reaches the command.
        QCOMPARE(m_env.ssh({ QStringLiteral("sudo"), QStringLiteral("-S"), QStringLiteral("cat") }, &out, &err,
                     "hunter 2\npayload\n"),
            0);
        QCOMPARE(out, QByteArray("payload\n"));
        QVERIFY(err.startsWith("[sudo] password for "));
    }

    void changedHostKeyIsRefused()
    {
        QCOMPARE(m_env.simhost({ QStringLiteral("set"), QStringLiteral("ssh"), QStringLiteral("hostkey"),
                     QStringLiteral("rotate") }),
            0);
        auto restore = qScopeGuard([&] {
            m_env.simhost(
                { QStringLiteral("set"), QStringLiteral("ssh"), QStringLiteral("hostkey"), QStringLiteral("restore") });
        });
        QByteArray out, err;
        QCOMPARE(m_env.ssh({ QStringLiteral("true") }, &out, &err), 255);
        QVERIFY2(err.contains("REMOTE HOST IDENTIFICATION HAS CHANGED"), err.constData());
        restore.dismiss();
        QCOMPARE(m_env.simhost({ QStringLiteral("set"), QStringLiteral("ssh"), QStringLiteral("hostkey"),
                     QStringLiteral("restore") }),
            0);
        QCOMPARE(m_env.ssh({ QStringLiteral("true") }), 0);
    }

    void connectionsCanBeDroppedAndSshdRestarted()
    {
        auto set = [&](const char* what) {
            return m_env.simhost({ QStringLiteral("set"), QStringLiteral("ssh"), QLatin1String(what) });
        };
        auto restart = qScopeGuard([&] { set("start"); });
        QProcess session;
        session.start(QStringLiteral("ssh"),
            m_env.sshArgs({ QStringLiteral("echo"), QStringLiteral("in;"), QStringLiteral("exec"),
                QStringLiteral("sleep"), QStringLiteral("5") }));
        QByteArray got;
        QTRY_VERIFY2_WITH_TIMEOUT((got += session.readAllStandardOutput()).contains("in\n"),
            session.readAllStandardError().constData(), 20000);
        QCOMPARE(set("drop"), 0);
        QVERIFY(session.waitForFinished(4000));
        QCOMPARE(session.exitCode(), 255);

        QCOMPARE(set("stop"), 0);
        QByteArray err;
        QCOMPARE(m_env.ssh({ QStringLiteral("true") }, nullptr, &err), 255);
        QVERIFY2(err.contains("Connection refused"), err.constData());
        QCOMPARE(set("start"), 0);
        QCOMPARE(m_env.ssh({ QStringLiteral("true") }), 0);
    }

    void simhostToolStatusAndSetErrors()
    {
        QByteArray out;
        QCOMPARE(m_env.simhost({ QStringLiteral("status") }, &out), 0);
        QVERIFY(out.contains("sshd running"));
        QVERIFY(out.contains("sshd-jump running"));
        QCOMPARE(m_env.simhost({ QStringLiteral("set"), QStringLiteral("no-such-key"), QStringLiteral("x") }, &out), 2);
        QVERIFY(out.contains("unknown key"));
    }

    void sshdLogsSessions()
    {
        QByteArray out;
        QCOMPARE(m_env.ssh({ QStringLiteral("true") }), 0);
        QFile log(m_env.dir + QStringLiteral("/log/sshd.log"));
        QVERIFY(log.open(QIODevice::ReadOnly));
        QVERIFY(log.readAll().contains(QByteArray("Starting session: command for " + m_env.user.toUtf8())));
    }

    // sshd-password: PAM password and keyboard-interactive login with the generated password, the
    // machine's /etc/shadow untouched (the generated one is bound over it in sshd's namespace only).
    void passwordSshdLogsInWithThePassword()
    {
        QByteArray status;
        m_env.simhost({ QStringLiteral("status") }, &status);
        if (!m_env.passwordUnavailable.isEmpty()) {
            QVERIFY2(status.contains("sshd-password unavailable: "), status.constData());
            GBADMIN_SKIP_UNAVAILABLE(QStringLiteral("password sshd: ") + m_env.passwordUnavailable);
        }
        QVERIFY2(status.contains("sshd-password running"), status.constData());
        QString why;
        const QString password = m_env.password(&why);
        QVERIFY2(!password.isEmpty(), qPrintable(why));
        QCOMPARE(QFile::permissions(m_env.passwordFile) & 0x0077, QFileDevice::Permissions());

        const auto ssh
            = [&](const QString& host, bool batch, QByteArray* out, QByteArray* err, const QString& askpass = {}) {
                  QProcess p;
                  QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
                  if (!askpass.isEmpty()) {
                      env.insert(QStringLiteral("SSH_ASKPASS"), askpass);
                      env.insert(QStringLiteral("SSH_ASKPASS_REQUIRE"), QStringLiteral("force"));
                  }
                  p.setProcessEnvironment(env);
                  p.setStandardInputFile(QProcess::nullDevice());
                  p.start(QStringLiteral("ssh"),
                      { QStringLiteral("-F"), m_env.sshConfig, QStringLiteral("-o"),
                          batch ? QStringLiteral("BatchMode=yes") : QStringLiteral("NumberOfPasswordPrompts=1"), host,
                          QStringLiteral("echo \"$PATH\"") });
                  if (!p.waitForFinished(60000))
                      return -2;
                  *out = p.readAllStandardOutput();
                  *err = p.readAllStandardError();
                  return p.exitCode();
              };
        QByteArray out, err;
        // What each port offers, as OpenSSH reports it when it may not ask.
        QCOMPARE(ssh(QStringLiteral("simhost-password"), true, &out, &err), 255);
        QVERIFY2(err.contains("Permission denied (password,keyboard-interactive)"), err.constData());
        QCOMPARE(ssh(QStringLiteral("simhost-password-only"), true, &out, &err), 255);
        QVERIFY2(err.contains("Permission denied (password)."), err.constData());

        QTemporaryDir tmp;
        const QString askpass = tmp.filePath(QStringLiteral("askpass"));
        {
            QFile f(askpass);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("#!/bin/sh\nexec cat '" + m_env.passwordFile.toUtf8() + "'\n");
            f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        }
        const QByteArray path = (m_env.dir + QStringLiteral("/bin:")).toUtf8();
        QCOMPARE(ssh(QStringLiteral("simhost-password"), false, &out, &err, askpass), 0);
        QVERIFY2(out.startsWith(path), out.constData()); // the same session set-up as the main sshd
        QCOMPARE(ssh(QStringLiteral("simhost-password-only"), false, &out, &err, askpass), 0);
        QVERIFY2(out.startsWith(path), out.constData());
        QFile log(m_env.dir + QStringLiteral("/log/sshd-password.log"));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray logged = log.readAll();
        QVERIFY(logged.contains(QByteArray("Accepted keyboard-interactive/pam for " + m_env.user.toUtf8())));
        QVERIFY(logged.contains(QByteArray("Accepted password for " + m_env.user.toUtf8())));
        QVERIFY(!logged.contains(password.toUtf8()));

        // The machine's shadow file is not the generated one.
        QFile generated(m_env.dir + QStringLiteral("/ssh/shadow"));
        QVERIFY(generated.open(QIODevice::ReadOnly));
        const QByteArray hash = generated.readAll().split(':').value(1);
        QVERIFY(hash.startsWith("$6$"));
        QFile shadow(QStringLiteral("/etc/shadow"));
        QVERIFY(shadow.open(QIODevice::ReadOnly));
        QVERIFY(!shadow.readAll().contains(hash));
    }
};

QTEST_GUILESS_MAIN(TestSimhostSsh)
#include "tst_simhost_ssh.moc"
