#include "core/ci/steplistmodel.h"

#include "core/ci/runlistmodel.h"

namespace Ci {

StepListModel::StepListModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void StepListModel::setSteps(const QList<UiStep>& steps)
{
    beginResetModel();
    m_steps = steps;
    endResetModel();
}

int StepListModel::firstFailedStep() const
{
    for (qsizetype i = 0; i < m_steps.size(); ++i)
        if (m_steps[i].status == Status::Failure)
            return int(i);
    return -1;
}

int StepListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_steps.size());
}

int StepListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StepListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_steps.size())
        return {};
    const UiStep& s = m_steps[index.row()];
    if (role == StatusRole)
        return int(s.status);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case NameColumn:
        return s.name;
    case StatusColumn:
        return statusLabel(s.status);
    case DurationColumn:
        return s.started > 0 && s.stopped >= s.started ? RunListModel::formatDuration(s.stopped - s.started)
                                                       : QString();
    case LinesColumn:
        return s.lineCount > 0 ? QString::number(s.lineCount) : QString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant StepListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case NameColumn:
        return tr("Step");
    case StatusColumn:
        return tr("Status");
    case DurationColumn:
        return tr("Duration");
    case LinesColumn:
        return tr("Lines");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Ci
