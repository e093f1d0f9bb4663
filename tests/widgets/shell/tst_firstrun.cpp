#include "core/settings/appsettings.h"
#include "widgets/help/aboutdialog.h"
#include "widgets/help/shortcutsdialog.h"
#include "widgets/shell/mainwindow.h"
#include "widgets/welcome/welcomepage.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

// The window a new user sees, on a 1366x768 laptop screen: the welcome page instead of an empty
// window, every tab fitting without cut-off controls, and the Help menu.
class TestFirstRun : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // The part of a 1366x768 screen a window gets beside a panel or task bar.
    static constexpr int Width = 1366;
    static constexpr int Height = 720;

private Q_SLOTS:
    void initTestCase()
    {
        // No demo host and no ssh config of the machine running the test.
        qputenv("XDG_STATE_HOME", m_dir.filePath(QStringLiteral("state")).toUtf8());
    }

    void welcomePageWithoutProfiles()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("fresh.conf")));
        MainWindow w(&settings);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto* welcome = w.findChild<WelcomePage*>();
        QVERIFY(welcome);
        QVERIFY(welcome->isVisible());
        QVERIFY(!w.findChild<QTabWidget*>(QStringLiteral("tabs"))->isVisible());
        QVERIFY(w.grab().save(QStringLiteral("first-run.png")));
    }

    void tabsOnceAProfileExists()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("with-profile.conf")));
        settings.setRecords(Settings::Keys::Profiles,
            { { { QStringLiteral("name"), QStringLiteral("prod") },
                { QStringLiteral("host"), QStringLiteral("10.0.2.5") } } });
        MainWindow w(&settings);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(!w.findChild<WelcomePage*>()->isVisible());
        QVERIFY(w.findChild<QTabWidget*>(QStringLiteral("tabs"))->isVisible());
    }

    void everyTabFitsALaptopScreen()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("small.conf")));
        settings.setRecords(Settings::Keys::Profiles,
            { { { QStringLiteral("name"), QStringLiteral("prod") },
                { QStringLiteral("host"), QStringLiteral("10.0.2.5") } } });
        MainWindow w(&settings);
        QVERIFY2(w.minimumSizeHint().width() <= Width && w.minimumSizeHint().height() <= Height,
            qPrintable(
                QStringLiteral("minimum %1x%2").arg(w.minimumSizeHint().width()).arg(w.minimumSizeHint().height())));
        w.resize(Width, Height);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto* tabs = w.findChild<QTabWidget*>(QStringLiteral("tabs"));
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QWidget* page = tabs->currentWidget();
            QCoreApplication::processEvents();
            const QString name = tabs->tabText(i).remove(QLatin1Char('&'));
            // Every button of the tab lies wholly inside the window (a toolbar that does not fit
            // moves its actions to its overflow menu, which this accepts).
            const QList<QAbstractButton*> buttons = page->findChildren<QAbstractButton*>();
            for (const QAbstractButton* b : buttons) {
                if (!b->isVisibleTo(&w))
                    continue;
                const QRect r(b->mapTo(&w, QPoint(0, 0)), b->size());
                QVERIFY2(w.rect().contains(r),
                    qPrintable(name + QStringLiteral(": ") + b->objectName() + QLatin1Char(' ') + b->text()));
                if (b->text().isEmpty())
                    QVERIFY2(!b->accessibleName().isEmpty() || !b->toolTip().isEmpty(),
                        qPrintable(name + QStringLiteral(": icon-only button without a name: ") + b->objectName()));
            }
            QVERIFY(w.grab().save(QStringLiteral("1366x720-%1.png").arg(name)));
        }
    }

    void helpMenuOpensShortcutsAndAbout()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("help.conf")));
        MainWindow w(&settings);
        auto* shortcuts = w.findChild<QAction*>(QStringLiteral("actionKeyboardShortcuts"));
        auto* about = w.findChild<QAction*>(QStringLiteral("actionAbout"));
        QVERIFY(shortcuts && about);
        shortcuts->trigger();
        auto* dialog = w.findChild<ShortcutsDialog*>();
        QVERIFY(dialog && dialog->isVisible());
        // Everything the menus can do by key is listed, the dialog's own key too.
        const QList<ShortcutEntry> entries = dialog->entries();
        const auto listed = [&](const QString& action) {
            for (const ShortcutEntry& e : entries)
                if (e.action == action)
                    return true;
            return false;
        };
        QVERIFY(listed(QStringLiteral("Connect")));
        QVERIFY(listed(QStringLiteral("Preferences")));
        QVERIFY(listed(QStringLiteral("Keyboard Shortcuts")));
        dialog->close();
        about->trigger();
        auto* aboutDialog = w.findChild<AboutDialog*>();
        QVERIFY(aboutDialog && aboutDialog->isVisible());
    }
};

QTEST_MAIN(TestFirstRun)
#include "tst_firstrun.moc"
