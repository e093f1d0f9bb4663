#pragma once

#include "core/ci/stepmap.h"

#include <QAbstractTableModel>

namespace Ci {

// The steps of one attempt as Forgejo shows them: "Set up job", the task's steps, "Complete job".
class StepListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        StatusColumn,
        DurationColumn,
        LinesColumn,
        ColumnCount
    };
    enum Role
    {
        StatusRole = Qt::UserRole + 1,
    };

    explicit StepListModel(QObject* parent = nullptr);

    void setSteps(const QList<UiStep>& steps);
    const QList<UiStep>& steps() const { return m_steps; }
    // The first failed step (index into steps()), else -1.
    int firstFailedStep() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<UiStep> m_steps;
};

} // namespace Ci
