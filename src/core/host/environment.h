#pragma once

#include <QList>
#include <QString>
#include <QVariantMap>

// Which world a host belongs to. It decides the banner colour and how careful mutating actions are.
enum class Environment
{
    Other,
    Stage,
    Prod,
};

QString environmentName(Environment env); // "PROD", "STAGE", "OTHER" (stable: stored in settings and journal)
Environment environmentFromName(const QString& name);

// One detection rule: a host name glob (`*.stage.*`) or an IPv4/IPv6 subnet (`10.0.2.0/24`).
struct EnvironmentRule
{
    enum class Kind
    {
        HostPattern,
        Subnet,
    };
    Kind kind = Kind::HostPattern;
    QString pattern;
    Environment environment = Environment::Other;

    bool matches(const QString& host) const;
    QVariantMap toRecord() const;
    static EnvironmentRule fromRecord(const QVariantMap& record);
    friend bool operator==(const EnvironmentRule&, const EnvironmentRule&) = default;
};

// The ordered rule list of INFRA.md; the first rule that matches wins. Users may edit the list
// (their company may use other subnets), so it is data, not code.
class EnvironmentRules
{
public:
    EnvironmentRules();
    explicit EnvironmentRules(QList<EnvironmentRule> rules);

    // hostname `*.stage.*` → STAGE, 10.0.2.x → PROD, 10.0.3.x → STAGE.
    static QList<EnvironmentRule> defaults();

    // `host` may be a name or an address literal; `address` is an optional resolved address.
    // Fails closed: a PROD rule matching the name or any address wins over every other rule (a
    // stage-looking name on a PROD subnet is PROD); otherwise the first matching rule wins.
    Environment detect(const QString& host, const QString& address = {}) const;
    Environment detect(const QString& host, const QStringList& addresses) const;

    const QList<EnvironmentRule>& rules() const { return m_rules; }

private:
    QList<EnvironmentRule> m_rules;
};
