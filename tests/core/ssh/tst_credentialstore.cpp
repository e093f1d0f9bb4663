#include "core/ssh/credentialstore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>
#include <algorithm>

// The credential store against a real gnome-keyring (run through tests/support/with-keyring.sh).
class TestCredentialStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("no D-Bus session: run through tests/support/with-keyring.sh");
    }

    void keysAreScoped()
    {
        QCOMPARE(CredentialStore::keyFor(CredentialStore::Kind::SshPassword, QStringLiteral("root@h:2222")),
            QStringLiteral("ssh-password/root@h:2222"));
        QVERIFY(CredentialStore::keyFor(CredentialStore::Kind::SudoPassword, QStringLiteral("x"))
            != CredentialStore::keyFor(CredentialStore::Kind::SshPassword, QStringLiteral("x")));
    }

    void writeReadRemove()
    {
        CredentialStore store(QStringLiteral("gbadmin-test"));
        const QString key = CredentialStore::keyFor(CredentialStore::Kind::SudoPassword, QStringLiteral("root@h"));
        const QString secret = QStringLiteral("keyring-canary-\u00e9\u65e5'\"$(x)");
        auto missing = store.readSync(key);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, 1); // "no entry" is not a failure
        QVERIFY2(store.writeSync(key, secret).ok(), "write failed");
        auto back = store.readSync(key);
        QVERIFY2(back.ok(), qPrintable(back.errorMessage()));
        QCOMPARE(back.value(), secret);
        // Another service name (another store scope) does not see it.
        CredentialStore other(QStringLiteral("gbadmin-other"));
        QVERIFY(!other.readSync(key).ok());
        QVERIFY(store.removeSync(key).ok());
        QCOMPARE(store.readSync(key).error().code, 1);
    }

    void callbackDroppedWithContext()
    {
        CredentialStore store(QStringLiteral("gbadmin-test"));
        bool called = false;
        {
            QObject context;
            store.read(QStringLiteral("whatever"), &context, [&](Result<QString>) { called = true; });
        }
        QTest::qWait(500);
        QVERIFY(!called);
    }

    void secretNotInPlainFilesUnderHome()
    {
        // gnome-keyring encrypts its file; nothing under HOME may hold the secret in clear.
        CredentialStore store(QStringLiteral("gbadmin-test"));
        const QByteArray canary = "plain-canary-7d1f3e";
        QVERIFY(store.writeSync(QStringLiteral("ssh-password/canary"), QString::fromLatin1(canary)).ok());
        // A control: the same scan must find a canary that IS in a plain file, or it proves nothing.
        const QByteArray control = "control-canary-5a9c21";
        const QString controlFile = QDir::home().filePath(QStringLiteral(".cache/gbadmin-control.txt"));
        QVERIFY(QDir::home().mkpath(QStringLiteral(".cache")));
        {
            QFile c(controlFile);
            QVERIFY(c.open(QIODevice::WriteOnly));
            c.write("x " + control + " y");
        }
        QDirIterator it(QDir::homePath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        QStringList read;
        QStringList withControl;
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly)) {
                read << f.fileName();
                const QByteArray content = f.readAll();
                QVERIFY2(!content.contains(canary), qPrintable(f.fileName()));
                if (content.contains(control))
                    withControl << f.fileName();
            }
        }
        QCOMPARE(withControl, QStringList { controlFile });
        // The keyring's own file was among those read (gnome-keyring writes it under HOME).
        QVERIFY2(std::any_of(read.cbegin(), read.cend(),
                     [](const QString& p) { return p.contains(QLatin1String("/keyrings/")); }),
            qPrintable(read.join(QLatin1Char('\n'))));
        QFile::remove(controlFile);
        QVERIFY(store.removeSync(QStringLiteral("ssh-password/canary")).ok());
    }
};

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
