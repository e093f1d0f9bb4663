#include "core/app/uilanguage.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

// Against the .qm files this build made from translations/*.ts.
class TestUiLanguage : public QObject
{
    Q_OBJECT

    static QString dir() { return QStringLiteral(GBADMIN_TRANSLATIONS_DIR); }
    static QString welcome() { return QCoreApplication::translate("WelcomePage", "Welcome to GB Admin"); }

private Q_SLOTS:
    void cleanup()
    {
        const QList<QTranslator*> translators = qApp->findChildren<QTranslator*>();
        for (QTranslator* t : translators) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        QLocale::setDefault(QLocale::c());
    }

    void brazilianPortuguese()
    {
        QCOMPARE(UiLanguage::install(qApp, QLocale(QStringLiteral("pt_BR")), dir()), QStringLiteral("pt_BR"));
        QCOMPARE(welcome(), QStringLiteral("Boas-vindas ao GB Admin"));
        QCOMPARE(QLocale().name(), QStringLiteral("pt_BR"));
        // %n plurals come out in the language's forms.
        const char* text = "Imported %n host(s) from %1.";
        QCOMPARE(QCoreApplication::translate("ConnectionDialog", text, nullptr, 1),
            QStringLiteral("1 host importado de %1."));
        QCOMPARE(QCoreApplication::translate("ConnectionDialog", text, nullptr, 3),
            QStringLiteral("3 hosts importados de %1."));
    }

    void anySpanishGetsSpanish()
    {
        QCOMPARE(UiLanguage::install(qApp, QLocale(QStringLiteral("es_MX")), dir()), QStringLiteral("es"));
        QCOMPARE(welcome(), QStringLiteral("Bienvenido a GB Admin"));
    }

    void englishAndUntranslatedLanguagesLoadNothing()
    {
        QCOMPARE(UiLanguage::install(qApp, QLocale(QStringLiteral("en_GB")), dir()), QString());
        QCOMPARE(welcome(), QStringLiteral("Welcome to GB Admin"));
        QCOMPARE(UiLanguage::install(qApp, QLocale(QStringLiteral("fr_FR")), dir()), QString());
        QCOMPARE(welcome(), QStringLiteral("Welcome to GB Admin"));
        QCOMPARE(UiLanguage::install(qApp, QLocale(QStringLiteral("es")), QStringLiteral("/nonexistent")), QString());
        QCOMPARE(welcome(), QStringLiteral("Welcome to GB Admin"));
    }

    void settingChoosesTheLocale()
    {
        QCOMPARE(UiLanguage::localeFor(QString()), QLocale::system());
        QCOMPARE(UiLanguage::localeFor(QStringLiteral("pt_BR")).name(), QStringLiteral("pt_BR"));
        QCOMPARE(UiLanguage::available(),
            QStringList({ QStringLiteral("en"), QStringLiteral("pt_BR"), QStringLiteral("es") }));
        QCOMPARE(UiLanguage::nativeName(QStringLiteral("pt_BR")), QStringLiteral("Português (Brasil)"));
        QCOMPARE(UiLanguage::nativeName(QStringLiteral("es")), QStringLiteral("Español"));
    }

    void everyLanguageHasItsFile()
    {
        const QStringList codes = UiLanguage::available();
        for (const QString& code : codes) {
            if (code != QLatin1String("en"))
                QVERIFY2(QFile::exists(dir() + QStringLiteral("/gbadmin_") + code + QStringLiteral(".qm")),
                    qPrintable(code));
        }
    }
};

QTEST_GUILESS_MAIN(TestUiLanguage)
#include "tst_uilanguage.moc"
