#pragma once

#include "core/host/commandrunner.h"

#include <QPointer>

class SshSession;

// CommandRunner over a live SshSession: each job wraps one CommandHandle.
class SessionCommandRunner : public CommandRunner
{
public:
    explicit SessionCommandRunner(SshSession* session);
    CommandJob* run(const RemoteCommand& command, QObject* parent) override;

private:
    QPointer<SshSession> m_session;
};
