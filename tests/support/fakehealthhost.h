#pragma once

#include "support/fakecommandrunner.h"

// Answers the Daily Health Check's commands like a General Bots host would; each fault is a switch.
struct FakeHealthHost
{
    bool vaultSealed = false;
    bool meetStopped = false;
    QByteArray errLog = "20260519153341.123 info types:fine\n";

    CommandResult answer(const RemoteCommand& command) const
    {
        const QString cmd = command.argv.join(QLatin1Char(' '));
        if (cmd.startsWith(QLatin1String("incus list")))
            return FakeJob::exited(0,
                meetStopped ? QByteArray(R"([{"name":"system","status":"Running","status_code":103},)"
                                         R"({"name":"meet","status":"Stopped","status_code":102}])")
                            : QByteArray(R"([{"name":"system","status":"Running","status_code":103}])"));
        if (cmd.contains(QLatin1String("is-active")))
            return FakeJob::exited(0, "active\n");
        if (cmd.contains(QLatin1String("8200")))
            return vaultSealed
                ? FakeJob::exited(22) // curl -f on Vault's 503
                : FakeJob::exited(0, R"({"initialized":true,"sealed":false,"standby":false,"version":"1.15.4"})");
        if (cmd.contains(QLatin1String("tail")))
            return FakeJob::exited(0, errLog);
        return FakeJob::exited(0, "ok\n");
    }

    // Wires the runner to this host; the host must outlive the runner's use.
    void attach(FakeCommandRunner& runner) const
    {
        runner.answer = [this](const RemoteCommand& c) { return answer(c); };
    }
};
