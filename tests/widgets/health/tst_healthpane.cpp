#include "core/health/healthmodel.h"
#include "support/fakehealthhost.h"
#include "widgets/health/healthpane.h"

#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

class TestHealthPane : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void disconnectedPaneCannotRun()
    {
        HealthPane pane;
        pane.show();
        QVERIFY(!pane.findChild<QPushButton*>(QStringLiteral("runAll"))->isEnabled());
        QCOMPARE(pane.model()->rowCount(), 8); // the checks are listed before the first round
    }

    void roundShowsColoursAndReport()
    {
        PaneHarness h;
        FakeCommandRunner& fake = h.fake;
        FakeHealthHost host;
        host.vaultSealed = true;
        host.meetStopped = true;
        host.errLog = "20260519 error drive_compiler:Failed to compile x.bas at 10.0.2.10\n";
        host.attach(fake);
        HealthPane pane;
        h.setProfile(QStringLiteral("prod"), Environment::Prod);
        h.attach(&pane);
        pane.resize(1000, 600);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QSignalSpy done(&pane, &HealthPane::roundFinished);
        QVERIFY(!pane.findChild<QPushButton*>(QStringLiteral("runAll"))->isEnabled()); // not connected yet
        h.connect(); // every check runs at connect
        QVERIFY(done.wait(3000));
        QCOMPARE(done.first().first().toBool(), false);
        QCOMPARE(fake.commands.size(), 8);

        HealthModel* model = pane.model();
        QHash<QString, int> status;
        for (int row = 0; row < model->rowCount(); ++row)
            status.insert(model->index(row, 0).data(HealthModel::IdRole).toString(),
                model->index(row, 0).data(HealthModel::StatusRole).toInt());
        QCOMPARE(status.value(QStringLiteral("vault")), int(Health::Status::Red));
        QCOMPARE(status.value(QStringLiteral("containers")), int(Health::Status::Amber));
        QCOMPARE(status.value(QStringLiteral("errors")), int(Health::Status::Amber));
        QCOMPARE(status.value(QStringLiteral("botserver")), int(Health::Status::Green));

        // Selecting a row shows its evidence.
        auto* table = pane.findChild<QTableView*>(QStringLiteral("table"));
        table->setCurrentIndex(model->index(7, 0));
        QVERIFY(pane.findChild<QPlainTextEdit*>(QStringLiteral("details"))
                    ->toPlainText()
                    .contains(QLatin1String("Failed to compile")));

        // The report hides addresses unless asked not to.
        QTest::mouseClick(pane.findChild<QPushButton*>(QStringLiteral("copyReport")), Qt::LeftButton);
        const QString copied = QGuiApplication::clipboard()->text();
        QVERIFY(copied.contains(QLatin1String("[FAIL] Vault unsealed")));
        QVERIFY(copied.contains(QLatin1String("10.x.x.x")));
        QVERIFY(!copied.contains(QLatin1String("10.0.2.10")));
        pane.findChild<QCheckBox*>(QStringLiteral("anonymize"))->setChecked(false);
        QVERIFY(pane.reportText().contains(QLatin1String("10.0.2.10")));

        // Unsealed on the next round: green.
        host.vaultSealed = false;
        pane.runAll();
        QVERIFY(done.wait(3000));
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, 0).data(HealthModel::IdRole).toString() == QLatin1String("vault"))
                QCOMPARE(model->index(row, 0).data(HealthModel::StatusRole).toInt(), int(Health::Status::Green));
        pane.grab().save(QStringLiteral("healthpane.png"));
    }
};

QTEST_MAIN(TestHealthPane)
#include "tst_healthpane.moc"
