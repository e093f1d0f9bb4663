#pragma once

#include "core/bots/botqueries.h"
#include "core/bots/configapplyfollower.h"
#include "core/host/journal.h"
#include "core/host/latestquery.h"
#include "core/host/operation.h"
#include "widgets/common/messagebanner.h"
#include "widgets/common/pane.h"

#include <QPointer>

#include <memory>

class BotListModel;
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
class BotsPane : public Pane
{
    Q_OBJECT
public:
    using Level = MessageBanner::Level;

    explicit BotsPane(QWidget* parent = nullptr);
    ~BotsPane() override;

    QString title() const override { return tr("Bots"); }
    QList<QAction*> paneActions() const override;

    BotListModel* botsModel() const { return m_bots; }
    ConfigDriftModel* configModel() const { return m_config; }
    std::optional<BotSummary> currentBot() const;
    bool selectBot(const QString& name);
    bool hasUnsavedChanges() const;
    QString bannerText() const;
    Level bannerLevel() const;
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
    // "Open the bucket in the Drive pane": the shell routes it.
    void openBucketRequested(const QString& bucket);
    void botsLoaded(int count);
    void botLoaded(const QString& name);

protected:
    void onAttached() override;
    void onConnected() override;
    void onDisconnected() override;

private:
    struct Listing
    {
        QList<BotSummary> bots;
        std::optional<QSet<QString>> buckets;
        QString bucketsError;
    };
    struct Loaded
    {
        std::optional<AppliedConfig> applied;
        std::optional<ConfigFile> file;
        QString error;
    };
    CommandRunner* runner() const;
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
    void onBotsListed(const Result<Listing>& listing);
    void onContents(const Result<QList<BotSummary>>& bots);
    void onBotSelected();
    void onBotLoaded(const Result<Loaded>& loaded);
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
    std::unique_ptr<LatestQuery<Listing>> m_listQuery;
    std::unique_ptr<LatestQuery<QList<BotSummary>>> m_contentsQuery;
    std::unique_ptr<LatestQuery<Loaded>> m_botQuery;

    // The bot shown.
    QString m_botId;
    ConfigFile m_file; // as read (ETag = version token of the save)
    QString m_loadError;
    std::optional<Pending> m_pending;
    int m_followIntervalMs = 2000;

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
