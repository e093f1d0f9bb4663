#include "widgets/drive/drivepane.h"

#include "core/drive/drivecommands.h"
#include "core/drive/drivemodel.h"
#include "core/drive/drivetransfer.h"
#include "core/drive/localuploadscan.h"
#include "core/drive/mclisting.h"
#include "core/host/autosavestore.h"
#include "core/host/commandrunner.h"
#include "core/host/hostconnection.h"
#include "core/host/hostprofile.h"
#include "core/host/operation.h"
#include "core/host/remotefile.h"
#include "core/host/tasklistmodel.h"
#include "ui_drivepane.h"
#include "widgets/common/autosaverecoverywidget.h"
#include "widgets/common/messagebanner.h"
#include "widgets/drive/driveeditortab.h"

#include <QAction>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QToolButton>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <memory>

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
    // Never narrower than the (translated) column title.
    QHeaderView* header = m_ui->objectTable->horizontalHeader();
    m_ui->objectTable->setColumnWidth(DriveModel::Size,
        std::max(fm.horizontalAdvance(QStringLiteral("0000.0 MiB")) + 16, header->sectionSizeHint(DriveModel::Size)));
    m_ui->objectTable->setColumnWidth(DriveModel::Modified,
        std::max(fm.horizontalAdvance(QLocale::system().toString(
                     QDateTime(QDate(2026, 12, 28), QTime(23, 59, 59)), QLocale::ShortFormat))
                + 16,
            header->sectionSizeHint(DriveModel::Modified)));
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
    m_download = new QAction(tr("Download…"), this);
    m_download->setToolTip(tr("Save the selected objects into a folder on this computer"));
    connect(m_download, &QAction::triggered, this, &DrivePane::downloadSelected);
    m_upload = new QAction(tr("Upload…"), this);
    m_upload->setToolTip(tr("Upload files into the shown folder (you can also drop files and folders on the table)"));
    connect(m_upload, &QAction::triggered, this, &DrivePane::uploadFiles);
    m_uploadFolder = new QAction(tr("Upload folder…"), this);
    m_uploadFolder->setToolTip(tr("Upload a folder with everything below it into the shown folder"));
    connect(m_uploadFolder, &QAction::triggered, this, &DrivePane::uploadFolder);
    m_rename = new QAction(tr("Rename or move…"), this);
    m_rename->setShortcut(Qt::Key_F2);
    m_rename->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_rename->setToolTip(tr("Give the selected object a new name or folder (copied, then the original removed)"));
    connect(m_rename, &QAction::triggered, this, &DrivePane::renameSelected);
    for (QAction* a : { m_download, m_upload, m_rename, m_resync, m_delete }) {
        auto* button = new QToolButton(this);
        button->setDefaultAction(a);
        m_ui->filterLayout->insertWidget(m_ui->filterLayout->indexOf(m_ui->refreshButton), button);
    }
    m_ui->objectTable->addActions({ m_download, m_upload, m_uploadFolder, m_rename, m_resync, m_delete });
    // Files and folders dropped from the desktop are uploaded (onto a folder row: into that folder).
    m_ui->objectTable->setAcceptDrops(true);
    m_ui->objectTable->viewport()->setAcceptDrops(true);
    m_ui->objectTable->viewport()->installEventFilter(this);
    m_ui->bucketTree->setAcceptDrops(true);
    m_ui->bucketTree->viewport()->setAcceptDrops(true);
    m_ui->bucketTree->viewport()->installEventFilter(this);
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
    chooseDownloadFolder = [this] {
        return QFileDialog::getExistingDirectory(
            this, tr("Download into folder"), QStandardPaths::writableLocation(QStandardPaths::DownloadLocation));
    };
    chooseUploadFiles = [this] { return QFileDialog::getOpenFileNames(this, tr("Upload files")); };
    chooseUploadFolder = [this] { return QFileDialog::getExistingDirectory(this, tr("Upload folder")); };
    askNewKey = [this](const QString& key) -> std::optional<QString> {
        bool ok = false;
        const QString text = QInputDialog::getText(this, tr("Rename or move"),
            tr("New name of the object, with its folders inside the bucket (end with a slash to keep the name):"),
            QLineEdit::Normal, key, &ok);
        if (!ok)
            return std::nullopt;
        return text;
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
    // Housekeeping of our own leftovers: each connect is the first chance after a crash.
    sweepStagedUploads();
}

