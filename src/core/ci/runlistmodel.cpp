#include "core/ci/runlistmodel.h"

#include <QDateTime>

namespace Ci {

RunListModel::RunListModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

qint64 RunListModel::now() const
{
    return m_now > 0 ? m_now : QDateTime::currentSecsSinceEpoch();
}

QString RunListModel::formatDuration(qint64 s)
{
    if (s < 60)
        return tr("%1s").arg(s);
    if (s < 3600)
        return tr("%1m %2s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    return tr("%1h %2m").arg(s / 3600).arg((s % 3600) / 60, 2, 10, QLatin1Char('0'));
}

void RunListModel::setPage(const Forgejo::RunPage& page)
{
    m_total = page.total;
    const auto sameIds = [&] {
        if (page.runs.size() != m_runs.size())
            return false;
        for (qsizetype i = 0; i < m_runs.size(); ++i)
            if (m_runs[i].id != page.runs[i].id)
                return false;
        return true;
    };
    if (sameIds()) {
        m_runs = page.runs;
        if (!m_runs.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_runs.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_runs = page.runs;
    endResetModel();
}

const Forgejo::RunRow* RunListModel::runAt(int row) const
{
    return row >= 0 && row < m_runs.size() ? &m_runs[row] : nullptr;
}

int RunListModel::rowOfRun(qint64 runId) const
{
    for (qsizetype i = 0; i < m_runs.size(); ++i)
        if (m_runs[i].id == runId)
            return int(i);
    return -1;
}

bool RunListModel::hasActiveRuns() const
{
    for (const auto& r : m_runs)
        if (r.status == Status::Running || r.status == Status::Waiting || r.status == Status::Blocked)
            return true;
    return false;
}

int RunListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int RunListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_runs.size() || index.column() >= ColumnCount)
        return {};
    const Forgejo::RunRow& r = m_runs[index.row()];
    if (role == StatusRole)
        return int(r.status);
    if (role == RunIdRole)
        return r.id;
    if (role == Qt::ToolTipRole && index.column() == RunColumn)
        return r.title;
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case StatusColumn:
        return statusLabel(r.status);
    case RunColumn:
        return tr("#%1 %2").arg(r.index).arg(r.title);
    case RepositoryColumn:
        return r.repository;
    case WorkflowColumn:
        return r.workflow;
    case BranchColumn:
        return r.branch();
    case EventColumn:
        return r.event;
    case ActorColumn:
        return r.actor;
    case StartedColumn:
        return r.started > 0 ? QDateTime::fromSecsSinceEpoch(r.started).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                             : QString();
    case DurationColumn:
        return r.started > 0 || r.previousDurationNs > 0 ? formatDuration(r.durationSeconds(now())) : QString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant RunListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case StatusColumn:
        return tr("Status");
    case RunColumn:
        return tr("Run");
    case RepositoryColumn:
        return tr("Repository");
    case WorkflowColumn:
        return tr("Workflow");
    case BranchColumn:
        return tr("Branch");
    case EventColumn:
        return tr("Event");
    case ActorColumn:
        return tr("Actor");
    case StartedColumn:
        return tr("Started");
    case DurationColumn:
        return tr("Duration");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Ci
