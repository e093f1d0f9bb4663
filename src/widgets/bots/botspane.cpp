#include "widgets/bots/botspane.h"

#include "core/bots/botlistmodel.h"
#include "core/bots/botoperations.h"
#include "core/bots/configdriftmodel.h"
#include "core/bots/configgroupmodel.h"
#include "core/bots/configkeys.h"
#include "core/drive/drivecommands.h"
#include "core/host/autosaver.h"
#include "core/host/autosavestore.h"
#include "core/host/commandrunner.h"
#include "core/host/hostconnection.h"
#include "core/host/remotefilecommands.h"
#include "core/host/tasklistmodel.h"
#include "core/settings/appsettings.h"
#include "widgets/common/autosaverecoverywidget.h"
#include "widgets/common/saveconflictactions.h"
#include "widgets/common/statusdelegate.h"

#include <QAction>
#include <QCoreApplication>
#include <QHeaderView>
#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QToolButton>

#include "ui_botspane.h"

namespace {
QColor colorOfDrift(const QVariant& v)
{
    switch (ConfigDriftModel::DriftKind(v.toInt())) {
    case ConfigDriftModel::DriftKind::Equal:
        return StatusDelegate::green();
    case ConfigDriftModel::DriftKind::OnlyInFile:
        return StatusDelegate::amber();
    case ConfigDriftModel::DriftKind::OnlyInDatabase:
        return QColor(0x42, 0x7F, 0xD9);
    case ConfigDriftModel::DriftKind::Differs:
        return StatusDelegate::red();
    case ConfigDriftModel::DriftKind::Unknown:
        break;
    }
    return StatusDelegate::grey();
}

QColor colorOfProblem(const QVariant& v)
{
    return v.toBool() ? StatusDelegate::amber() : StatusDelegate::green();
}

// Group rows of the configuration tree in bold, so the groups read as headings.
class GroupRowDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(ConfigGroupModel::IsGroupRole).toBool())
            option->font.setBold(true);
    }
};
} // namespace

BotsPane::BotsPane(QWidget* parent)
    : Pane(parent)
    , m_ui(std::make_unique<Ui::BotsPane>())
    , m_bots(new BotListModel(this))
    , m_botsProxy(new QSortFilterProxyModel(this))
    , m_config(new ConfigDriftModel(this))
    , m_tree(new ConfigGroupModel(this))
    , m_follower(new ConfigApplyFollower(nullptr, this))
    , m_autosaveStore(std::make_unique<AutosaveStore>())
    , m_recovery(new AutosaveRecoveryWidget(this))
    , m_conflict(new SaveConflictActions(this))
{
    m_ui->setupUi(this);
    m_botsProxy->setSourceModel(m_bots);
    m_botsProxy->setSortRole(BotListModel::SortRole);
    m_ui->botsTable->setModel(m_botsProxy);
    m_ui->botsTable->sortByColumn(BotListModel::Name, Qt::AscendingOrder);
    m_ui->botsTable->verticalHeader()->hide();
    m_ui->botsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->botsTable->setItemDelegateForColumn(
        BotListModel::ConfigState, new StatusDelegate(BotListModel::ProblemRole, colorOfProblem, m_ui->botsTable));
    m_tree->setSourceModel(m_config);
    m_ui->configTable->setModel(m_tree);
    m_ui->configTable->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->configTable->header()->setStretchLastSection(true);
    m_ui->configTable->setItemDelegate(new GroupRowDelegate(m_ui->configTable));
    m_ui->configTable->setItemDelegateForColumn(
        ConfigGroupModel::Drift, new StatusDelegate(ConfigDriftModel::DriftRole, colorOfDrift, m_ui->configTable));
    m_ui->configTable->setWordWrap(false);
    // Kept unsaved edits of the bot's config.csv are offered above its configuration.
    m_ui->configLayout->insertWidget(1, m_recovery);
    connect(m_recovery, &AutosaveRecoveryWidget::restoreRequested, this, &BotsPane::restoreKeptEdit);
    connect(m_recovery, &AutosaveRecoveryWidget::discardRequested, this, [this](const AutosaveEntry& e) {
        if (const Result<void> r = m_autosaveStore->remove(e.profile, e.location); !r)
            showBanner(Level::Error, r.errorMessage());
    });
    m_conflict->setTitle(QStringLiteral("config.csv"));
    m_conflict->setLocalBytes([this]() -> std::optional<QByteArray> { return m_config->file().toBytes(); });
    // The comparison is shown on screen: secrets stay masked there as in the table.
    m_conflict->setDisplayFilter([](const QByteArray& bytes) { return ConfigCsv::maskSecretValues(bytes); });
    connect(m_conflict, &SaveConflictActions::reloadRequested, this, &BotsPane::revert);
    connect(m_conflict, &SaveConflictActions::overwriteRequested, this, &BotsPane::overwrite);
    // Folding survives a reload of the configuration (the tree is rebuilt on every reset).
    connect(m_ui->configTable, &QTreeView::collapsed, this,
        [this](const QModelIndex& i) { m_collapsedGroups.insert(int(m_tree->groupAt(i.row()))); });
    connect(m_ui->configTable, &QTreeView::expanded, this,
        [this](const QModelIndex& i) { m_collapsedGroups.remove(int(m_tree->groupAt(i.row()))); });
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 3);
    m_ui->layout->setStretch(1, 1);

    createActions();
    showDiagnostics();
    connect(m_ui->botsTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &BotsPane::onBotSelected);
    connect(
        m_ui->configTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &BotsPane::updateActions);
    connect(m_tree, &QAbstractItemModel::modelReset, this, [this] {
        for (int g = 0; g < m_tree->rowCount(); ++g)
            m_ui->configTable->setExpanded(m_tree->index(g, 0), !m_collapsedGroups.contains(int(m_tree->groupAt(g))));
        fitConfigColumns();
        updateActions();
    });
    fitConfigColumns();
    connect(m_config, &ConfigDriftModel::fileEdited, this, [this] {
        // The local copy follows every edit; back at the host's bytes there is nothing to keep.
        if (m_autosaver) {
            if (hasUnsavedChanges())
                m_autosaver->markDirty();
            else
                m_autosaver->discard();
        }
        showDiagnostics();
        updateActions();
    });
    connect(m_config, &ConfigDriftModel::editRefused, this,
        [this](const QString& message) { showBanner(Level::Error, tr("Not changed: %1").arg(message)); });
    connect(m_follower, &ConfigApplyFollower::appliedChanged, m_config, &ConfigDriftModel::setApplied);
    connect(m_follower, &ConfigApplyFollower::botChanged, m_bots, &BotListModel::updateBot);
    connect(m_follower, &ConfigApplyFollower::finished, this, &BotsPane::onFollowFinished);
    updateActions();
}