void DrivePane::sweepStagedUploads()
{
    CommandRunner* r = runner();
    if (!r)
        return;
    // Our own private temp files (mode 600, a name nobody else uses) that no upload can still be
    // using after a day: removed without asking, but in the task panel with what went, and a
    // banner line when something was there. It still changes the host, so the safety rules of
    // every mutating operation decide whether it may run (a read-only profile: no).
    const QString tmp = QStringLiteral("/tmp");
    Operation sweep;
    sweep.action = tr("Remove stale partial uploads (older than a day) from the drive container's %1").arg(tmp);
    sweep.targets = { tmp };
    sweep.commands = { DriveCommands::sweepStaged() };
    if (!OperationPolicy::permitted(sweep, host()->profile()))
        return;
    auto* task = new Task(sweep.action, host()->profile().name, this);
    host()->tasks()->addTask(task);
    CommandJob* job = r->run(sweep.commands.first(), this);
    connect(task, &Task::cancelRequested, job, &CommandJob::cancel);
    connect(
        job, &CommandJob::finished, this, [this, job, tmp, task = QPointer<Task>(task)](const CommandResult& result) {
            job->deleteLater();
            if (!result.succeeded()) {
                const bool cancelled = result.status == CommandResult::Status::Cancelled;
                if (task)
                    task->finish(cancelled ? Task::State::Cancelled : Task::State::Failed, describeFailure(result));
                Q_EMIT sweptStaged(false, {});
                return;
            }
            const QStringList removed = DriveCommands::parseSwept(result.stdoutData);
            if (task && removed.isEmpty()) {
                // Nothing was left behind: no line in the task panel on every connect.
                task->finish(Task::State::Succeeded, {});
                host()->tasks()->removeFinished(task);
            } else if (task) {
                task->finish(Task::State::Succeeded,
                    tr("Removed %n partial upload(s): %1", nullptr, int(removed.size()))
                        .arg(removed.join(QStringLiteral(", "))));
            }
            if (!removed.isEmpty())
                showInformation(tr("Removed %n partial upload(s) that an interrupted upload left in the drive "
                                   "container's %1.",
                    nullptr, int(removed.size()))
                                    .arg(tmp));
            Q_EMIT sweptStaged(true, removed);
        });
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
    m_download->setEnabled(connected && selected > 0);
    m_rename->setEnabled(connected && selected == 1);
    const bool inBucket = connected && !m_model->bucket().isEmpty();
    m_upload->setEnabled(inBucket);
    m_uploadFolder->setEnabled(inBucket);
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
            .arg(op->backupPaths().join(QStringLiteral(", "))));
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

void DrivePane::downloadSelected()
{
    const QStringList keys = selectedKeys();
    if (!runner() || keys.isEmpty())
        return;
    const QString folder = chooseDownloadFolder();
    if (!folder.isEmpty())
        downloadTo(keys, folder);
}

void DrivePane::downloadTo(const QStringList& keys, const QString& folder)
{
    if (!runner() || keys.isEmpty())
        return;
    QHash<QString, qint64> sizes;
    for (int r = 0; r < m_model->rowCount(); ++r)
        sizes.insert(m_model->data(m_model->index(r, 0), DriveModel::KeyRole).toString(), m_model->entry(r).size);
    QList<DriveDownload::Item> items;
    for (const QString& key : keys)
        items << DriveDownload::Item { key, sizes.value(key, -1) };
    auto* download
        = new DriveDownload(host()->runner(), m_model->bucket(), items, folder, host()->profile().name, this);
    host()->tasks()->addTask(download->task());
    connect(download, &DriveDownload::finished, this, [this, download](bool ok, const QString& message) {
        download->deleteLater();
        if (ok)
            showInformation(message);
        else if (download->task() && download->task()->state() == Task::State::Cancelled)
            showInformation(message);
        else
            showError(message);
        Q_EMIT transferFinished(ok, message);
    });
    download->start();
}

void DrivePane::uploadFiles()
{
    if (!runner() || m_model->bucket().isEmpty())
        return;
    const QStringList files = chooseUploadFiles();
    if (!files.isEmpty())
        uploadPaths(files, m_model->prefix());
}

void DrivePane::uploadFolder()
{
    if (!runner() || m_model->bucket().isEmpty())
        return;
    const QString folder = chooseUploadFolder();
    if (!folder.isEmpty())
        uploadPaths({ folder }, m_model->prefix());
}

