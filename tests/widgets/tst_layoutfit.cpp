// Translated labels are often much longer than the English ones ("Reset stuck run…" is
// "Restablecer ejecución atascada…"). On a 1366x768 screen no tab and no dialog may cut a label or a
// button's text, in any shipped language. Saves what it looked at as layout-<lang>-<name>.png.
#include "core/app/uilanguage.h"
#include "core/host/hostconnection.h"
#include "core/settings/appsettings.h"
#include "widgets/shell/mainwindow.h"
#include "widgets/shell/preferencesdialog.h"

#include <QAbstractButton>
#include <QHeaderView>
#include <QLabel>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

namespace {

// Visible labels and buttons narrower than their text needs: the layout gave them less than their
// minimum because the window could not grow.
QStringList cutTexts(QWidget* root)
{
    QStringList cut;
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(root) || w->width() <= 0)
            continue;
        QString text;
        if (auto* label = qobject_cast<QLabel*>(w); label && !label->wordWrap() && label->pixmap().isNull())
            text = label->text();
        else if (auto* button = qobject_cast<QAbstractButton*>(w))
            text = button->text();
        if (auto* header = qobject_cast<QHeaderView*>(w); header && header->orientation() == Qt::Horizontal) {
            // A column title wider than its column, unless the column takes the rest of the row.
            const int last = header->logicalIndex(header->count() - 1);
            for (int i = 0; i < header->count(); ++i) {
                if (header->isSectionHidden(i) || (i == last && header->stretchLastSection()))
                    continue;
                if (header->sectionResizeMode(i) == QHeaderView::Stretch)
                    continue;
                const int need = header->sectionSizeHint(i);
                if (header->sectionSize(i) < need)
                    cut << QStringLiteral("column \"%1\" (%2 of %3 px)")
                               .arg(header->model()->headerData(i, Qt::Horizontal).toString())
                               .arg(header->sectionSize(i))
                               .arg(need);
            }
            continue;
        }
        if (text.trimmed().isEmpty())
            continue;
        if (w->width() < w->minimumSizeHint().width())
            cut << QStringLiteral("%1 \"%2\" (%3 of %4 px)")
                       .arg(QString::fromLatin1(w->metaObject()->className()), text)
                       .arg(w->width())
                       .arg(w->minimumSizeHint().width());
    }
    return cut;
}

} // namespace

class TestLayoutFit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyTabAndThePreferencesFit_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("pt_BR") << QStringLiteral("pt_BR");
        QTest::newRow("es") << QStringLiteral("es");
    }

    void everyTabAndThePreferencesFit()
    {
        QFETCH(QString, language);
        if (language != QLatin1String("en"))
            QCOMPARE(UiLanguage::install(qApp, QLocale(language), QStringLiteral(GBADMIN_TRANSLATIONS_DIR)), language);
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("s.conf")));
        MainWindow w(&settings);
        HostProfile p;
        p.name = QStringLiteral("gb-prod");
        p.host = QStringLiteral("10.0.2.5");
        p.environment = Environment::Prod;
        w.host()->setProfile(p);
        w.resize(1366, 740); // a 1366x768 screen less a panel
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));

        QTabWidget* tabs = w.findChild<QTabWidget*>();
        QVERIFY(tabs);
        QStringList problems;
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QCoreApplication::processEvents();
            const QString name = tabs->tabText(i).remove(QLatin1Char('&'));
            // The tab stack is as wide as its widest page: name the page that widens the window.
            const int spare = 1366 - (w.width() - tabs->currentWidget()->width());
            if (const int need = tabs->widget(i)->minimumSizeHint().width(); need > spare)
                problems << QStringLiteral("tab %1 needs %2 px, %3 px are there").arg(name).arg(need).arg(spare);
            for (const QString& cut : cutTexts(&w))
                problems << QStringLiteral("tab %1: %2").arg(name, cut);
            QVERIFY(w.grab().save(QStringLiteral("layout-%1-tab%2.png").arg(language).arg(i)));
        }

        if (w.minimumSizeHint().height() > 740)
            problems << QStringLiteral("the window needs %1 px of height").arg(w.minimumSizeHint().height());

        PreferencesDialog preferences(&settings, &w);
        preferences.show();
        QVERIFY(QTest::qWaitForWindowExposed(&preferences));
        if (preferences.width() > 1366 || preferences.height() > 740)
            problems << QStringLiteral("Preferences: %1x%2").arg(preferences.width()).arg(preferences.height());
        for (const QString& cut : cutTexts(&preferences))
            problems << QStringLiteral("Preferences: %1").arg(cut);
        QVERIFY(preferences.grab().save(QStringLiteral("layout-%1-preferences.png").arg(language)));
        UiLanguage::install(qApp, QLocale(QStringLiteral("en")), QStringLiteral(GBADMIN_TRANSLATIONS_DIR));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestLayoutFit)
#include "tst_layoutfit.moc"
