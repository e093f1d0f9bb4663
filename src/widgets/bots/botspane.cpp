#include "widgets/bots/botspane.h"

#include "core/bots/botlistmodel.h"
#include "core/bots/botoperations.h"
#include "core/bots/configdriftmodel.h"
#include "core/bots/configkeys.h"
#include "core/host/commandrunner.h"
#include "core/host/hostconnection.h"
#include "core/host/tasklistmodel.h"
#include "widgets/common/statusdelegate.h"

#include <QAction>
#include <QCoreApplication>
#include <QHeaderView>
#include <QInputDialog>
#include <QMessageBox>
#include <QSortFilterProxyModel>
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
} // namespace

BotsPane::BotsPane(QWidget* parent)
    : Pane(parent)
    , m_ui(std::make_unique<Ui::BotsPane>())
    , m_bots(new BotListModel(this))
    , m_botsProxy(new QSortFilterProxyModel(this))
    , m_config(new ConfigDriftModel(this))
    , m_follower(new ConfigApplyFollower(nullptr, this))
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
    m_ui->configTable->setModel(m_config);
    m_ui->configTable->verticalHeader()->hide();
    m_ui->configTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->configTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->configTable->setItemDelegateForColumn(
        ConfigDriftModel::Drift, new StatusDelegate(ConfigDriftModel::DriftRole, colorOfDrift, m_ui->configTable));
    m_ui->configTable->setWordWrap(false);
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->layout->setStretch(1, 1);

    createActions();
    connect(m_ui->botsTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &BotsPane::onBotSelected);
    connect(
        m_ui->configTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &BotsPane::updateActions);
    connect(m_config, &QAbstractItemModel::modelReset, this, [this] {
        m_ui->configTable->resizeColumnsToContents();
        for (int c = ConfigDriftModel::Desired; c <= ConfigDriftModel::Effective; ++c)
            m_ui->configTable->setColumnWidth(c, std::min(m_ui->configTable->columnWidth(c), 210));
        updateActions();
    });
    connect(m_config, &ConfigDriftModel::fileEdited, this, [this] {
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

BotsPane::~BotsPane() = default; // the queries cancel what runs, without waiting

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
    m_revert = make(tr("Revert"), tr("Drop the unsaved edits and read config.csv again"), &BotsPane::reloadBot);
    m_addKey = make(tr("Add key…"), tr("Add a key,value line to config.csv"), &BotsPane::addKey);
    m_removeKey = make(tr("Remove line"), tr("Remove the key's lines from config.csv"), &BotsPane::removeKey);
    m_reveal = make(tr("Reveal secret"), tr("Show the selected secret value in clear"), [this] {
        const int row = m_ui->configTable->currentIndex().row();
        m_config->setRevealed(row, !m_config->isRevealed(row));
        updateActions();
    });
    m_resync = make(
        tr("Force re-sync"), tr("Copy config.csv onto itself: the new ETag makes DriveMonitor apply it again"), [this] {
            const auto bot = currentBot();
            if (!bot)
                return;
            Pending p { {}, bot->id, bot->name, {}, false };
            for (const ConfigCsv::Setting& s : ConfigCsv::Document::fromBytes(m_file.bytes).settings())
                p.expected.insert(s.key, s.value);
            request(BotOperations::resyncConfig(bot->name, BotQueries::configKeyOf(*bot)), p);
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
        request(*op, Pending { {}, bot->id, bot->name, {}, false });
    });
    m_openBucket = make(tr("Open in Drive"), tr("Show the bot's bucket in the Drive pane"), [this] {
        if (const auto bot = currentBot())
            Q_EMIT openBucketRequested(bot->bucketName());
    });
    m_ui->toolbarLayout->addStretch(1);
    m_reloadBanner = new QAction(tr("Reload config.csv"), this);
    connect(m_reloadBanner, &QAction::triggered, this, &BotsPane::reloadBot);
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
    return m_config->fileKnown() && m_config->file().toBytes() != m_file.bytes;
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
    if (!m_ui->botsTable->selectionModel()->currentIndex().isValid() && !bots.isEmpty())
        m_ui->botsTable->setCurrentIndex(m_botsProxy->index(0, BotListModel::Name));
    else if (!m_botId.isEmpty())
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
    }
    m_follower->stop();
    m_ui->followStatus->clear();
    m_botId = id;
    m_file = {};
    m_loadError.clear();
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
    if (readFile)
        commands << BotQueries::readConfig(bot->name, BotQueries::configKeyOf(*bot));
    m_botQuery->run(
        commands,
        [readFile](const QList<CommandResult>& r) -> Result<Loaded> {
            Loaded l;
            const Result<AppliedConfig> applied = BotQueries::parseConfiguration(r.at(0));
            if (applied)
                l.applied = *applied;
            else
                l.error = QCoreApplication::translate("BotsPane", "Could not read bot_configuration: %1")
                              .arg(applied.errorMessage());
            if (!readFile) {
                l.file = ConfigFile {};
                return l;
            }
            const Result<ConfigFile> file = BotQueries::parseReadConfig(r.at(1));
            if (file)
                l.file = *file;
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
    m_file = loaded && loaded->file ? *loaded->file : ConfigFile {};
    // A missing file is known (empty): adding keys creates it. An unreadable one is not.
    m_config->setContents(ConfigCsv::Document::fromBytes(m_file.bytes), loaded && loaded->file.has_value(),
        loaded && loaded->applied ? *loaded->applied : AppliedConfig {});
    showDiagnostics();
    explainBot();
    updateActions();
    if (const auto bot = currentBot())
        Q_EMIT botLoaded(bot->name);
}

void BotsPane::explainBot()
{
    const auto bot = currentBot();
    if (!bot)
        return;
    if (m_follower->isRunning())
        return; // the follow status speaks
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
    if (m_config->fileKnown() && !m_file.exists && bot->bucket == BotSummary::Bucket::Present) {
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
    if (!m_config->fileKnown())
        return;
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
    const int row = m_config->rowOfKey(key);
    m_ui->configTable->setCurrentIndex(m_config->index(row, ConfigDriftModel::Desired));
    for (const ConfigCsv::Diagnostic& d : ConfigCsv::Document::checkEdit(key, value))
        showBanner(Level::Warning, d.message);
}

void BotsPane::removeKey()
{
    const QString key = m_config->keyAt(m_ui->configTable->currentIndex().row());
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
    if (!bot || !m_config->fileKnown() || !hasUnsavedChanges())
        return;
    const ConfigCsv::Document& doc = m_config->file();
    Pending p { {}, bot->id, bot->name, {}, true };
    for (const ConfigCsv::Setting& s : doc.settings())
        p.expected.insert(s.key, s.value);
    request(BotOperations::saveConfig(
                bot->name, BotQueries::configKeyOf(*bot), doc.toBytes(), m_file.etag, QDateTime::currentDateTimeUtc()),
        p);
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
        if (pending.save && BotOperations::isConflictText(entry.result)) {
            showBanner(Level::Error,
                tr("config.csv was changed on the host since it was opened; nothing was written. Your edits are "
                   "still here: reload to see the other change (this drops your edits), then edit again."),
                m_reloadBanner);
        } else {
            showBanner(Level::Error, tr("%1 failed: %2").arg(entry.action, entry.result));
        }
        return;
    }
    if (pending.save) {
        // The saved bytes are the new baseline; read the new ETag (and what is applied so far).
        m_file.bytes = m_config->file().toBytes();
        m_file.exists = true;
        reloadBot();
    }
    if (!pending.expected.isEmpty())
        startFollowing(pending);
    else
        refresh();
}

void BotsPane::startFollowing(const Pending& pending)
{
    if (pending.botId != m_botId)
        return;
    m_ui->followStatus->setText(tr("Waiting for DriveMonitor to apply config.csv to bot_configuration…"));
    showBanner(Level::Information,
        tr("Saved. Waiting for DriveMonitor to apply config.csv (it polls every few "
           "seconds)…"));
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
    m_save->setEnabled(connected && fileOk && hasUnsavedChanges() && bot->bucket != BotSummary::Bucket::Missing);
    m_revert->setEnabled(connected && bot.has_value());
    m_addKey->setEnabled(fileOk && bot->bucket != BotSummary::Bucket::Missing);
    const int row = m_ui->configTable->currentIndex().row();
    m_removeKey->setEnabled(fileOk && row >= 0
        && m_config->data(m_config->index(row, ConfigDriftModel::Desired), ConfigDriftModel::HasValueRole).toBool());
    const bool secret = row >= 0 && m_config->data(m_config->index(row, 0), ConfigDriftModel::SecretRole).toBool();
    m_reveal->setEnabled(secret);
    m_reveal->setText(secret && m_config->isRevealed(row) ? tr("Hide secret") : tr("Reveal secret"));
    m_resync->setEnabled(connected && bot && m_file.exists);
    m_toggleActive->setEnabled(connected && bot.has_value());
    m_toggleActive->setText(bot && !bot->active ? tr("Activate") : tr("Deactivate"));
    m_openBucket->setEnabled(bot && bot->bucket == BotSummary::Bucket::Present);
}
