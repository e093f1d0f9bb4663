#pragma once

#include <QAbstractListModel>
#include <QObject>
#include <QPointer>

// One long-running thing the user may watch and cancel (an operation, a download ...).
class Task : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Running,
        Succeeded,
        Failed,
        Cancelled,
    };
    Q_ENUM(State)

    Task(const QString& title, const QString& profile, QObject* parent = nullptr);

    QString title() const { return m_title; }
    QString profile() const { return m_profile; }
    State state() const { return m_state; }
    bool isRunning() const { return m_state == State::Running; }
    bool isCancelable() const { return m_cancelable && isRunning() && !m_cancelRequested; }
    int progress() const { return m_progress; }
    int maximum() const { return m_maximum; } // 0: unknown amount of work (busy indicator)
    QString message() const { return m_message; }

    void setCancelable(bool on);
    void setProgress(int value, int maximum);
    void setMessage(const QString& message);
    void finish(State state, const QString& message);

public Q_SLOTS:
    // Asks the owner to stop (cancelRequested); the task ends when the work really stopped.
    void cancel();

Q_SIGNALS:
    void changed();
    void cancelRequested();
    void finished(Task::State state);

private:
    QString m_title;
    QString m_profile;
    State m_state = State::Running;
    bool m_cancelable = true;
    bool m_cancelRequested = false;
    int m_progress = 0;
    int m_maximum = 0;
    QString m_message;
};

// The task panel's list: running tasks first come first, finished ones stay until cleared.
class TaskListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        TitleRole = Qt::UserRole + 1,
        ProfileRole,
        StateRole,
        ProgressRole,
        MaximumRole,
        MessageRole,
        CancelableRole,
    };

    explicit TaskListModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Takes ownership.
    void addTask(Task* task);
    Task* task(int row) const;
    void cancel(int row);
    void clearFinished();
    // Drops one finished task (housekeeping that found nothing to report); a running one stays.
    void removeFinished(Task* task);
    int runningCount() const;

Q_SIGNALS:
    void runningCountChanged(int running);

private:
    void taskChanged(Task* task);

    QList<Task*> m_tasks;
};
