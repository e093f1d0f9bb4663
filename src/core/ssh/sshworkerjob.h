#pragma once

#include "core/ssh/outputsink.h"
#include "core/ssh/sshworker.h"
#include "core/ssh/sudogate.h"

#include <QByteArray>
#include <QElapsedTimer>

#include <memory>

// One command of the worker: its channel, the bytes in flight each way, how it ended.
struct SshWorker::Job
{
    Job() = default;
    Job(const Job&) = delete;
    Job& operator=(const Job&) = delete;
    // The sink may outlive the job: it must not wake a worker that has forgotten the command.
    ~Job()
    {
        if (cmd.stdoutSink)
            cmd.stdoutSink->setWaker({});
    }
    enum class State
    {
        Queued,
        Opening,
        Exec,
        Running
    };
    quint64 id = 0;
    RemoteCommand cmd;
    State state = State::Queued;
    // Set for sudo commands: stdin is held until the command runs, the password written only when
    // sudo prints this run's prompt.
    std::unique_ptr<SudoGate> sudo;
    SshHandles::Channel channel;
    ssh_channel_callbacks_struct callbacks {};
    QByteArray pendingStdin; // the caller's bytes (held while sudo has not started the command)
    QByteArray secretStdin; // the sudo password line, written when sudo asked; never reported
    int passwordsWritten = 0;
    quint64 answeredRequest = 0; // the credential request whose answer was written last
    bool sudoRefusedInput = false; // the sudo prompt was cancelled: stdin is closed, sudo gives up
    bool closeStdin = false;
    bool eofSent = false;
    qint64 unacked = 0;
    bool remoteEof = false;
    bool remoteClosed = false;
    bool openRequested = false; // the channel-open request went out
    bool haveExit = false;
    int exitStatus = -1;
    QString exitSignal;
    bool startedEmitted = false;
    QElapsedTimer clock;
    bool terminating = false;
    CommandResult::Status endStatus = CommandResult::Status::Cancelled;
    QElapsedTimer terminateClock;
    int escalation = 0;
    quint64 sudoRequest = 0;
    SshWorker* worker = nullptr;
    bool internal = false; // a helper command of ours (kill): nothing is reported
    QByteArray pid; // the remote process (group) id, printed first by the wrapper
    bool pidKnown = false;
    QByteArray pidBuffer;
};
