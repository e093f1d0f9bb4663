#include "widgets/drive/drivepane.h"

#include "core/drive/drivecommands.h"
#include "core/drive/drivemodel.h"
#include "core/drive/mclisting.h"
#include "core/host/autosavestore.h"
#include "core/host/commandrunner.h"
#include "core/host/hostconnection.h"
#include "core/host/hostprofile.h"
#include "core/host/remotefile.h"
#include "core/host/tasklistmodel.h"
#include "ui_drivepane.h"
#include "widgets/common/autosaverecoverywidget.h"
#include "widgets/common/messagebanner.h"
#include "widgets/drive/driveeditortab.h"

#include <QAction>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QToolButton>

namespace {
constexpr int kBucketRole = Qt::UserRole + 1;
constexpr int kPrefixRole = Qt::UserRole + 2;
constexpr int kLoadedRole = Qt::UserRole + 3;
} // namespace

DrivePane::DrivePane(QWidget* parent)
    : Pane(parent)
    , m_ui(std::make_unique<Ui::DrivePane>())
    , m_model(new DriveModel(this))
    , m_proxy(new DriveSortProxy(this))
    , m_autosave(std::make_unique<AutosaveStore>())
    , m_recovery(new AutosaveRecoveryWidget(this))
{
    m_ui->setupUi(this);
    m_ui->mainLayout->insertWidget(0, m_recovery);
    connect(m_recovery, &AutosaveRecoveryWidget::restoreRequested, this, &DrivePane::restore);
    connect(m_recovery, &AutosaveRecoveryWidget::discardRequested, this, [this](const AutosaveEntry& e) {
        if (const Result<void> r = m_autosave->remove(e.profile, e.location); !r)
            showError(r.errorMessage());
    });
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(DriveModel::SortRole);
    m_proxy->setFilterKeyColumn(DriveModel::Name);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_ui->objectTable->setModel(m_proxy);
    m_ui->objectTable->sortByColumn(DriveModel::Name, Qt::AscendingOrder);
    m_ui->objectTable->horizontalHeader()->setSectionResizeMode(DriveModel::Name, QHeaderView::Stretch);
    m_ui->objectTable->horizontalHeader()->setStretchLastSection(false);
    // One line per object: dates and names never wrap into double-height rows.
    m_ui->objectTable->setWordWrap(false);
    m_ui->objectTable->verticalHeader()->setDefaultSectionSize(m_ui->objectTable->fontMetrics().height() + 6);
    // Fixed widths from the font (resizing to contents would measure rows on every streamed slice).
    const QFontMetrics fm = m_ui->objectTable->fontMetrics();
    m_ui->objectTable->setColumnWidth(DriveModel::Size, fm.horizontalAdvance(QStringLiteral("0000.0 MiB")) + 16);
    m_ui->objectTable->setColumnWidth(DriveModel::Modified,
        fm.horizontalAdvance(
            QLocale::system().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 59, 59)), QLocale::ShortFormat))
            + 16);
    m_ui->editorTabs->hide(); // shown with the first open object
    updateCount();
    m_ui->verticalSplitter->setStretchFactor(0, 1);
    m_ui->verticalSplitter->setStretchFactor(1, 2);
    m_ui->verticalSplitter->setSizes({ 260, 480 });
    m_ui->browserSplitter->setStretchFactor(1, 3);
    m_ui->browserSplitter->setSizes({ 220, 780 });

    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text);
        updateCount();
    });
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &DrivePane::cancelListing);
    m_refresh = new QAction(tr("Refresh"), this);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setToolTip(tr("List the buckets and the shown prefix again"));
    connect(m_refresh, &QAction::triggered, this, &DrivePane::refresh);
    connect(m_ui->refreshButton, &QPushButton::clicked, m_refresh, &QAction::trigger);
    m_delete = new QAction(tr("Delete…"), this);
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_delete->setToolTip(tr("Delete the selected objects (each is copied to the drive container's /tmp first)"));
    connect(m_delete, &QAction::triggered, this, &DrivePane::deleteSelected);
    m_resync = new QAction(tr("Force re-sync"), this);
    m_resync->setToolTip(tr("Copy the selected object onto itself: the new ETag makes DriveMonitor process it again"));
    connect(m_resync, &QAction::triggered, this, &DrivePane::resyncSelected);
    for (QAction* a : { m_resync, m_delete }) {
        auto* button = new QToolButton(this);
        button->setDefaultAction(a);
        m_ui->filterLayout->insertWidget(m_ui->filterLayout->indexOf(m_ui->refreshButton), button);
    }
    m_ui->objectTable->addActions({ m_resync, m_delete });
    m_ui->objectTable->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_ui->objectTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    connect(
        m_ui->objectTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DrivePane::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DrivePane::updateActions);
    connect(m_ui->bucketTree, &QTreeWidget::itemExpanded, this, &DrivePane::expandItem);
    // A click (not the tree's own choice of a current item while it fills) lists that prefix.
    connect(m_ui->bucketTree, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem* item) {
        if (item)
            listPrefix(item->data(0, kBucketRole).toString(), item->data(0, kPrefixRole).toString());
    });
    connect(m_ui->objectTable, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        const QModelIndex source = m_proxy->mapToSource(index);
        const QString key = m_model->data(source, DriveModel::KeyRole).toString();
        if (m_model->data(source, DriveModel::IsFolderRole).toBool())
            listPrefix(m_model->bucket(), key); // into the folder
        else if (isEditable(key))
            openObject(m_model->bucket(), key);
    });
    connect(m_ui->editorTabs, &QTabWidget::tabCloseRequested, this, &DrivePane::closeEditor);

    askUnsaved = [this](const QString& name) {
        const auto button = QMessageBox::question(this, tr("Unsaved changes"),
            tr("%1 has unsaved changes. Save them to the drive?").arg(name),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        return button == QMessageBox::Save   ? UnsavedAnswer::Save
            : button == QMessageBox::Discard ? UnsavedAnswer::Discard
                                             : UnsavedAnswer::Cancel;
    };
    updateActions();
}

