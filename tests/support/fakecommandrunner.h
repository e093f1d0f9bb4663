#pragma once

#include "core/host/commandrunner.h"

#include <QList>
#include <QPointer>
#include <QTimer>

#include <functional>

// A CommandRunner for pane tests: answers each command from a function of its argv after a short
// delay (so several commands are in flight at once), records what ran, and can stream output.
class FakeCommandJob : public CommandJob
{
public:
    FakeCommandJob(CommandResult result, int delayMs, QObject* parent)
        : CommandJob(parent)
    {
        if (delayMs >= 0)
            QTimer::singleShot(delayMs, this, [this, result] { finish(result); });
    }
    void cancel() override
    {
        CommandResult r;
        r.status = CommandResult::Status::Cancelled;
        r.error = QStringLiteral("Cancelled");
        cancelled = true;
        finish(r);
    }
    void emitOutput(const QByteArray& data, bool isStderr = false) { Q_EMIT outputReceived(data, isStderr); }
    void finish(const CommandResult& r)
    {
        if (done)
            return;
        done = true;
        Q_EMIT finished(r);
    }
    bool done = false;
    bool cancelled = false;
};

class FakeCommandRunner : public CommandRunner
{
public:
    // Returns the result for a command; delay < 0 keeps the job running (streams, follow).
    std::function<CommandResult(const RemoteCommand&)> answer = [](const RemoteCommand&) {
        CommandResult r;
        r.status = CommandResult::Status::Exited;
        r.exitCode = 0;
        return r;
    };
    std::function<int(const RemoteCommand&)> delayMs = [](const RemoteCommand&) { return 10; };
    QList<RemoteCommand> commands;
    QList<QPointer<FakeCommandJob>> jobs;

    CommandJob* run(const RemoteCommand& command, QObject* parent) override
    {
        commands.append(command);
        auto* job = new FakeCommandJob(answer(command), delayMs(command), parent);
        jobs.append(job);
        return job;
    }

    static CommandResult exited(int code, const QByteArray& out = {}, const QByteArray& err = {})
    {
        CommandResult r;
        r.status = CommandResult::Status::Exited;
        r.exitCode = code;
        r.stdoutData = out;
        r.stderrData = err;
        return r;
    }
    QStringList commandLines() const
    {
        QStringList out;
        for (const RemoteCommand& c : commands)
            out.append(c.argv.join(QLatin1Char(' ')));
        return out;
    }
};