BotsPane::~BotsPane()
{
    // The autosaver writes a pending edit while the model it reads from still exists.
    delete m_autosaver;
    m_autosaver = nullptr;
} // the queries cancel what runs, without waiting

void BotsPane::setAutosaveDirectory(const QString& directory)
{
    delete m_autosaver;
    m_autosaver = nullptr;
    m_autosaveStore = std::make_unique<AutosaveStore>(directory);
    if (m_remote)
        makeAutosaver();
}

void BotsPane::makeAutosaver()
{
    delete m_autosaver;
    m_autosaver = new Autosaver(m_autosaveStore.get(), profileName(), m_remote->location(), this);
    m_autosaver->setSource([this] { return m_config->file().toBytes(); });
    if (m_fileRead)
        m_autosaver->setBaseVersion(m_remote->baseVersion());
    connect(m_autosaver, &Autosaver::failed, this, [this](const QString& message) {
        showBanner(Level::Warning, tr("Unsaved edits are not kept on this computer: %1").arg(message));
    });
}

void BotsPane::closeRemoteFile()
{
    delete m_autosaver;
    m_autosaver = nullptr;
    delete m_remote;
}

QString BotsPane::profileName() const
{
    return host() && host()->hasProfile() ? host()->profile().name : QString();
}

QHash<QString, QString> BotsPane::settingsOf(const QByteArray& bytes)
{
    QHash<QString, QString> out;
    for (const ConfigCsv::Setting& s : ConfigCsv::Document::fromBytes(bytes).settings())
        out.insert(s.key, s.value);
    return out;
}

int BotsPane::currentConfigRow() const
{
    const QModelIndex source = m_tree->mapToSource(m_ui->configTable->currentIndex());
    return source.isValid() ? source.row() : -1;
}

CommandRunner* BotsPane::runner() const
{
    return host() && isConnected() ? host()->runner() : nullptr;
}

void BotsPane::onAttached()
{
    m_listQuery = std::make_unique<LatestQuery<Listing>>(this, host()->runner());
    m_listQuery->setAcceptFailures(true); // psql's and mc's own error texts are the better sentences
    m_contentsQuery = std::make_unique<LatestQuery<QList<BotSummary>>>(this, host()->runner());
    m_contentsQuery->setAcceptFailures(true);
    m_botQuery = std::make_unique<LatestQuery<Loaded>>(this, host()->runner());
    m_botQuery->setAcceptFailures(true);
    m_follower->setRunner(host()->runner());
    connect(host(), &HostConnection::operationFinished, this,
        [this](Task*, const JournalEntry& entry) { operationFinished(entry); });
    updateActions();
}

