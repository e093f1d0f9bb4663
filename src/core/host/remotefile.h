#pragma once

// Remote file editing, once, for every pane (issue 9 item 4): Drive (.bas, config.csv in MinIO),
// Bots (config.csv) and DNS (zone files in the dns container) edit remote files only through this.
//
// ## API for pane engineers
//
//   RemoteLocation loc = RemoteLocation::containerFile("dns", "/opt/gbo/data/example.com.zone");
//   RemoteLocation obj = RemoteLocation::minioObject("default.gbai", "default.gbdialog/start.bas");
//
//   auto* file = new RemoteFile(host()->runner(), loc, this);           // one per open document
//   file->setPerformer([this](const Operation& op) { return host()->perform(op); });  // confirm+journal
//   connect(file, &RemoteFile::opened, this, [](const RemoteSnapshot& s) { /* s.bytes → editor */ });
//   connect(file, &RemoteFile::openFailed, this, [](const QString& message, int code) { … });
//   connect(file, &RemoteFile::saveFinished, this, [](const RemoteSaveResult& r) { switch (r.outcome) … });
//   file->open();
//   …
//   file->save(editorBytes);                 // exact bytes: no decoding/encoding on the way
//
// Open reads the bytes and a version token in one command (MinIO: the ETag of `mc stat --json`;
// container file: size + mtime + SHA-256 computed on the host) and checks they belong together.
// Nothing blocks the GUI thread: commands run over the CommandRunner, parsing and hashing on a
// worker thread; results come back as signals on this object's thread (never after it died).
//
// save(bytes) — one RemoteSaveResult at the end, whatever happens:
//  1. conflict check: the token on the host is compared with baseVersion() (the opened one);
//     different → Outcome::Conflict, nothing written, result.remote holds the host's bytes and
//     version. Offer: show result.remote.bytes and ByteDiff::unified(result.remote.bytes, mine)
//     (bytediff.h); "Reload" = open(); "Overwrite anyway" = overwrite(mine, result.remote.version);
//     "Save a copy" = a second RemoteFile on another location with setBaseVersion(absent()) + save.
//  2. an Operation (RemoteFileCommands::saveOperation: backup to the container's /tmp under
//     Operation::backupPathFor, compare-and-swap write, verify) goes through the performer: the
//     confirmation shows its exact commands, PROD asks for the typed name, the journal records it.
//     The bytes travel on stdin only. The write compares the token again on the host right before
//     the rename (files: temp file in the same directory, owner and mode kept, `mv`) or the upload
//     (MinIO: stdin to a checked temp file in the mc container's /tmp, then one `mc pipe`, a single
//     PUT). A connection that drops mid-upload leaves a short temp file, which is never installed:
//     the remote stays entirely old or becomes entirely new.
//  3. afterwards the host is read again: Saved (result.version = the new base), or Failed with
//     "nothing changed" / Conflict when the host-side check stopped the write, or Failed with "not
//     known yet" when the connection is gone. The local bytes are never dropped (result.bytes);
//     the next save() sorts out whether an earlier one landed (the host already holds these bytes →
//     Saved).
// Refused: the performer said no (read-only profile, confirmation cancelled, PROD name wrong).
//
// Unsaved edits: AutosaveStore (autosavestore.h) keeps them locally; after restoring one, call
// setBaseVersion(entry.baseVersion) so the next save checks against the version it was based on.
// The widget AutosaveRecoveryWidget (widgets/common) offers them back.

#include "core/common/result.h"
#include "core/host/remotelocation.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class CommandJob;
class CommandRunner;
struct CommandResult;
struct Operation;
class Task;

