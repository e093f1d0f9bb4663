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

Q_SIGNALS:
    void outputReceived(const QByteArray& data, bool isStderr);
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
