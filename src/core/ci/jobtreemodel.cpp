#include "core/ci/jobtreemodel.h"

#include "core/ci/runlistmodel.h"

namespace Ci {

JobTreeModel::JobTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
{ }

void JobTreeModel::setJobs(const QList<Forgejo::Job>& jobs)
{
    beginResetModel();
    m_jobs = jobs;
    endResetModel();
}

const Forgejo::Job* JobTreeModel::jobAt(const QModelIndex& index) const
{
    if (!index.isValid())
        return nullptr;
    const qsizetype row = index.internalId() == TopLevel ? index.row() : qsizetype(index.internalId()) - 1;
    return row >= 0 && row < m_jobs.size() ? &m_jobs[row] : nullptr;
}

const Forgejo::Attempt* JobTreeModel::attemptAt(const QModelIndex& index) const
{
    const Forgejo::Job* job = jobAt(index);
    if (!job)
        return nullptr;
    if (index.internalId() == TopLevel)
        return job->latestAttempt();
    return index.row() < job->attempts.size() ? &job->attempts[index.row()] : nullptr;
}

QModelIndex JobTreeModel::indexOfTask(qint64 taskId) const
{
    for (qsizetype j = 0; j < m_jobs.size(); ++j) {
        if (m_jobs[j].latestTaskId == taskId && taskId != 0)
            return index(int(j), 0);
        for (qsizetype a = 0; a < m_jobs[j].attempts.size(); ++a)
            if (m_jobs[j].attempts[a].taskId == taskId)
                return index(int(a), 0, index(int(j), 0));
    }
    return {};
}

QModelIndex JobTreeModel::firstFailedJob() const
{
    for (qsizetype j = 0; j < m_jobs.size(); ++j)
        if (m_jobs[j].status == Status::Failure)
            return index(int(j), 0);
    return m_jobs.isEmpty() ? QModelIndex() : index(0, 0);
}

QModelIndex JobTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_jobs.size() ? createIndex(row, column, TopLevel) : QModelIndex();
    if (parent.internalId() != TopLevel || parent.row() >= m_jobs.size())
        return {};
    const Forgejo::Job& job = m_jobs[parent.row()];
    return row < job.attempts.size() ? createIndex(row, column, quintptr(parent.row()) + 1) : QModelIndex();
}

QModelIndex JobTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == TopLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, TopLevel);
}

int JobTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_jobs.size());
    if (parent.column() != 0 || parent.internalId() != TopLevel || parent.row() >= m_jobs.size())
        return 0;
    // Attempts are listed only when there is more than one (a single one is the job itself).
    const auto n = m_jobs[parent.row()].attempts.size();
    return n > 1 ? int(n) : 0;
}

int JobTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant JobTreeModel::data(const QModelIndex& index, int role) const
{
    const Forgejo::Job* job = jobAt(index);
    if (!job)
        return {};
    const bool top = index.internalId() == TopLevel;
    const Forgejo::Attempt* attempt = attemptAt(index);
    const Status status = top ? job->status : attempt->status;
    if (role == StatusRole)
        return int(status);
    if (role == TaskIdRole)
        return attempt ? attempt->taskId : qint64(0);
    if (role == Qt::ToolTipRole && attempt && !attempt->runner.isEmpty())
        return tr("Task %1 on runner %2").arg(attempt->taskId).arg(attempt->runner);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case NameColumn:
        if (top)
            return job->attempts.size() > 1 ? tr("%1 (attempt %2)").arg(job->name).arg(job->attempts.size())
                                            : job->name;
        return tr("Attempt %1").arg(attempt->attempt);
    case StatusColumn:
        return statusLabel(status);
    case DurationColumn: {
        const qint64 a = top ? job->started : attempt->started;
        const qint64 b = top ? job->stopped : attempt->stopped;
        return a > 0 && b >= a ? RunListModel::formatDuration(b - a) : QString();
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant JobTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case NameColumn:
        return tr("Job");
    case StatusColumn:
        return tr("Status");
    case DurationColumn:
        return tr("Duration");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Ci
