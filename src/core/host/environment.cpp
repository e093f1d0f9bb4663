#include "core/host/environment.h"

#include "core/ssh/sshconfig.h"

#include <QHostAddress>

#include <algorithm>
#include <optional>

QString environmentName(Environment env)
{
    switch (env) {
    case Environment::Prod:
        return QStringLiteral("PROD");
    case Environment::Stage:
        return QStringLiteral("STAGE");
    case Environment::Other:
        break;
    }
    return QStringLiteral("OTHER");
}

Environment environmentFromName(const QString& name)
{
    const QString n = name.trimmed().toUpper();
    if (n == QLatin1String("PROD") || n == QLatin1String("PRODUCTION"))
        return Environment::Prod;
    if (n == QLatin1String("STAGE") || n == QLatin1String("STAGING"))
        return Environment::Stage;
    return Environment::Other;
}

bool EnvironmentRule::matches(const QString& host) const
{
    if (host.isEmpty() || pattern.isEmpty())
        return false;
    if (kind == Kind::HostPattern)
        return globMatch(pattern, host);
    QHostAddress address(host);
    if (address.isNull())
        return false;
    bool mapped = false; // "::ffff:10.0.2.5" is in 10.0.2.0/24
    if (const quint32 v4 = address.toIPv4Address(&mapped); mapped)
        address = QHostAddress(v4);
    const auto subnet = QHostAddress::parseSubnet(pattern);
    if (subnet.first.isNull())
        return false;
    return address.isInSubnet(subnet);
}

QVariantMap EnvironmentRule::toRecord() const
{
    return { { QStringLiteral("kind"), kind == Kind::Subnet ? QStringLiteral("subnet") : QStringLiteral("host") },
        { QStringLiteral("pattern"), pattern }, { QStringLiteral("environment"), environmentName(environment) } };
}

EnvironmentRule EnvironmentRule::fromRecord(const QVariantMap& record)
{
    EnvironmentRule r;
    r.kind
        = record.value(QStringLiteral("kind")).toString() == QLatin1String("subnet") ? Kind::Subnet : Kind::HostPattern;
    r.pattern = record.value(QStringLiteral("pattern")).toString().trimmed();
    r.environment = environmentFromName(record.value(QStringLiteral("environment")).toString());
    return r;
}

EnvironmentRules::EnvironmentRules()
    : m_rules(defaults())
{ }

EnvironmentRules::EnvironmentRules(QList<EnvironmentRule> rules)
    : m_rules(std::move(rules))
{ }

QList<EnvironmentRule> EnvironmentRules::defaults()
{
    using K = EnvironmentRule::Kind;
    return {
        { K::HostPattern, QStringLiteral("*.stage.*"), Environment::Stage },
        { K::Subnet, QStringLiteral("10.0.2.0/24"), Environment::Prod },
        { K::Subnet, QStringLiteral("10.0.3.0/24"), Environment::Stage },
    };
}

Environment EnvironmentRules::detect(const QString& host, const QString& address) const
{
    return detect(host, address.isEmpty() ? QStringList() : QStringList { address });
}

Environment EnvironmentRules::detect(const QString& host, const QStringList& addresses) const
{
    QStringList names { host.trimmed() };
    for (const QString& a : addresses)
        names << a.trimmed();
    std::optional<Environment> first;
    for (const EnvironmentRule& rule : m_rules) {
        const bool hit
            = std::any_of(names.cbegin(), names.cend(), [&rule](const QString& n) { return rule.matches(n); });
        if (!hit)
            continue;
        if (rule.environment == Environment::Prod)
            return Environment::Prod;
        if (!first)
            first = rule.environment;
    }
    return first.value_or(Environment::Other);
}
