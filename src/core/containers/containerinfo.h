#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// One snapshot of `incus snapshot list --format json` / `incus list`'s `snapshots` (spec §5.2).
struct SnapshotInfo
{
    QString name;
    QDateTime createdAt;
    QDateTime expiresAt; // invalid when the snapshot never expires (Go's zero time)
    bool stateful = false;
    qint64 size = -1; // -1: unknown

    bool operator==(const SnapshotInfo&) const = default;
};

// One instance of `incus list --format json` (spec §5.1), reduced to what the panes show.
struct ContainerInfo
{
    QString name;
    QString description;
    QString status; // Running, Stopped, Frozen, Error, ...
    int statusCode = 0; // 103 Running, 102 Stopped, 110 Frozen, 112 Error
    QString type; // container | virtual-machine
    QString architecture;
    QDateTime createdAt;
    QDateTime lastUsedAt;
    QStringList ipv4; // "10.0.2.10 (eth0)", as incus's IPV4 column computes it
    QStringList ipv6;
    qint64 pid = 0;
    qint64 processes = 0;
    qint64 memoryUsage = 0; // bytes
    qint64 cpuUsageNs = 0;
    QList<SnapshotInfo> snapshots;

    bool isRunning() const { return statusCode == 103; }
    bool operator==(const ContainerInfo&) const = default;
};

using ContainerList = QList<ContainerInfo>;
