#include "core/app/uilanguage.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace UiLanguage {

QStringList available()
{
    return { QStringLiteral("en"), QStringLiteral("pt_BR"), QStringLiteral("es") };
}

QString nativeName(const QString& code)
{
    // Written out rather than QLocale::nativeLanguageName(), which says "português" without the
    // country and would not tell Brazilian from European Portuguese.
    if (code == QLatin1String("pt_BR"))
        return QStringLiteral("Português (Brasil)");
    if (code == QLatin1String("es"))
        return QStringLiteral("Español");
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    return QLocale(code).nativeLanguageName();
}

QLocale localeFor(const QString& setting)
{
    return setting.isEmpty() ? QLocale::system() : QLocale(setting);
}

QString translationsDir()
{
    return QDir::cleanPath(QCoreApplication::applicationDirPath() + QStringLiteral("/../share/gbadmin/translations"));
}

QString install(QCoreApplication* app, const QLocale& locale, const QString& dir)
{
    QLocale::setDefault(locale);
    // English is the source text: nothing to load, and a leftover translator must not apply.
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return {};
    auto* own = new QTranslator(app);
    // QTranslator tries the UI languages in order (pt_BR, then pt), so "es_MX" gets gbadmin_es.qm.
    if (!own->load(locale, QStringLiteral("gbadmin"), QStringLiteral("_"), dir)) {
        delete own;
        return {};
    }
    QCoreApplication::installTranslator(own);
    auto* qt = new QTranslator(app);
    if (qt->load(
            locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return own->language();
}

namespace {
constexpr char StartSettingProperty[] = "gbadmin_startLanguageSetting";
}

void setStartSetting(const QString& setting)
{
    if (QCoreApplication* app = QCoreApplication::instance())
        app->setProperty(StartSettingProperty, setting);
}

std::optional<QString> startSetting()
{
    const QCoreApplication* app = QCoreApplication::instance();
    const QVariant value = app ? app->property(StartSettingProperty) : QVariant();
    return value.isValid() ? std::optional<QString>(value.toString()) : std::nullopt;
}

} // namespace UiLanguage
