#include "core/host/hostprofile.h"
#include "core/settings/appsettings.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestHostProfile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTripThroughSettings()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("s.conf"));
        HostProfile p;
        p.name = QStringLiteral("prod");
        p.sshAlias = QStringLiteral("gb-prod");
        p.host = QStringLiteral("10.0.2.5");
        p.user = QStringLiteral("admin");
        p.port = 2222;
        p.identityFile = QStringLiteral("/home/a/.ssh/id_ed25519");
        p.proxyJump = QStringLiteral("bastion");
        p.auth = AuthMethod::KeyFile;
        p.environment = Environment::Prod;
        p.environmentFromRules = false;
        p.readOnly = true;
        {
            AppSettings s(file);
            ProfileStore store(&s);
            QSignalSpy spy(&store, &ProfileStore::profilesChanged);
            QVERIFY(store.save(p).ok());
            QCOMPARE(spy.count(), 1);
        }
        AppSettings s(file);
        ProfileStore store(&s);
        const auto back = store.find(QStringLiteral("prod"));
        QVERIFY(back.has_value());
        QCOMPARE(*back, p);
        QCOMPARE(back->destination(), QStringLiteral("admin@10.0.2.5:2222"));
    }

    void uniqueNamesRenameAndRemove()
    {
        QTemporaryDir dir;
        AppSettings s(dir.filePath(QStringLiteral("s.conf")));
        ProfileStore store(&s);
        HostProfile a;
        a.name = QStringLiteral("a");
        a.host = QStringLiteral("h1");
        HostProfile b = a;
        b.name = QStringLiteral("b");
        QVERIFY(store.save(a).ok());
        QVERIFY(store.save(b).ok());
        QCOMPARE(store.profiles().size(), 2);
        // Renaming b to a would silently drop a profile: refused.
        HostProfile clash = b;
        clash.name = QStringLiteral("a");
        QVERIFY(!store.save(clash, QStringLiteral("b")).ok());
        // Renaming b to c replaces it in place.
        HostProfile renamed = b;
        renamed.name = QStringLiteral("c");
        QVERIFY(store.save(renamed, QStringLiteral("b")).ok());
        QCOMPARE(store.profiles().size(), 2);
        QVERIFY(!store.find(QStringLiteral("b")));
        QVERIFY(store.find(QStringLiteral("c")));
        store.remove(QStringLiteral("a"));
        QCOMPARE(store.profiles().size(), 1);
    }

    void validation()
    {
        HostProfile p;
        QVERIFY(!ProfileStore::validate(p).ok());
        p.name = QStringLiteral("x");
        QVERIFY(!ProfileStore::validate(p).ok()); // neither host nor alias
        p.sshAlias = QStringLiteral("prod");
        QVERIFY(ProfileStore::validate(p).ok());
        p.port = 70000;
        QVERIFY(!ProfileStore::validate(p).ok());
    }

    void noSecretsInSettings()
    {
        // A profile with EVERY field set, saved through the store, then the settings file itself
        // read back: it holds the profile (so this looked at the right file), and no key in it
        // names a secret. The password method is chosen, so a password would have a reason to be
        // there if the code stored one.
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("s.conf"));
        {
            AppSettings s(file);
            ProfileStore store(&s);
            HostProfile p;
            p.name = QStringLiteral("canary-profile");
            p.sshAlias = QStringLiteral("canary-alias");
            p.sshConfigFile = QStringLiteral("/canary/ssh_config");
            p.host = QStringLiteral("canary-host.example");
            p.user = QStringLiteral("canary-user");
            p.port = 2222;
            p.identityFile = QStringLiteral("/canary/id_ed25519");
            p.proxyJump = QStringLiteral("canary-jump");
            p.auth = AuthMethod::Password;
            p.environment = Environment::Prod;
            p.environmentFromRules = false;
            p.readOnly = true;
            QVERIFY(store.save(p).ok());
            s.sync();
        }
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray raw = f.readAll();
        for (const char* value : { "canary-profile", "canary-alias", "/canary/ssh_config", "canary-host.example",
                 "canary-user", "2222", "/canary/id_ed25519", "canary-jump" })
            QVERIFY2(raw.contains(value), value);
        int keys = 0;
        for (const QByteArray& line : raw.split('\n')) {
            const qsizetype eq = line.indexOf('=');
            if (eq <= 0 || line.startsWith('['))
                continue;
            const QByteArray key = line.left(eq).toLower();
            ++keys;
            for (const char* secretWord : { "pass", "secret", "token", "credential" })
                QVERIFY2(!key.contains(secretWord), line.constData());
        }
        QVERIFY(keys > 0);
    }

    void environmentRulesAreEditable()
    {
        QTemporaryDir dir;
        AppSettings s(dir.filePath(QStringLiteral("s.conf")));
        ProfileStore store(&s);
        QCOMPARE(store.environmentRules().rules(), EnvironmentRules::defaults());
        QCOMPARE(store.environmentRules().detect(QStringLiteral("10.0.2.3")), Environment::Prod);
        store.setEnvironmentRules(
            { { EnvironmentRule::Kind::Subnet, QStringLiteral("172.16.0.0/12"), Environment::Prod } });
        QCOMPARE(store.environmentRules().detect(QStringLiteral("172.20.1.1")), Environment::Prod);
        QCOMPARE(store.environmentRules().detect(QStringLiteral("10.0.2.3")), Environment::Other);
        // An emptied list means "detect nothing", not "fall back to the defaults".
        store.setEnvironmentRules({});
        QCOMPARE(store.environmentRules().detect(QStringLiteral("10.0.2.3")), Environment::Other);
    }
};

QTEST_GUILESS_MAIN(TestHostProfile)
#include "tst_hostprofile.moc"
