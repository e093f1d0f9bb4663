#pragma once

#include "core/host/commandrunner.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QTimer;

// A long-lived `sudo incus exec CONTAINER -- sh` that runs a fixed set of short scripts on
// request. Each one-shot command pays for sudo, incus exec and a shell (about 0.1 s on the
// simulated host, more on a busy one) before its first byte; through this shell a request costs
// one round trip and the script's own processes. Meant for small bounded reads a pane makes often
// (a CI log's seek table and frames); anything long-running or writing stays a one-shot command.
//
// The scripts are given once, at construction, and travel as arguments of the shell command; a
// request names one by index and passes its arguments one per line. Data never becomes shell text.
// Every request's job finishes exactly as the one-shot command's would (exit code, stdout, stderr):
// when the shell cannot carry it (an argument holding a newline, the shell ended or misbehaved),
// the request runs as that one-shot command instead, so callers need no second path.
class ContainerShell : public QObject
{
    Q_OBJECT
public:
    struct Script
    {
        QString name;
        QString text; // sh code using $1..$N; `exit` ends only this request
    };

    ContainerShell(
        CommandRunner* runner, const QString& container, const QList<Script>& scripts, QObject* parent = nullptr);
    ~ContainerShell() override;

    QString container() const { return m_container; }
    // Starts the shell now (otherwise the first request does), so that request finds it ready.
    void start();
    bool isReady() const { return m_state == State::Ready; }
    // The shell misbehaved (output it cannot frame): requests go as one-shot commands from now on.
    bool isBroken() const { return m_broken; }
    // Closes an idle shell after this long without requests (default 5 minutes; 0 = never).
    void setIdleTimeout(int ms);

    // Runs the named script with `args` as $1... The job is parented to `parent`.
    CommandJob* run(const QString& script, const QStringList& args, const QString& description, QObject* parent);
    // The one-shot command a request stands for: {incus exec C -- sh -c TEXT sh ARGS} under sudo.
    static RemoteCommand oneShot(
        const QString& container, const QString& text, const QStringList& args, const QString& description);

    // Requests answered by the shell, and those that ran as one-shot commands (benches, tests).
    int answeredByShell() const { return m_viaShell; }
    int answeredByOneShot() const { return m_viaOneShot; }

Q_SIGNALS:
    void readyChanged(bool ready);

private:
    class Job;
    friend class Job;
    enum class State
    {
        Stopped,
        Starting,
        Ready,
    };
    struct Pending
    {
        QPointer<Job> job;
        int script = -1;
        QStringList args;
        QString description;
    };

    void onOutput(const QByteArray& data, bool isStderr);
    void onShellFinished(const CommandResult& result);
    void runOneShot(Job* job, int script, const QStringList& args, const QString& description);
    void broke();
    void stop();
    int indexOf(const QString& script) const;

    CommandRunner* m_runner;
    QString m_container;
    QList<Script> m_scripts;
    QPointer<CommandJob> m_shell;
    State m_state = State::Stopped;
    bool m_broken = false;
    QByteArray m_buffer; // the shell's stdout not yet framed
    QList<Pending> m_pending; // requests written to the shell, in order
    QTimer* m_idle;
    QTimer* m_stall; // runs while a request waits for its answer
    int m_viaShell = 0;
    int m_viaOneShot = 0;
};