DrivePane::~DrivePane()
{
    if (m_listing)
        m_listing->cancel();
    stopExpanding();
    // The editors keep their unsaved edits in m_autosave while they close: they go first.
    while (QWidget* w = m_ui->editorTabs->widget(0))
        delete w;
}

bool DrivePane::isEditable(const QString& key)
{
    const QString name = key.section(QLatin1Char('/'), -1).toLower();
    if (name == QLatin1String("config.csv"))
        return true;
    for (const char* ext : { ".bas", ".md", ".txt", ".json", ".csv" })
        if (name.endsWith(QLatin1String(ext))
            && (QLatin1String(ext) != QLatin1String(".csv") || key.contains(QLatin1String(".gbot/"))))
            return true;
    return key.contains(QLatin1String(".gbot/")) && !name.contains(QLatin1Char('.'));
}

CommandRunner* DrivePane::runner() const
{
    return host() && isConnected() ? host()->runner() : nullptr;
}

void DrivePane::onAttached()
{
    m_bucketQuery = std::make_unique<LatestQuery<McJsonStream::Batch>>(this, host()->runner());
    m_bucketQuery->setAcceptFailures(true); // mc's own error text is the better sentence
    m_listing = new McListing(host()->runner(), this);
    // Each slice is appended as it is parsed: the first rows show before the listing ends.
    connect(m_listing, &McListing::entriesReady, this, [this](const QList<DriveEntry>& entries) {
        m_model->appendEntries(entries);
        updateCount();
    });
    connect(m_listing, &McListing::finished, this, &DrivePane::onListingFinished);
    updateActions();
}

void DrivePane::onConnected()
{
    updateActions();
    refresh();
}

void DrivePane::onDisconnected()
{
    // What is shown stays; what runs stops (the runner would fail it at once anyway).
    if (m_bucketQuery)
        m_bucketQuery->cancel();
    cancelListing();
    stopExpanding();
    updateActions();
}

