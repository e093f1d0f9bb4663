#include "core/containers/containercatalog.h"

#include <array>

namespace {

struct Entry
{
    const char* component;
    const char* service;
    const char* ports;
    std::initializer_list<const char*> units;
};

// INFRA.md, "CONTAINER ARCHITECTURE" and "Daily Health Check".
const std::array<Entry, 13> kEntries { {
    { "system", "BotServer + Valkey", "8080/6379", { "botserver", "ui" } },
    { "tables", "PostgreSQL", "5432", { "postgresql" } },
    { "vault", "Vault", "8200", { "vault" } },
    { "drive", "MinIO", "9100 (9000 external)", { "drive" } },
    { "directory", "Zitadel", "9000", { "directory" } },
    { "llm", "llama.cpp", "8081", { "llm" } },
    { "vectordb", "Qdrant", "6333", { "vectordb" } },
    { "alm", "Forgejo", "4747", { "alm" } },
    { "alm-ci", "Forgejo runner", "-", { "alm-ci" } },
    { "proxy", "Caddy", "80/443", { "proxy" } },
    { "email", "Stalwart", "993/465/587", { "email" } },
    { "dns", "CoreDNS", "53", { "coredns" } },
    { "meet", "LiveKit", "7880", { "meet" } },
} };

const Entry* find(QStringView component)
{
    for (const Entry& e : kEntries)
        if (component == QLatin1String(e.component))
            return &e;
    return nullptr;
}

} // namespace

namespace ContainerCatalog {

ContainerRole roleOf(const QString& containerName)
{
    const Entry* e = find(containerName);
    // `{tenant}-{component}`: try every '-' split, so `acme-alm-ci` resolves to alm-ci, not ci.
    for (qsizetype dash = containerName.indexOf(QLatin1Char('-')); !e && dash >= 0;
         dash = containerName.indexOf(QLatin1Char('-'), dash + 1))
        e = find(QStringView(containerName).mid(dash + 1));
    if (!e)
        return {};
    ContainerRole role { QString::fromLatin1(e->component), QString::fromLatin1(e->service),
        QString::fromLatin1(e->ports), {} };
    for (const char* u : e->units)
        role.units.append(QString::fromLatin1(u));
    return role;
}

QStringList knownComponents()
{
    QStringList out;
    for (const Entry& e : kEntries)
        out.append(QString::fromLatin1(e.component));
    return out;
}

} // namespace ContainerCatalog