struct RemoteSaveResult
{
    enum class Outcome
    {
        Saved, // the host holds exactly `bytes`; `version` is the new base
        Conflict, // the host holds something else than the base: nothing written; see `remote`
        Failed, // see `message`; the host holds the old bytes (or, when it could not be read, the
                // old or the new ones, never a mix)
        Cancelled, // the user cancelled the running operation; as Failed
        Refused, // the performer refused (read-only, confirmation cancelled): nothing ran
    };
    Outcome outcome = Outcome::Failed;
    RemoteVersion version; // Saved: the version on the host now
    RemoteSnapshot remote; // Conflict: what the host holds (bytes and version; absent: deleted)
    QByteArray bytes; // what was to be saved, always
    QString message; // a sentence for the banner (translated)
    QString backupPath; // where the old bytes went, when the backup ran
};
Q_DECLARE_METATYPE(RemoteSaveResult)

class RemoteFile : public QObject
{
    Q_OBJECT
public:
    // Runs an Operation after confirmation: HostConnection::perform (tests: OperationRunner::start).
    // Its refusal (read-only, confirmation cancelled, wrong PROD name) becomes Outcome::Refused.
    using Performer = std::function<Result<Task*>(const Operation&)>;

    // `runner` must outlive this object (HostConnection::runner() is stable across reconnects).
    RemoteFile(CommandRunner* runner, const RemoteLocation& location, QObject* parent = nullptr);
    ~RemoteFile() override;

    const RemoteLocation& location() const { return m_location; }
    void setPerformer(Performer performer) { m_performer = std::move(performer); }

    // The version the next save() expects on the host: set by open() and by a successful save.
    // Until one of them (or setBaseVersion) happened, save() refuses: nothing was read to edit.
    const RemoteVersion& baseVersion() const { return m_base; }
    bool hasBaseVersion() const { return m_hasBase; }
    void setBaseVersion(const RemoteVersion& version)
    {
        m_base = version;
        m_hasBase = true;
    }

    bool isOpening() const { return m_openJob != nullptr; }
    bool isSaving() const { return m_save.has_value(); }

    // Reads bytes and version → opened(snapshot) and baseVersion() = its version, or openFailed.
    // A newer open()/fetchRemote() makes the answer of an older one disappear.
    void open();
    // Reads what the host holds now without changing baseVersion() → remoteFetched or openFailed.
    void fetchRemote();
    // Saves against baseVersion() → saveStarted (when the operation runs) and saveFinished.
    void save(const QByteArray& bytes);
    // "Overwrite anyway": saves against `seen` (the version the user was shown in a conflict), so a
    // third change made meanwhile still stops it.
    void overwrite(const QByteArray& bytes, const RemoteVersion& seen);

Q_SIGNALS:
    void opened(const RemoteSnapshot& snapshot);
    void remoteFetched(const RemoteSnapshot& snapshot);
    // code: RemoteFileCommands::ExitStatus when known (NotFound, NotRegular, Changed), else 0.
    void openFailed(const QString& message, int code);
    void saveStarted(Task* task);
    void saveFinished(const RemoteSaveResult& result);

private:
    struct Save
    {
        QByteArray bytes;
        RemoteVersion expected;
        QString backupPath;
        QString taskMessage;
        int taskState = 0;
        bool ran = false; // the operation ran (so the backup may exist)
    };
    enum class Read
    {
        Open,
        Fetch,
    };

    void read(Read kind, int attempt);
    void startSave(const QByteArray& bytes, const RemoteVersion& expected);
    void precheckDone(const Result<RemoteVersion>& current);
    void submit();
    void taskFinished(Task* task);
    // Reads the host's bytes to tell Saved / nothing changed / Conflict apart.
    void classify(bool afterRun);
    void finishSave(RemoteSaveResult::Outcome outcome, const QString& message, const RemoteVersion& version = {},
        const RemoteSnapshot& remote = {});
    // Runs one command; `done` gets its result on this thread unless this object died.
    CommandJob* runCommand(const struct RemoteCommand& command, std::function<void(const CommandResult&)> done);

    CommandRunner* m_runner;
    RemoteLocation m_location;
    Performer m_performer;
    RemoteVersion m_base;
    bool m_hasBase = false;
    QPointer<CommandJob> m_openJob;
    quint64 m_readGeneration = 0;
    std::optional<Save> m_save;
};
