#pragma once

#include "core/drive/basiclint.h"
#include "core/drive/savewatch.h"
#include "core/host/remotefile.h"
#include "widgets/editor/textfileformat.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class Autosaver;
class AutosaveStore;
class CommandRunner;
class EditorView;
class MessageBanner;
class QAction;
class SaveConflictActions;

// One object open in the Drive pane's editor: the text (byte-exact unless edited), GB BASIC
// highlighting, lint as margin warnings while typing, block matching. Saving goes through the
// shared remote file edit (RemoteFile: ETag conflict check, backup in the drive container's /tmp,
// compare-and-swap upload, verify, journal), then the DriveMonitor confirmation (SaveWatch) shows
// live in the tab's banner, a compile failure marked at its line. Unsaved edits are kept locally
// (Autosaver) until saved or thrown away.
class DriveEditorTab : public QWidget
{
    Q_OBJECT
public:
    // Takes `file` over (it becomes a child). `snapshot` is what the editor starts with: what was
    // opened, or an edit kept by the autosave (then `modified`: the bytes differ from the base).
    // `runner` follows DriveMonitor after a save; `store` may be null (no autosave).
    DriveEditorTab(CommandRunner* runner, RemoteFile* file, const RemoteSnapshot& snapshot, AutosaveStore* store,
        const QString& profile, bool modified = false, QWidget* parent = nullptr);
    ~DriveEditorTab() override;

    QString bucket() const { return m_file->location().bucket; }
    QString key() const { return m_file->location().key; }
    RemoteFile* file() const { return m_file; }
    QString title() const;
    bool isModified() const;
    bool isSaving() const { return m_file->isSaving(); }
    EditorView* view() const { return m_view; }
    MessageBanner* banner() const { return m_banner; }
    QString bannerText() const;
    SaveWatch* saveWatch() const { return m_watch; }
    Autosaver* autosaver() const { return m_autosave; }
    // Conflict: what the host holds (the banner offers compare, reload and overwrite).
    std::optional<RemoteSnapshot> conflict() const;
    SaveConflictActions* conflictActions() const { return m_conflict; }

    void save();
    // "Overwrite anyway" after a conflict: saves against the version the conflict showed.
    void overwrite();
    // Reads the object again and drops the edits.
    void reload();
    // Forgets the locally kept edit (the user threw it away).
    void discardAutosave();
    // Lints the text off the GUI thread; linted() when its markers are set.
    void lintNow();

Q_SIGNALS:
    void titleChanged();
    void saved();
    void saveEnded(const RemoteSaveResult& result);
    void linted();

private:
    void setContents(const QByteArray& bytes, bool modified);
    std::optional<QByteArray> currentBytes();
    void onSaveFinished(const RemoteSaveResult& result);
    void onWatchStage(SaveWatch::Stage stage, const QString& message);
    void applyLint();

    CommandRunner* m_runner;
    RemoteFile* m_file;
    TextFileFormat m_format;
    EditorView* m_view;
    MessageBanner* m_banner;
    QAction* m_jump;
    SaveConflictActions* m_conflict;
    Autosaver* m_autosave = nullptr;
    QTimer m_lintTimer;
    QFutureWatcher<QList<LintIssue>> m_lintWatcher;
    int m_lintRevision = -1;
    bool m_lintAgain = false;
    QPointer<SaveWatch> m_watch;
    bool m_loading = false;
};
