#include "core/settings/appsettings.h"
#include "core/settings/preferences.h"
#include "widgets/containers/containerspane.h"
#include "widgets/health/healthpane.h"
#include "widgets/logs/logspane.h"
#include "widgets/shell/mainwindow.h"
#include "widgets/shell/preferencesdialog.h"

#include "support/testhelpers.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

namespace {
QSpinBox* spin(QWidget* dialog, const char* name)
{
    return dialog->findChild<QSpinBox*>(QLatin1String(name));
}
QLineEdit* terminalEdit(QWidget* dialog)
{
    return dialog->findChild<QLineEdit*>(QStringLiteral("terminalCommand"));
}
QCheckBox* hideBox(QWidget* dialog)
{
    return dialog->findChild<QCheckBox*>(QStringLiteral("healthHideAddresses"));
}
QPushButton* button(QWidget* dialog, QDialogButtonBox::StandardButton which)
{
    return dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(which);
}
} // namespace

class TestPreferencesDialog : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_files = 0;
    QString freshFile() { return m_dir.filePath(QStringLiteral("s%1.conf").arg(++m_files)); }

private Q_SLOTS:
    void ciLogCacheSize()
    {
        const QString file = freshFile();
        AppSettings settings(file);
        settings.set(Settings::Keys::CiLogCacheMiB, 5); // hand-edited below the minimum
        PreferencesDialog dialog(&settings);
        QSpinBox* cache = spin(&dialog, "ciLogCacheMiB");
        QCOMPARE(cache->value(), Preferences::MinCiLogCacheMiB);
        QCOMPARE(cache->suffix(), QStringLiteral(" MiB"));
        QVERIFY(!cache->toolTip().isEmpty());
        if (const QString dir = qEnvironmentVariable("GBADMIN_SCREENSHOTS"); !dir.isEmpty()) {
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QVERIFY(dialog.grab().save(dir + QStringLiteral("/preferences.png")));
        }
        cache->setValue(2048);
        QVERIFY(button(&dialog, QDialogButtonBox::Apply)->isEnabled());
        QSignalSpy changed(&settings, &AppSettings::changed);
        button(&dialog, QDialogButtonBox::Apply)->click();
        QCOMPARE(settings.get(Settings::Keys::CiLogCacheMiB), 2048);
        QVERIFY(changed.contains(QVariantList { QString::fromLatin1(Settings::Keys::CiLogCacheMiB.name) }));
        // The default is not written, so a later release's default applies.
        cache->setValue(Settings::Keys::CiLogCacheMiB.defaultValue);
        button(&dialog, QDialogButtonBox::Apply)->click();
        AppSettings reread(file);
        QCOMPARE(reread.get(Settings::Keys::CiLogCacheMiB), Settings::Keys::CiLogCacheMiB.defaultValue);
        QCOMPARE(Preferences::load(reread), Preferences::defaults());
    }

    void loadsCurrentValues()
    {
        const QString file = freshFile();
        AppSettings settings(file);
        settings.set(Settings::Keys::RefreshIntervalSeconds, 30);
        settings.set(Settings::Keys::LogBufferLines, 5000);
        settings.set(Settings::Keys::TerminalCommand, QStringLiteral("xterm"));
        settings.set(Settings::Keys::HealthHideAddresses, false);
        PreferencesDialog dialog(&settings);
        QVERIFY(!hideBox(&dialog)->isChecked());
        QCOMPARE(spin(&dialog, "refreshInterval")->value(), 30);
        QCOMPARE(spin(&dialog, "logBufferLines")->value(), 5000);
        QCOMPARE(terminalEdit(&dialog)->text(), QStringLiteral("xterm"));
        QCOMPARE(spin(&dialog, "refreshInterval")->suffix(), QStringLiteral(" s"));
        QCOMPARE(spin(&dialog, "logBufferLines")->suffix(), QStringLiteral(" lines"));
        QVERIFY(!spin(&dialog, "refreshInterval")->toolTip().isEmpty());
        QVERIFY(!spin(&dialog, "logBufferLines")->toolTip().isEmpty());
        QVERIFY(!terminalEdit(&dialog)->toolTip().isEmpty());
        QVERIFY(!hideBox(&dialog)->toolTip().isEmpty());
        // Nothing edited yet: Apply has nothing to do.
        QVERIFY(!button(&dialog, QDialogButtonBox::Apply)->isEnabled());
        QVERIFY(button(&dialog, QDialogButtonBox::RestoreDefaults)->isEnabled());
    }

    void outOfRangeStoredValuesAreClamped()
    {
        // A hand-edited file: the readers clamp, and so does the dialog.
        AppSettings settings(freshFile());
        settings.set(Settings::Keys::RefreshIntervalSeconds, 0);
        settings.set(Settings::Keys::LogBufferLines, 50'000'000);
        const Preferences p = Preferences::load(settings);
        QCOMPARE(p.refreshIntervalSeconds, Preferences::MinRefreshSeconds);
        QCOMPARE(p.logBufferLines, Preferences::MaxLogLines);
        PreferencesDialog dialog(&settings);
        QCOMPARE(spin(&dialog, "refreshInterval")->value(), 1);
        QCOMPARE(spin(&dialog, "logBufferLines")->value(), 200000);
    }

    void widgetsClampOutOfRangeInput()
    {
        AppSettings settings(freshFile());
        PreferencesDialog dialog(&settings);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSpinBox* refresh = spin(&dialog, "refreshInterval");
        QSpinBox* lines = spin(&dialog, "logBufferLines");
        refresh->setValue(0);
        QCOMPARE(refresh->value(), 1);
        refresh->setValue(100000);
        QCOMPARE(refresh->value(), 3600);
        lines->setValue(10);
        QCOMPARE(lines->value(), 1000);
        lines->setValue(10'000'000);
        QCOMPARE(lines->value(), 200000);
        // Typed text cannot get past the range either.
        lines->setFocus();
        lines->selectAll();
        QTest::keyClicks(lines, QStringLiteral("9999999"));
        QTest::keyClick(lines, Qt::Key_Tab);
        QVERIFY(lines->value() >= 1000 && lines->value() <= 200000);
        QVERIFY(dialog.values().logBufferLines <= Preferences::MaxLogLines);
    }

    void applyAndOkWriteThroughTheFacade()
    {
        const QString file = freshFile();
        AppSettings settings(file);
        PreferencesDialog dialog(&settings);
        QSignalSpy changed(&settings, &AppSettings::changed);
        spin(&dialog, "refreshInterval")->setValue(42);
        spin(&dialog, "logBufferLines")->setValue(3000);
        terminalEdit(&dialog)->setText(QStringLiteral("  konsole  "));
        hideBox(&dialog)->setChecked(false);
        QVERIFY(button(&dialog, QDialogButtonBox::Apply)->isEnabled());
        QCOMPARE(changed.count(), 0); // editing alone writes nothing
        button(&dialog, QDialogButtonBox::Apply)->click();
        QCOMPARE(changed.count(), 4);
        QVERIFY(!button(&dialog, QDialogButtonBox::Apply)->isEnabled());
        {
            // What another AppSettings reads from the file: Apply wrote and synced it.
            AppSettings reread(file);
            QCOMPARE(reread.get(Settings::Keys::RefreshIntervalSeconds), 42);
            QCOMPARE(reread.get(Settings::Keys::LogBufferLines), 3000);
            QCOMPARE(reread.get(Settings::Keys::TerminalCommand), QStringLiteral("konsole"));
            QCOMPARE(reread.get(Settings::Keys::HealthHideAddresses), false);
        }
        spin(&dialog, "refreshInterval")->setValue(9);
        button(&dialog, QDialogButtonBox::Ok)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        AppSettings reread(file);
        QCOMPARE(reread.get(Settings::Keys::RefreshIntervalSeconds), 9);
        QCOMPARE(reread.get(Settings::Keys::LogBufferLines), 3000);
    }

    void cancelWritesNothing()
    {
        const QString file = freshFile();
        AppSettings settings(file);
        settings.set(Settings::Keys::RefreshIntervalSeconds, 20);
        settings.sync();
        const QByteArray before = TestHelpers::readFile(file);
        QVERIFY(!before.isEmpty());
        PreferencesDialog dialog(&settings);
        QSignalSpy changed(&settings, &AppSettings::changed);
        spin(&dialog, "refreshInterval")->setValue(99);
        spin(&dialog, "logBufferLines")->setValue(7000);
        terminalEdit(&dialog)->setText(QStringLiteral("xterm"));
        hideBox(&dialog)->setChecked(false);
        button(&dialog, QDialogButtonBox::Cancel)->click();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(changed.count(), 0);
        settings.sync();
        QCOMPARE(TestHelpers::readFile(file), before);
        QCOMPARE(settings.get(Settings::Keys::RefreshIntervalSeconds), 20);
        QCOMPARE(settings.get(Settings::Keys::TerminalCommand), QString());
    }

    void restoreDefaultsResets()
    {
        const QString file = freshFile();
        AppSettings settings(file);
        settings.set(Settings::Keys::RefreshIntervalSeconds, 60);
        settings.set(Settings::Keys::LogBufferLines, 150000);
        settings.set(Settings::Keys::TerminalCommand, QStringLiteral("wezterm start --"));
        settings.set(Settings::Keys::HealthHideAddresses, false);
        PreferencesDialog dialog(&settings);
        QSignalSpy changed(&settings, &AppSettings::changed);
        button(&dialog, QDialogButtonBox::RestoreDefaults)->click();
        QCOMPARE(dialog.values(), Preferences::defaults());
        QCOMPARE(spin(&dialog, "refreshInterval")->value(), 5);
        QCOMPARE(spin(&dialog, "logBufferLines")->value(), 20000);
        QVERIFY(terminalEdit(&dialog)->text().isEmpty());
        QVERIFY(hideBox(&dialog)->isChecked());
        QVERIFY(!button(&dialog, QDialogButtonBox::RestoreDefaults)->isEnabled());
        QCOMPARE(changed.count(), 0); // shown, not yet written
        button(&dialog, QDialogButtonBox::Ok)->click();
        QCOMPARE(changed.count(), 4);
        QCOMPARE(Preferences::load(settings), Preferences::defaults());
        // Defaults are not pinned in the file: a later release's default applies.
        const QByteArray bytes = TestHelpers::readFile(file);
        QVERIFY(!bytes.contains("refreshIntervalSeconds"));
        QVERIFY(!bytes.contains("bufferLines"));
        QVERIFY(!bytes.contains("terminalCommand"));
        QVERIFY(!bytes.contains("hideAddresses"));
    }

    void anotherDialogsApplyIsFollowedUnlessEdited()
    {
        AppSettings settings(freshFile());
        PreferencesDialog first(&settings);
        PreferencesDialog untouched(&settings);
        PreferencesDialog edited(&settings);
        spin(&edited, "logBufferLines")->setValue(9000);
        spin(&first, "refreshInterval")->setValue(33);
        button(&first, QDialogButtonBox::Apply)->click();
        QCOMPARE(spin(&untouched, "refreshInterval")->value(), 33);
        QVERIFY(!button(&untouched, QDialogButtonBox::Apply)->isEnabled());
        // The user's own edit survives, the field they did not touch follows: their Apply then
        // writes their edit without undoing the other dialog's.
        QCOMPARE(spin(&edited, "logBufferLines")->value(), 9000);
        QCOMPARE(spin(&edited, "refreshInterval")->value(), 33);
        QVERIFY(button(&edited, QDialogButtonBox::Apply)->isEnabled());
        button(&edited, QDialogButtonBox::Apply)->click();
        QCOMPARE(settings.get(Settings::Keys::RefreshIntervalSeconds), 33);
        QCOMPARE(settings.get(Settings::Keys::LogBufferLines), 9000);
    }

    void languageIsStoredAndAppliesAtTheNextStart()
    {
        AppSettings settings(freshFile());
        PreferencesDialog dialog(&settings);
        auto* combo = dialog.findChild<QComboBox*>(QStringLiteral("language"));
        auto* hint = dialog.findChild<QLabel*>(QStringLiteral("languageHint"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // System default first, then each language in its own name.
        QCOMPARE(combo->count(), 4);
        QCOMPARE(combo->currentData().toString(), QString());
        QCOMPARE(combo->itemText(2), QStringLiteral("Português (Brasil)"));
        QCOMPARE(combo->itemText(3), QStringLiteral("Español"));
        QVERIFY(!hint->isVisible());
        combo->setCurrentIndex(combo->findData(QStringLiteral("es")));
        QVERIFY(hint->isVisible()); // "Applies the next time GB Admin starts."
        QVERIFY(button(&dialog, QDialogButtonBox::Apply)->isEnabled());
        button(&dialog, QDialogButtonBox::Apply)->click();
        QCOMPARE(settings.get(Settings::Keys::InterfaceLanguage), QStringLiteral("es"));
        QVERIFY(hint->isVisible()); // still not what this run shows
        combo->setCurrentIndex(0);
        button(&dialog, QDialogButtonBox::Apply)->click();
        QCOMPARE(settings.get(Settings::Keys::InterfaceLanguage), QString());
        QVERIFY(!hint->isVisible());

        // A code this build does not know (written by a newer release) shows as the system default.
        settings.set(Settings::Keys::InterfaceLanguage, QStringLiteral("xx"));
        PreferencesDialog second(&settings);
        QCOMPARE(second.findChild<QComboBox*>(QStringLiteral("language"))->currentIndex(), 0);
    }

    void terminalHintSaysWhatWillRun()
    {
        AppSettings settings(freshFile());
        PreferencesDialog dialog(&settings);
        auto* hint = dialog.findChild<QLabel*>(QStringLiteral("terminalHint"));
        terminalEdit(&dialog)->setText(QStringLiteral("no-such-terminal-gbadmin"));
        QVERIFY2(hint->text().contains(QLatin1String("no-such-terminal-gbadmin")), qPrintable(hint->text()));
        QVERIFY(hint->text().contains(QLatin1String("not an installed program")));
        // With arguments, the command is used as written: no -e is added.
        terminalEdit(&dialog)->setText(QStringLiteral("sh -c \"exec some term\" name"));
        QVERIFY2(
            hint->text().endsWith(QLatin1String("sh -c 'exec some term' name <command>")), qPrintable(hint->text()));
        terminalEdit(&dialog)->clear();
        QVERIFY(!hint->text().isEmpty()); // what auto-detection found, or that it found nothing
    }

    void menuOpensTheDialog()
    {
        AppSettings settings(freshFile());
        MainWindow w(&settings);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QAction* action = w.findChild<QAction*>(QStringLiteral("actionPreferences"));
        QVERIFY(action);
        QVERIFY(!action->shortcut().isEmpty());
        QCOMPARE(action->menuRole(), QAction::PreferencesRole);
        action->trigger();
        auto* dialog = w.findChild<PreferencesDialog*>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        action->trigger(); // the same dialog comes to the front, not a second one
        QCOMPARE(w.findChildren<PreferencesDialog*>().size(), 1);
        QPointer<PreferencesDialog> guard(dialog);
        button(dialog, QDialogButtonBox::Cancel)->click();
        QTRY_VERIFY(!guard); // WA_DeleteOnClose
    }

    void panesOfEveryWindowFollowAChange()
    {
        AppSettings settings(freshFile());
        MainWindow w(&settings);
        w.show();
        QPointer<MainWindow> second = w.openNewWindow();
        QVERIFY(second);
        QCOMPARE(w.pane<ContainersPane>()->refreshInterval(), 5);
        QCOMPARE(w.pane<LogsPane>()->capacity(), 20000);

        PreferencesDialog* dialog = w.showPreferences();
        spin(dialog, "refreshInterval")->setValue(17);
        spin(dialog, "logBufferLines")->setValue(4000);
        terminalEdit(dialog)->setText(QStringLiteral("xterm"));
        button(dialog, QDialogButtonBox::Apply)->click();
        for (MainWindow* window : { &w, second.data() }) {
            QCOMPARE(window->pane<ContainersPane>()->refreshInterval(), 17);
            QCOMPARE(window->pane<LogsPane>()->capacity(), 4000);
            QCOMPARE(window->pane<ContainersPane>()->terminalCommand(), QStringLiteral("xterm"));
        }
        // The Health report default: a change reaches the panes, but an unrelated change later
        // does not undo the user's own toggle of the pane's check box.
        QVERIFY(w.pane<HealthPane>()->hidesAddresses());
        hideBox(dialog)->setChecked(false);
        button(dialog, QDialogButtonBox::Apply)->click();
        QVERIFY(!w.pane<HealthPane>()->hidesAddresses());
        QVERIFY(!second->pane<HealthPane>()->hidesAddresses());
        w.pane<HealthPane>()->setHideAddresses(true); // as the user ticking the box for one report
        spin(dialog, "refreshInterval")->setValue(18);
        button(dialog, QDialogButtonBox::Apply)->click();
        QCOMPARE(w.pane<ContainersPane>()->refreshInterval(), 18);
        QVERIFY(w.pane<HealthPane>()->hidesAddresses());
        // A change made through the facade by anyone else arrives too, clamped.
        settings.set(Settings::Keys::LogBufferLines, 5);
        QCOMPARE(second->pane<LogsPane>()->capacity(), Preferences::MinLogLines);
        // A window opened later starts with the stored preferences.
        MainWindow third(&settings);
        QCOMPARE(third.pane<ContainersPane>()->refreshInterval(), 18);
        QVERIFY(!third.pane<HealthPane>()->hidesAddresses());
        second->close();
        QTRY_VERIFY(!second);
    }

    void nothingIsClipped()
    {
        AppSettings settings(freshFile());
        PreferencesDialog dialog(&settings);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* hint = dialog.findChild<QLabel*>(QStringLiteral("terminalHint"));
        const auto fits = [&] {
            QCoreApplication::processEvents(); // let the layout settle
            return dialog.width() >= dialog.minimumSizeHint().width()
                && dialog.height() >= dialog.minimumSizeHint().height()
                && hint->height() >= hint->heightForWidth(hint->width())
                && hint->geometry().bottom() < dialog.findChild<QDialogButtonBox*>()->geometry().top();
        };
        QVERIFY(fits());
        // A long setting wraps over several lines; the dialog grows instead of cutting it off.
        QString longCommand = QStringLiteral("sh -c \"exec");
        for (int i = 0; i < 40; ++i)
            longCommand += QStringLiteral(" word%1").arg(i);
        terminalEdit(&dialog)->setText(longCommand + QStringLiteral("\" name"));
        QVERIFY(hint->text().contains(QLatin1String("word39")));
        QTRY_VERIFY(fits());
        dialog.resize(420, dialog.height());
        QTRY_VERIFY(fits());
    }

    void grab()
    {
        AppSettings settings(freshFile());
        settings.set(Settings::Keys::RefreshIntervalSeconds, 10);
        PreferencesDialog dialog(&settings);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString out = qEnvironmentVariable("GBADMIN_SCREENSHOT_DIR", QStringLiteral("."));
        QVERIFY(dialog.grab().save(out + QStringLiteral("/preferencesdialog.png")));
    }
};

QTEST_MAIN(TestPreferencesDialog)
#include "tst_preferencesdialog.moc"
