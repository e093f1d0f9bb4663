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

class QFile;
class QSaveFile;

// Downloads objects of one bucket into a local folder, one after another, each streamed with
// `mc cat` over the SSH channel straight into a temporary file beside its final name (QSaveFile):
// the file appears under its name only when every byte arrived (the count must equal the listed
// size), so a cancelled, failed or dropped download leaves no partial file. Names come from
// DriveTransferNames (never outside the folder; an existing file is not overwritten: "name (2)").
// Progress, speed and cancel go through task(), which the caller puts into the task panel.
class DriveDownload : public QObject
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

    // Not owned: hand it to a TaskListModel (it stays valid while this object runs).
    Task* task() const { return m_task; }
    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    QStringList files() const { return m_files; } // complete files written so far
    const TransferMeter& meter() const { return m_meter; }

Q_SIGNALS:
    void progressed(qint64 done, qint64 total);
    // ok: every object arrived; message: a sentence for the banner.
    void finished(bool ok, const QString& message);

private:
    void next();
    void onData(const QByteArray& data, bool isStderr);
    void onItemFinished(const CommandResult& result);
    void end(int taskState, const QString& message);
    void report(bool force = false);

    CommandRunner* m_runner;
    QString m_bucket;
    QList<Item> m_items;
    QString m_folder;
    QPointer<Task> m_task;
    QPointer<CommandJob> m_job;
    std::unique_ptr<QSaveFile> m_file;
    QString m_writeError;
    QByteArray m_stderr;
    qint64 m_got = 0;
    int m_index = 0;
    bool m_running = false;
    bool m_cancelled = false;
    QStringList m_files;
    TransferMeter m_meter;
    QElapsedTimer m_clock;
    qint64 m_reportedAt = -1000;
};

// Uploads local files: each is streamed on stdin over the SSH channel into a staging file in the
// drive container's /tmp (DriveCommands::stage), which checks the size; the SHA-256 the host
// reports is compared with what was read here. Nothing reaches MinIO in this phase: staged() means
// every file arrived intact and the install Operation (DriveOperations::uploadObjects) may run.
// A cancel, a failure or a dropped connection removes what was staged (the stage script removes a
// short file itself; this object then runs DriveCommands::discardStaged) before finished() comes.
class DriveUpload : public QObject
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

    Task* task() const { return m_task; }
    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    const TransferMeter& meter() const { return m_meter; }
    // How much stdin may be sent but not yet written to the channel (bounded memory).
    static constexpr qint64 kInFlight = 2 * 1024 * 1024;
    static constexpr qint64 kChunk = 256 * 1024;

Q_SIGNALS:
    void progressed(qint64 done, qint64 total);
    // ok: every file is staged and verified (the task stays running for the install to finish it
    // with finishTask()); otherwise the staged copies are gone and the task ended.
    void finished(bool ok, const QString& message);

public:
    // The install ran (or could not start): ends the task with its outcome.
    void finishTask(bool ok, const QString& message);

private:
    void next();
    void pump();
    void onFileFinished(const CommandResult& result);
    void fail(int taskState, const QString& message);
    void report(bool force = false);

    CommandRunner* m_runner;
    QList<File> m_files;
    QPointer<Task> m_task;
    QPointer<CommandJob> m_job;
    std::unique_ptr<QFile> m_local;
    QCryptographicHash m_hash { QCryptographicHash::Sha256 };
    QByteArray m_out;
    QByteArray m_stderr;
    qint64 m_sent = 0; // of the current file, handed to the job
    qint64 m_inFlight = 0;
    bool m_closed = false;
    QString m_readError;
    int m_index = 0;
    bool m_running = false;
    bool m_cancelled = false;
    TransferMeter m_meter;
    QElapsedTimer m_clock;
    qint64 m_reportedAt = -1000;
};
