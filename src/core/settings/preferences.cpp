#include "core/settings/preferences.h"

#include "core/settings/appsettings.h"

#include <algorithm>

namespace {
template<typename T> void store(AppSettings& settings, const SettingKey<T>& key, const T& value)
{
    if (value == key.defaultValue)
        settings.reset(key);
    else
        settings.set(key, value);
}
} // namespace

Preferences Preferences::defaults()
{
    using namespace Settings::Keys;
    return { std::clamp(RefreshIntervalSeconds.defaultValue, MinRefreshSeconds, MaxRefreshSeconds),
        std::clamp(LogBufferLines.defaultValue, MinLogLines, MaxLogLines), TerminalCommand.defaultValue,
        HealthHideAddresses.defaultValue, std::clamp(CiLogCacheMiB.defaultValue, MinCiLogCacheMiB, MaxCiLogCacheMiB),
        InterfaceLanguage.defaultValue, ColorScheme.defaultValue, UnknownEnvironmentNeedsTypedName.defaultValue };
}

Preferences Preferences::load(const AppSettings& settings)
{
    using namespace Settings::Keys;
    return { std::clamp(settings.get(RefreshIntervalSeconds), MinRefreshSeconds, MaxRefreshSeconds),
        std::clamp(settings.get(LogBufferLines), MinLogLines, MaxLogLines), settings.get(TerminalCommand).trimmed(),
        settings.get(HealthHideAddresses), std::clamp(settings.get(CiLogCacheMiB), MinCiLogCacheMiB, MaxCiLogCacheMiB),
        settings.get(InterfaceLanguage), settings.get(ColorScheme), settings.get(UnknownEnvironmentNeedsTypedName) };
}

void Preferences::save(AppSettings& settings) const
{
    using namespace Settings::Keys;
    store(settings, RefreshIntervalSeconds, std::clamp(refreshIntervalSeconds, MinRefreshSeconds, MaxRefreshSeconds));
    store(settings, LogBufferLines, std::clamp(logBufferLines, MinLogLines, MaxLogLines));
    store(settings, TerminalCommand, terminalCommand.trimmed());
    store(settings, HealthHideAddresses, healthHideAddresses);
    store(settings, CiLogCacheMiB, std::clamp(ciLogCacheMiB, MinCiLogCacheMiB, MaxCiLogCacheMiB));
    store(settings, InterfaceLanguage, language);
    store(settings, ColorScheme, colorScheme);
    store(settings, UnknownEnvironmentNeedsTypedName, unknownEnvironmentNeedsTypedName);
}

bool Preferences::isPreferenceKey(const QString& key)
{
    using namespace Settings::Keys;
    for (const char* name :
        { RefreshIntervalSeconds.name, LogBufferLines.name, TerminalCommand.name, HealthHideAddresses.name,
            CiLogCacheMiB.name, InterfaceLanguage.name, ColorScheme.name, UnknownEnvironmentNeedsTypedName.name })
        if (key == QLatin1String(name))
            return true;
    return false;
}
