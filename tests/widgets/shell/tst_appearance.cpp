// Preferences ▸ Colours: light or dark windows reach the running application at once, "Desktop
// default" gives back what the desktop set, and every colour that carries meaning (errors, warnings,
// diff lines) stays readable on both. Saves what it looked at as appearance-dark-*.png.
#include "core/host/hostconnection.h"
#include "core/settings/appsettings.h"
#include "widgets/common/themecolors.h"
#include "widgets/shell/appearance.h"
#include "widgets/shell/connectiondialog.h"
#include "widgets/shell/mainwindow.h"
#include "widgets/shell/preferencesdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using ThemeColors::Role;

namespace {
// Visible labels whose text is hard to read on their own background (WCAG: 4.5 for text).
QStringList unreadableLabels(QWidget* root)
{
    QStringList bad;
    for (QLabel* label : root->findChildren<QLabel*>()) {
        if (!label->isVisibleTo(root) || label->text().trimmed().isEmpty() || !label->pixmap().isNull())
            continue;
        const QPalette& p = label->palette();
        const double ratio = ThemeColors::contrast(p.color(label->foregroundRole()), p.color(label->backgroundRole()));
        if (ratio < 4.5)
            bad << QStringLiteral("%1 \"%2\": %3:1")
                       .arg(label->objectName(), label->text().left(40))
                       .arg(ratio, 0, 'f', 1);
    }
    return bad;
}
} // namespace

class TestAppearance : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QPalette m_desktop;

private Q_SLOTS:
    void initTestCase() { m_desktop = QApplication::palette(); }

    void meaningfulColoursAreReadableOnBothPalettes()
    {
        std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
        for (const QPalette& p : { fusion->standardPalette(), Appearance::darkPalette() }) {
            for (Role role : { Role::Error, Role::Warning, Role::Success, Role::Info }) {
                const QColor c = ThemeColors::text(role, p);
                QVERIFY2(ThemeColors::contrast(c, p.color(QPalette::Window)) >= 4.5, qPrintable(c.name()));
                QVERIFY2(ThemeColors::contrast(c, p.color(QPalette::Base)) >= 4.5, qPrintable(c.name()));
            }
            QVERIFY(ThemeColors::contrast(p.color(QPalette::Text), p.color(QPalette::Base)) >= 7);
            QVERIFY(ThemeColors::contrast(p.color(QPalette::WindowText), p.color(QPalette::Window)) >= 7);
            QVERIFY(ThemeColors::contrast(p.color(QPalette::PlaceholderText), p.color(QPalette::Base)) >= 4.5);
        }
        QVERIFY(!ThemeColors::isDark(fusion->standardPalette()));
        QVERIFY(ThemeColors::isDark(Appearance::darkPalette()));
        // The ratio itself: black on white is the maximum.
        QCOMPARE(qRound(ThemeColors::contrast(Qt::black, Qt::white)), 21);
        QCOMPARE(ThemeColors::contrast(Qt::gray, Qt::gray), 1.0);
    }

    void theChoiceAppliesAtOnceAndDesktopDefaultRestores()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("apply.conf")));
        Appearance::follow(&settings);
        QCOMPARE(QApplication::palette().color(QPalette::Window), m_desktop.color(QPalette::Window));

        PreferencesDialog dialog(&settings);
        auto* combo = dialog.findChild<QComboBox*>(QStringLiteral("colorScheme"));
        QVERIFY(combo);
        QCOMPARE(combo->currentData().toString(), Appearance::System);
        combo->setCurrentIndex(combo->findData(Appearance::Dark));
        dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Apply)->click();
        QCOMPARE(settings.get(Settings::Keys::ColorScheme), Appearance::Dark);
        QVERIFY(ThemeColors::isDark(QApplication::palette()));
        QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
        QTRY_VERIFY(ThemeColors::isDark(dialog.palette())); // open windows follow, no restart

        combo->setCurrentIndex(combo->findData(Appearance::Light));
        dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Apply)->click();
        QVERIFY(!ThemeColors::isDark(QApplication::palette()));

        combo->setCurrentIndex(combo->findData(Appearance::System));
        dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Apply)->click();
        QCOMPARE(settings.get(Settings::Keys::ColorScheme), QString());
        QCOMPARE(QApplication::palette(), m_desktop);

        // A value this build does not know (a newer release wrote it) is the desktop's colours.
        settings.set(Settings::Keys::ColorScheme, QStringLiteral("solarized"));
        QCOMPARE(QApplication::palette(), m_desktop);
    }

    void everyTabIsReadableWhenDark()
    {
        Appearance::apply(Appearance::Dark);
        AppSettings settings(m_dir.filePath(QStringLiteral("tabs.conf")));
        MainWindow w(&settings);
        HostProfile p;
        p.name = QStringLiteral("gb-prod");
        p.host = QStringLiteral("10.0.2.5");
        p.environment = Environment::Prod;
        w.host()->setProfile(p);
        w.resize(1366, 740);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto* tabs = w.findChild<QTabWidget*>();
        QVERIFY(tabs);
        QStringList problems;
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QCoreApplication::processEvents();
            for (const QString& bad : unreadableLabels(&w))
                problems << QStringLiteral("tab %1: %2").arg(tabs->tabText(i).remove(QLatin1Char('&')), bad);
            QVERIFY(w.grab().save(QStringLiteral("appearance-dark-tab%1.png").arg(i)));
        }

        // Error text set by code (a style sheet colour) is picked for the dark window too.
        ProfileStore store(&settings);
        ConnectionDialog connect(&store, &w);
        connect.show();
        QVERIFY(QTest::qWaitForWindowExposed(&connect));
        connect.findChild<QLineEdit*>(QStringLiteral("nameEdit"))->setText(QStringLiteral("nohost"));
        connect.findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok)->click();
        QVERIFY(!connect.message().isEmpty()); // "Enter a host name …"
        const auto* message = connect.findChild<QLabel*>(QStringLiteral("messageLabel"));
        QCOMPARE(
            message->palette().color(QPalette::WindowText), ThemeColors::text(Role::Error, Appearance::darkPalette()));
        for (const QString& bad : unreadableLabels(&connect))
            problems << QStringLiteral("connection dialog: %1").arg(bad);
        QVERIFY(connect.grab().save(QStringLiteral("appearance-dark-connection.png")));

        Appearance::apply(Appearance::System);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestAppearance)
#include "tst_appearance.moc"
