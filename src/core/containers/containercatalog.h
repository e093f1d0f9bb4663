#pragma once

#include <QString>
#include <QStringList>

// What INFRA.md's container table says about each General Bots component: its role, its ports and
// the systemd units to watch inside it. GB installers name containers either bare (`dns`) or
// `{tenant}-{component}` (`pragmatismo-dns`); both resolve here.
struct ContainerRole
{
    QString component; // e.g. "system"; empty when the container is not a known GB component
    QString service; // e.g. "BotServer + Valkey"
    QString ports; // e.g. "8080/6379"
    QStringList units; // systemd units inside, e.g. {"botserver", "ui"}
};

namespace ContainerCatalog {
ContainerRole roleOf(const QString& containerName);
QStringList knownComponents();
} // namespace ContainerCatalog
