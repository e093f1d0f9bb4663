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
        // The profile record has no field for a secret; make sure nothing like one leaks in.
        const QStringList keys = HostProfile().toRecord().keys();
        for (const QString& k : keys) {
            QVERIFY2(!k.contains(QLatin1String("pass"), Qt::CaseInsensitive), qPrintable(k));
            QVERIFY2(!k.contains(QLatin1String("secret"), Qt::CaseInsensitive), qPrintable(k));
        }
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
