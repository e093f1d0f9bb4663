#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <memory>

class OutputSink;

// One command to run on the host. argv is quoted by ShellQuote::commandLine; never build shell text.
// argv[0] must be a program (not a shell builtin or function): the session starts every command as
// `printf '%s\n' "$$"; exec ARGV` so it knows the remote process group and can kill it on cancel or
// timeout (that first line is stripped; stdout stays byte-exact). For pipes or redirections run
// {"sh", "-c", script, "sh", args...} with the data in args, never in script.
struct RemoteCommand
{
    enum class Output
    {
        Collect, // CommandResult carries all stdout/stderr (also streamed through the signals)
        Stream, // only the signals carry output; CommandResult's stdout/stderr stay empty
    };
    QStringList argv;
    QByteArray stdinData; // written first; then stdin is closed unless keepStdinOpen
    bool keepStdinOpen = false; // caller streams more with CommandHandle::writeStdin()/closeStdin()
    // Run through `sudo -S` with a random prompt nonce: the password is asked (credentialNeeded) and
    // written only when sudo prints that prompt; stdin flows once the command itself runs (SudoGate).
    bool sudo = false;
    int timeoutMs = 0; // 0 = no timeout; on expiry the remote process is signalled and killed
    Output output = Output::Collect;
    // Collect mode: more stdout+stderr than this ends the command with a clear error instead of
    // filling memory (a runaway `cat`, a log much larger than expected). Streams are not bounded.
    qint64 maxCollectBytes = qint64(256) * 1024 * 1024;
    QString description; // for the task panel / journal ("List containers"); never secrets
    // Stream mode: stdout goes to this sink on the session thread instead of through the
    // CommandHandle's signals (bulk data that the GUI thread need not touch); see OutputSink.
    std::shared_ptr<OutputSink> stdoutSink;

    static RemoteCommand of(QStringList a)
    {
        RemoteCommand c;
        c.argv = std::move(a);
        return c;
    }
};

struct CommandResult
{
    enum class Status
    {
        Exited, // the command ran; see exitCode
        Signalled, // killed by a signal on the host (exitSignal)
        Cancelled, // CommandHandle::cancel()
        TimedOut, // RemoteCommand::timeoutMs expired
        Failed, // could not run or the connection was lost; see error
    };
    Status status = Status::Failed;
    int exitCode = -1;
    QString exitSignal; // "TERM", "KILL" ... for Signalled
    QByteArray stdoutData; // Collect mode only
    QByteArray stderrData; // Collect mode only
    QString error; // a sentence for a person when status is not Exited
    qint64 elapsedMs = 0;

    bool succeeded() const { return status == Status::Exited && exitCode == 0; }
};
Q_DECLARE_METATYPE(CommandResult)
