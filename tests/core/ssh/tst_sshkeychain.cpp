// SSH core + credential store against the simhost and a real gnome-keyring (run through
// tests/support/with-keyring.sh): passphrase and sudo password from the keychain, "remember"
// writes there, and no secret shows up in the log output.

#include "core/ssh/credentialstore.h"
#include "core/ssh/sshconfig.h"
#include "core/ssh/sshsession.h"

#include "support/simhostenv.h"
#include "support/testhelpers.h"

#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using TestHelpers::readFile;

class TestSshKeychain : public QObject
{
    Q_OBJECT
private:
    SimHostEnv m_env;
    TestHelpers::LogCapture m_log;
    SshTarget m_target;
    QTemporaryDir m_dir;
    QString m_key;
    QByteArray m_authorizedKeys;
    const QString m_pass = QStringLiteral("keychain-passphrase-canary-91");
    const QString m_sudo = QStringLiteral("keychain-sudo-canary-37");

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("no D-Bus session: run through tests/support/with-keyring.sh");
        QString why;
        m_env = SimHostEnv::load(&why);
        if (!m_env.isValid())
            QFAIL(qPrintable(why));
        QLoggingCategory::setFilterRules(QStringLiteral("gbadmin.*=true"));
        m_log.start();
        m_key = m_dir.filePath(QStringLiteral("id_pass"));
        QProcess gen;
        gen.start(QStringLiteral("ssh-keygen"),
            { QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"), m_pass,
                QStringLiteral("-f"), m_key });
        QVERIFY(gen.waitForFinished(10000));
        const QString ak = m_env.dir + QStringLiteral("/ssh/authorized_keys");
        m_authorizedKeys = readFile(ak);
        QFile f(ak);
        QVERIFY(f.open(QIODevice::Append));
        f.write(readFile(m_key + QStringLiteral(".pub")));
        f.close();
        auto cfg = SshConfig::load(m_env.sshConfig);
        QVERIFY(cfg.ok());
        m_target = cfg->resolve(QStringLiteral("simhost"));
        m_target.useAgent = false;
        m_target.identityFiles = { m_key };
    }

    void rememberedPassphraseIsUsedWithoutAsking()
    {
        CredentialStore store(QStringLiteral("gbadmin-test"));
        const QString storeKey = CredentialStore::keyFor(CredentialStore::Kind::KeyPassphrase, m_key);
        (void)store.removeSync(storeKey);
        {
            // First connection: asked once, answer remembered.
            SshSession s;
            s.setCredentialStore(&store);
            int asked = 0;
            connect(&s, &SshSession::credentialNeeded, this, [&](const CredentialRequest& r) {
                ++asked;
                QCOMPARE(r.storeKey, storeKey);
                s.provideCredential(r.id, { m_pass }, true);
            });
            s.connectToHost(m_target);
            QVERIFY2(s.waitForConnected(15000), qPrintable(s.lastError()));
            QCOMPARE(asked, 1);
            QTRY_VERIFY(store.readSync(storeKey).ok());
            QCOMPARE(store.readSync(storeKey).value(), m_pass);
        }
        {
            // Second connection: the keychain answers, nobody is asked.
            SshSession s;
            s.setCredentialStore(&store);
            bool asked = false;
            connect(&s, &SshSession::credentialNeeded, this, [&] { asked = true; });
            s.connectToHost(m_target);
            QVERIFY2(s.waitForConnected(15000), qPrintable(s.lastError()));
            QVERIFY(!asked);
        }
        {
            // A wrong stored passphrase falls back to asking, with the reason.
            QVERIFY(store.writeSync(storeKey, QStringLiteral("wrong")).ok());
            SshSession s;
            s.setCredentialStore(&store);
            QString previous;
            connect(&s, &SshSession::credentialNeeded, this, [&](const CredentialRequest& r) {
                previous = r.previousError;
                s.provideCredential(r.id, { m_pass });
            });
            s.connectToHost(m_target);
            QVERIFY2(s.waitForConnected(15000), qPrintable(s.lastError()));
            QVERIFY(!previous.isEmpty());
        }
    }

    void sudoPasswordFromKeychain()
    {
        QCOMPARE(
            m_env.simhost({ QStringLiteral("set"), QStringLiteral("sudo"), QStringLiteral("password"), m_sudo }), 0);
        auto restore = qScopeGuard([&] {
            m_env.simhost(
                { QStringLiteral("set"), QStringLiteral("sudo"), QStringLiteral("password"), QStringLiteral("none") });
        });
        CredentialStore store(QStringLiteral("gbadmin-test"));
        QVERIFY(store.writeSync(CredentialStore::keyFor(CredentialStore::Kind::KeyPassphrase, m_key), m_pass).ok());
        QVERIFY(
            store
                .writeSync(CredentialStore::keyFor(CredentialStore::Kind::SudoPassword, m_target.displayName()), m_sudo)
                .ok());
        SshSession s;
        s.setCredentialStore(&store);
        bool asked = false;
        connect(&s, &SshSession::credentialNeeded, this, [&] { asked = true; });
        s.connectToHost(m_target);
        QVERIFY(s.waitForConnected(15000));
        RemoteCommand c = RemoteCommand::of({ QStringLiteral("cat") });
        c.sudo = true;
        c.stdinData = "via-keychain";
        const CommandResult r = s.runAndWait(c);
        QCOMPARE(r.stdoutData, QByteArray("via-keychain"));
        QVERIFY(!asked);
    }

    void noSecretInLogOutput()
    {
        QVERIFY(!m_log.isEmpty()); // debug logging was on and did log
        const QString all = m_log.text();
        QVERIFY(!all.contains(m_pass));
        QVERIFY(!all.contains(m_sudo));
        QVERIFY(!readFile(m_env.dir + QStringLiteral("/log/sshd.log")).contains(m_sudo.toUtf8()));
    }

    void cleanupTestCase()
    {
        m_log.stop();
        QFile f(m_env.dir + QStringLiteral("/ssh/authorized_keys"));
        if (!m_authorizedKeys.isEmpty() && f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            f.write(m_authorizedKeys);
    }
};

QTEST_GUILESS_MAIN(TestSshKeychain)
#include "tst_sshkeychain.moc"
