// "Remember in the keyring" from the GUI, end to end (issue 10 item 5): the credential dialog
// stores the password in the real keyring (gnome-keyring through tests/support/with-keyring.sh),
// a later connection and `gbadmin --health` use it without asking, and no file holds it.
#include "core/health/healthcommand.h"
#include "core/host/hostconnection.h"
#include "core/host/profiletarget.h"
#include "core/settings/appsettings.h"
#include "core/ssh/credentialstore.h"
#include "support/simhostenv.h"
#include "support/testhelpers.h"
#include "widgets/shell/credentialdialog.h"
#include "widgets/shell/sessionprompts.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

class TestKeyringSimhost : public QObject
{
    Q_OBJECT
private:
    SimHostEnv m_env;
    QString m_password;

    // The password-only port, as Debian's default sshd_config has it (keyboard-interactive answers
    // are not offered for the keyring: they may be one-time codes).
    HostProfile profile() const
    {
        HostProfile p = profileForAlias(QStringLiteral("simhost-password-only"), m_env.sshConfig);
        p.auth = AuthMethod::Password;
        p.environment = Environment::Stage;
        return p;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("no D-Bus session: run through tests/support/with-keyring.sh");
        QString why;
        m_env = SimHostEnv::load(&why);
        QVERIFY2(m_env.isValid(), qPrintable(why));
        if (!m_env.passwordUnavailable.isEmpty())
            GBADMIN_SKIP_UNAVAILABLE(QStringLiteral("no password sshd on this machine: ") + m_env.passwordUnavailable);
        m_password = m_env.password(&why);
        QVERIFY2(!m_password.isEmpty(), qPrintable(why));
    }

    void rememberedInTheDialogIsUsedByTheNextConnectionAndByHealth()
    {
        const Result<SshTarget> target = sshTargetFor(profile());
        QVERIFY(target.ok());
        const QString key = CredentialStore::keyFor(CredentialStore::Kind::SshPassword, target->displayName());
        CredentialStore store; // the app's own service name: the keyring is this test's private one
        (void)store.removeSync(key);

        QWidget window;
        window.show();
        {
            HostConnection host(nullptr);
            host.setCredentialStore(&store);
            host.setPrompts(std::make_unique<DialogPrompts>(&window));
            host.connectTo(profile());
            CredentialDialog* dialog = nullptr;
            QTRY_VERIFY_WITH_TIMEOUT((dialog = window.findChild<CredentialDialog*>()) != nullptr, 20000);
            const QList<QLineEdit*> fields = dialog->findChildren<QLineEdit*>();
            QCOMPARE(fields.size(), 1);
            QTest::keyClicks(fields.first(), m_password);
            QCheckBox* remember = dialog->findChild<QCheckBox*>(QStringLiteral("rememberBox"));
            QVERIFY(remember && remember->isVisible());
            remember->setChecked(true);
            QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(host.state(), SshSession::State::Connected, 20000);
            QTRY_COMPARE_WITH_TIMEOUT(store.readSync(key).value(), m_password, 10000);
            host.disconnectFromHost();
        }
        QTRY_VERIFY(window.findChildren<CredentialDialog*>().isEmpty()); // deleted on close

        // A new window: connects without asking.
        {
            CredentialStore fresh;
            HostConnection host(nullptr);
            host.setCredentialStore(&fresh);
            host.setPrompts(std::make_unique<DialogPrompts>(&window));
            host.connectTo(profile());
            QTRY_COMPARE_WITH_TIMEOUT(host.state(), SshSession::State::Connected, 20000);
            QVERIFY(window.findChildren<CredentialDialog*>().isEmpty());
        }

        // `gbadmin --health`: nobody to ask, so it can only have logged in with the stored password.
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("gbadmin.conf")));
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        const int code = HealthCommand::run(
            QStringLiteral("simhost-password-only"), m_env.sshConfig, &settings, outStream, errStream, 60000);
        QVERIFY2(code != HealthCommand::CannotConnect, qPrintable(err));

        // The password is in the keyring only: no file under HOME (settings, caches, the keyring's
        // own encrypted file) holds it in clear.
        const QByteArray secret = m_password.toUtf8();
        int scanned = 0;
        bool sawKeyring = false;
        QDirIterator it(QDir::homePath(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            ++scanned;
            sawKeyring = sawKeyring || path.endsWith(QLatin1String(".keyring"));
            QVERIFY2(!TestHelpers::readFile(path).contains(secret), qPrintable(path));
        }
        QVERIFY2(sawKeyring, "the keyring's file was not among the scanned files");
        QVERIFY(!out.contains(m_password) && !err.contains(m_password));
        (void)store.removeSync(key);
    }
};

QTEST_MAIN(TestKeyringSimhost)
#include "tst_keyring_simhost.moc"
