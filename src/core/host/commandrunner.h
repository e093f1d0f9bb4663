#pragma once

#include "core/ssh/remotecommand.h"

#include <QObject>

// One running command as the operation runner sees it. The real one wraps an SSH CommandHandle;
// tests use a fake that finishes when told to.
class CommandJob : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Ask the command to stop; finished() follows with CommandResult::Status::Cancelled.
    virtual void cancel() = 0;
    // Streams more stdin for a command started with RemoteCommand::keepStdinOpen; stdinWritten()
    // reports what went out, so a producer keeps only a bounded amount in flight. Jobs that cannot
    // stream ignore both.
    virtual void writeStdin(const QByteArray& data) { Q_UNUSED(data) }
    virtual void closeStdin() { }

Q_SIGNALS:
    void outputReceived(const QByteArray& data, bool isStderr);
    void stdinWritten(qint64 bytes); // sent to the host since the last signal
    void finished(const CommandResult& result);
};

// The small seam between operations and the SSH session: run one command, get a job back.
class CommandRunner
{
public:
    virtual ~CommandRunner() = default;
    // The job is parented to `parent` (or owned by the caller when null).
    virtual CommandJob* run(const RemoteCommand& command, QObject* parent) = 0;
};
