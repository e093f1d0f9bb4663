#pragma once

#include <QString>

class AppSettings;

// The user-editable preferences as one value: what PreferencesDialog edits and what MainWindow hands
// to its panes. Ranges live here so the dialog's widgets and the readers clamp alike (a hand-edited
// settings file cannot set a 0 s refresh or a million-line buffer).
struct Preferences
{
    static constexpr int MinRefreshSeconds = 1;
    static constexpr int MaxRefreshSeconds = 3600;
    static constexpr int MinLogLines = 1000;
    static constexpr int MaxLogLines = 200000;
    static constexpr int MinCiLogCacheMiB = 16;
    static constexpr int MaxCiLogCacheMiB = 65536;

    int refreshIntervalSeconds = 0;
    int logBufferLines = 0;
    QString terminalCommand; // empty: auto-detect
    bool healthHideAddresses = true;
    int ciLogCacheMiB = 0; // the CI tab's downloaded-log cache
    QString language; // UiLanguage::available() code; empty: the system's. Applies at the next start.
    QString colorScheme; // empty: the desktop's colours; "light" or "dark". Applies at once.
    bool unknownEnvironmentNeedsTypedName = true; // OTHER hosts confirm like PROD (fail closed)

    static Preferences defaults();
    // Reads the settings, clamped to the ranges above.
    static Preferences load(const AppSettings& settings);
    // Writes every value; one equal to its default is removed, so a later release's default applies.
    void save(AppSettings& settings) const;
    // True for the settings keys a Preferences value is made of (to react only to those).
    static bool isPreferenceKey(const QString& key);

    bool operator==(const Preferences&) const = default;
};