void DrivePane::uploadPaths(const QStringList& localPaths, const QString& prefix)
{
    const QString bucket = m_model->bucket();
    if (!runner() || bucket.isEmpty())
        return;
    // A folder may hold many thousands of files (or sit on a slow share): it is read off the GUI
    // thread, as a task that can be cancelled when a folder is among the paths.
    bool folders = false;
    for (const QString& path : localPaths)
        folders = folders || QFileInfo(path).isDir();
    auto cancel = std::make_shared<std::atomic_bool>(false);
    QPointer<Task> task;
    if (folders) {
        task = new Task(tr("Reading the files to upload to %1").arg(DriveCommands::target(bucket, prefix)),
            host()->profile().name, this);
        task->setMessage(tr("Reading folders…"));
        connect(task, &Task::cancelRequested, this, [cancel] { cancel->store(true); });
        host()->tasks()->addTask(task);
    }
    using Scan = Result<LocalUploadScan::Found>;
    auto* watcher = new QFutureWatcher<Scan>(this);
    // The pane going away stops the walk too.
    connect(watcher, &QObject::destroyed, this, [cancel] { cancel->store(true); });
    connect(watcher, &QFutureWatcher<Scan>::finished, this, [this, watcher, task, bucket, prefix] {
        watcher->deleteLater();
        const Scan scanned = watcher->result();
        if (!scanned) {
            const bool stopped = scanned.error().code == LocalUploadScan::Cancelled;
            if (task)
                task->finish(stopped ? Task::State::Cancelled : Task::State::Failed, scanned.errorMessage());
            if (stopped)
                showInformation(scanned.errorMessage());
            else
                showError(scanned.errorMessage());
            return;
        }
        const QList<LocalFile>& found = scanned->files;
        if (task)
            task->finish(Task::State::Succeeded, tr("%n file(s) to upload.", nullptr, int(found.size())));
        if (found.isEmpty()) {
            showWarning(tr("Nothing to upload: the folder holds no files."));
            return;
        }
        if (!runner() || m_model->bucket() != bucket)
            return; // disconnected or another bucket shown meanwhile: nothing is sent
        listExistingAndUpload(bucket, prefix, found, scanned->folders);
    });
    watcher->setFuture(QtConcurrent::run([localPaths, bucket, prefix, cancel] {
        return LocalUploadScan::scan(localPaths, bucket, prefix, cancel.get());
    }));
}

void DrivePane::listExistingAndUpload(
    const QString& bucket, const QString& prefix, const QList<LocalFile>& files, bool folders)
{
    // What is there now decides which uploads overwrite (asked, backed up) and is checked again
    // right before each install.
    RemoteCommand list = DriveCommands::list(bucket, prefix, folders);
    list.output = RemoteCommand::Output::Collect;
    CommandJob* job = host()->runner()->run(list, this);
    connect(job, &CommandJob::finished, this, [this, job, bucket, prefix, files](const CommandResult& r) {
        job->deleteLater();
        const McJsonStream::Batch b = McJsonStream::parseAll(r.stdoutData);
        if (!b.errors.isEmpty() || !r.succeeded()) {
            showError(tr("Could not check what is in %1: %2")
                          .arg(DriveCommands::target(bucket, prefix),
                              b.errors.isEmpty() ? describeFailure(r) : b.errors.join(u' ')));
            return;
        }
        QHash<QString, RemoteVersion> existing;
        for (const DriveEntry& e : b.entries) {
            if (e.isFolder)
                continue;
            RemoteVersion v;
            v.exists = true;
            v.size = e.size;
            v.etag = e.etag;
            existing.insert(prefix + e.key, v);
        }
        startUpload(bucket, files, existing);
    });
}

