#pragma once

#include "core/health/healthcheck.h"
#include "core/ssh/remotecommand.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>

class CommandJob;
class CommandRunner;

// Runs every health check at once over the one session and reports each as it lands. A new
// runAll() cancels the previous round; answers of an old round are dropped (generation id).
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
    bool isRunning() const { return !m_jobs.isEmpty(); }
    // Results of the last round in check order (Pending for those still running).
    const QList<Health::Result>& results() const { return m_results; }

Q_SIGNALS:
    void checkFinished(const Health::Result& result);
    void allFinished(const QList<Health::Result>& results);

private:
    void onJobFinished(int index, quint64 generation, const CommandResult& result);

    CommandRunner* m_runner;
    QList<Health::Check> m_checks;
    QList<Health::Result> m_results;
    QHash<int, QPointer<CommandJob>> m_jobs;
    QElapsedTimer m_clock;
    quint64 m_generation = 0;
    int m_timeoutMs = 20000;
};
