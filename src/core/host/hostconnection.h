#pragma once

#include "core/common/result.h"
#include "core/host/environment.h"
#include "core/host/hostprofile.h"
#include "core/host/journal.h"
#include "core/host/operation.h"
#include "core/ssh/sshsession.h"

#include <QObject>
#include <QPointer>

#include <memory>

class CommandRunner;
class CredentialStore;
class HostPrompts;
class OperationConfirmer;
class OperationRunner;
class Task;
class TaskListModel;

// Everything a connected window needs to work on one host, in one object: the profile, the SSH
// session, ONE command runner whose identity never changes (while disconnected its commands fail
// at once with "Not connected."; after a reconnect the same runner works again), the task list,
// the operation runner and the journal. Panes and dialogs hold this object (or its runner), never
// a session's own runner, so nothing dangles across disconnect and reconnect.
class HostConnection : public QObject
{
    Q_OBJECT
public:
    // `journal` may be null or closed: mutating operations are then refused. Not owned.
    explicit HostConnection(Journal* journal, QObject* parent = nullptr);
    ~HostConnection() override;

    void setPrompts(std::unique_ptr<HostPrompts> prompts);
    void setConfirmer(std::unique_ptr<OperationConfirmer> confirmer);
    // Secrets typed with "remember" are stored here and looked up before asking. Not owned.
    void setCredentialStore(CredentialStore* store);

    struct ConnectOptions
    {
        // Nobody is there to answer (cron): unknown host keys are refused, no automatic reconnect.
        bool unattended = false;
    };
    // Opens a session to the profile (closing any previous one).
    void connectTo(const HostProfile& profile, ConnectOptions options);
    void connectTo(const HostProfile& profile) { connectTo(profile, ConnectOptions {}); }
    void disconnectFromHost();
    // Matched against the addresses a connection reached: a host whose address is in a PROD subnet
    // is handled as PROD for that connection, whatever its name or profile says (fails closed).
    void setEnvironmentRules(const EnvironmentRules& rules) { m_rules = rules; }
    // Sets the profile without connecting (a window that shows a profile offline; tests).
    void setProfile(const HostProfile& profile);

    // Tests and the benchmark: commands go to `runner` instead of an SSH session, and the context
    // counts as connected (connected() is emitted). nullptr returns to the session (disconnected).
    void useRunner(CommandRunner* runner);

    const HostProfile& profile() const { return m_profile; }
    bool hasProfile() const { return !m_profile.name.isEmpty(); }
    // Where the session goes ("root@127.0.0.1:2222"), resolved through the ssh config when known.
    QString destination() const;
    SshSession::State state() const;
    bool isConnected() const { return state() == SshSession::State::Connected; }
    // "Connected", "Connection lost: …" for a status bar.
    QString stateText() const;
    QString lastError() const;
    SshSession* session() const { return m_session; }

    CommandRunner* runner() const;
    TaskListModel* tasks() const { return m_tasks; }
    Journal* journal() const { return m_journal; }

    // Refuses on a read-only profile, else asks for confirmation and starts the operation (backup,
    // commands, journal): confirm() then performWithConsent(). The error says why nothing ran; its
    // code is NotConfirmed when the user said no (nothing to report then).
    Result<Task*> perform(const Operation& operation);
    static constexpr int NotConfirmed = 1;
    // The one "confirm once, run later" mechanism, in two halves. confirm() asks the window's
    // confirmer what perform() asks and returns the consent: the operation's exact command lines and
    // the typed name. An answer that could not run (read-only, PROD name missing or wrong) is refused
    // here already, so an action that transfers data before its commands (a Drive upload) sends
    // nothing. A pane with its own confirmation dialog (the zone save) builds the consent there
    // (OperationConsentWidget) instead of calling confirm().
    Result<OperationConsent> confirm(const Operation& operation);
    // Runs without asking again, only if the operation's exact command lines are in the consent;
    // read-only and the PROD typed name are checked again by the OperationRunner. Refused
    // otherwise, with nothing run.
    Result<Task*> performWithConsent(const Operation& operation, const OperationConsent& consent);

Q_SIGNALS:
    // After every transition into Connected (also after an automatic reconnect): panes (re)subscribe.
    void connected();
    // When the connection stops being usable (dropped, lost, closed): panes stop follows and timers.
    void disconnected();
    void profileChanged(const HostProfile& profile);
    void stateChanged(SshSession::State state);
    // A sentence for the status bar (connection errors, refused operations).
    void message(const QString& text, bool error);
    void operationFinished(Task* task, const JournalEntry& entry);

private:
    class Runner;
    void onSessionState(SshSession::State state);
    void setEffectiveState(SshSession::State state);
    void failClosedOnAddress();

    QPointer<Journal> m_journal;
    HostProfile m_profile;
    EnvironmentRules m_rules;
    QString m_destination;
    QPointer<SshSession> m_session;
    QPointer<CredentialStore> m_credentials;
    std::unique_ptr<HostPrompts> m_prompts;
    std::unique_ptr<OperationConfirmer> m_confirmer;
    std::unique_ptr<Runner> m_runner;
    CommandRunner* m_testRunner = nullptr;
    TaskListModel* m_tasks;
    OperationRunner* m_operations;
    SshSession::State m_state = SshSession::State::Disconnected;
};

// "Connected", "Reconnecting…" … for the status bar.
QString connectionStateText(SshSession::State state);
