#include "core/health/healthrunner.h"

#include "core/host/commandrunner.h"

HealthRunner::HealthRunner(CommandRunner* runner, QObject* parent)
    : QObject(parent)
    , m_runner(runner)
    , m_checks(Health::dailyChecks())
{ }

HealthRunner::~HealthRunner()
{
    cancel();
}

void HealthRunner::setChecks(QList<Health::Check> checks)
{
    cancel();
    m_checks = std::move(checks);
}

void HealthRunner::cancel()
{
    ++m_generation;
    const auto jobs = m_jobs;
    m_jobs.clear();
    for (const QPointer<CommandJob>& job : jobs) {
        if (job) {
            job->disconnect(this);
            job->cancel();
            job->deleteLater();
        }
    }
}

void HealthRunner::runAll()
{
    cancel();
    const quint64 generation = m_generation;
    m_results.clear();
    m_clock.start();
    for (const Health::Check& check : std::as_const(m_checks))
        m_results.append({ check.id, check.title, {}, {}, 0 });
    for (int i = 0; i < m_checks.size(); ++i) {
        RemoteCommand command = RemoteCommand::of(m_checks[i].argv);
        command.sudo = m_checks[i].sudo;
        command.timeoutMs = m_timeoutMs;
        command.description = m_checks[i].title;
        CommandJob* job = m_runner->run(command, this);
        m_jobs.insert(i, job);
        connect(job, &CommandJob::finished, this,
            [this, i, generation](const CommandResult& result) { onJobFinished(i, generation, result); });
    }
}

void HealthRunner::onJobFinished(int index, quint64 generation, const CommandResult& result)
{
    if (generation != m_generation)
        return; // an answer of a cancelled round
    if (QPointer<CommandJob> job = m_jobs.take(index))
        job->deleteLater();

    Health::CommandOutput output;
    if (result.status == CommandResult::Status::Exited) {
        output.exitCode = result.exitCode;
    } else {
        output.transportError = result.error.isEmpty() ? tr("The command did not complete.") : result.error;
    }
    output.out = result.stdoutData;
    output.err = result.stderrData;

    Health::Result& r = m_results[index];
    r.outcome = m_checks[index].evaluate(output);
    r.finishedAt = QDateTime::currentDateTime();
    r.elapsedMs = m_clock.elapsed();
    Q_EMIT checkFinished(r);
    if (m_jobs.isEmpty())
        Q_EMIT allFinished(m_results);
}
