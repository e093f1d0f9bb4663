#include "core/host/environment.h"

#include "core/ssh/sshconfig.h"

#include <QHostAddress>

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
    const QHostAddress address(host);
    if (address.isNull())
        return false;
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
    for (const EnvironmentRule& rule : m_rules) {
        if (rule.matches(host.trimmed()) || (!address.isEmpty() && rule.matches(address.trimmed())))
            return rule.environment;
    }
    return Environment::Other;
}
