#pragma once

#include "core/ci/forgejo.h"

#include <QAbstractItemModel>

namespace Ci {

// A run's jobs (matrix expansions by their own names), each with its attempts as children so
// older attempts stay reachable. A job row stands for its latest attempt.
class JobTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        StatusColumn,
        DurationColumn,
        ColumnCount
    };
    enum Role
    {
        StatusRole = Qt::UserRole + 1,
        TaskIdRole, // the attempt's task (a job row: its latest), 0 when it never ran
    };

    explicit JobTreeModel(QObject* parent = nullptr);

    void setJobs(const QList<Forgejo::Job>& jobs);
    const QList<Forgejo::Job>& jobs() const { return m_jobs; }
    const Forgejo::Job* jobAt(const QModelIndex& index) const;
    // The attempt an index stands for (a job row: its latest attempt); null when none ran.
    const Forgejo::Attempt* attemptAt(const QModelIndex& index) const;
    QModelIndex indexOfTask(qint64 taskId) const;
    // The first failed job (Forgejo order), else the first job; invalid when there are none.
    QModelIndex firstFailedJob() const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static constexpr quintptr TopLevel = 0; // internalId of job rows; attempts carry job row + 1

    QList<Forgejo::Job> m_jobs;
};

} // namespace Ci
