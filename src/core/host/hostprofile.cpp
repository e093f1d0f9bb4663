#include "core/host/hostprofile.h"

#include "core/settings/appsettings.h"

namespace {
const QString kName = QStringLiteral("name");
const QString kAlias = QStringLiteral("sshAlias");
const QString kConfig = QStringLiteral("sshConfigFile");
const QString kHost = QStringLiteral("host");
const QString kUser = QStringLiteral("user");
const QString kPort = QStringLiteral("port");
const QString kIdentity = QStringLiteral("identityFile");
const QString kJump = QStringLiteral("proxyJump");
const QString kAuth = QStringLiteral("auth");
const QString kEnv = QStringLiteral("environment");
const QString kEnvAuto = QStringLiteral("environmentFromRules");
const QString kReadOnly = QStringLiteral("readOnly");
} // namespace

QString authMethodName(AuthMethod method)
{
    switch (method) {
    case AuthMethod::Agent:
        return QStringLiteral("agent");
    case AuthMethod::KeyFile:
        return QStringLiteral("keyfile");
    case AuthMethod::Password:
        return QStringLiteral("password");
    case AuthMethod::Automatic:
        break;
    }
    return QStringLiteral("automatic");
}

AuthMethod authMethodFromName(const QString& name)
{
    if (name == QLatin1String("agent"))
        return AuthMethod::Agent;
    if (name == QLatin1String("keyfile"))
        return AuthMethod::KeyFile;
    if (name == QLatin1String("password"))
        return AuthMethod::Password;
    return AuthMethod::Automatic;
}

QString HostProfile::destination() const
{
    QString out = host.isEmpty() ? sshAlias : host;
    if (!user.isEmpty())
        out = user + u'@' + out;
    if (port > 0 && port != 22)
        out += u':' + QString::number(port);
    return out;
}

QString HostProfile::detectionHost() const
{
    return host.isEmpty() ? sshAlias : host;
}

QVariantMap HostProfile::toRecord() const
{
    return { { kName, name }, { kAlias, sshAlias }, { kConfig, sshConfigFile }, { kHost, host }, { kUser, user },
        { kPort, port }, { kIdentity, identityFile }, { kJump, proxyJump }, { kAuth, authMethodName(auth) },
        { kEnv, environmentName(environment) }, { kEnvAuto, environmentFromRules }, { kReadOnly, readOnly } };
}

HostProfile HostProfile::fromRecord(const QVariantMap& r)
{
    HostProfile p;
    p.name = r.value(kName).toString();
    p.sshAlias = r.value(kAlias).toString();
    p.sshConfigFile = r.value(kConfig).toString();
    p.host = r.value(kHost).toString();
    p.user = r.value(kUser).toString();
    p.port = r.value(kPort).toInt();
    p.identityFile = r.value(kIdentity).toString();
    p.proxyJump = r.value(kJump).toString();
    p.auth = authMethodFromName(r.value(kAuth).toString());
    p.environment = environmentFromName(r.value(kEnv).toString());
    p.environmentFromRules = r.value(kEnvAuto, true).toBool();
    p.readOnly = r.value(kReadOnly).toBool();
    return p;
}

ProfileStore::ProfileStore(AppSettings* settings, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
{ }

QList<HostProfile> ProfileStore::profiles() const
{
    QList<HostProfile> out;
    const auto records = m_settings->records(Settings::Keys::Profiles);
    for (const QVariantMap& r : records) {
        HostProfile p = HostProfile::fromRecord(r);
        if (!p.name.isEmpty())
            out.append(p);
    }
    return out;
}

std::optional<HostProfile> ProfileStore::find(const QString& name) const
{
    const auto list = profiles();
    for (const HostProfile& p : list) {
        if (p.name == name)
            return p;
    }
    return std::nullopt;
}

Result<void> ProfileStore::validate(const HostProfile& p)
{
    if (p.name.trimmed().isEmpty())
        return Error::of(tr("A profile needs a name."));
    if (p.host.trimmed().isEmpty() && p.sshAlias.trimmed().isEmpty())
        return Error::of(tr("Enter a host name or choose an alias from your SSH config."));
    if (p.port < 0 || p.port > 65535)
        return Error::of(tr("The port must be between 1 and 65535."));
    if (p.host.contains(u' ') || p.user.contains(u' '))
        return Error::of(tr("Host and user names cannot contain spaces."));
    return {};
}

Result<void> ProfileStore::save(const HostProfile& profile, const QString& previousName)
{
    if (auto ok = validate(profile); !ok)
        return ok;
    const QString replaced = previousName.isEmpty() ? profile.name : previousName;
    QList<HostProfile> list = profiles();
    qsizetype at = -1;
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list[i].name == replaced)
            at = i;
        else if (list[i].name == profile.name)
            return Error::of(tr("A profile called \"%1\" already exists.").arg(profile.name));
    }
    if (at >= 0)
        list[at] = profile;
    else
        list.append(profile);
    write(list);
    return {};
}

void ProfileStore::remove(const QString& name)
{
    QList<HostProfile> list = profiles();
    if (list.removeIf([&](const HostProfile& p) { return p.name == name; }) > 0)
        write(list);
}

void ProfileStore::write(const QList<HostProfile>& list)
{
    QList<QVariantMap> records;
    for (const HostProfile& p : list)
        records.append(p.toRecord());
    m_settings->setRecords(Settings::Keys::Profiles, records);
    Q_EMIT profilesChanged();
}

EnvironmentRules ProfileStore::environmentRules() const
{
    if (!m_settings->hasRecords(Settings::Keys::EnvironmentRuleList))
        return EnvironmentRules();
    QList<EnvironmentRule> rules;
    const auto records = m_settings->records(Settings::Keys::EnvironmentRuleList);
    for (const QVariantMap& r : records)
        rules.append(EnvironmentRule::fromRecord(r));
    return EnvironmentRules(rules);
}

void ProfileStore::setEnvironmentRules(const QList<EnvironmentRule>& rules)
{
    QList<QVariantMap> records;
    for (const EnvironmentRule& r : rules)
        records.append(r.toRecord());
    m_settings->setRecords(Settings::Keys::EnvironmentRuleList, records);
}
