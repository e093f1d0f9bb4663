#pragma once

#include "core/bots/botqueries.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>

class CommandJob;
class CommandRunner;
class QTimer;

// After config.csv was saved: polls bot_configuration (and DriveMonitor's drive_files row of the
// file) until every expected key holds its expected value, DriveMonitor gives up on the file
// (fail_count ≥ 5), or the time is up. Each poll hands the applied rows on, so the drift marks
// clear by themselves as soon as the database shows the change.
// SaveWatch (core/drive) follows a file to "indexed" in drive_files; this goes one step further,
// to the values in bot_configuration, which is what clears the Bots pane's drift marks.
class ConfigApplyFollower : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Idle,
        Waiting,
        Confirmed, // bot_configuration shows every expected value
        Skipped, // DriveMonitor skips the file (failed 5 times)
        TimedOut,
        Failed, // the queries failed
    };
    Q_ENUM(State)

    ConfigApplyFollower(CommandRunner* runner, QObject* parent = nullptr);
    ~ConfigApplyFollower() override;

    void setRunner(CommandRunner* runner) { m_runner = runner; }
    // `expected`: key → value as the current parser reads the saved file.
    void start(
        const QString& botId, const QHash<QString, QString>& expected, int timeoutMs = 90000, int intervalMs = 2000);
    void stop();
    State state() const { return m_state; }
    bool isRunning() const { return m_state == State::Waiting; }
    QStringList pendingKeys() const { return m_pending; }

Q_SIGNALS:
    void appliedChanged(const AppliedConfig& applied);
    void botChanged(const BotSummary& bot);
    void finished(ConfigApplyFollower::State state, const QString& message);

private:
    void poll();
    void evaluate();
    void finish(State state, const QString& message);

    CommandRunner* m_runner;
    QTimer* m_timer;
    QElapsedTimer m_elapsed;
    int m_timeoutMs = 0;
    QString m_botId;
    QHash<QString, QString> m_expected;
    QStringList m_pending;
    State m_state = State::Idle;
    quint64 m_generation = 0;
    QPointer<CommandJob> m_configJob;
    QPointer<CommandJob> m_botsJob;
    std::optional<CommandResult> m_configResult;
    std::optional<CommandResult> m_botsResult;
};