void BotsPane::onConnected()
{
    refresh();
}

void BotsPane::onDisconnected()
{
    m_follower->stop();
    if (m_listQuery) {
        m_listQuery->cancel();
        m_contentsQuery->cancel();
        m_botQuery->cancel();
    }
    updateActions();
}

void BotsPane::createActions()
{
    const auto make = [this](const QString& text, const QString& tip, auto slot) {
        auto* a = new QAction(text, this);
        a->setToolTip(tip);
        connect(a, &QAction::triggered, this, slot);
        auto* button = new QToolButton(this);
        button->setDefaultAction(a);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_ui->toolbarLayout->addWidget(button);
        return a;
    };
    m_refresh = make(tr("Refresh"), tr("Read the bots, their buckets and configuration again"), &BotsPane::refresh);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_save = make(tr("Save config.csv"),
        tr("Upload the edited config.csv (backup first, stops if someone else changed it) and follow it into "
           "bot_configuration"),
        &BotsPane::save);
    m_save->setShortcut(QKeySequence::Save);
    m_revert = make(tr("Revert"), tr("Drop the unsaved edits and read config.csv again"), &BotsPane::revert);
    m_addKey = make(tr("Add key…"), tr("Add a key,value line to config.csv"), &BotsPane::addKey);
    m_removeKey = make(tr("Remove line"), tr("Remove the key's lines from config.csv"), &BotsPane::removeKey);
    m_reveal = make(tr("Reveal secret"), tr("Show the selected secret value in clear"), [this] {
        const int row = currentConfigRow();
        m_config->setRevealed(row, !m_config->isRevealed(row));
        updateActions();
    });
    m_resync = make(
        tr("Force re-sync"), tr("Copy config.csv onto itself: the new ETag makes DriveMonitor apply it again"), [this] {
            const auto bot = currentBot();
            if (!bot)
                return;
            // The Drive pane's re-sync, on this bot's config.csv.
            const Result<Operation> op = DriveOperations::resync(bot->bucketName(), BotQueries::configKeyOf(*bot));
            if (!op) {
                showBanner(Level::Error, op.errorMessage());
                return;
            }
            request(*op, Pending { {}, bot->id, bot->name, settingsOf(m_file.bytes) });
        });
    m_toggleActive = make(tr("Deactivate"), tr("Set bots.is_active (DriveMonitor runs only for active bots)"), [this] {
        const auto bot = currentBot();
        if (!bot)
            return;
        const Result<Operation> op = BotOperations::setActive(*bot, !bot->active);
        if (!op) {
            showBanner(Level::Error, op.errorMessage());
            return;
        }
        request(*op, Pending { {}, bot->id, bot->name, {} });
    });
    m_openBucket = make(tr("Open in Drive"), tr("Show the bot's bucket in the Drive pane"), [this] {
        if (const auto bot = currentBot())
            Q_EMIT openBucketRequested(bot->bucketName());
    });
    m_ui->toolbarLayout->addStretch(1);
    m_reloadBanner = new QAction(tr("Reload config.csv"), this);
    connect(m_reloadBanner, &QAction::triggered, this, &BotsPane::revert);
}

QList<QAction*> BotsPane::paneActions() const
{
    return { m_refresh, m_save };
}

std::optional<BotSummary> BotsPane::currentBot() const
{
    const int row = m_bots->rowOfId(m_botId);
    return m_bots->botAt(row);
}

