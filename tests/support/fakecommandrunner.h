#pragma once

#include "core/host/commandrunner.h"

#include <QList>
#include <QPointer>
#include <QTimer>

#include <algorithm>

#include <functional>

// A command as the tests see it: finishes when the test says so (succeed, fail, finish) or, when
// the runner has an `answer`, by itself after a short delay. It records cancel requests.
class FakeJob : public CommandJob
{
public:
    using CommandJob::CommandJob;
    RemoteCommand command;
    bool cancelCalled = false;
    bool ignoreCancel = false; // like a command that completed on the host before the cancel arrived
    bool done = false;
    QByteArray stdinReceived; // what writeStdin() got (streamed uploads)
    bool stdinClosed = false;
    qint64 maxStdinPending = 0; // the most stdin handed over but not yet reported as written

    // Like the SSH channel: the bytes count as written on the next event-loop turn.
    void writeStdin(const QByteArray& data) override
    {
        stdinReceived += data;
        m_pending += data.size();
        maxStdinPending = std::max(maxStdinPending, m_pending);
        QTimer::singleShot(0, this, [this, n = data.size()] {
            m_pending -= n;
            Q_EMIT stdinWritten(n);
        });
    }
    void closeStdin() override { stdinClosed = true; }

    void cancel() override
    {
        cancelCalled = true;
        if (ignoreCancel)
            return;
        CommandResult r;
        r.status = CommandResult::Status::Cancelled;
        r.error = QStringLiteral("Cancelled");
        finish(r);
    }
    void succeed(const QByteArray& out = {}) { finish(exited(0, out)); }
    void fail(int code, const QByteArray& err) { finish(exited(code, {}, err)); }
    void emitOutput(const QByteArray& data, bool isStderr = false) { Q_EMIT outputReceived(data, isStderr); }
    void finish(const CommandResult& r)
    {
        if (done)
            return;
        done = true;
        Q_EMIT finished(r);
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

private:
    qint64 m_pending = 0;
};

// A CommandRunner for tests: records every command. Without `answer` its jobs wait for the test;
// with it, each job finishes with answer(command) after delayMs(command) (negative: never, for
// streams such as tail -F), so several commands are in flight at once as over a real session.
class FakeCommandRunner : public CommandRunner
{
public:
    std::function<CommandResult(const RemoteCommand&)> answer;
    std::function<int(const RemoteCommand&)> delayMs = [](const RemoteCommand&) { return 10; };
    QList<RemoteCommand> commands;
    QList<QPointer<FakeJob>> jobs;

    CommandJob* run(const RemoteCommand& command, QObject* parent) override
    {
        auto* job = new FakeJob(parent);
        job->command = command;
        jobs.append(job);
        commands.append(command);
        if (answer) {
            const int delay = delayMs(command);
            if (delay >= 0)
                QTimer::singleShot(delay, job, [job, result = answer(command)] { job->finish(result); });
        }
        return job;
    }
    FakeJob* last() const { return jobs.isEmpty() ? nullptr : jobs.last().data(); }

    static CommandResult exited(int code, const QByteArray& out = {}, const QByteArray& err = {})
    {
        return FakeJob::exited(code, out, err);
    }
};
