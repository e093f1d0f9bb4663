#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QVariant>

#include <atomic>
#include <memory>

class QSettings;
class QThread;

// A typed key with its default. Every persisted setting is declared once, in Settings::Keys below,
// so the whole set of what GB Admin remembers can be read in one place.
template<typename T> struct SettingKey
{
    const char* name;
    T defaultValue;
};

// A named group of records (an array in the settings file), e.g. the connection profiles.
struct RecordGroup
{
    const char* name;
};

namespace Settings::Keys {
inline const SettingKey<QByteArray> MainWindowGeometry { "ui/mainWindowGeometry", {} };
inline const SettingKey<QByteArray> MainWindowState { "ui/mainWindowState", {} };
// The interface language (UiLanguage::available()); empty follows the system. Read at start only.
inline const SettingKey<QString> InterfaceLanguage { "ui/language", {} };
// The window colours: empty follows the desktop, "light" or "dark" forces them (Appearance::apply).
inline const SettingKey<QString> ColorScheme { "ui/colorScheme", {} };
// Preferences (Settings ▸ Preferences…); their ranges are clamped where read (Preferences::load).
inline const SettingKey<int> RefreshIntervalSeconds { "containers/refreshIntervalSeconds", 5 };
// The terminal "Open shell" uses: a program, optionally followed by the arguments that come before the
// command (split like argv, never given to a shell). Empty: auto-detect.
inline const SettingKey<QString> TerminalCommand { "containers/terminalCommand", {} };
inline const SettingKey<int> LogBufferLines { "logs/bufferLines", 20000 };
// Whether the Health tab's "Copy report" starts with IP addresses hidden (the guide's rule for tickets).
inline const SettingKey<bool> HealthHideAddresses { "health/hideAddressesInReport", true };
// Size limit of the local cache of downloaded CI logs (least recently used evicted first), MiB.
inline const SettingKey<int> CiLogCacheMiB { "ci/logCacheMiB", 1024 };
// Fail closed: a host whose environment is not known (OTHER) gets PROD's typed-name confirmation
// unless the user relaxes it in Preferences.
inline const SettingKey<bool> UnknownEnvironmentNeedsTypedName { "safety/unknownEnvironmentNeedsTypedName", true };
// The server the DNS pane asks ("host", "host:port" or "[v6]:port") instead of the dns container's
// IPv4 on port 53, for a host where that address is not reachable from the SSH host: scripts/demo.sh
// sets it for the simulated host. Empty: the container's address.
inline const SettingKey<QString> DnsServerOverride { "dns/serverOverride", {} };
inline const SettingKey<QString> LastProfile { "connection/lastProfile", {} };
// The bot the Bots pane showed last (a name, never a value of its configuration): shown again on connect.
inline const SettingKey<QString> BotsLastBot { "bots/lastBot", {} };
// Connection profiles (HostProfile::toRecord): names, hosts, flags. Never a password.
inline const RecordGroup Profiles { "profiles" };
// Environment detection rules (EnvironmentRule::toRecord), editable; empty means INFRA.md's defaults.
inline const RecordGroup EnvironmentRuleList { "environmentRules" };
} // namespace Settings::Keys

// The one settings facade: no other file touches QSettings. Secrets never go here; they belong to
// the credential store (the keyring).
class AppSettings : public QObject
{
    Q_OBJECT
public:
    // An empty fileName uses the per-user location (~/.config/generalbots/gbadmin.conf).
    explicit AppSettings(const QString& fileName = {}, QObject* parent = nullptr);
    ~AppSettings() override;

    template<typename T> T get(const SettingKey<T>& key) const
    {
        const QVariant v = raw(QString::fromLatin1(key.name));
        return v.isValid() ? v.template value<T>() : key.defaultValue;
    }

    template<typename T> void set(const SettingKey<T>& key, const T& value)
    {
        setRaw(QString::fromLatin1(key.name), QVariant::fromValue(value));
    }

    template<typename T> void reset(const SettingKey<T>& key) { setRaw(QString::fromLatin1(key.name), QVariant()); }

    // Groups of records (connection profiles and the like) persisted as arrays.
    QList<QVariantMap> records(const QString& group) const;
    void setRecords(const QString& group, const QList<QVariantMap>& records);
    QList<QVariantMap> records(const RecordGroup& group) const { return records(QString::fromLatin1(group.name)); }
    void setRecords(const RecordGroup& group, const QList<QVariantMap>& list)
    {
        setRecords(QString::fromLatin1(group.name), list);
    }
    // True once the group was written, even as an empty list (an emptied list is a choice).
    bool hasRecords(const RecordGroup& group) const;

    QString fileName() const;
    // Writes what is pending now, on the calling thread. Without it, changes reach the file soon
    // after they are made, written by a thread of this object's own: never by the GUI thread,
    // where QSettings' own sync (a file rewrite and an fdatasync) stalled the window 0.2-0.6 s
    // when the disk was busy.
    void sync();

Q_SIGNALS:
    void changed(const QString& key);

private:
    QVariant raw(const QString& key) const;
    void setRaw(const QString& key, const QVariant& value);
    void writeSoon();
    bool eventFilter(QObject* watched, QEvent* event) override;

    class Writer;
    std::unique_ptr<QSettings> m_settings;
    QThread* m_writerThread;
    Writer* m_writer; // on m_writerThread
    std::atomic_bool m_writeQueued { false };
};
