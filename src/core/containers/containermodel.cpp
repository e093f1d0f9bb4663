#include "core/containers/containermodel.h"

#include "core/containers/containercatalog.h"

#include <QHash>
#include <QSet>

ContainerModel::ContainerModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

int ContainerModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ContainerModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContainerModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ContainerInfo& c = m_rows.at(index.row());
    if (role == StatusCodeRole)
        return c.statusCode;
    if (role == NameRole)
        return c.name;
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case Name:
        return c.name;
    case State:
        return c.status;
    case IPv4:
        return role == Qt::ToolTipRole ? c.ipv4.join(QLatin1Char('\n')) : c.ipv4.join(QLatin1String(", "));
    case IPv6:
        return role == Qt::ToolTipRole ? c.ipv6.join(QLatin1Char('\n')) : c.ipv6.join(QLatin1String(", "));
    case Type:
        return c.type;
    case Snapshots:
        if (role == Qt::ToolTipRole) {
            QStringList names;
            for (const SnapshotInfo& s : c.snapshots)
                names.append(s.name);
            return names.join(QLatin1Char('\n'));
        }
        return int(c.snapshots.size());
    case Role:
        return ContainerCatalog::roleOf(c.name).service;
    case Ports:
        return ContainerCatalog::roleOf(c.name).ports;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ContainerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name:
        return tr("Name");
    case State:
        return tr("State");
    case IPv4:
        return tr("IPv4");
    case IPv6:
        return tr("IPv6");
    case Type:
        return tr("Type");
    case Snapshots:
        return tr("Snapshots");
    case Role:
        return tr("Role");
    case Ports:
        return tr("Ports");
    case ColumnCount:
        break;
    }
    return {};
}

void ContainerModel::setContainers(const ContainerList& containers)
{
    QHash<QString, int> incoming;
    incoming.reserve(containers.size());
    for (int i = 0; i < containers.size(); ++i)
        incoming.insert(containers[i].name, i);

    // 1. Rows that are gone, removed back to front so indices stay valid.
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (incoming.contains(m_rows[row].name))
            continue;
        int first = row;
        while (first > 0 && !incoming.contains(m_rows[first - 1].name))
            --first;
        beginRemoveRows({}, first, row);
        m_rows.remove(first, row - first + 1);
        endRemoveRows();
        row = first;
    }

    // 2. Rows that stay: update in place.
    QSet<QString> present;
    for (int row = 0; row < m_rows.size(); ++row) {
        const ContainerInfo& next = containers[incoming.value(m_rows[row].name)];
        present.insert(next.name);
        if (m_rows[row] == next)
            continue;
        m_rows[row] = next;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }

    // 3. New rows, appended in the host's order (the view sorts).
    ContainerList added;
    for (const ContainerInfo& c : containers)
        if (!present.contains(c.name))
            added.append(c);
    if (!added.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_rows.append(added);
        endInsertRows();
    }
}

const ContainerInfo* ContainerModel::container(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int ContainerModel::rowOf(const QString& name) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows[row].name == name)
            return row;
    return -1;
}
