#include "core/drive/drivemodel.h"

#include <QLocale>

DriveModel::DriveModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void DriveModel::reset(const QString& bucket, const QString& prefix)
{
    beginResetModel();
    m_bucket = bucket;
    m_prefix = prefix;
    m_entries.clear();
    m_roles.clear();
    endResetModel();
}

void DriveModel::appendEntries(const QList<DriveEntry>& entries)
{
    if (entries.isEmpty())
        return;
    beginInsertRows({}, int(m_entries.size()), int(m_entries.size() + entries.size() - 1));
    for (const DriveEntry& e : entries) {
        m_entries.append(e);
        m_roles.append(driveRole(m_bucket, m_prefix + e.key));
    }
    endInsertRows();
}

int DriveModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int DriveModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DriveModel::formatSize(qint64 bytes)
{
    return QLocale::system().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QVariant DriveModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const DriveEntry& e = m_entries.at(index.row());
    if (role == KeyRole)
        return QString(m_prefix + e.key);
    if (role == IsFolderRole)
        return e.isFolder;
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (index.column()) {
        case Name: {
            // Control characters (a newline in a key) are shown, not interpreted.
            QString shown = e.key;
            shown.replace(QLatin1Char('\n'), QStringLiteral("\u21b5"))
                .replace(QLatin1Char('\r'), QStringLiteral("\u240d"));
            return role == SortRole ? QVariant(QString(QLatin1String(e.isFolder ? "0" : "1") + e.key))
                                    : QVariant(shown);
        }
        case Size:
            if (role == SortRole)
                return e.size;
            return e.isFolder ? QString() : formatSize(e.size);
        case Modified:
            if (role == SortRole)
                return e.modified;
            return e.isFolder ? QString() : QLocale::system().toString(e.modified.toLocalTime(), QLocale::ShortFormat);
        case ETag:
            return e.etag;
        case Role:
            return m_roles.at(index.row());
        default:
            break;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Name)
        return QString(m_prefix + e.key);
    if (role == Qt::TextAlignmentRole && index.column() == Size)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant DriveModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Size:
        return tr("Size");
    case Modified:
        return tr("Modified");
    case ETag:
        return tr("ETag");
    case Role:
        return tr("Role");
    default:
        return {};
    }
}

bool DriveSortProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const auto* model = qobject_cast<const DriveModel*>(sourceModel());
    if (!model || left.column() != right.column())
        return QSortFilterProxyModel::lessThan(left, right);
    const DriveEntry& a = model->entry(left.row());
    const DriveEntry& b = model->entry(right.row());
    switch (left.column()) {
    case DriveModel::Name:
        if (a.isFolder != b.isFolder)
            return a.isFolder; // folders first, as SortRole's "0"/"1" prefix says
        return a.key < b.key;
    case DriveModel::Size:
        return a.size < b.size;
    case DriveModel::Modified:
        return a.modified < b.modified;
    default:
        return QSortFilterProxyModel::lessThan(left, right);
    }
}
