#pragma once

#include "core/bots/botqueries.h"
#include "core/bots/configapplyfollower.h"
#include "core/host/autosavestore.h"
#include "core/host/journal.h"
#include "core/host/latestquery.h"
#include "core/host/operation.h"
#include "core/host/remotefile.h"
#include "widgets/common/messagebanner.h"
#include "widgets/common/pane.h"

#include <QPointer>

#include <memory>

class Autosaver;
class AutosaveRecoveryWidget;
class BotListModel;
class CommandRunner;
class ConfigDriftModel;
class ConfigGroupModel;
class QAction;
class QSortFilterProxyModel;
class SaveConflictActions;

namespace Ui {
class BotsPane;
}

// The Bots tab: the bots of the botserver database, and one bot's configuration as written in
// config.csv beside what bot_configuration holds, with drift marks, known keys grouped in a tree,
// masked secrets and an editor over config.csv that keeps untouched bytes. config.csv is read and
// saved through the shared remote file edit (RemoteFile: ETag conflict stop with compare / reload /
// overwrite, backup in the drive container's /tmp, verify, journal); unsaved table edits are kept
// locally (Autosaver) and offered back when the bot is opened again. After a save the pane follows
// bot_configuration until it shows the change. Activate/deactivate and re-sync are Operations
// through the host context (confirmation, PROD guard, journal).
class BotsPane : public Pane
{
    Q_OBJECT
public:
    using Level = MessageBanner::Level;

    explicit BotsPane(QWidget* parent = nullptr);
    ~BotsPane() override;

    static QString displayTitle() { return tr("Bots"); }
    QString title() const override { return displayTitle(); }
    QList<QAction*> paneActions() const override;

    BotListModel* botsModel() const { return m_bots; }
    ConfigDriftModel* configModel() const { return m_config; }
    // The configuration as the view shows it: groups with their keys.
    ConfigGroupModel* configTree() const { return m_tree; }
    RemoteFile* remoteFile() const { return m_remote; }
    Autosaver* autosaver() const { return m_autosaver; }
    AutosaveRecoveryWidget* recoveryWidget() const { return m_recovery; }
    SaveConflictActions* conflictActions() const { return m_conflict; }
    // Where unsaved edits are kept (default: AutosaveStore::defaultDirectory(); tests use a temp dir).
    void setAutosaveDirectory(const QString& directory);
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
    // Drops the unsaved edits (and their local copy) and reads config.csv again.
    void revert();
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
    void fitConfigColumns();
    struct Listing
    {
        QList<BotSummary> bots;
        std::optional<QSet<QString>> buckets;
        QString bucketsError;
    };
    struct Loaded
    {
        std::optional<AppliedConfig> applied;
        std::optional<RemoteSnapshot> file; // absent object: exists == false, no bytes
        QString error;
    };
    CommandRunner* runner() const;
    struct Pending
    {
        QString action;
        QString botId;
        QString botName;
        QHash<QString, QString> expected; // empty: nothing to follow (activate/deactivate)
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
    // `lead`: what to say before the waiting (the save's own sentence).
    void startFollowing(const Pending& pending, const QString& lead = {});
    void onSaveFinished(const RemoteSaveResult& result);
    void overwrite(const RemoteVersion& seen);
    void openRemoteFile(const BotSummary& bot);
    void closeRemoteFile();
    void makeAutosaver();
    void offerKeptEdit();
    // Restores a kept edit: this bot's at once, another bot's after opening that bot.
    void restoreKeptEdit(const AutosaveEntry& entry);
    void applyKeptEdit(const AutosaveEntry& entry);
    // The source row of the configuration view's current key; -1 for none (or a group row).
    int currentConfigRow() const;
    QString profileName() const;
    static QHash<QString, QString> settingsOf(const QByteArray& bytes);
    void onFollowFinished(ConfigApplyFollower::State state, const QString& message);

    std::unique_ptr<Ui::BotsPane> m_ui;
    BotListModel* m_bots;
    QSortFilterProxyModel* m_botsProxy;
    ConfigDriftModel* m_config;
    ConfigGroupModel* m_tree;
    ConfigApplyFollower* m_follower;
    std::unique_ptr<AutosaveStore> m_autosaveStore;
    AutosaveRecoveryWidget* m_recovery;
    SaveConflictActions* m_conflict;
    QPointer<RemoteFile> m_remote; // config.csv of the bot shown
    Autosaver* m_autosaver = nullptr; // its unsaved edits
    std::unique_ptr<LatestQuery<Listing>> m_listQuery;
    std::unique_ptr<LatestQuery<QList<BotSummary>>> m_contentsQuery;
    std::unique_ptr<LatestQuery<Loaded>> m_botQuery;

    // The bot shown.
    QString m_botId;
    RemoteSnapshot m_file; // config.csv as on the host (read, or last saved): the unedited baseline
    bool m_fileRead = false; // m_file holds what was read for the bot shown
    QSet<int> m_collapsedGroups; // ConfigKeys::Group values the user folded
    std::optional<AutosaveEntry> m_pendingRestore; // to apply once its bot's config.csv is read
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
