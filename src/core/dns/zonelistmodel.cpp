#include "core/dns/zonelistmodel.h"

void ZoneListModel::setZones(const QList<CorefileZone>& zones)
{
    beginResetModel();
    m_zones = zones;
    m_rows = QList<Serials>(zones.size());
    endResetModel();
}

int ZoneListModel::rowOf(const QString& zone) const
{
    for (int i = 0; i < m_zones.size(); ++i) {
        if (m_zones.at(i).zone == zone)
            return i;
    }
    return -1;
}

void ZoneListModel::setFileSerial(const QString& zone, std::optional<quint32> serial, const QString& problem)
{
    const int row = rowOf(zone);
    if (row < 0)
        return;
    m_rows[row].file = serial;
    m_rows[row].fileProblem = problem;
    changed(row);
}

void ZoneListModel::setServedSerial(const QString& zone, std::optional<quint32> serial, const QString& problem)
{
    const int row = rowOf(zone);
    if (row < 0)
        return;
    m_rows[row].served = serial;
    m_rows[row].servedProblem = problem;
    changed(row);
}

bool ZoneListModel::differs(int row) const
{
    const Serials& s = m_rows.at(row);
    return s.file && s.served && *s.file != *s.served;
}

void ZoneListModel::changed(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int ZoneListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_zones.size());
}

int ZoneListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ZoneListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CorefileZone& z = m_zones.at(index.row());
    const Serials& s = m_rows.at(index.row());
    if (role == DiffersRole)
        return differs(index.row());
    if (role == Qt::DisplayRole && index.column() == ServedSerial && differs(index.row()))
        return tr("%1 (differs)").arg(*s.served);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Zone:
            return z.zone;
        case File:
            return z.file;
        case Reload:
            return z.reloadSeconds == 0 ? tr("never") : tr("%1 s").arg(z.reloadSeconds);
        case FileSerial:
            return s.file ? QString::number(*s.file) : s.fileProblem.isEmpty() ? QString() : tr("?");
        case ServedSerial:
            return s.served ? QString::number(*s.served) : s.servedProblem.isEmpty() ? QString() : tr("?");
        default:
            break;
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Zone || index.column() == File)
            return z.file; // the pane hides the File column; the path stays one hover away
        if (index.column() == FileSerial && !s.fileProblem.isEmpty())
            return s.fileProblem;
        if (index.column() == ServedSerial && !s.servedProblem.isEmpty())
            return s.servedProblem;
        if (differs(index.row()))
            return tr("The server answers serial %1 but the file has %2: the file is not live (not reloaded yet, or "
                      "CoreDNS refused it).")
                .arg(*s.served)
                .arg(*s.file);
    }
    return {};
}

QVariant ZoneListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Zone:
        return tr("Zone");
    case File:
        return tr("File");
    case Reload:
        return tr("Reload");
    case FileSerial:
        return tr("Serial in file");
    case ServedSerial:
        return tr("Serial served");
    default:
        return {};
    }
}
