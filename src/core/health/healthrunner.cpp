#include "core/health/healthrunner.h"

#include "core/host/commandrunner.h"

HealthRunner::HealthRunner(CommandRunner* runner, QObject* parent)
    : QObject(parent)
    , m_runner(runner)
    , m_checks(Health::dailyChecks())
{
    rebuildQueries();
}

HealthRunner::~HealthRunner() = default;

void HealthRunner::setChecks(QList<Health::Check> checks)
{
    cancel();
    m_checks = std::move(checks);
    rebuildQueries();
}

void HealthRunner::rebuildQueries()
{
    m_queries.clear();
    for (qsizetype i = 0; i < m_checks.size(); ++i) {
        auto query = std::make_unique<LatestQuery<Health::Outcome>>(this, m_runner);
        // A failing command is evidence too (a stopped unit exits 3): the check judges it.
        query->setAcceptFailures(true);
        m_queries.push_back(std::move(query));
    }
}

void HealthRunner::cancel()
{
    for (const auto& query : m_queries)
        query->cancel();
    m_pending = 0;
}

void HealthRunner::runAll()
{
    cancel();
    m_results.clear();
    m_clock.start();
    for (const Health::Check& check : std::as_const(m_checks))
        m_results.append({ check.id, check.title, {}, {}, 0 });
    m_pending = int(m_checks.size());
    for (int i = 0; i < m_checks.size(); ++i) {
        const Health::Check& check = m_checks.at(i);
        RemoteCommand command = RemoteCommand::of(check.argv);
        command.sudo = check.sudo;
        command.timeoutMs = m_timeoutMs;
        command.description = check.title;
        m_queries[size_t(i)]->run(
            command,
            [evaluate = check.evaluate](const CommandResult& result) -> Result<Health::Outcome> {
                Health::CommandOutput output;
                if (result.status == CommandResult::Status::Exited)
                    output.exitCode = result.exitCode;
                else
                    output.transportError = describeFailure(result);
                output.out = result.stdoutData;
                output.err = result.stderrData;
                return evaluate(output);
            },
            [this, i](const Result<Health::Outcome>& outcome) { onEvaluated(i, *outcome); });
    }
}

void HealthRunner::onEvaluated(int index, const Health::Outcome& outcome)
{
    Health::Result& r = m_results[index];
    r.outcome = outcome;
    r.finishedAt = QDateTime::currentDateTime();
    r.elapsedMs = m_clock.elapsed();
    Q_EMIT checkFinished(r);
    if (--m_pending == 0)
        Q_EMIT allFinished(m_results);
}
