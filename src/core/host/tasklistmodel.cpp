#include "core/host/tasklistmodel.h"

Task::Task(const QString& title, const QString& profile, QObject* parent)
    : QObject(parent)
    , m_title(title)
    , m_profile(profile)
{ }

void Task::setCancelable(bool on)
{
    if (m_cancelable == on)
        return;
    m_cancelable = on;
    Q_EMIT changed();
}

void Task::setProgress(int value, int maximum)
{
    if (m_progress == value && m_maximum == maximum)
        return;
    m_progress = value;
    m_maximum = maximum;
    Q_EMIT changed();
}

void Task::setMessage(const QString& message)
{
    if (m_message == message)
        return;
    m_message = message;
    Q_EMIT changed();
}

void Task::finish(State state, const QString& message)
{
    if (!isRunning() || state == State::Running)
        return;
    m_state = state;
    m_message = message;
    if (state == State::Succeeded && m_maximum > 0)
        m_progress = m_maximum;
    Q_EMIT changed();
    Q_EMIT finished(state);
}

void Task::cancel()
{
    if (!isCancelable())
        return;
    m_cancelRequested = true;
    m_message = tr("Cancelling…");
    Q_EMIT changed();
    Q_EMIT cancelRequested();
}

TaskListModel::TaskListModel(QObject* parent)
    : QAbstractListModel(parent)
{ }

int TaskListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_tasks.size());
}

QVariant TaskListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Task* t = m_tasks.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return t->title();
    case Qt::ToolTipRole:
        return t->message().isEmpty() ? t->title() : t->title() + u'\n' + t->message();
    case ProfileRole:
        return t->profile();
    case StateRole:
        return int(t->state());
    case ProgressRole:
        return t->progress();
    case MaximumRole:
        return t->maximum();
    case MessageRole:
        return t->message();
    case CancelableRole:
        return t->isCancelable();
    default:
        return {};
    }
}

QHash<int, QByteArray> TaskListModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(TitleRole, "title");
    names.insert(ProfileRole, "profile");
    names.insert(StateRole, "state");
    names.insert(ProgressRole, "progress");
    names.insert(MaximumRole, "maximum");
    names.insert(MessageRole, "message");
    names.insert(CancelableRole, "cancelable");
    return names;
}

void TaskListModel::addTask(Task* task)
{
    const int row = int(m_tasks.size());
    beginInsertRows({}, row, row);
    task->setParent(this);
    m_tasks.append(task);
    endInsertRows();
    connect(task, &Task::changed, this, [this, task] { taskChanged(task); });
    connect(task, &Task::finished, this, [this] { Q_EMIT runningCountChanged(runningCount()); });
    Q_EMIT runningCountChanged(runningCount());
}

Task* TaskListModel::task(int row) const
{
    return row >= 0 && row < m_tasks.size() ? m_tasks.at(row) : nullptr;
}

void TaskListModel::cancel(int row)
{
    if (Task* t = task(row))
        t->cancel();
}

void TaskListModel::clearFinished()
{
    for (int row = int(m_tasks.size()) - 1; row >= 0; --row)
        removeFinished(m_tasks[row]);
}

void TaskListModel::removeFinished(Task* task)
{
    const int row = int(m_tasks.indexOf(task));
    if (row < 0 || task->isRunning())
        return;
    beginRemoveRows({}, row, row);
    m_tasks.removeAt(row);
    endRemoveRows();
    task->deleteLater();
}

int TaskListModel::runningCount() const
{
    return int(std::count_if(m_tasks.cbegin(), m_tasks.cend(), [](const Task* t) { return t->isRunning(); }));
}

void TaskListModel::taskChanged(Task* task)
{
    const int row = int(m_tasks.indexOf(task));
    if (row < 0)
        return;
    const QModelIndex i = index(row);
    Q_EMIT dataChanged(i, i);
}
