#pragma once

#include <QString>

#include <optional>

class SshSession;
struct HostProfile;
struct Operation;

// How a host context asks its user. The window implements these with dialogs; `gbadmin --health`
// with answers for nobody (reject unknown keys, no password prompts); tests with scripted answers.

// Answers a new session's host-key and credential questions (SshSession::hostKeyDecisionNeeded,
// credentialNeeded). Called for every session the context creates.
class HostPrompts
{
public:
    virtual ~HostPrompts() = default;
    virtual void attach(SshSession* session) = 0;
};

// The confirmation of a mutating operation. Returns what the user typed (the target's name on
// PROD, empty elsewhere) when confirmed, nullopt when not.
class OperationConfirmer
{
public:
    virtual ~OperationConfirmer() = default;
    virtual std::optional<QString> confirm(const Operation& operation, const HostProfile& profile) = 0;
};
