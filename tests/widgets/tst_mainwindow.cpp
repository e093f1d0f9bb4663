#include "core/host/hostconnection.h"
#include "core/host/journal.h"
#include "core/settings/appsettings.h"
#include "widgets/bots/botspane.h"
#include "widgets/common/environmentbanner.h"
#include "widgets/common/pane.h"
#include "widgets/common/paneframe.h"
#include "widgets/shell/mainwindow.h"

#include <QLabel>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void opensOffscreen()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("s.conf")));
        MainWindow w(&settings);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.windowTitle().startsWith(QStringLiteral("GB Admin")));
        QVERIFY(w.findChild<QTabWidget*>());
        const QImage shot = w.grab().toImage();
        QVERIFY(!shot.isNull());
        QVERIFY(shot.width() > 200);
    }

    void composesTheTabs()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("s.conf")));
        MainWindow w(&settings);
        auto* tabs = w.findChild<QTabWidget*>(QStringLiteral("tabs"));
        QStringList titles;
        for (int i = 0; i < tabs->count(); ++i)
            titles.append(tabs->tabText(i));
        QCOMPARE(titles,
            QStringList({ QStringLiteral("Health"), QStringLiteral("Containers"), QStringLiteral("Bots"),
                QStringLiteral("Drive"), QStringLiteral("DNS"), QStringLiteral("CI"), QStringLiteral("Logs") }));
        // Every tab is a frame with a banner above its own pane class, each attached to the window's
        // one host context.
        QSet<QByteArray> classes;
        for (PaneFrame* f : w.paneFrames()) {
            QVERIFY(f->banner());
            auto* pane = qobject_cast<Pane*>(f->pane());
            QVERIFY(pane);
            QCOMPARE(pane->host(), w.host());
            classes.insert(f->pane()->metaObject()->className());
        }
        QCOMPARE(classes.size(), 7);
        QVERIFY(classes.contains("HealthPane"));
        QVERIFY(classes.contains("ContainersPane"));
        QVERIFY(classes.contains("BotsPane"));
        QVERIFY(classes.contains("DrivePane"));
        QVERIFY(classes.contains("DnsPane"));
        QVERIFY(classes.contains("LogsPane"));
        QVERIFY(!w.paneFrames().first()->banner()->isConnectedTarget());
    }

    // The window's first turn builds the tabs and the shown tab's pane only; a tab chosen early gets
    // its pane at once, the others follow one per event-loop turn without anyone asking.
    void panesArriveAfterTheWindowShownTabFirst()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("s.conf")));
        auto frameAt = [](QTabWidget* tabs, int i) { return qobject_cast<PaneFrame*>(tabs->widget(i)); };
        {
            MainWindow w(&settings);
            auto* tabs = w.findChild<QTabWidget*>(QStringLiteral("tabs"));
            QCOMPARE(tabs->count(), 7);
            QVERIFY(frameAt(tabs, 0)->pane());
            QCOMPARE(frameAt(tabs, 0)->pane()->metaObject()->className(), "HealthPane");
            for (int i = 1; i < tabs->count(); ++i)
                QVERIFY(!frameAt(tabs, i)->pane());
            tabs->setCurrentIndex(5);
            QVERIFY(frameAt(tabs, 5)->pane());
            QCOMPARE(frameAt(tabs, 5)->pane()->metaObject()->className(), "CiPane");
            QTRY_VERIFY_WITH_TIMEOUT(frameAt(tabs, 1)->pane() && frameAt(tabs, 2)->pane() && frameAt(tabs, 3)->pane()
                    && frameAt(tabs, 4)->pane() && frameAt(tabs, 6)->pane(),
                10000);
            // "Open in Drive" of the Bots pane still reaches the Drive tab.
            Q_EMIT w.pane<BotsPane>()->openBucketRequested(QStringLiteral("default.gbai"));
            QCOMPARE(tabs->currentWidget(), frameAt(tabs, 3));
        }
        {
            // Closed before the panes arrived: nothing is created for tabs that are going away.
            MainWindow w(&settings);
        }
    }

    void prodBannerInEveryTabAndTitle()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("s.conf")));
        MainWindow w(&settings);
        HostProfile p;
        p.name = QStringLiteral("gb-prod");
        p.host = QStringLiteral("10.0.2.5");
        p.environment = Environment::Prod;
        w.host()->setProfile(p);
        QVERIFY(w.windowTitle().contains(QLatin1String("PROD")));
        QVERIFY(w.windowTitle().contains(QLatin1String("gb-prod")));
        for (PaneFrame* f : w.paneFrames()) {
            QCOMPARE(f->banner()->environment(), Environment::Prod);
            QVERIFY(f->banner()->text().startsWith(QLatin1String("PROD")));
            QCOMPARE(f->banner()->palette().color(QPalette::Window), EnvironmentBanner::background(Environment::Prod));
        }
        QVERIFY(
            w.findChild<QLabel*>(QStringLiteral("connectionState"))->text().contains(QLatin1String("Not connected")));
        p.environment = Environment::Stage;
        w.host()->setProfile(p);
        QCOMPARE(w.paneFrames().last()->banner()->palette().color(QPalette::Window),
            EnvironmentBanner::background(Environment::Stage));
    }

    void secondWindowHoldsAnotherProfile()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("s.conf")));
        Journal journal;
        QVERIFY(journal.open(dir.filePath(QStringLiteral("j.sqlite"))).ok());
        MainWindow w(&settings, &journal);
        w.show();
        HostProfile prod;
        prod.name = QStringLiteral("prod");
        prod.host = QStringLiteral("10.0.2.5");
        prod.environment = Environment::Prod;
        w.host()->setProfile(prod);
        QPointer<MainWindow> second = w.openNewWindow();
        QVERIFY(second);
        QVERIFY(second->host() != w.host());
        HostProfile stage = prod;
        stage.name = QStringLiteral("stage");
        stage.environment = Environment::Stage;
        second->host()->setProfile(stage);
        QCOMPARE(w.paneFrames().first()->banner()->environment(), Environment::Prod);
        QCOMPARE(second->paneFrames().first()->banner()->environment(), Environment::Stage);
        second->close(); // WA_DeleteOnClose
        QTRY_VERIFY(!second);
    }

    void geometryIsRemembered()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("s.conf")));
        {
            MainWindow w(&settings);
            w.resize(900, 640);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            w.close();
        }
        QVERIFY(!settings.get(Settings::Keys::MainWindowGeometry).isEmpty());
        MainWindow again(&settings);
        QCOMPARE(again.size(), QSize(900, 640));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
