#pragma once

#include "core/bots/botqueries.h"
#include "core/bots/configapplyfollower.h"
#include "core/host/journal.h"
#include "core/host/operation.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

class BotListModel;
class CommandJob;
class CommandRunner;
class ConfigDriftModel;
class QAction;
class QSortFilterProxyModel;

namespace Ui {
class BotsPane;
}

// The Bots tab: the bots of the botserver database, and one bot's configuration as written in
// config.csv beside what bot_configuration holds, with drift marks, grouped known keys, masked
// secrets and an editor over config.csv that keeps untouched bytes. Mutating actions are
// Operations handed to the shell (operationRequested) for confirmation, PROD guard and journal.
// (Built before the pane contract reached main: the same entry points as Pane — title(),
// paneActions(), connected/disconnected through setCommandRunner().)
class BotsPane : public QWidget
{
    Q_OBJECT
public:
    enum class Level
    {
        Information,
        Warning,
        Error,
    };

    explicit BotsPane(QWidget* parent = nullptr);
    ~BotsPane() override;

    QString title() const { return tr("Bots"); }
    QList<QAction*> paneActions() const;

    // nullptr while disconnected (keeps what is shown). Not owned.
    void setCommandRunner(CommandRunner* runner);

    BotListModel* botsModel() const { return m_bots; }
    ConfigDriftModel* configModel() const { return m_config; }
    std::optional<BotSummary> currentBot() const;
    bool selectBot(const QString& name);
    bool hasUnsavedChanges() const;
    QString bannerText() const;
    Level bannerLevel() const { return m_bannerLevel; }
    QStringList diagnosticTexts() const;
    QString followStatus() const;
    ConfigApplyFollower* follower() const { return m_follower; }

    // Interval of the bot_configuration poll after a save (tests shorten it).
    void setFollowInterval(int ms) { m_followIntervalMs = ms; }

    QAction* saveAction() const { return m_save; }
    QAction* revertAction() const { return m_revert; }
    QAction* revealAction() const { return m_reveal; }
    QAction* resyncAction() const { return m_resync; }
    QAction* toggleActiveAction() const { return m_toggleActive; }
    QAction* openBucketAction() const { return m_openBucket; }

public Q_SLOTS:
    void refresh();
    void reloadBot();
    void save();
    // The shell tells every pane when an operation ended; this pane reacts to its own.
    void operationFinished(const JournalEntry& entry);

Q_SIGNALS:
    void operationRequested(const Operation& operation);
    // "Open the bucket in the Drive pane": the shell routes it.
    void openBucketRequested(const QString& bucket);
    void botsLoaded(int count);
    void botLoaded(const QString& name);

private:
    struct Pending
    {
        QString action;
        QString botId;
        QString botName;
        QHash<QString, QString> expected; // empty: nothing to follow (activate/deactivate)
        bool save = false;
    };
    void createActions();
    void updateActions();
    void showBanner(Level level, const QString& text, QAction* action = nullptr);
    void clearBanner();
    void run(const RemoteCommand& command, std::function<void(const CommandResult&)> done);
    void onBotsListed();
    void onBotSelected();
    void onBotLoaded();
    void explainBot();
    void showDiagnostics();
    void addKey();
    void removeKey();
    void request(const Operation& op, Pending pending);
    void startFollowing(const Pending& pending);
    void onFollowFinished(ConfigApplyFollower::State state, const QString& message);

    std::unique_ptr<Ui::BotsPane> m_ui;
    BotListModel* m_bots;
    QSortFilterProxyModel* m_botsProxy;
    ConfigDriftModel* m_config;
    ConfigApplyFollower* m_follower;
    CommandRunner* m_runner = nullptr;
    quint64 m_generation = 0; // bumped per refresh
    quint64 m_botGeneration = 0; // bumped per bot load
    QList<QPointer<CommandJob>> m_jobs;

    // The refresh in flight.
    std::optional<CommandResult> m_botsResult;
    std::optional<CommandResult> m_bucketsResult;
    // The bot shown.
    QString m_botId;
    std::optional<CommandResult> m_configResult;
    std::optional<CommandResult> m_fileResult;
    ConfigFile m_file; // as read (ETag = version token of the save)
    QString m_loadError;
    std::optional<Pending> m_pending;
    int m_followIntervalMs = 2000;
    Level m_bannerLevel = Level::Information;

    QAction* m_refresh = nullptr;
    QAction* m_save = nullptr;
    QAction* m_revert = nullptr;
    QAction* m_addKey = nullptr;
    QAction* m_removeKey = nullptr;
    QAction* m_reveal = nullptr;
    QAction* m_resync = nullptr;
    QAction* m_toggleActive = nullptr;
    QAction* m_openBucket = nullptr;
    QAction* m_reloadBanner = nullptr;
};
