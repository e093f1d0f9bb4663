#pragma once

#include "core/ci/forgejo.h"

#include <QAbstractTableModel>

namespace Ci {

// One page of CI runs (Forgejo::RunPage) as a table. Colours are the view's business: StatusRole
// gives the status number, StatusDelegate-like painters map it (spec §2).
class RunListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        StatusColumn,
        RunColumn,
        RepositoryColumn,
        WorkflowColumn,
        BranchColumn,
        EventColumn,
        ActorColumn,
        StartedColumn,
        DurationColumn,
        ColumnCount
    };
    enum Role
    {
        StatusRole = Qt::UserRole + 1, // int 0–7
        RunIdRole, // qint64 action_run.id
    };

    explicit RunListModel(QObject* parent = nullptr);

    // Replaces the rows, keeping unchanged ones (a refresh does not reset the selection).
    void setPage(const Forgejo::RunPage& page);
    const QList<Forgejo::RunRow>& runs() const { return m_runs; }
    qint64 total() const { return m_total; }
    const Forgejo::RunRow* runAt(int row) const;
    int rowOfRun(qint64 runId) const;
    // Some run is not done (waiting, running, blocked): worth refreshing.
    bool hasActiveRuns() const;
    // "now" for running durations; tests pin it.
    void setNow(qint64 unixSeconds) { m_now = unixSeconds; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString formatDuration(qint64 seconds);

private:
    qint64 now() const;

    QList<Forgejo::RunRow> m_runs;
    qint64 m_total = 0;
    qint64 m_now = 0;
};

} // namespace Ci
