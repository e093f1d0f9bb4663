#include "widgets/help/aboutdialog.h"
#include "widgets/help/shortcutsdialog.h"

#include "gbadmin-config.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

class TestHelpDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aboutShowsEveryComponent()
    {
        AboutDialog dialog;
        auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("versionsTable"));
        QStringList names;
        for (int row = 0; row < table->rowCount(); ++row) {
            names << table->item(row, 0)->text();
            QVERIFY(!table->item(row, 1)->text().isEmpty());
        }
        for (const char* expected : { "GB Admin", "Qt", "libssh", "zstd", "QtKeychain", "SQLite" })
            QVERIFY2(names.contains(QString::fromLatin1(expected)), expected);
#if HAVE_KSYNTAXHIGHLIGHTING
        QVERIFY(names.contains(QStringLiteral("KSyntaxHighlighting")));
#else
        QVERIFY(names.contains(QStringLiteral("Syntax highlighting")));
        QVERIFY(table->item(table->rowCount() - 1, 1)->text().startsWith(QStringLiteral("built-in")));
#endif
        dialog.copyVersions();
        QCOMPARE(QGuiApplication::clipboard()->text(), dialog.versionsText());
        QVERIFY(dialog.versionsText().contains(QStringLiteral("\nQt ") + QString::fromLatin1(qVersion())));
    }

    void shortcutsComeFromTheWindowsActions()
    {
        QMainWindow window;
        QMenu* file = window.menuBar()->addMenu(QStringLiteral("&Connection"));
        QAction* connectAction = file->addAction(QStringLiteral("&Connect…"));
        connectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
        file->addAction(QStringLiteral("No shortcut"));
        auto* tabs = new QTabWidget(&window);
        window.setCentralWidget(tabs);
        auto* pane = new QWidget;
        tabs->addTab(pane, QStringLiteral("&Containers"));
        auto* refresh = new QAction(QStringLiteral("Refresh"), pane);
        refresh->setShortcuts({ QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_R) });
        pane->addAction(refresh);
        auto* loose = new QAction(QStringLiteral("Save && Close"), &window);
        loose->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));

        const QList<ShortcutEntry> entries = ShortcutsDialog::collect(&window);
        const auto has = [&](const ShortcutEntry& e) { return entries.contains(e); };
        QVERIFY(has({ QStringLiteral("Connection"), QStringLiteral("Connect"),
            QKeySequence(Qt::CTRL | Qt::Key_K).toString(QKeySequence::NativeText) }));
        QVERIFY(has({ QStringLiteral("Containers"), QStringLiteral("Refresh"),
            QStringLiteral("F5, ") + QKeySequence(Qt::CTRL | Qt::Key_R).toString(QKeySequence::NativeText) }));
        QVERIFY(has({ QStringLiteral("Window"), QStringLiteral("Save & Close"),
            QKeySequence(Qt::CTRL | Qt::Key_S).toString(QKeySequence::NativeText) }));
        QVERIFY(has({ QStringLiteral("CI log viewer"), QStringLiteral("Next match"), QStringLiteral("F3") }));
        for (const ShortcutEntry& e : entries)
            QVERIFY(e.action != QLatin1String("No shortcut"));

        ShortcutsDialog dialog(&window);
        auto* tree = dialog.findChild<QTreeWidget*>(QStringLiteral("tree"));
        int rows = 0;
        for (int g = 0; g < tree->topLevelItemCount(); ++g)
            rows += tree->topLevelItem(g)->childCount();
        QCOMPARE(rows, entries.size());
        QCOMPARE(dialog.setFilter(QStringLiteral("f5")), 1);
        QCOMPARE(dialog.setFilter(QStringLiteral("containers")), 1);
        QCOMPARE(dialog.setFilter(QStringLiteral("nothing like this")), 0);
        QCOMPARE(dialog.setFilter(QString()), int(entries.size()));
        // Typing in the filter field filters.
        auto* filter = dialog.findChild<QLineEdit*>(QStringLiteral("filter"));
        QTest::keyClicks(filter, QStringLiteral("connect"));
        int shown = 0;
        for (int g = 0; g < tree->topLevelItemCount(); ++g) {
            for (int i = 0; i < tree->topLevelItem(g)->childCount(); ++i)
                shown += tree->topLevelItem(g)->child(i)->isHidden() ? 0 : 1;
        }
        QCOMPARE(shown, 1);
    }
};

QTEST_MAIN(TestHelpDialogs)
#include "tst_helpdialogs.moc"
