#pragma once

#include "core/common/result.h"
#include "core/host/environment.h"

#include <QObject>
#include <QString>
#include <QVariantMap>

#include <optional>

class AppSettings;

// How to authenticate. Automatic follows OpenSSH's order (agent, key files, keyboard-interactive,
// password); the others restrict the session to one method.
enum class AuthMethod
{
    Automatic,
    Agent,
    KeyFile,
    Password,
};

QString authMethodName(AuthMethod method); // stable id stored in settings
AuthMethod authMethodFromName(const QString& name);

// One connection profile as the admin names it. Either an `~/.ssh/config` alias (then the config
// decides host, user, port, keys and ProxyJump) or explicit fields. Holds no secret: passwords and
// passphrases live in the keyring only.
struct HostProfile
{
    QString name;
    QString sshAlias; // a Host entry of the ssh config; when set, the explicit fields below override it
    QString sshConfigFile; // empty: ~/.ssh/config
    QString host;
    QString user;
    int port = 0; // 0: from the ssh config or 22
    QString identityFile;
    QString proxyJump;
    AuthMethod auth = AuthMethod::Automatic;
    Environment environment = Environment::Other;
    bool environmentFromRules = true; // false once the user picked the environment by hand
    bool readOnly = false;

    // What the user sees: "admin@10.0.2.5:2222" or the alias.
    QString destination() const;
    // Host name used for environment detection: the explicit host, else the alias.
    QString detectionHost() const;

    QVariantMap toRecord() const;
    static HostProfile fromRecord(const QVariantMap& record);
    friend bool operator==(const HostProfile&, const HostProfile&) = default;
};

// The profiles of AppSettings, as typed values. Names are unique (case-sensitive).
class ProfileStore : public QObject
{
    Q_OBJECT
public:
    explicit ProfileStore(AppSettings* settings, QObject* parent = nullptr);

    QList<HostProfile> profiles() const;
    std::optional<HostProfile> find(const QString& name) const;
    // Adds or replaces the profile called `previousName` (or profile.name when empty).
    Result<void> save(const HostProfile& profile, const QString& previousName = {});
    void remove(const QString& name);

    EnvironmentRules environmentRules() const;
    void setEnvironmentRules(const QList<EnvironmentRule>& rules);

    static Result<void> validate(const HostProfile& profile);

Q_SIGNALS:
    void profilesChanged();

private:
    void write(const QList<HostProfile>& list);

    AppSettings* m_settings;
};
