#include "core/health/healthmodel.h"

HealthModel::HealthModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

int HealthModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HealthModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HealthModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Health::Result& r = m_rows.at(index.row());
    switch (role) {
    case StatusRole:
        return int(r.outcome.status);
    case DetailsRole:
        return r.outcome.details;
    case IdRole:
        return r.id;
    case Qt::ToolTipRole:
        return r.outcome.details.isEmpty() ? r.outcome.summary : r.outcome.details;
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case Check:
        return r.title;
    case Status:
        return r.outcome.status == Health::Status::Pending ? tr("running…") : Health::statusName(r.outcome.status);
    case Summary:
        return r.outcome.summary;
    case Time:
        return r.finishedAt.isValid() ? r.finishedAt.toString(QStringLiteral("HH:mm:ss")) + QLatin1String("  (")
                + QString::number(r.elapsedMs) + QLatin1String(" ms)")
                                      : QString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant HealthModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Check:
        return tr("Check");
    case Status:
        return tr("Status");
    case Summary:
        return tr("Result");
    case Time:
        return tr("Checked at");
    case ColumnCount:
        break;
    }
    return {};
}

void HealthModel::setResults(const QList<Health::Result>& results)
{
    bool sameRows = results.size() == m_rows.size();
    for (int i = 0; sameRows && i < results.size(); ++i)
        sameRows = results[i].id == m_rows[i].id;
    if (!sameRows) {
        beginResetModel();
        m_rows = results;
        endResetModel();
        return;
    }
    m_rows = results;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

void HealthModel::updateResult(const Health::Result& result)
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].id != result.id)
            continue;
        m_rows[row] = result;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
}
