#pragma once

#include "core/host/profiletarget.h"
#include "core/ssh/sshsession.h"

#include <memory>

// One SshSession to the simulated host, connected the way the app connects for `profile`
// (HostProfile → SshTarget). Null, with the reason in *why, when that fails within 30 s.
// Header-only: the test support library does not link the core.
inline std::unique_ptr<SshSession> connectToSimHost(const HostProfile& profile, QString* why)
{
    const Result<SshTarget> target = sshTargetFor(profile);
    if (!target) {
        *why = target.errorMessage();
        return nullptr;
    }
    auto session = std::make_unique<SshSession>();
    session->connectToHost(*target);
    if (!session->waitForConnected(30000)) {
        *why = session->lastError();
        return nullptr;
    }
    return session;
}