void DrivePane::startUpload(
    const QString& bucket, const QList<LocalFile>& files, const QHash<QString, RemoteVersion>& existing)
{
    if (!runner())
        return;
    QList<DriveUpload::File> transfer;
    QList<DriveOperations::UploadItem> items;
    QStringList overwritten;
    for (const LocalFile& f : files) {
        transfer << DriveUpload::File { f.path, f.key, f.size, DriveCommands::newStagingPath() };
        const RemoteVersion seen = existing.value(f.key, RemoteVersion::absent());
        items << DriveOperations::UploadItem { f.key, transfer.last().stagingPath, f.size, seen };
        if (seen.exists)
            overwritten << f.key;
    }
    Result<Operation> op = DriveOperations::uploadObjects(bucket, items, QDateTime::currentDateTime());
    if (!op) {
        showError(op.errorMessage());
        return;
    }
    if (!overwritten.isEmpty())
        op->action += u' '
            + tr("(replaces %n existing object(s); each is copied to the drive container's /tmp first)", nullptr,
                int(overwritten.size()));
    // Confirmed before any byte goes out (a PROD answer without the right name is refused here);
    // the install runs on this consent once all arrived, and only the commands that were shown.
    const Result<OperationConsent> consent = host()->confirm(*op);
    if (!consent) {
        if (consent.error().code != HostConnection::NotConfirmed)
            showError(consent.errorMessage());
        return;
    }
    auto* upload = new DriveUpload(host()->runner(), transfer, op->action, host()->profile().name, this);
    host()->tasks()->addTask(upload->task());
    QStringList staging;
    for (const DriveUpload::File& f : std::as_const(transfer))
        staging << f.stagingPath;
    const QString prefix = m_model->prefix();
    connect(upload, &DriveUpload::finished, this,
        [this, upload, operation = *op, consent = *consent, staging, bucket, prefix](bool ok, const QString& message) {
            if (!ok) {
                upload->deleteLater();
                if (upload->task() && upload->task()->state() == Task::State::Cancelled)
                    showInformation(message);
                else
                    showError(message);
                Q_EMIT transferFinished(false, message);
                return;
            }
            const Result<Task*> task = host()->performWithConsent(operation, consent);
            // Whatever the install did, no staged copy stays in the drive container.
            auto discard = [this, staging] {
                if (CommandJob* j = host()->runner()->run(DriveCommands::discardStaged(staging), this))
                    connect(j, &CommandJob::finished, j, &QObject::deleteLater);
            };
            if (!task) {
                discard();
                upload->finishTask(false, task.errorMessage());
                upload->deleteLater();
                showError(task.errorMessage());
                Q_EMIT transferFinished(false, task.errorMessage());
                return;
            }
            auto done = [this, upload, t = QPointer<Task>(*task), discard, bucket, prefix, action = operation.action] {
                const bool installed = t && t->state() == Task::State::Succeeded;
                const QString text = installed ? tr("%1: done.").arg(action)
                                               : tr("%1 failed: %2").arg(action, t ? t->message() : QString());
                discard();
                upload->finishTask(installed, text);
                upload->deleteLater();
                if (m_model->bucket() == bucket && m_model->prefix() == prefix)
                    listPrefix(bucket, prefix);
                if (installed)
                    showInformation(text);
                else
                    showError(text);
                Q_EMIT transferFinished(installed, text);
            };
            if (!(*task)->isRunning())
                done();
            else
                connect(*task, &Task::finished, this, done, Qt::SingleShotConnection);
        });
    upload->start();
}

void DrivePane::renameSelected()
{
    const QStringList keys = selectedKeys();
    if (!runner() || keys.size() != 1)
        return;
    const std::optional<QString> answer = askNewKey(keys.first());
    if (!answer)
        return;
    QString newKey = *answer; // not trimmed: a name may end in a blank
    if (newKey.endsWith(u'/'))
        newKey += keys.first().section(u'/', -1);
    renameObject(keys.first(), newKey);
}

void DrivePane::renameObject(const QString& key, const QString& newKey)
{
    if (!runner())
        return;
    const Result<Operation> op
        = DriveOperations::renameObject(m_model->bucket(), key, newKey, QDateTime::currentDateTime());
    if (!op) {
        showError(op.errorMessage());
        return;
    }
    run(*op,
        tr("Moved %1 to %2; a copy of the original is in the drive container: %3").arg(key, newKey, op->backupPath));
}

std::optional<QString> DrivePane::dropPrefix(QObject* view, const QPoint& pos) const
{
    if (view == m_ui->bucketTree->viewport()) {
        QTreeWidgetItem* item = m_ui->bucketTree->itemAt(pos);
        if (!item || item->data(0, kBucketRole).toString() != m_model->bucket())
            return std::nullopt; // another bucket: not offered (uploads go to the shown bucket)
        return item->data(0, kPrefixRole).toString();
    }
    const QModelIndex index = m_ui->objectTable->indexAt(pos);
    if (index.isValid()) {
        const QModelIndex source = m_proxy->mapToSource(index);
        if (m_model->data(source, DriveModel::IsFolderRole).toBool())
            return m_model->data(source, DriveModel::KeyRole).toString();
    }
    return m_model->prefix();
}

bool DrivePane::eventFilter(QObject* watched, QEvent* event)
{
    const bool ours = watched == m_ui->objectTable->viewport() || watched == m_ui->bucketTree->viewport();
    if (!ours)
        return Pane::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto* e = static_cast<QDropEvent*>(event);
        const bool can = runner() && !m_model->bucket().isEmpty() && e->mimeData()->hasUrls()
            && dropPrefix(watched, e->position().toPoint());
        if (can) {
            e->setDropAction(Qt::CopyAction);
            e->accept();
        } else {
            e->ignore();
        }
        return true;
    }
    case QEvent::Drop: {
        auto* e = static_cast<QDropEvent*>(event);
        const std::optional<QString> prefix = dropPrefix(watched, e->position().toPoint());
        QStringList paths;
        for (const QUrl& url : e->mimeData()->urls()) {
            if (url.isLocalFile())
                paths << url.toLocalFile();
        }
        if (paths.isEmpty() || !prefix) {
            e->ignore();
            return true;
        }
        e->setDropAction(Qt::CopyAction);
        e->accept();
        uploadPaths(paths, *prefix);
        return true;
    }
    default:
        return Pane::eventFilter(watched, event);
    }
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
