#pragma once

#include "core/health/healthcheck.h"
#include "core/host/latestquery.h"

#include <QElapsedTimer>
#include <QObject>

#include <memory>
#include <vector>

class CommandRunner;

// Runs every health check at once over the one session and reports each as it lands. Each check is
// a latest-only query: a new runAll() supersedes the previous round, whose answers are dropped.
class HealthRunner : public QObject
{
    Q_OBJECT
public:
    explicit HealthRunner(CommandRunner* runner, QObject* parent = nullptr);
    ~HealthRunner() override;

    void setChecks(QList<Health::Check> checks);
    const QList<Health::Check>& checks() const { return m_checks; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    void runAll();
    void cancel();
    bool isRunning() const { return m_pending > 0; }
    // Results of the last round in check order (Pending for those still running).
    const QList<Health::Result>& results() const { return m_results; }

Q_SIGNALS:
    void checkFinished(const Health::Result& result);
    void allFinished(const QList<Health::Result>& results);

private:
    void rebuildQueries();
    void onEvaluated(int index, const Health::Outcome& outcome);

    CommandRunner* m_runner;
    QList<Health::Check> m_checks;
    QList<Health::Result> m_results;
    std::vector<std::unique_ptr<LatestQuery<Health::Outcome>>> m_queries;
    QElapsedTimer m_clock;
    int m_pending = 0;
    int m_timeoutMs = 20000;
};