QList<QAction*> DrivePane::paneActions() const
{
    return { m_refresh };
}

void DrivePane::updateActions()
{
    const bool connected = runner() != nullptr;
    m_refresh->setEnabled(connected);
    m_ui->refreshButton->setEnabled(connected);
    const int selected = int(selectedKeys().size());
    m_delete->setEnabled(connected && selected > 0);
    m_resync->setEnabled(connected && selected == 1);
}

QStringList DrivePane::selectedKeys() const
{
    QStringList keys;
    for (const QModelIndex& i : m_ui->objectTable->selectionModel()->selectedRows(DriveModel::Name)) {
        const QModelIndex source = m_proxy->mapToSource(i);
        if (!m_model->data(source, DriveModel::IsFolderRole).toBool())
            keys << m_model->data(source, DriveModel::KeyRole).toString();
    }
    return keys;
}

bool DrivePane::selectKeys(const QStringList& keys)
{
    QItemSelection selection;
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const QModelIndex i = m_proxy->index(r, DriveModel::Name);
        if (keys.contains(i.data(DriveModel::KeyRole).toString()))
            selection.select(i, m_proxy->index(r, DriveModel::ColumnCount - 1));
    }
    m_ui->objectTable->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    return selectedKeys().size() == keys.size();
}

void DrivePane::deleteSelected()
{
    const QStringList keys = selectedKeys();
    if (!runner() || keys.isEmpty())
        return;
    const Result<Operation> op = DriveOperations::deleteObjects(m_model->bucket(), keys, QDateTime::currentDateTime());
    if (!op) {
        showError(op.errorMessage());
        return;
    }
    run(*op,
        tr("Deleted %n object(s); the copies are in the drive container: %1", nullptr, int(keys.size()))
            .arg(op->backupPath + (keys.size() > 1 ? tr(" and beside it") : QString())));
}

void DrivePane::resyncSelected()
{
    const QStringList keys = selectedKeys();
    if (!runner() || keys.size() != 1)
        return;
    const Result<Operation> op = DriveOperations::resync(m_model->bucket(), keys.first());
    if (!op) {
        showError(op.errorMessage());
        return;
    }
    run(*op, tr("%1 has a new ETag: DriveMonitor processes it again on its next pass.").arg(keys.first()));
}

void DrivePane::run(const Operation& op, const QString& success)
{
    Task* task = perform(op); // confirmation, PROD typed name, journal; a refusal shows in the banner
    if (!task)
        return;
    const QString bucket = m_model->bucket();
    const QString prefix = m_model->prefix();
    auto done = [this, task = QPointer<Task>(task), bucket, prefix, success, action = op.action] {
        const bool ok = task && task->state() == Task::State::Succeeded;
        if (m_model->bucket() == bucket && m_model->prefix() == prefix)
            listPrefix(bucket, prefix); // clears the banner: the outcome comes after
        if (ok)
            showInformation(success);
        else
            showError(tr("%1 failed: %2").arg(action, task ? task->message() : QString()));
        Q_EMIT operationDone(ok);
    };
    if (!task->isRunning())
        done();
    else
        connect(task, &Task::finished, this, done, Qt::SingleShotConnection);
}

void DrivePane::refresh()
{
    listBuckets();
    if (!m_model->bucket().isEmpty())
        listPrefix(m_model->bucket(), m_model->prefix());
}

void DrivePane::openBucket(const QString& bucket)
{
    for (int i = 0; i < m_ui->bucketTree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_ui->bucketTree->topLevelItem(i);
        if (item->data(0, kBucketRole).toString() == bucket)
            m_ui->bucketTree->setCurrentItem(item);
    }
    listPrefix(bucket, QString());
}

QStringList DrivePane::bucketNames() const
{
    QStringList out;
    for (int i = 0; i < m_ui->bucketTree->topLevelItemCount(); ++i)
        out << m_ui->bucketTree->topLevelItem(i)->data(0, kBucketRole).toString();
    return out;
}

