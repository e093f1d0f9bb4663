#pragma once

#include "core/common/result.h"
#include "core/host/hostprofile.h"
#include "core/ssh/sshsession.h"

#include <QObject>
#include <QPointer>

#include <memory>

class CommandRunner;
class Journal;
class OperationConfirmer;
class OperationRunner;
class Task;
class TaskListModel;
class QWidget;
struct Operation;

// Everything one window needs to work on one host: the profile, its SSH session, the task list
// and the operation runner. Panes receive this object and call perform() for every change.
class HostController : public QObject
{
    Q_OBJECT
public:
    HostController(Journal* journal, QWidget* window, QObject* parent = nullptr);
    ~HostController() override;

    // Opens a session to the profile (closing any previous one). Prompts use the window.
    void connectTo(const HostProfile& profile);
    void disconnectFromHost();
    // Sets the profile without connecting (tests; a window that shows a profile offline).
    void setProfile(const HostProfile& profile);

    const HostProfile& profile() const { return m_profile; }
    bool hasProfile() const { return !m_profile.name.isEmpty(); }
    // Where the session goes ("root@127.0.0.1:2222"), resolved through the ssh config when known.
    QString destination() const { return m_destination.isEmpty() ? m_profile.destination() : m_destination; }
    SshSession::State state() const;
    QString stateText() const;
    SshSession* session() const { return m_session; }
    CommandRunner* commandRunner() const;
    TaskListModel* tasks() const { return m_tasks; }

    // Test seams: answer the confirmation, and run commands without SSH.
    void setConfirmer(std::unique_ptr<OperationConfirmer> confirmer);
    void setCommandRunner(CommandRunner* runner);

    // Refuses on a read-only profile, else asks for confirmation and starts the operation.
    Result<Task*> perform(const Operation& operation);

Q_SIGNALS:
    void profileChanged(const HostProfile& profile);
    void stateChanged(SshSession::State state);
    void message(const QString& text, bool error);

private:
    void rebuildRunner();

    Journal* m_journal;
    QWidget* m_window;
    HostProfile m_profile;
    QString m_destination;
    QPointer<SshSession> m_session;
    std::unique_ptr<CommandRunner> m_sessionRunner;
    CommandRunner* m_overrideRunner = nullptr;
    std::unique_ptr<OperationConfirmer> m_confirmer;
    TaskListModel* m_tasks;
    std::unique_ptr<CommandRunner> m_forward;
    OperationRunner* m_operations = nullptr;
};

// "Connected", "Reconnecting…" … for the status bar.
QString connectionStateText(SshSession::State state);
