#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

class QCoreApplication;

// The language of the user interface: the system's, or the one chosen in Preferences
// (Settings::Keys::UiLanguage, applied at the next start). English is the source language.
namespace UiLanguage {

// The languages GB Admin is translated into plus English, as locale names ("en", "pt_BR", "es").
QStringList available();

// The language's own name ("Português (Brasil)"), so a user finds theirs whatever is shown now.
QString nativeName(const QString& code);

// The locale for a setting: empty means the system's.
QLocale localeFor(const QString& setting);

// Where the .qm files are: <binary>/../share/gbadmin/translations, which holds both for an
// installed binary (/usr/bin) and in a build tree (build/<preset>/bin).
QString translationsDir();

// Installs the translators for `locale` (GB Admin's own and Qt's) on the application and makes
// it the default locale. Returns the code of the translation loaded, or empty for English (also
// when no translation exists for the locale).
QString install(QCoreApplication* app, const QLocale& locale, const QString& dir = translationsDir());

// The language setting the running application started with, recorded by main.cpp, so Preferences
// can say when a choice differs from what is shown now. Nothing when it was not recorded (tests).
void setStartSetting(const QString& setting);
std::optional<QString> startSetting();

} // namespace UiLanguage
