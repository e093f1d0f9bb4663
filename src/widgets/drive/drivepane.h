#pragma once

#include "core/drive/localuploadscan.h"
#include "core/drive/mclisting.h"
#include "core/host/latestquery.h"
#include "core/host/remotelocation.h"
#include "widgets/common/pane.h"

#include <QHash>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class DrivePane;
}
class AutosaveRecoveryWidget;
class AutosaveStore;
class CommandJob;
class RemoteFile;
struct AutosaveEntry;
struct RemoteLocation;
struct RemoteSnapshot;
class CommandRunner;
class DriveEditorTab;
class DriveModel;
class QAction;
class QSortFilterProxyModel;
class QTreeWidgetItem;

// The Drive tab: MinIO buckets and prefixes as a lazy tree, the objects of the selected prefix in a
// sortable, filterable table filled while `mc ls --json` streams (count and cancel), and editor tabs
// for .bas/config.csv/.gbot/.md/.txt/.json objects (several at once; unsaved mark; closing asks).
// Commands run over the host context's runner; errors show in the pane's banner.
class DrivePane : public Pane
{
    Q_OBJECT
public:
    explicit DrivePane(QWidget* parent = nullptr);
    ~DrivePane() override;

    static QString displayTitle() { return tr("Drive"); }
    QString title() const override { return displayTitle(); }
    QList<QAction*> paneActions() const override;

    // Answer to "save changes?" on close: Save, Discard or Cancel. Replaceable for tests.
    enum class UnsavedAnswer
    {
        Save,
        Discard,
        Cancel,
    };
    std::function<UnsavedAnswer(const QString& name)> askUnsaved;
    // The dialogs of the transfer actions, replaceable for tests: a local folder for downloads
    // (empty: cancelled), local files or one folder for uploads, the new key of a rename.
    std::function<QString()> chooseDownloadFolder;
    std::function<QStringList()> chooseUploadFiles;
    std::function<QString()> chooseUploadFolder;
    std::function<std::optional<QString>(const QString& key)> askNewKey;

    DriveModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    int editorCount() const;
    DriveEditorTab* editorAt(int index) const;
    bool isListing() const { return m_listing && m_listing->isRunning(); }
    bool isListingBuckets() const { return m_bucketQuery && m_bucketQuery->isRunning(); }
    QString countText() const;
    QStringList bucketNames() const;

    QStringList selectedKeys() const; // the selected objects (folders left out)
    bool selectKeys(const QStringList& keys);
    QAction* deleteAction() const { return m_delete; }
    QAction* resyncAction() const { return m_resync; }
    QAction* downloadAction() const { return m_download; }
    QAction* uploadAction() const { return m_upload; }
    QAction* renameAction() const { return m_rename; }

    // Downloads objects of the shown bucket (sizes from the listing) into `folder`.
    void downloadTo(const QStringList& keys, const QString& folder);
    // Uploads local files and folders (recursively, the folder's name kept) below `prefix` of the
    // shown bucket: what would be overwritten is looked up first, the upload is confirmed once
    // (PROD: typed name), streamed, then installed as one Operation. Drops land here too.
    void uploadPaths(const QStringList& localPaths, const QString& prefix);
    // Rename or move one object of the shown bucket (copy + delete as one Operation).
    void renameObject(const QString& key, const QString& newKey);
    // Removes what uploads interrupted between staging and install left in the drive container's
    // /tmp (DriveCommands::sweepStaged: our own names only, older than a day). Runs once after
    // each connect as a cancellable task; sweptStaged() reports what went.
    void sweepStagedUploads();

    void listPrefix(const QString& bucket, const QString& prefix);
    void openObject(const QString& bucket, const QString& key);
    bool closeEditor(int index); // false when the user cancelled
    static bool isEditable(const QString& key);
    // Where unsaved edits are kept (default: AutosaveStore::defaultDirectory()); tests use a temp dir.
    void setAutosaveDirectory(const QString& directory);
    AutosaveRecoveryWidget* recoveryWidget() const { return m_recovery; }

public Q_SLOTS:
    void refresh();
    void deleteSelected();
    void resyncSelected();
    void downloadSelected();
    void uploadFiles();
    void uploadFolder();
    void renameSelected();
    // Shows the root of `bucket` (e.g. "Open in Drive" from the Bots pane).
    void openBucket(const QString& bucket);

Q_SIGNALS:
    void listingFinished();
    void bucketsListed();
    void editorOpened(DriveEditorTab* tab);
    void operationDone(bool ok);
    // A download, or an upload with its install, ended (ok: everything arrived).
    void transferFinished(bool ok, const QString& message);
    // The sweep of stale staged uploads ended (ok false: failed or cancelled).
    void sweptStaged(bool ok, const QStringList& removed);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void onAttached() override;
    void onConnected() override;
    void onDisconnected() override;
    void onProfileChanged(const HostProfile& profile) override;

private:
    CommandRunner* runner() const;
    void listBuckets();
    void onBucketsListed(const Result<McJsonStream::Batch>& batch);
    void expandItem(QTreeWidgetItem* item);
    void cancelListing();
    void onListingFinished(const McListing::Outcome& outcome);
    void stopExpanding();
    void updateCount();
    void updateActions();
    RemoteFile* newRemoteFile(const RemoteLocation& location);
    DriveEditorTab* addEditor(RemoteFile* file, const RemoteSnapshot& snapshot, bool modified);
    void showRecoverable();
    void run(const Operation& op, const QString& success);
    void restore(const AutosaveEntry& entry);
    using LocalFile = LocalUploadScan::File;
    void listExistingAndUpload(
        const QString& bucket, const QString& prefix, const QList<LocalFile>& files, bool folders);
    void startUpload(
        const QString& bucket, const QList<LocalFile>& files, const QHash<QString, RemoteVersion>& existing);
    // Where a drop at `pos` uploads to; none over another bucket (uploads go to the shown one).
    std::optional<QString> dropPrefix(QObject* view, const QPoint& pos) const;

    std::unique_ptr<Ui::DrivePane> m_ui;
    DriveModel* m_model;
    QSortFilterProxyModel* m_proxy;
    std::unique_ptr<LatestQuery<McJsonStream::Batch>> m_bucketQuery;
    McListing* m_listing = nullptr; // the objects of the shown prefix (created when attached)
    QHash<QTreeWidgetItem*, McListing*> m_expanding; // tree branches being listed
    QString m_bucketError; // shown in the banner until a listing succeeds
    QAction* m_refresh = nullptr;
    QAction* m_delete = nullptr;
    QAction* m_resync = nullptr;
    QAction* m_download = nullptr;
    QAction* m_upload = nullptr;
    QAction* m_uploadFolder = nullptr;
    QAction* m_rename = nullptr;
    std::unique_ptr<AutosaveStore> m_autosave;
    AutosaveRecoveryWidget* m_recovery;
};