void DrivePane::listBuckets()
{
    if (!runner() || !m_bucketQuery)
        return;
    RemoteCommand list = DriveCommands::list(QString(), QString(), false);
    list.output = RemoteCommand::Output::Collect; // parsed off the GUI thread at the end
    m_bucketQuery->run(
        list,
        [](const CommandResult& r) -> Result<McJsonStream::Batch> {
            McJsonStream::Batch b = McJsonStream::parseAll(r.stdoutData);
            if (!b.errors.isEmpty())
                return Error::of(b.errors.join(QLatin1Char(' ')), r.exitCode);
            if (!r.succeeded())
                return Error::of(describeFailure(r), r.exitCode);
            return b;
        },
        [this](const Result<McJsonStream::Batch>& b) { onBucketsListed(b); });
}

void DrivePane::onBucketsListed(const Result<McJsonStream::Batch>& batch)
{
    if (!batch) {
        // The tree keeps what an earlier listing showed.
        m_bucketError = tr("Could not list the buckets: %1").arg(batch.errorMessage());
        showError(m_bucketError);
        return;
    }
    if (!m_bucketError.isEmpty() && banner()->text() == m_bucketError)
        banner()->clearMessage();
    m_bucketError.clear();
    // Keep the open branches of buckets that are still there.
    QHash<QString, QTreeWidgetItem*> old;
    for (int i = m_ui->bucketTree->topLevelItemCount() - 1; i >= 0; --i) {
        QTreeWidgetItem* item = m_ui->bucketTree->takeTopLevelItem(i);
        old.insert(item->data(0, kBucketRole).toString(), item);
    }
    for (const DriveEntry& e : batch->entries) {
        const QString bucket = e.key.endsWith(QLatin1Char('/')) ? e.key.chopped(1) : e.key;
        QTreeWidgetItem* item = old.take(bucket);
        if (!item) {
            item = new QTreeWidgetItem({ bucket });
            item->setData(0, kBucketRole, bucket);
            item->setData(0, kPrefixRole, QString());
            item->setChildIndicatorPolicy(QTreeWidgetItem::ShowIndicator);
        }
        m_ui->bucketTree->addTopLevelItem(item);
    }
    if (!old.isEmpty()) {
        stopExpanding(); // some of them may list below a bucket that is gone
        qDeleteAll(old);
    }
    // Nothing shown yet: the first bucket, rather than an empty table.
    if (m_model->bucket().isEmpty() && m_ui->bucketTree->topLevelItemCount() > 0 && !isListing()) {
        QTreeWidgetItem* first = m_ui->bucketTree->topLevelItem(0);
        m_ui->bucketTree->setCurrentItem(first);
        listPrefix(first->data(0, kBucketRole).toString(), QString());
    }
    Q_EMIT bucketsListed();
}

void DrivePane::expandItem(QTreeWidgetItem* item)
{
    if (!runner() || item->data(0, kLoadedRole).toBool())
        return;
    item->setData(0, kLoadedRole, true);
    const QString bucket = item->data(0, kBucketRole).toString();
    const QString prefix = item->data(0, kPrefixRole).toString();
    // A prefix may hold thousands of objects: parsed off the GUI thread, only its folders kept.
    auto* listing = new McListing(host()->runner(), this);
    m_expanding.insert(item, listing);
    connect(listing, &McListing::entriesReady, this, [this, item, bucket, prefix](const QList<DriveEntry>& entries) {
        for (const DriveEntry& e : entries) {
            if (!e.isFolder)
                continue;
            const QString full = prefix + e.key;
            const QString role = driveRole(bucket, full);
            auto* child = new QTreeWidgetItem(item, { role.isEmpty() ? e.key : tr("%1  (%2)").arg(e.key, role) });
            child->setData(0, kBucketRole, bucket);
            child->setData(0, kPrefixRole, full);
            child->setChildIndicatorPolicy(QTreeWidgetItem::ShowIndicator);
        }
    });
    connect(listing, &McListing::finished, this, [this, item, listing](const McListing::Outcome& o) {
        m_expanding.remove(item);
        listing->deleteLater();
        if (!o.result.succeeded() || !o.errors.isEmpty()) {
            item->setData(0, kLoadedRole, false); // expanding again retries
            showError(tr("Could not list %1: %2")
                          .arg(item->text(0), o.errors.isEmpty() ? describeFailure(o.result) : o.errors.join(u' ')));
            return;
        }
        if (item->childCount() == 0)
            item->setChildIndicatorPolicy(QTreeWidgetItem::DontShowIndicatorWhenChildless);
    });
    listing->start(DriveCommands::list(bucket, prefix, false));
}

