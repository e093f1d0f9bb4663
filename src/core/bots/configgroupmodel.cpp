#include "core/bots/configgroupmodel.h"

#include <array>

namespace {
// Top-level rows carry internalId 0; a key row carries its group's row + 1.
constexpr quintptr kTopLevel = 0;

// The order in which a group row reports its keys' drift: what needs attention first.
constexpr std::array<ConfigDriftModel::DriftKind, 5> kUrgency { ConfigDriftModel::DriftKind::Differs,
    ConfigDriftModel::DriftKind::OnlyInFile, ConfigDriftModel::DriftKind::OnlyInDatabase,
    ConfigDriftModel::DriftKind::Unknown, ConfigDriftModel::DriftKind::Equal };
} // namespace

int ConfigGroupModel::sourceColumn(int column)
{
    static constexpr std::array<int, ColumnCount> map { ConfigDriftModel::Key, ConfigDriftModel::Drift,
        ConfigDriftModel::Desired, ConfigDriftModel::Applied, ConfigDriftModel::Effective };
    return column >= 0 && column < ColumnCount ? map[std::size_t(column)] : -1;
}

int ConfigGroupModel::columnOfSource(int sourceColumn)
{
    for (int c = 0; c < ColumnCount; ++c) {
        if (ConfigGroupModel::sourceColumn(c) == sourceColumn)
            return c;
    }
    return -1;
}

ConfigGroupModel::ConfigGroupModel(QObject* parent)
    : QAbstractProxyModel(parent)
{ }

ConfigDriftModel* ConfigGroupModel::driftModel() const
{
    return qobject_cast<ConfigDriftModel*>(sourceModel());
}

void ConfigGroupModel::setSourceModel(QAbstractItemModel* source)
{
    beginResetModel();
    for (const QMetaObject::Connection& c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    QAbstractProxyModel::setSourceModel(source);
    if (source) {
        // Anything but an in-place edit regroups everything; the source only resets, but a future
        // insert or move must not leave stale spans behind.
        const auto begin = [this] { beginResetModel(); };
        const auto end = [this] {
            rebuild();
            endResetModel();
        };
        m_connections << connect(source, &QAbstractItemModel::modelAboutToBeReset, this, begin)
                      << connect(source, &QAbstractItemModel::modelReset, this, end)
                      << connect(source, &QAbstractItemModel::rowsAboutToBeInserted, this, begin)
                      << connect(source, &QAbstractItemModel::rowsInserted, this, end)
                      << connect(source, &QAbstractItemModel::rowsAboutToBeRemoved, this, begin)
                      << connect(source, &QAbstractItemModel::rowsRemoved, this, end)
                      << connect(source, &QAbstractItemModel::rowsAboutToBeMoved, this, begin)
                      << connect(source, &QAbstractItemModel::rowsMoved, this, end)
                      << connect(source, &QAbstractItemModel::layoutAboutToBeChanged, this, begin)
                      << connect(source, &QAbstractItemModel::layoutChanged, this, end)
                      << connect(source, &QAbstractItemModel::dataChanged, this, &ConfigGroupModel::sourceDataChanged)
                      << connect(
                             source, &QAbstractItemModel::headerDataChanged, this, [this](Qt::Orientation o, int, int) {
                                 if (o == Qt::Horizontal)
                                     Q_EMIT headerDataChanged(o, 0, ColumnCount - 1);
                             });
    }
    rebuild();
    endResetModel();
}

void ConfigGroupModel::rebuild()
{
    m_groups.clear();
    const QAbstractItemModel* source = sourceModel();
    if (!source)
        return;
    const int rows = source->rowCount();
    for (int r = 0; r < rows; ++r) {
        const auto group
            = ConfigKeys::Group(source->index(r, ConfigDriftModel::Group).data(ConfigDriftModel::GroupRole).toInt());
        if (m_groups.isEmpty() || m_groups.last().group != group)
            m_groups.append(Span { group, r, 0 });
        ++m_groups.last().count;
    }
}

int ConfigGroupModel::spanOfSourceRow(int row) const
{
    for (int g = 0; g < m_groups.size(); ++g) {
        const Span& s = m_groups.at(g);
        if (row >= s.first && row < s.first + s.count)
            return g;
    }
    return -1;
}

void ConfigGroupModel::sourceDataChanged(
    const QModelIndex& topLeft, const QModelIndex& bottomRight, const QList<int>& roles)
{
    if (!topLeft.isValid() || !bottomRight.isValid())
        return;
    // The column order differs from the source's: the rows' whole width changed.
    const int firstColumn = 0;
    const int lastColumn = ColumnCount - 1;
    for (int g = 0; g < m_groups.size(); ++g) {
        const Span& s = m_groups.at(g);
        const int from = std::max(s.first, topLeft.row());
        const int to = std::min(s.first + s.count - 1, bottomRight.row());
        if (from > to)
            continue;
        const QModelIndex parent = index(g, 0);
        Q_EMIT dataChanged(index(from - s.first, firstColumn, parent), index(to - s.first, lastColumn, parent), roles);
        // The group row's count and drift summary follow its keys.
        Q_EMIT dataChanged(index(g, 0), index(g, ColumnCount - 1));
    }
}

QModelIndex ConfigGroupModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, column, kTopLevel) : QModelIndex();
    if (parent.model() != this || parent.internalId() != kTopLevel || parent.column() != 0
        || parent.row() >= m_groups.size())
        return {};
    if (row >= m_groups.at(parent.row()).count)
        return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex ConfigGroupModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kTopLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kTopLevel);
}

int ConfigGroupModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != kTopLevel || parent.column() != 0 || parent.row() >= m_groups.size())
        return 0;
    return m_groups.at(parent.row()).count;
}

int ConfigGroupModel::columnCount(const QModelIndex& parent) const
{
    Q_UNUSED(parent)
    return ColumnCount;
}

bool ConfigGroupModel::hasChildren(const QModelIndex& parent) const
{
    return rowCount(parent) > 0;
}

QModelIndex ConfigGroupModel::mapToSource(const QModelIndex& proxy) const
{
    if (!sourceModel() || !proxy.isValid() || proxy.internalId() == kTopLevel)
        return {};
    const int g = int(proxy.internalId() - 1);
    if (g >= m_groups.size())
        return {};
    return sourceModel()->index(m_groups.at(g).first + proxy.row(), sourceColumn(proxy.column()));
}

QModelIndex ConfigGroupModel::mapFromSource(const QModelIndex& source) const
{
    if (!source.isValid() || source.model() != sourceModel())
        return {};
    const int g = spanOfSourceRow(source.row());
    if (g < 0)
        return {};
    // The source's Group column is the parent row itself.
    const int column = columnOfSource(source.column());
    if (column < 0)
        return index(g, 0);
    return index(source.row() - m_groups.at(g).first, column, index(g, 0));
}

bool ConfigGroupModel::isGroup(const QModelIndex& index) const
{
    return index.isValid() && index.model() == this && index.internalId() == kTopLevel;
}

QModelIndex ConfigGroupModel::groupIndex(ConfigKeys::Group group) const
{
    for (int g = 0; g < m_groups.size(); ++g) {
        if (m_groups.at(g).group == group)
            return index(g, 0);
    }
    return {};
}

ConfigKeys::Group ConfigGroupModel::groupAt(int row) const
{
    return row >= 0 && row < m_groups.size() ? m_groups.at(row).group : ConfigKeys::Group::Unknown;
}

QModelIndex ConfigGroupModel::indexOfKey(const QString& key, int column) const
{
    const ConfigDriftModel* m = driftModel();
    if (!m)
        return {};
    const int row = m->rowOfKey(key);
    if (row < 0)
        return {};
    return mapFromSource(m->index(row, sourceColumn(column)));
}

ConfigDriftModel::DriftKind ConfigGroupModel::groupDrift(const Span& span) const
{
    QList<int> kinds;
    for (int r = span.first; r < span.first + span.count; ++r)
        kinds << sourceModel()->index(r, ConfigDriftModel::Drift).data(ConfigDriftModel::DriftRole).toInt();
    for (ConfigDriftModel::DriftKind k : kUrgency) {
        if (kinds.contains(int(k)))
            return k;
    }
    return ConfigDriftModel::DriftKind::Equal;
}

QString ConfigGroupModel::groupSummary(const Span& span) const
{
    QHash<int, int> counts;
    for (int r = span.first; r < span.first + span.count; ++r)
        ++counts[sourceModel()->index(r, ConfigDriftModel::Drift).data(ConfigDriftModel::DriftRole).toInt()];
    if (counts.size() == 1 && counts.contains(int(ConfigDriftModel::DriftKind::Equal)))
        return tr("all applied");
    QStringList parts;
    for (ConfigDriftModel::DriftKind k : kUrgency) {
        if (k != ConfigDriftModel::DriftKind::Equal && counts.value(int(k)) > 0)
            parts << tr("%1: %2").arg(ConfigDriftModel::driftText(k)).arg(counts.value(int(k)));
    }
    return parts.join(QStringLiteral(" · "));
}

QVariant ConfigGroupModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !sourceModel())
        return {};
    if (!isGroup(index)) {
        if (role == IsGroupRole)
            return false;
        return sourceModel()->data(mapToSource(index), role);
    }
    if (index.row() >= m_groups.size())
        return {};
    const Span& s = m_groups.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == Key)
            return tr("%1 (%2)").arg(ConfigKeys::groupName(s.group)).arg(s.count);
        if (index.column() == Drift)
            return groupSummary(s);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Drift)
            return ConfigDriftModel::driftExplanation(groupDrift(s));
        return s.group == ConfigKeys::Group::Unknown
            ? tr("Keys botserver is not known to read: look for typos (each key's tooltip names the nearest known "
                 "key).")
            : tr("Known keys of the group %1; each key's tooltip describes it.").arg(ConfigKeys::groupName(s.group));
    case ConfigDriftModel::DriftRole:
        return int(groupDrift(s));
    case ConfigDriftModel::GroupRole:
        return int(s.group);
    case IsGroupRole:
        return true;
    default:
        break;
    }
    return {};
}

QMap<int, QVariant> ConfigGroupModel::itemData(const QModelIndex& index) const
{
    // The base class asks the source, which knows nothing of group rows.
    return QAbstractItemModel::itemData(index);
}

Qt::ItemFlags ConfigGroupModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (isGroup(index))
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return sourceModel() ? sourceModel()->flags(mapToSource(index)) : Qt::NoItemFlags;
}

QVariant ConfigGroupModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && sourceModel() && section >= 0 && section < ColumnCount)
        return sourceModel()->headerData(sourceColumn(section), orientation, role);
    return QAbstractItemModel::headerData(section, orientation, role);
}

QModelIndex ConfigGroupModel::buddy(const QModelIndex& index) const
{
    return index;
}
