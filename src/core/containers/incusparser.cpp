#include "core/containers/incusparser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace {

// Go's zero time (0001-01-01T00:00:00Z) means "not set".
QDateTime parseTime(const QJsonValue& v)
{
    const QString s = v.toString();
    if (s.isEmpty() || s.startsWith(QLatin1String("0001-01-01")))
        return {};
    return QDateTime::fromString(s, Qt::ISODateWithMs);
}

SnapshotInfo parseSnapshot(const QJsonObject& o)
{
    SnapshotInfo s;
    s.name = o.value(QLatin1String("name")).toString();
    s.createdAt = parseTime(o.value(QLatin1String("created_at")));
    s.expiresAt = parseTime(o.value(QLatin1String("expires_at")));
    s.stateful = o.value(QLatin1String("stateful")).toBool();
    s.size = o.value(QLatin1String("size")).toInteger(-1);
    return s;
}

void collectAddresses(const QJsonObject& network, ContainerInfo& c)
{
    // QJsonObject iterates keys in sorted order, which keeps the column stable between refreshes.
    for (auto it = network.begin(); it != network.end(); ++it) {
        const QJsonObject iface = it.value().toObject();
        if (iface.value(QLatin1String("type")).toString() == QLatin1String("loopback"))
            continue;
        const QJsonArray addresses = iface.value(QLatin1String("addresses")).toArray();
        for (const QJsonValue& a : addresses) {
            const QJsonObject addr = a.toObject();
            const QString scope = addr.value(QLatin1String("scope")).toString();
            if (scope == QLatin1String("link") || scope == QLatin1String("local"))
                continue;
            const QString text
                = addr.value(QLatin1String("address")).toString() + QLatin1String(" (") + it.key() + QLatin1Char(')');
            const QString family = addr.value(QLatin1String("family")).toString();
            if (family == QLatin1String("inet"))
                c.ipv4.append(text);
            else if (family == QLatin1String("inet6"))
                c.ipv6.append(text);
        }
    }
}

Result<QJsonArray> parseArray(QByteArrayView json, const char* what)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &err);
    if (err.error != QJsonParseError::NoError)
        return Error::of(
            QCoreApplication::translate("Incus", "The host's answer to %1 is not valid JSON (%2 at byte %3).")
                .arg(QString::fromLatin1(what), err.errorString())
                .arg(err.offset),
            err.offset);
    if (!doc.isArray())
        return Error::of(QCoreApplication::translate("Incus", "The host's answer to %1 is not a JSON list.")
                             .arg(QString::fromLatin1(what)));
    return doc.array();
}

} // namespace

namespace Incus {

Result<ContainerList> parseList(QByteArrayView json)
{
    auto array = parseArray(json, "incus list");
    if (!array)
        return array.error();
    ContainerList out;
    out.reserve(array->size());
    for (const QJsonValue& v : *array) {
        if (!v.isObject())
            return Error::of(
                QCoreApplication::translate("Incus", "incus list returned an entry that is not an object."));
        const QJsonObject o = v.toObject();
        ContainerInfo c;
        c.name = o.value(QLatin1String("name")).toString();
        if (c.name.isEmpty())
            return Error::of(QCoreApplication::translate("Incus", "incus list returned an instance without a name."));
        c.description = o.value(QLatin1String("description")).toString();
        c.status = o.value(QLatin1String("status")).toString();
        c.statusCode = o.value(QLatin1String("status_code")).toInt();
        c.type = o.value(QLatin1String("type")).toString();
        c.architecture = o.value(QLatin1String("architecture")).toString();
        c.createdAt = parseTime(o.value(QLatin1String("created_at")));
        c.lastUsedAt = parseTime(o.value(QLatin1String("last_used_at")));
        const QJsonObject state = o.value(QLatin1String("state")).toObject();
        if (!state.isEmpty()) {
            c.pid = state.value(QLatin1String("pid")).toInteger();
            c.processes = state.value(QLatin1String("processes")).toInteger();
            c.memoryUsage = state.value(QLatin1String("memory")).toObject().value(QLatin1String("usage")).toInteger();
            c.cpuUsageNs = state.value(QLatin1String("cpu")).toObject().value(QLatin1String("usage")).toInteger();
            if (c.isRunning())
                collectAddresses(state.value(QLatin1String("network")).toObject(), c);
        }
        const QJsonArray snaps = o.value(QLatin1String("snapshots")).toArray();
        for (const QJsonValue& s : snaps)
            c.snapshots.append(parseSnapshot(s.toObject()));
        out.append(std::move(c));
    }
    return out;
}

Result<QList<SnapshotInfo>> parseSnapshotList(QByteArrayView json)
{
    auto array = parseArray(json, "incus snapshot list");
    if (!array)
        return array.error();
    QList<SnapshotInfo> out;
    for (const QJsonValue& v : *array)
        out.append(parseSnapshot(v.toObject()));
    return out;
}

const ContainerInfo* findByName(const ContainerList& list, const QString& name)
{
    for (const ContainerInfo& c : list)
        if (c.name == name)
            return &c;
    return nullptr;
}

} // namespace Incus