void DrivePane::stopExpanding()
{
    for (auto it = m_expanding.cbegin(); it != m_expanding.cend(); ++it) {
        it.key()->setData(0, kLoadedRole, false);
        delete it.value();
    }
    m_expanding.clear();
}

void DrivePane::cancelListing()
{
    if (isListing()) {
        m_listing->cancel();
        m_ui->cancelButton->setEnabled(false);
        updateCount();
    }
}

void DrivePane::updateCount()
{
    if (m_model->bucket().isEmpty() && !isListing()) {
        m_ui->countLabel->setText(tr("Choose a bucket on the left."));
        return;
    }
    QString text = tr("%n object(s)", nullptr, m_model->rowCount());
    if (m_proxy->rowCount() != m_model->rowCount())
        text = tr("%1 of %2").arg(m_proxy->rowCount()).arg(text);
    if (isListing())
        text += tr(" — listing…");
    m_ui->countLabel->setText(text);
}

QString DrivePane::countText() const
{
    return m_ui->countLabel->text();
}

void DrivePane::listPrefix(const QString& bucket, const QString& prefix)
{
    if (!runner())
        return;
    cancelListing();
    banner()->clearMessage(); // a new place: an old message no longer applies
    m_model->reset(bucket, prefix);
    m_ui->cancelButton->setEnabled(true);
    m_listing->start(DriveCommands::list(bucket, prefix, false));
    updateCount();
}

void DrivePane::onListingFinished(const McListing::Outcome& outcome)
{
    m_ui->cancelButton->setEnabled(false);
    updateCount();
    if (!outcome.errors.isEmpty())
        showError(outcome.errors.join(QLatin1Char(' ')));
    else if (!outcome.result.succeeded() && outcome.result.status != CommandResult::Status::Cancelled)
        showError(tr("Listing failed: %1").arg(describeFailure(outcome.result)));
    Q_EMIT listingFinished();
}

void DrivePane::openObject(const QString& bucket, const QString& key)
{
    if (!runner())
        return;
    for (int i = 0; i < editorCount(); ++i) {
        if (editorAt(i)->bucket() == bucket && editorAt(i)->key() == key) {
            m_ui->editorTabs->setCurrentIndex(i);
            return;
        }
    }
    // One command reads the ETag and the bytes (RemoteFile checks they belong together).
    RemoteFile* file = newRemoteFile(RemoteLocation::minioObject(bucket, key));
    connect(file, &RemoteFile::opened, this, [this, file](const RemoteSnapshot& s) {
        file->disconnect(this);
        addEditor(file, s, false);
    });
    connect(file, &RemoteFile::openFailed, this, [this, file, key](const QString& message, int) {
        file->deleteLater();
        showError(tr("Could not open %1: %2").arg(key, message));
    });
    file->open();
}

RemoteFile* DrivePane::newRemoteFile(const RemoteLocation& location)
{
    auto* file = new RemoteFile(host()->runner(), location, this);
    // Saves are Operations through the host context: confirmation, PROD guard, journal. A refusal
    // is explained in the pane's banner.
    file->setPerformer([this](const Operation& op) -> Result<Task*> {
        if (Task* task = perform(op))
            return task;
        return Error::of(tr("Not saved; nothing was written."));
    });
    return file;
}

