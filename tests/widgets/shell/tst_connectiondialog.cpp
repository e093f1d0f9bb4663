#include "core/host/hostprofile.h"
#include "core/settings/appsettings.h"
#include "widgets/common/environmentbanner.h"
#include "widgets/shell/connectiondialog.h"
#include "widgets/shell/environmentrulesdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

class TestConnectionDialog : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_config;

    template<typename T> static T* child(QWidget* w, const char* name)
    {
        T* c = w->findChild<T*>(QString::fromLatin1(name));
        if (!c)
            qFatal("no child %s", name);
        return c;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_config = m_dir.filePath(QStringLiteral("ssh_config"));
        QFile f(m_config);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Host gb-prod\n  HostName 10.0.2.5\n  User admin\n"
                "Host gb-stage\n  HostName 10.0.3.5\n"
                "Host *.example.org\n  User x\n");
    }

    void newProfileDetectsEnvironmentAndConnects()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("a.conf")));
        ProfileStore store(&settings);
        ConnectionDialog dialog(&store);
        dialog.setSshConfigFile(m_config);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        QTest::keyClicks(child<QLineEdit>(&dialog, "nameEdit"), QStringLiteral("stage box"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "hostEdit"), QStringLiteral("system.stage.domain.com"));
        auto* envCombo = child<QComboBox>(&dialog, "environmentCombo");
        QCOMPARE(envCombo->itemText(0), QStringLiteral("Detected: STAGE"));
        QCOMPARE(dialog.profileFromForm().environment, Environment::Stage);
        QCOMPARE(child<EnvironmentBanner>(&dialog, "banner")->environment(), Environment::Stage);

        // The user overrides the detection: the choice is kept, not re-detected.
        envCombo->setCurrentIndex(envCombo->findData(QStringLiteral("PROD")));
        QCOMPARE(dialog.profileFromForm().environment, Environment::Prod);
        QVERIFY(!dialog.profileFromForm().environmentFromRules);
        child<QCheckBox>(&dialog, "readOnlyBox")->setChecked(true);

        child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const HostProfile chosen = dialog.selectedProfile();
        QCOMPARE(chosen.name, QStringLiteral("stage box"));
        QCOMPARE(chosen.environment, Environment::Prod);
        QVERIFY(chosen.readOnly);
        // Connecting saved the profile.
        const auto stored = store.find(QStringLiteral("stage box"));
        QVERIFY(stored);
        QCOMPARE(*stored, chosen);
    }

    void invalidProfileDoesNotConnect()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("b.conf")));
        ProfileStore store(&settings);
        ConnectionDialog dialog(&store);
        dialog.show();
        child<QLineEdit>(&dialog, "nameEdit")->setText(QStringLiteral("nohost"));
        child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok)->click();
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.message().contains(QLatin1String("host")));
        QVERIFY(store.profiles().isEmpty());
    }

    void importAndAliasDetection()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("c.conf")));
        ProfileStore store(&settings);
        ConnectionDialog dialog(&store);
        dialog.setSshConfigFile(m_config);
        QCOMPARE(dialog.importSshConfig(), 2); // the wildcard entry is not a host
        QCOMPARE(dialog.importSshConfig(), 0); // nothing twice
        QCOMPARE(store.find(QStringLiteral("gb-prod"))->environment, Environment::Prod); // via HostName
        QCOMPARE(store.find(QStringLiteral("gb-stage"))->environment, Environment::Stage);
        QCOMPARE(child<QListWidget>(&dialog, "profileList")->count(), 2);
        dialog.selectProfile(QStringLiteral("gb-prod"));
        QCOMPARE(child<QLineEdit>(&dialog, "nameEdit")->text(), QStringLiteral("gb-prod"));
        QCOMPARE(child<QComboBox>(&dialog, "aliasCombo")->currentText(), QStringLiteral("gb-prod"));
    }

    void renameAndDelete()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("d.conf")));
        ProfileStore store(&settings);
        HostProfile p;
        p.name = QStringLiteral("old");
        p.host = QStringLiteral("h");
        QVERIFY(store.save(p).ok());
        ConnectionDialog dialog(&store);
        dialog.selectProfile(QStringLiteral("old"));
        child<QLineEdit>(&dialog, "nameEdit")->setText(QStringLiteral("new"));
        QVERIFY(dialog.saveProfile().ok());
        QCOMPARE(store.profiles().size(), 1);
        QCOMPARE(store.profiles().first().name, QStringLiteral("new"));
        child<QPushButton>(&dialog, "deleteButton")->click();
        QVERIFY(store.profiles().isEmpty());
    }

    void editedRulesDriveDetection()
    {
        EnvironmentRulesDialog rulesDialog(EnvironmentRules::defaults());
        QCOMPARE(*rulesDialog.rules(), EnvironmentRules::defaults());
        rulesDialog.findChild<QPushButton*>(QStringLiteral("addButton"))->click();
        QVERIFY(!rulesDialog.rules().ok()); // an empty pattern is refused
        rulesDialog.accept();
        QCOMPARE(rulesDialog.result(), int(QDialog::Rejected)); // still open, error shown

        AppSettings settings(m_dir.filePath(QStringLiteral("f.conf")));
        ProfileStore store(&settings);
        store.setEnvironmentRules(
            { { EnvironmentRule::Kind::HostPattern, QStringLiteral("*.corp"), Environment::Prod } });
        ConnectionDialog dialog(&store);
        child<QLineEdit>(&dialog, "nameEdit")->setText(QStringLiteral("x"));
        child<QLineEdit>(&dialog, "hostEdit")->setText(QStringLiteral("gb.corp"));
        QCOMPARE(dialog.profileFromForm().environment, Environment::Prod);
        child<QLineEdit>(&dialog, "hostEdit")->setText(QStringLiteral("10.0.2.5")); // default rule gone
        QCOMPARE(dialog.profileFromForm().environment, Environment::Other);
    }

    void testConnectionReportsResult()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("e.conf")));
        ProfileStore store(&settings);
        ConnectionDialog dialog(&store);
        HostProfile tested;
        std::function<void(Result<QString>)> pending;
        dialog.setTester([&](const HostProfile& p, QObject*, std::function<void(Result<QString>)> done) {
            tested = p;
            pending = std::move(done);
        });
        child<QLineEdit>(&dialog, "nameEdit")->setText(QStringLiteral("t"));
        child<QLineEdit>(&dialog, "hostEdit")->setText(QStringLiteral("10.0.2.9"));
        child<QSpinBox>(&dialog, "portSpin")->setValue(2222);
        auto* test = child<QPushButton>(&dialog, "testButton");
        test->click();
        QVERIFY(pending);
        QCOMPARE(tested.port, 2222);
        QCOMPARE(tested.environment, Environment::Prod);
        QVERIFY(!test->isEnabled()); // one test at a time
        pending(Error::of(QStringLiteral("Connection refused by 10.0.2.9:2222.")));
        QVERIFY(test->isEnabled());
        QCOMPARE(dialog.message(), QStringLiteral("Connection refused by 10.0.2.9:2222."));
    }
};

QTEST_MAIN(TestConnectionDialog)
#include "tst_connectiondialog.moc"
