#include "core/host/latestquery.h"

#include <memory>

LatestQueryRun::LatestQueryRun(CommandRunner* runner)
    : m_runner(runner)
{ }

LatestQueryRun::~LatestQueryRun()
{
    cancel();
}

void LatestQueryRun::start(const QList<RemoteCommand>& commands, Done done)
{
    cancel();
    const quint64 generation = ++m_generation;
    setRunning(true);
    if (commands.isEmpty()) {
        done(generation, {});
        return;
    }
    struct Pending
    {
        QList<CommandResult> results;
        int left = 0;
    };
    auto pending = std::make_shared<Pending>();
    pending->results.resize(commands.size());
    pending->left = int(commands.size());
    for (int i = 0; i < commands.size(); ++i) {
        CommandJob* job = m_runner->run(commands.at(i), this);
        m_jobs.append(job);
        connect(job, &CommandJob::finished, this, [this, job, i, generation, pending, done](const CommandResult& r) {
            job->deleteLater();
            m_jobs.removeAll(job);
            if (generation != m_generation)
                return;
            pending->results[i] = r;
            if (--pending->left == 0)
                done(generation, pending->results);
        });
    }
}

void LatestQueryRun::cancel()
{
    ++m_generation; // whatever is in flight is stale from now on
    const auto jobs = std::exchange(m_jobs, {});
    for (const QPointer<CommandJob>& job : jobs) {
        if (!job)
            continue;
        job->disconnect(this);
        job->cancel(); // asks the host to stop; the job deletes itself with this object or later
        job->deleteLater();
    }
    setRunning(false);
}

void LatestQueryRun::finish(quint64 generation)
{
    if (generation == m_generation)
        setRunning(false);
}

void LatestQueryRun::setRunning(bool on)
{
    if (on == m_running)
        return;
    m_running = on;
    Q_EMIT runningChanged(on);
}
