#pragma once

#include <QString>

class AppSettings;
class QPalette;

// The window colours. "System" keeps what the desktop gave Qt at start; Qt 6 follows a dark desktop
// only through a platform theme that reports it (a GNOME session without one gets light windows), so
// Preferences can also force light or dark (the Fusion style, which draws any palette well).
namespace Appearance {

// The values of Settings::Keys::Appearance.
inline const QString System;
inline const QString Light = QStringLiteral("light");
inline const QString Dark = QStringLiteral("dark");

// Applies a setting value to the running application (unknown values act as System).
void apply(const QString& appearance);
// Applies Settings::Keys::ColorScheme now and again whenever it changes (Preferences ▸ Apply).
void follow(AppSettings* settings);
QPalette darkPalette();

} // namespace Appearance
