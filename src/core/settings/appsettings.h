#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QVariant>

#include <memory>

class QSettings;

// A typed key with its default. Every persisted setting is declared once, in Settings::Keys below,
// so the whole set of what GB Admin remembers can be read in one place.
template<typename T>
struct SettingKey
{
    const char* name;
    T defaultValue;
};

namespace Settings::Keys {
inline const SettingKey<QByteArray> MainWindowGeometry { "ui/mainWindowGeometry", {} };
inline const SettingKey<QByteArray> MainWindowState { "ui/mainWindowState", {} };
inline const SettingKey<int> RefreshIntervalSeconds { "containers/refreshIntervalSeconds", 5 };
inline const SettingKey<QString> LastProfile { "connection/lastProfile", {} };
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

    template<typename T>
    T get(const SettingKey<T>& key) const
    {
        const QVariant v = raw(QString::fromLatin1(key.name));
        return v.isValid() ? v.template value<T>() : key.defaultValue;
    }

    template<typename T>
    void set(const SettingKey<T>& key, const T& value)
    {
        setRaw(QString::fromLatin1(key.name), QVariant::fromValue(value));
    }

    template<typename T>
    void reset(const SettingKey<T>& key)
    {
        setRaw(QString::fromLatin1(key.name), QVariant());
    }

    // Groups of records (connection profiles and the like) persisted as arrays.
    QList<QVariantMap> records(const QString& group) const;
    void setRecords(const QString& group, const QList<QVariantMap>& records);

    QString fileName() const;
    void sync();

Q_SIGNALS:
    void changed(const QString& key);

private:
    QVariant raw(const QString& key) const;
    void setRaw(const QString& key, const QVariant& value);

    std::unique_ptr<QSettings> m_settings;
};