bool BotsPane::selectBot(const QString& name)
{
    for (int r = 0; r < m_botsProxy->rowCount(); ++r) {
        const QModelIndex i = m_botsProxy->index(r, BotListModel::Name);
        if (i.data().toString() == name) {
            m_ui->botsTable->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

bool BotsPane::hasUnsavedChanges() const
{
    return m_fileRead && m_config->fileKnown() && m_config->file().toBytes() != m_file.bytes;
}

QString BotsPane::bannerText() const
{
    return banner()->text();
}

BotsPane::Level BotsPane::bannerLevel() const
{
    return banner()->level();
}

QStringList BotsPane::diagnosticTexts() const
{
    QStringList out;
    for (int i = 0; i < m_ui->diagnostics->count(); ++i)
        out << m_ui->diagnostics->item(i)->text();
    return out;
}

QString BotsPane::followStatus() const
{
    return m_ui->followStatus->text();
}

void BotsPane::showBanner(Level level, const QString& text, QAction* action)
{
    banner()->showMessage(level, text, action ? QList<QAction*> { action } : QList<QAction*> {});
}

void BotsPane::clearBanner()
{
    banner()->clearMessage();
}

void BotsPane::refresh()
{
    if (!runner() || !m_listQuery)
        return;
    const Result<RemoteCommand> list = BotQueries::listBots();
    if (!list) {
        showBanner(Level::Error, list.errorMessage());
        return;
    }
    m_listQuery->run(
        QList<RemoteCommand> { *list, BotQueries::listBuckets() },
        [](const QList<CommandResult>& r) -> Result<Listing> {
            const Result<QList<BotSummary>> bots = BotQueries::parseBots(r.at(0));
            if (!bots)
                return bots.error();
            Listing l;
            l.bots = *bots;
            const Result<QSet<QString>> buckets = BotQueries::parseBuckets(r.at(1));
            if (buckets)
                l.buckets = *buckets;
            else
                l.bucketsError = buckets.errorMessage();
            return l;
        },
        [this](const Result<Listing>& l) { onBotsListed(l); });
}

void BotsPane::onBotsListed(const Result<Listing>& listing)
{
    if (!listing) {
        showBanner(
            Level::Error, tr("Could not read the bots from the botserver database: %1").arg(listing.errorMessage()));
        return;
    }
    const QList<BotSummary>& bots = listing->bots;
    m_bots->setBots(bots);
    if (listing->buckets) {
        m_bots->setBuckets(*listing->buckets);
        QList<RemoteCommand> commands;
        QList<BotSummary> present;
        for (const BotSummary& b : m_bots->bots()) {
            if (listing->buckets->contains(b.bucketName())) {
                commands << BotQueries::bucketContents(b.name);
                present << b;
            }
        }
        if (!commands.isEmpty()) {
            m_contentsQuery->run(
                commands,
                [present](const QList<CommandResult>& r) -> Result<QList<BotSummary>> {
                    QList<BotSummary> out;
                    for (qsizetype i = 0; i < present.size(); ++i) {
                        BotSummary b = present.at(i);
                        if (BotQueries::parseBucketContents(r.at(i), &b))
                            out << b;
                    }
                    return out;
                },
                [this](const Result<QList<BotSummary>>& r) { onContents(r); });
        }
    }
    if (bots.isEmpty()) {
        showBanner(Level::Information,
            tr("The botserver database has no bots. A bucket named <bot>.gbai in Drive creates one: botserver "
               "scans for new buckets every few seconds."));
    } else if (!listing->buckets) {
        showBanner(
            Level::Warning, tr("The bots are listed, but Drive could not be read: %1").arg(listing->bucketsError));
    } else if (m_botId.isEmpty() || m_bots->rowOfId(m_botId) < 0) {
        clearBanner();
    }
    if (!m_ui->botsTable->selectionModel()->currentIndex().isValid() && !bots.isEmpty()) {
        // The bot shown last time, else the first.
        const QString last = settings() ? settings()->get(Settings::Keys::BotsLastBot) : QString();
        if (last.isEmpty() || !selectBot(last))
            m_ui->botsTable->setCurrentIndex(m_botsProxy->index(0, BotListModel::Name));
    } else if (!m_botId.isEmpty())
        explainBot();
    updateActions();
    Q_EMIT botsLoaded(int(bots.size()));
}

void BotsPane::onContents(const Result<QList<BotSummary>>& bots)
{
    if (!bots)
        return;
    for (const BotSummary& b : *bots) {
        // Keep what the database said since; take only the bucket's counts.
        std::optional<BotSummary> now = m_bots->botAt(m_bots->rowOfId(b.id));
        if (!now)
            continue;
        now->bucket = b.bucket;
        now->scripts = b.scripts;
        now->kbFiles = b.kbFiles;
        now->configKey = b.configKey;
        m_bots->updateBot(*now);
    }
    if (!m_botId.isEmpty())
        explainBot();
}

void BotsPane::onBotSelected()
{
    const QModelIndex current = m_ui->botsTable->selectionModel()->currentIndex();
    const QString id = current.isValid() ? current.data(BotListModel::IdRole).toString() : QString();
    if (id == m_botId)
        return;
    if (hasUnsavedChanges()) {
        const auto answer = QMessageBox::question(this, tr("Unsaved config.csv"),
            tr("The edits of config.csv of %1 are not saved. Drop them?")
                .arg(currentBot() ? currentBot()->name : QString()),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard) {
            const int row = m_bots->rowOfId(m_botId);
            QSignalBlocker block(m_ui->botsTable->selectionModel());
            m_ui->botsTable->setCurrentIndex(m_botsProxy->mapFromSource(m_bots->index(row, BotListModel::Name)));
            return;
        }
        if (m_autosaver)
            m_autosaver->discard();
    }
    // Another bot, another file (a save in flight ends in the operation runner and its journal).
    closeRemoteFile();
    m_follower->stop();
    m_ui->followStatus->clear();
    m_botId = id;
    if (settings() && current.isValid())
        settings()->set(Settings::Keys::BotsLastBot, current.siblingAtColumn(BotListModel::Name).data().toString());
    m_file = {};
    m_fileRead = false;
    m_loadError.clear();
    m_conflict->clear();
    m_recovery->setEntries({});
    m_config->clear();
    if (m_botQuery)
        m_botQuery->cancel();
    reloadBot();
}

void BotsPane::reloadBot()
{
    const auto bot = currentBot();
    if (!bot) {
        m_ui->botTitle->setText(tr("Select a bot to see its configuration."));
        m_config->clear();
        showDiagnostics();
        updateActions();
        return;
    }
    m_ui->botTitle->setText(
        tr("%1 — %2").arg(bot->name, bot->bucketName() + QLatin1Char('/') + BotQueries::configKeyOf(*bot)));
    if (!runner() || !m_botQuery)
        return;
    const Result<RemoteCommand> config = BotQueries::configuration(bot->id);
    if (!config) {
        showBanner(Level::Error, config.errorMessage());
        return;
    }
    QList<RemoteCommand> commands { *config };
    // No bucket, no file: only the database side is shown.
    const bool readFile = bot->bucket != BotSummary::Bucket::Missing;
    const RemoteLocation location = BotQueries::configLocation(*bot);
    if (readFile) {
        openRemoteFile(*bot);
        commands << RemoteFileCommands::open(location);
    }
    m_botQuery->run(
        commands,
        [readFile, location](const QList<CommandResult>& r) -> Result<Loaded> {
            Loaded l;
            const Result<AppliedConfig> applied = BotQueries::parseConfiguration(r.at(0));
            if (applied)
                l.applied = *applied;
            else
                l.error = QCoreApplication::translate("BotsPane", "Could not read bot_configuration: %1")
                              .arg(applied.errorMessage());
            if (!readFile) {
                l.file = RemoteSnapshot { location, {}, RemoteVersion::absent() };
                return l;
            }
            // The shared remote file read: bytes and ETag belong together (a write in between is
            // reported, not mixed).
            const Result<RemoteSnapshot> file = RemoteFileCommands::parseOpen(location, r.at(1));
            if (file)
                l.file = *file;
            else if (file.error().code == RemoteFileCommands::NotFound)
                l.file = RemoteSnapshot { location, {}, RemoteVersion::absent() };
            else if (l.error.isEmpty())
                l.error
                    = QCoreApplication::translate("BotsPane", "Could not read config.csv: %1").arg(file.errorMessage());
            return l;
        },
        [this](const Result<Loaded>& l) { onBotLoaded(l); });
}

void BotsPane::onBotLoaded(const Result<Loaded>& loaded)
{
    m_loadError = loaded ? loaded->error : loaded.errorMessage();
    m_fileRead = loaded && loaded->file.has_value();
    m_file = m_fileRead ? *loaded->file : RemoteSnapshot {};
    m_conflict->clear();
    // The next save checks against exactly what was read (an absent object: still absent).
    if (m_fileRead && m_remote && m_remote->location() == m_file.location) {
        m_remote->setBaseVersion(m_file.version);
        if (m_autosaver)
            m_autosaver->setBaseVersion(m_file.version);
    }
    // A missing file is known (empty): adding keys creates it. An unreadable one is not.
    m_config->setContents(ConfigCsv::Document::fromBytes(m_file.bytes), m_fileRead,
        loaded && loaded->applied ? *loaded->applied : AppliedConfig {});
    showDiagnostics();
    explainBot();
    offerKeptEdit();
    if (m_pendingRestore && m_remote && m_fileRead && m_pendingRestore->location == m_remote->location()) {
        const AutosaveEntry entry = *m_pendingRestore;
        m_pendingRestore.reset();
        applyKeptEdit(entry);
    }
    updateActions();
    if (const auto bot = currentBot())
        Q_EMIT botLoaded(bot->name);
}

void BotsPane::explainBot()
{
    const auto bot = currentBot();
    if (!bot)
        return;
    if (m_follower->isRunning() || m_conflict->conflict())
        return; // the follow status or the conflict's choices speak
    if (!m_loadError.isEmpty()) {
        showBanner(Level::Error, m_loadError);
        return;
    }
    if (bot->bucket == BotSummary::Bucket::Missing) {
        showBanner(Level::Warning,
            tr("The bucket %1 does not exist: %2 has no files in Drive, so DriveMonitor has nothing to sync. The "
               "configuration below is what bot_configuration holds.")
                .arg(bot->bucketName(), bot->name));
        return;
    }
    if (bot->configSkipped()) {
        showBanner(Level::Warning,
            tr("DriveMonitor skips %1: it failed %2 times (max 5), so changes to config.csv are not applied. Fix the "
               "file, remove it from Drive and upload it again (a re-sync does not reset the count).")
                .arg(bot->configPath)
                .arg(bot->configFailCount));
        return;
    }
    if (!bot->active) {
        showBanner(Level::Warning, tr("%1 is inactive: DriveMonitor does not sync its files.").arg(bot->name));
        return;
    }
    if (m_config->fileKnown() && !m_file.version.exists && bot->bucket == BotSummary::Bucket::Present) {
        showBanner(Level::Information,
            tr("%1 has no config.csv yet. Adding a key creates it (with the name,value header older versions need).")
                .arg(bot->bucketName()));
        return;
    }
    const int notApplied = m_config->countOf(ConfigDriftModel::DriftKind::OnlyInFile)
        + m_config->countOf(ConfigDriftModel::DriftKind::Differs);
    const int dbOnly = m_config->countOf(ConfigDriftModel::DriftKind::OnlyInDatabase);
    if (notApplied > 0) {
        showBanner(Level::Warning,
            tr("%n key(s) of config.csv are not applied in bot_configuration.", nullptr, notApplied)
                + (dbOnly ? QLatin1Char(' ')
                            + tr("%n key(s) exist only in the database: deleting a line never deletes a key.", nullptr,
                                dbOnly)
                          : QString()));
    } else if (dbOnly > 0) {
        showBanner(Level::Information,
            tr("config.csv is applied. %n key(s) exist only in the database: deleting a line never deletes a key.",
                nullptr, dbOnly));
    } else {
        clearBanner();
    }
}

void BotsPane::showDiagnostics()
{
    m_ui->diagnostics->clear();
    if (!m_config->fileKnown()) {
        m_ui->diagnostics->hide();
        m_ui->diagnosticsLabel->hide();
        return;
    }
    for (const ConfigCsv::Diagnostic& d : m_config->file().diagnostics()) {
        if (d.code == ConfigCsv::Diagnostic::Code::UnknownKey || d.severity == ConfigCsv::Diagnostic::Severity::Info)
            continue; // shown in the table's tooltips
        m_ui->diagnostics->addItem(tr("Line %1: %2").arg(d.line).arg(d.message));
    }
    const bool any = m_ui->diagnostics->count() > 0;
    m_ui->diagnostics->setVisible(any);
    m_ui->diagnosticsLabel->setVisible(any);
}

void BotsPane::addKey()
{
    bool ok = false;
    const QString key = QInputDialog::getText(
        this, tr("Add key"), tr("Key (e.g. llm-model, theme-title, param-name):"), QLineEdit::Normal, {}, &ok);
    if (!ok || key.isEmpty())
        return;
    const QString value = QInputDialog::getText(this, tr("Add key"), tr("Value of %1:").arg(key),
        ConfigKeys::isSecretKey(key) ? QLineEdit::Password : QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    const Result<void> r = m_config->editValue(key, value);
    if (!r) {
        showBanner(Level::Error, tr("Not added: %1").arg(r.errorMessage()));
        return;
    }
    m_ui->configTable->setCurrentIndex(m_tree->indexOfKey(key, ConfigGroupModel::Desired));
    for (const ConfigCsv::Diagnostic& d : ConfigCsv::Document::checkEdit(key, value))
        showBanner(Level::Warning, d.message);
}

void BotsPane::removeKey()
{
    const QString key = m_config->keyAt(currentConfigRow());
    if (key.isEmpty())
        return;
    if (m_config->removeKey(key) > 0) {
        showBanner(Level::Information,
            tr("“%1” removed from config.csv. Deleting a line never deletes a key: bot_configuration keeps its value "
               "until the row is removed from the database.")
                .arg(key));
    }
}

void BotsPane::save()
{
    const auto bot = currentBot();
    if (!bot || !m_remote || !m_config->fileKnown() || !hasUnsavedChanges() || m_remote->isSaving())
        return;
    m_follower->stop();
    m_ui->followStatus->clear();
    showBanner(Level::Information, tr("Checking that config.csv did not change on the host…"));
    m_remote->save(m_config->file().toBytes());
}

void BotsPane::overwrite(const RemoteVersion& seen)
{
    if (!m_remote || m_remote->isSaving() || !m_config->fileKnown())
        return;
    showBanner(Level::Information, tr("Saving config.csv over the version shown…"));
    m_remote->overwrite(m_config->file().toBytes(), seen);
}

void BotsPane::revert()
{
    if (m_autosaver)
        m_autosaver->discard();
    m_conflict->clear();
    reloadBot();
}

void BotsPane::openRemoteFile(const BotSummary& bot)
{
    const RemoteLocation location = BotQueries::configLocation(bot);
    if (m_remote && m_remote->location() == location)
        return;
    closeRemoteFile();
    m_remote = new RemoteFile(host()->runner(), location, this);
    // Saves are Operations through the host context: confirmation, PROD guard, journal. A refusal
    // is explained in the banner by perform().
    m_remote->setPerformer([this](const Operation& op) -> Result<Task*> {
        if (Task* task = perform(op))
            return task;
        return Error::of(tr("Not saved; nothing was written."));
    });
    connect(m_remote, &RemoteFile::saveStarted, this,
        [this](Task*) { showBanner(Level::Information, tr("Saving config.csv (backup, upload, verify)…")); });
    connect(m_remote, &RemoteFile::saveFinished, this, &BotsPane::onSaveFinished);
    makeAutosaver();
}

void BotsPane::offerKeptEdit()
{
    if (!m_autosaveStore || profileName().isEmpty())
        return;
    // A small directory of small files, read when a bot is opened (not per edit).
    const AutosaveStore::Listing listing = m_autosaveStore->list(profileName());
    QList<AutosaveEntry> offer;
    for (const AutosaveEntry& e : listing.entries) {
        if (!e.location.isMinio() || (m_pendingRestore && e.location == m_pendingRestore->location))
            continue;
        if (m_remote && m_fileRead && e.location == m_remote->location()) {
            // The host already holds the kept bytes (an earlier save landed): nothing to offer.
            if (e.bytes == m_file.bytes)
                (void)m_autosaveStore->remove(profileName(), e.location);
            else if (!hasUnsavedChanges()) // while edited, the autosaver keeps it current
                offer.prepend(e);
            continue;
        }
        // Another bot's config.csv: offered here too, restoring it opens that bot.
        const QList<BotSummary>& bots = m_bots->bots();
        if (std::any_of(bots.cbegin(), bots.cend(),
                [&](const BotSummary& b) { return b.id != m_botId && BotQueries::configLocation(b) == e.location; }))
            offer << e;
    }
    m_recovery->setEntries(offer);
}

void BotsPane::restoreKeptEdit(const AutosaveEntry& entry)
{
    if (m_remote && m_fileRead && entry.location == m_remote->location()) {
        applyKeptEdit(entry);
        return;
    }
    for (const BotSummary& b : m_bots->bots()) {
        if (BotQueries::configLocation(b) != entry.location)
            continue;
        // Open that bot; the edit is applied once its config.csv is read.
        m_pendingRestore = entry;
        if (!selectBot(b.name) || m_botId != b.id)
            m_pendingRestore.reset(); // the switch was cancelled (unsaved edits of this bot)
        return;
    }
}

void BotsPane::applyKeptEdit(const AutosaveEntry& entry)
{
    m_config->setFile(ConfigCsv::Document::fromBytes(entry.bytes), true);
    // The next save checks against the version the edit started from: a change on the host since
    // then stops it with a comparison instead of overwriting it.
    m_remote->setBaseVersion(entry.baseVersion);
    if (m_autosaver)
        m_autosaver->setBaseVersion(entry.baseVersion);
    showDiagnostics();
    updateActions();
    showBanner(Level::Information,
        tr("Restored the unsaved edit of config.csv kept at %1. Save to upload it; if config.csv changed on the "
           "host since, saving stops and shows both versions.")
            .arg(QLocale().toString(entry.savedAt.toLocalTime(), QLocale::ShortFormat)));
}

void BotsPane::onSaveFinished(const RemoteSaveResult& r)
{
    using Outcome = RemoteSaveResult::Outcome;
    if (r.outcome != Outcome::Conflict)
        m_conflict->clear();
    switch (r.outcome) {
    case Outcome::Saved: {
        m_file.bytes = r.bytes;
        m_file.version = r.version;
        m_fileRead = true;
        if (m_autosaver) {
            m_autosaver->setBaseVersion(r.version);
            if (!hasUnsavedChanges())
                m_autosaver->discard();
        }
        updateActions();
        if (const auto bot = currentBot())
            startFollowing(Pending { {}, bot->id, bot->name, settingsOf(r.bytes) }, r.message);
        break;
    }
    case Outcome::Conflict:
        m_conflict->setConflict(r.remote);
        banner()->showMessage(Level::Error,
            r.message + QLatin1Char(' ') + tr("Your edits are still here (and kept locally)."), m_conflict->actions());
        break;
    case Outcome::Failed:
    case Outcome::Cancelled:
        showBanner(Level::Error, r.message);
        break;
    case Outcome::Refused:
        // perform() explained a refusal (read-only, wrong name) in the banner; not confirmed is no error.
        if (bannerLevel() != Level::Error)
            showBanner(Level::Warning, tr("Not saved; nothing was written."));
        break;
    }
    updateActions();
}

void BotsPane::request(const Operation& op, Pending pending)
{
    pending.action = op.action;
    m_pending = pending;
    if (!perform(op)) // refused or not confirmed: the banner says so
        m_pending.reset();
}

void BotsPane::operationFinished(const JournalEntry& entry)
{
    if (!m_pending || entry.action != m_pending->action)
        return;
    const Pending pending = *m_pending;
    m_pending.reset();
    if (!entry.ok) {
        showBanner(Level::Error, tr("%1 failed: %2").arg(entry.action, entry.result));
        return;
    }
    if (!pending.expected.isEmpty())
        startFollowing(pending);
    else
        refresh();
}

void BotsPane::startFollowing(const Pending& pending, const QString& lead)
{
    if (pending.botId != m_botId)
        return;
    const QString sentence = lead.isEmpty() ? QString() : lead + QLatin1Char(' ');
    if (const auto bot = currentBot(); bot && !bot->active) {
        // DriveMonitor syncs active bots only: following would just time out.
        m_ui->followStatus->setText(tr("Not applied while %1 is inactive.").arg(bot->name));
        showBanner(Level::Warning,
            sentence
                + tr("%1 is inactive, so DriveMonitor does not apply config.csv; activate the bot to apply it.")
                      .arg(bot->name));
        return;
    }
    m_ui->followStatus->setText(tr("Waiting for DriveMonitor to apply config.csv to bot_configuration…"));
    showBanner(Level::Information,
        sentence + tr("Waiting for DriveMonitor to apply config.csv (it polls every few seconds)…"));
    m_follower->start(pending.botId, pending.expected, 90000, m_followIntervalMs);
}

void BotsPane::onFollowFinished(ConfigApplyFollower::State state, const QString& message)
{
    switch (state) {
    case ConfigApplyFollower::State::Confirmed:
        m_ui->followStatus->setText(tr("Applied: %1").arg(message));
        explainBot();
        if (bannerText().isEmpty() || bannerLevel() == Level::Information)
            showBanner(Level::Information, tr("Applied: bot_configuration shows the saved config.csv."));
        break;
    case ConfigApplyFollower::State::Skipped:
    case ConfigApplyFollower::State::TimedOut:
    case ConfigApplyFollower::State::Failed:
        m_ui->followStatus->setText(message);
        showBanner(state == ConfigApplyFollower::State::Failed ? Level::Error : Level::Warning, message);
        break;
    case ConfigApplyFollower::State::Idle:
    case ConfigApplyFollower::State::Waiting:
        break;
    }
    refresh();
}

void BotsPane::updateActions()
{
    const bool connected = runner() != nullptr;
    const auto bot = currentBot();
    const bool fileOk = bot && m_config->fileKnown();
    m_refresh->setEnabled(connected);
    m_save->setEnabled(connected && fileOk && hasUnsavedChanges() && bot->bucket != BotSummary::Bucket::Missing
        && m_remote && !m_remote->isSaving());
    m_revert->setEnabled(connected && bot.has_value());
    m_addKey->setEnabled(fileOk && bot->bucket != BotSummary::Bucket::Missing);
    const int row = currentConfigRow();
    m_removeKey->setEnabled(fileOk && row >= 0
        && m_config->data(m_config->index(row, ConfigDriftModel::Desired), ConfigDriftModel::HasValueRole).toBool());
    const bool secret = row >= 0 && m_config->data(m_config->index(row, 0), ConfigDriftModel::SecretRole).toBool();
    m_reveal->setEnabled(secret);
    m_reveal->setText(secret && m_config->isRevealed(row) ? tr("Hide secret") : tr("Reveal secret"));
    m_resync->setEnabled(connected && bot && m_fileRead && m_file.version.exists);
    m_toggleActive->setEnabled(connected && bot.has_value());
    m_toggleActive->setText(bot && !bot->active ? tr("Activate") : tr("Deactivate"));
    m_openBucket->setEnabled(bot && bot->bucket == BotSummary::Bucket::Present);
}

void BotsPane::fitConfigColumns()
{
    // To the contents, but long values do not push the other columns out of sight; a column is
    // never narrower than its (translated) title.
    QTreeView* view = m_ui->configTable;
    for (int c = 0; c < ConfigGroupModel::ColumnCount; ++c) {
        view->resizeColumnToContents(c);
        const int cap = c == ConfigGroupModel::Key ? 220 : c == ConfigGroupModel::Drift ? 200 : 190;
        view->setColumnWidth(c, std::max(std::min(view->columnWidth(c), cap), view->header()->sectionSizeHint(c)));
    }
}