DriveEditorTab* DrivePane::addEditor(RemoteFile* file, const RemoteSnapshot& snapshot, bool modified)
{
    auto* tab = new DriveEditorTab(
        host()->runner(), file, snapshot, m_autosave.get(), host()->profile().name, modified, m_ui->editorTabs);
    const int index = m_ui->editorTabs->addTab(tab, tab->title());
    m_ui->editorTabs->show();
    m_ui->editorTabs->setTabToolTip(index, file->location().displayName());
    m_ui->editorTabs->setCurrentIndex(index);
    connect(tab, &DriveEditorTab::titleChanged, this, [this, tab] {
        const int i = m_ui->editorTabs->indexOf(tab);
        if (i >= 0)
            m_ui->editorTabs->setTabText(i, tab->title());
    });
    Q_EMIT editorOpened(tab);
    return tab;
}

void DrivePane::setAutosaveDirectory(const QString& directory)
{
    m_autosave = std::make_unique<AutosaveStore>(directory);
    showRecoverable();
}

void DrivePane::onProfileChanged(const HostProfile& profile)
{
    Q_UNUSED(profile)
    showRecoverable();
}

void DrivePane::showRecoverable()
{
    if (!host() || !host()->hasProfile()) {
        m_recovery->setEntries({});
        return;
    }
    // A small directory of small files; read when the profile changes, not per edit.
    const AutosaveStore::Listing listing = m_autosave->list(host()->profile().name);
    QList<AutosaveEntry> mine;
    for (const AutosaveEntry& e : listing.entries) {
        bool open = false;
        for (int i = 0; i < editorCount(); ++i)
            open = open || editorAt(i)->file()->location() == e.location;
        if (e.location.isMinio() && !open)
            mine << e;
    }
    m_recovery->setEntries(mine, listing.problems);
}

void DrivePane::restore(const AutosaveEntry& entry)
{
    for (int i = 0; i < editorCount(); ++i) {
        if (editorAt(i)->file()->location() == entry.location) {
            showWarning(
                tr("%1 is open already; close it first to restore the kept edit.").arg(entry.location.displayName()));
            return;
        }
    }
    RemoteFile* file = newRemoteFile(entry.location);
    // The next save checks against the version the edit was based on.
    file->setBaseVersion(entry.baseVersion);
    addEditor(file, RemoteSnapshot { entry.location, entry.bytes, entry.baseVersion }, true);
    showInformation(tr("Restored the unsaved edit of %1 from %2. Save it to write it to the drive.")
                        .arg(entry.location.displayName(), QLocale().toString(entry.savedAt.toLocalTime())));
}

int DrivePane::editorCount() const
{
    return m_ui->editorTabs->count();
}

DriveEditorTab* DrivePane::editorAt(int index) const
{
    return qobject_cast<DriveEditorTab*>(m_ui->editorTabs->widget(index));
}

bool DrivePane::closeEditor(int index)
{
    DriveEditorTab* tab = editorAt(index);
    if (!tab)
        return true;
    if (tab->isModified()) {
        switch (askUnsaved(tab->key().section(QLatin1Char('/'), -1))) {
        case UnsavedAnswer::Cancel:
            return false;
        case UnsavedAnswer::Save:
            // Closes once the save went through; stays open (with the reason) when it did not.
            connect(tab, &DriveEditorTab::saved, this, [this, tab] {
                const int i = m_ui->editorTabs->indexOf(tab);
                if (i >= 0) {
                    m_ui->editorTabs->removeTab(i);
                    tab->deleteLater();
                    m_ui->editorTabs->setVisible(m_ui->editorTabs->count() > 0);
                }
            });
            tab->save();
            return false;
        case UnsavedAnswer::Discard:
            break;
        }
    }
    tab->discardAutosave(); // saved or thrown away: nothing to recover
    m_ui->editorTabs->removeTab(index);
    tab->deleteLater();
    m_ui->editorTabs->setVisible(m_ui->editorTabs->count() > 0);
    return true;
}
