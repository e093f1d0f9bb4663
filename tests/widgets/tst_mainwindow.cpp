#include "core/settings/appsettings.h"
#include "widgets/shell/mainwindow.h"

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
