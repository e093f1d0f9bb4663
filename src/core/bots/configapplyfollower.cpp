#include "core/bots/configapplyfollower.h"

#include "core/host/commandrunner.h"

#include <QTimer>

ConfigApplyFollower::ConfigApplyFollower(CommandRunner* runner, QObject* parent)
    : QObject(parent)
    , m_runner(runner)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &ConfigApplyFollower::poll);
}

ConfigApplyFollower::~ConfigApplyFollower()
{
    stop();
}

void ConfigApplyFollower::start(
    const QString& botId, const QHash<QString, QString>& expected, int timeoutMs, int intervalMs)
{
    stop();
    m_botId = botId;
    m_expected = expected;
    m_pending = expected.keys();
    m_pending.sort();
    m_timeoutMs = timeoutMs;
    m_timer->setInterval(intervalMs);
    m_state = State::Waiting;
    m_elapsed.start();
    poll();
}

void ConfigApplyFollower::stop()
{
    ++m_generation;
    m_timer->stop();
    for (CommandJob* job : { m_configJob.data(), m_botsJob.data() }) {
        if (job) {
            job->disconnect(this);
            job->cancel();
        }
    }
    m_configJob.clear();
    m_botsJob.clear();
    if (m_state == State::Waiting)
        m_state = State::Idle;
}

void ConfigApplyFollower::poll()
{
    if (m_state != State::Waiting)
        return;
    if (!m_runner) {
        finish(State::Failed, tr("Not connected."));
        return;
    }
    const Result<RemoteCommand> config = BotQueries::configuration(m_botId);
    const Result<RemoteCommand> bots = BotQueries::listBots();
    if (!config || !bots) {
        finish(State::Failed, config ? bots.errorMessage() : config.errorMessage());
        return;
    }
    m_configResult.reset();
    m_botsResult.reset();
    const quint64 generation = ++m_generation;
    m_configJob = m_runner->run(*config, this);
    connect(m_configJob, &CommandJob::finished, this, [this, generation](const CommandResult& r) {
        if (generation != m_generation)
            return;
        m_configResult = r;
        evaluate();
    });
    m_botsJob = m_runner->run(*bots, this);
    connect(m_botsJob, &CommandJob::finished, this, [this, generation](const CommandResult& r) {
        if (generation != m_generation)
            return;
        m_botsResult = r;
        evaluate();
    });
}

void ConfigApplyFollower::evaluate()
{
    if (!m_configResult || !m_botsResult || m_state != State::Waiting)
        return;
    const Result<AppliedConfig> applied = BotQueries::parseConfiguration(*m_configResult);
    const Result<QList<BotSummary>> bots = BotQueries::parseBots(*m_botsResult);
    if (!applied || !bots) {
        finish(State::Failed, applied ? bots.errorMessage() : applied.errorMessage());
        return;
    }
    Q_EMIT appliedChanged(*applied);
    std::optional<BotSummary> bot;
    for (const BotSummary& b : *bots) {
        if (b.id == m_botId)
            bot = b;
    }
    if (bot)
        Q_EMIT botChanged(*bot);
    QHash<QString, QString> have;
    for (const ConfigRow& r : applied->bot)
        have.insert(r.key, r.value);
    m_pending.clear();
    for (auto it = m_expected.cbegin(); it != m_expected.cend(); ++it) {
        const auto h = have.constFind(it.key());
        if (h == have.cend() || *h != it.value())
            m_pending << it.key();
    }
    m_pending.sort();
    if (m_pending.isEmpty()) {
        finish(State::Confirmed, tr("bot_configuration shows the saved config.csv."));
        return;
    }
    if (bot && bot->configSkipped()) {
        finish(State::Skipped,
            tr("DriveMonitor skips %1: it failed %2 times. Remove it from Drive or fix the file, then upload it "
               "again.")
                .arg(bot->configPath.isEmpty() ? QStringLiteral("config.csv") : bot->configPath)
                .arg(bot->configFailCount));
        return;
    }
    if (bot && !bot->active) {
        finish(State::Skipped, tr("The bot is inactive: DriveMonitor does not sync its files."));
        return;
    }
    if (m_elapsed.elapsed() >= m_timeoutMs) {
        finish(State::TimedOut,
            tr("bot_configuration still does not show %n key(s) after %1 s: %2. Is botserver running?", nullptr,
                int(m_pending.size()))
                .arg(m_timeoutMs / 1000)
                .arg(m_pending.mid(0, 5).join(QLatin1String(", "))));
        return;
    }
    m_timer->start();
}

void ConfigApplyFollower::finish(State state, const QString& message)
{
    m_timer->stop();
    ++m_generation;
    m_state = state;
    Q_EMIT finished(state, message);
}
