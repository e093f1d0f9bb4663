#pragma once

#include "core/host/commandrunner.h"
#include "core/host/tasklistmodel.h"
#include "core/host/transfermeter.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

class LocalFileSink;
class QFile;

// What a download and an upload share: the task (progress, speed, cancel) in the task panel, the
// one command running at a time, start and cancel, the throttled progress report, and what a
// destructor does to a transfer still running (the command is cancelled without calling back into
// the half-destroyed object; the task ends as stopped).
class DriveTransfer : public QObject
{
    Q_OBJECT
public:
    ~DriveTransfer() override;

    // Not owned: hand it to a TaskListModel (it stays valid while this object runs).
    Task* task() const { return m_task; }
    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    const TransferMeter& meter() const { return m_meter; }

Q_SIGNALS:
    void progressed(qint64 done, qint64 total);
    void finished(bool ok, const QString& message);

protected:
    DriveTransfer(CommandRunner* runner, const QString& title, const QString& profile, qint64 total, QObject* parent);

    // Starts item m_index, or ends the transfer when every item is done.
    virtual void next() = 0;
    // A cancel while no command runs (the command's end handles it otherwise).
    virtual void cancelIdle() { }
    // The object key of item `index` (the report names the current one); empty past the end.
    virtual QString itemKey(int index) const = 0;

    // Runs `command` as the current job (a child of this object).
    CommandJob* runJob(const RemoteCommand& command);
    // The current job ended: it is deleted later and forgotten.
    void releaseJob();
    void report(bool force = false);

    CommandRunner* m_runner;
    QPointer<Task> m_task;
    QPointer<CommandJob> m_job;
    int m_index = 0;
    bool m_running = false;
    bool m_cancelled = false;
    TransferMeter m_meter;
    QElapsedTimer m_clock;

private:
    qint64 m_reportedAt = -1000;
};

// Downloads objects of one bucket into a local folder, one after another, each streamed with
// `mc cat` over the SSH channel straight into a temporary file beside its final name
// (LocalFileSink: the bytes go from the session thread to a writer thread, never through the GUI
// thread): the file appears under its name only when every byte arrived (the count must equal the
// listed size), so a cancelled, failed or dropped download leaves no partial file. Names come from
// DriveTransferNames (never outside the folder; an existing file is not overwritten: "name (2)").
// Progress, speed and cancel go through task(), which the caller puts into the task panel.
class DriveDownload : public DriveTransfer
{
    Q_OBJECT
public:
    struct Item
    {
        QString key;
        qint64 size = -1; // as listed; -1: unknown (not checked)
    };

    DriveDownload(CommandRunner* runner, const QString& bucket, const QList<Item>& items, const QString& folder,
        const QString& profile, QObject* parent = nullptr);
    ~DriveDownload() override;

    QStringList files() const { return m_files; } // complete files written so far
    // finished(ok, message): ok when every object arrived; message: a sentence for the banner.

private:
    void next() override;
    void cancelIdle() override;
    QString itemKey(int index) const override;
    void onData(const QByteArray& data, bool isStderr);
    void onWritten(qint64 written);
    void onItemFinished(const CommandResult& result);
    void onFileClosed(bool kept, const QString& error);
    void end(int taskState, const QString& message);

    QString m_bucket;
    QList<Item> m_items;
    QString m_folder;
    LocalFileSink* m_sink = nullptr; // the current item's file (a child; gone once closed)
    CommandResult m_result; // of the current item's command, once it ended
    QString m_writeError;
    QByteArray m_stderr;
    qint64 m_written = 0; // of the current item, as last reported by the sink
    QStringList m_files;
};

// Uploads local files: each is streamed on stdin over the SSH channel into a staging file in the
// drive container's /tmp (DriveCommands::stage), which checks the size; the SHA-256 the host
// reports is compared with what was read here. Nothing reaches MinIO in this phase: staged() means
// every file arrived intact and the install Operation (DriveOperations::uploadObjects) may run.
// A cancel, a failure or a dropped connection removes what was staged (the stage script removes a
// short file itself; this object then runs DriveCommands::discardStaged) before finished() comes.
class DriveUpload : public DriveTransfer
{
    Q_OBJECT
public:
    struct File
    {
        QString localPath;
        QString key;
        qint64 size = 0;
        QString stagingPath; // DriveCommands::newStagingPath()
    };

    DriveUpload(CommandRunner* runner, const QList<File>& files, const QString& title, const QString& profile,
        QObject* parent = nullptr);
    ~DriveUpload() override;

    // How much stdin may be sent but not yet written to the channel (bounded memory).
    static constexpr qint64 kInFlight = 2 * 1024 * 1024;
    static constexpr qint64 kChunk = 256 * 1024;

    // finished(ok, message): ok when every file is staged and verified (the task stays running for
    // the install to finish it with finishTask()); otherwise the staged copies are gone and the
    // task ended.

    // The install ran (or could not start): ends the task with its outcome.
    void finishTask(bool ok, const QString& message);

private:
    void next() override;
    QString itemKey(int index) const override;
    void pump();
    void onFileFinished(const CommandResult& result);
    void fail(int taskState, const QString& message);

    QList<File> m_files;
    std::unique_ptr<QFile> m_local;
    QCryptographicHash m_hash { QCryptographicHash::Sha256 };
    QByteArray m_out;
    QByteArray m_stderr;
    qint64 m_sent = 0; // of the current file, handed to the job
    qint64 m_inFlight = 0;
    bool m_closed = false;
    QString m_readError;
};
