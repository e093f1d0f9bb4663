#include "core/drive/drivetransfer.h"

#include "core/drive/drivecommands.h"
#include "core/host/commandfailure.h"
#include "core/host/commandrunner.h"
#include "core/host/localfilesink.h"
#include "core/host/tasklistmodel.h"
#include "core/ssh/outputsink.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace {
constexpr qint64 kReportEveryMs = 200; // task panel updates: often enough to look live
constexpr qsizetype kStderrCap = 4096;

QString stderrText(const QByteArray& err)
{
    const QString text = QString::fromUtf8(err).trimmed();
    return text.section(u'\n', -1);
}
} // namespace

// ------------------------------------------------------------------------------------- shared
DriveTransfer::DriveTransfer(
    CommandRunner* runner, const QString& title, const QString& profile, qint64 total, QObject* parent)
    : QObject(parent)
    , m_runner(runner)
    , m_meter(total)
{
    m_task = new Task(title, profile, this);
    connect(m_task, &Task::cancelRequested, this, &DriveTransfer::cancel);
}

DriveTransfer::~DriveTransfer()
{
    // The subclass is gone already: its handlers must not run for this last cancel. (A download's
    // temporary file and an upload's staged file go away with the command: the download's
    // LocalFileSink, a child, discards the first; the stage script removes the second on TERM.)
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
    }
    if (m_task && m_task->isRunning())
        m_task->finish(Task::State::Cancelled, QCoreApplication::translate("DriveTransfer", "Stopped."));
}

void DriveTransfer::start()
{
    if (m_running)
        return;
    m_running = true;
    m_clock.start();
    m_meter.start(0);
    report(true);
    next();
}

void DriveTransfer::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    if (m_job)
        m_job->cancel(); // the command's end handles the rest
    else
        cancelIdle();
}

CommandJob* DriveTransfer::runJob(const RemoteCommand& command)
{
    m_job = m_runner->run(command, this);
    return m_job;
}

void DriveTransfer::releaseJob()
{
    if (m_job)
        m_job->deleteLater();
    m_job = nullptr;
}

void DriveTransfer::report(bool force)
{
    const qint64 now = m_clock.isValid() ? m_clock.elapsed() : 0;
    if (!force && now - m_reportedAt < kReportEveryMs)
        return;
    m_reportedAt = now;
    Q_EMIT progressed(m_meter.done(), m_meter.total());
    if (!m_task)
        return;
    m_task->setProgress(m_meter.permille(), m_meter.total() < 0 ? 0 : 1000);
    const QString current = itemKey(m_index).section(u'/', -1);
    m_task->setMessage(current.isEmpty() ? m_meter.text(now) : m_meter.text(now) + QStringLiteral(" · ") + current);
}

// ------------------------------------------------------------------------------------- download

namespace {
qint64 totalOf(const QList<DriveDownload::Item>& items)
{
    qint64 total = 0;
    for (const DriveDownload::Item& i : items)
        total = i.size < 0 || total < 0 ? -1 : total + i.size;
    return total;
}

qint64 totalOf(const QList<DriveUpload::File>& files)
{
    qint64 total = 0;
    for (const DriveUpload::File& f : files)
        total += f.size;
    return total;
}
} // namespace

DriveDownload::DriveDownload(CommandRunner* runner, const QString& bucket, const QList<Item>& items,
    const QString& folder, const QString& profile, QObject* parent)
    : DriveTransfer(runner,
        items.size() == 1
            ? QCoreApplication::translate("DriveTransfer", "Download %1").arg(items.first().key.section(u'/', -1))
            : QCoreApplication::translate("DriveTransfer", "Download %n object(s) from %1", nullptr, int(items.size()))
                  .arg(bucket),
        profile, totalOf(items), parent)
    , m_bucket(bucket)
    , m_items(items)
    , m_folder(folder)
{ }

// The base cancels the command; the sink (a child) then discards its temporary file.
DriveDownload::~DriveDownload() = default;

void DriveDownload::cancelIdle()
{
    if (m_sink)
        return; // the file is being closed: onFileClosed() sees m_cancelled
    end(int(Task::State::Cancelled), QCoreApplication::translate("DriveTransfer", "Download cancelled."));
}

QString DriveDownload::itemKey(int index) const
{
    return index < m_items.size() ? m_items.at(index).key : QString();
}

void DriveDownload::next()
{
    if (m_index >= m_items.size()) {
        report(true);
        end(int(Task::State::Succeeded),
            QCoreApplication::translate("DriveTransfer", "Downloaded %n file(s) to %1", nullptr, int(m_files.size()))
                .arg(m_folder));
        return;
    }
    const Item& item = m_items.at(m_index);
    const QString path
        = DriveTransferNames::uniqueLocalPath(m_folder, DriveTransferNames::localFileName(item.key), m_files);
    // Belt and braces: whatever the name, the file's folder is the chosen one.
    if (QFileInfo(path).absolutePath() != QFileInfo(m_folder).absoluteFilePath()) {
        end(int(Task::State::Failed),
            QCoreApplication::translate("DriveTransfer", "Refused to write %1 outside %2.").arg(path, m_folder));
        return;
    }
    auto* sink = new LocalFileSink(path, this);
    if (!sink->open()) {
        const QString why = sink->errorString();
        delete sink;
        end(int(Task::State::Failed),
            QCoreApplication::translate("DriveTransfer", "Cannot write %1: %2").arg(path, why));
        return;
    }
    m_sink = sink;
    m_written = 0;
    m_result = {};
    m_stderr.clear();
    m_writeError.clear();
    connect(sink, &LocalFileSink::progressed, this, &DriveDownload::onWritten);
    connect(sink, &LocalFileSink::writeFailed, this, [this](const QString& error) {
        if (m_writeError.isEmpty())
            m_writeError = error;
        if (m_job)
            m_job->cancel();
    });
    connect(sink, &LocalFileSink::closed, this, &DriveDownload::onFileClosed);
    // stdout goes from the session thread to the sink's writer; only stderr and the end come here.
    RemoteCommand command = DriveCommands::cat(m_bucket, item.key);
    command.stdoutSink = sink->input();
    CommandJob* job = runJob(command);
    connect(job, &CommandJob::outputReceived, this, &DriveDownload::onData);
    connect(job, &CommandJob::finished, this, &DriveDownload::onItemFinished);
}

void DriveDownload::onData(const QByteArray& data, bool isStderr)
{
    if (isStderr) {
        if (m_stderr.size() < kStderrCap)
            m_stderr += data.left(kStderrCap - m_stderr.size());
        return;
    }
    // A runner that does not divert stdout into the sink (tests' fakes) delivers it here.
    if (m_sink)
        m_sink->input()->push(data);
}

void DriveDownload::onWritten(qint64 written)
{
    if (written <= m_written)
        return;
    m_meter.add(written - m_written, m_clock.elapsed());
    m_written = written;
    report();
}

void DriveDownload::onItemFinished(const CommandResult& r)
{
    releaseJob();
    m_result = r;
    const Item& item = m_items.at(m_index);
    // A cancel wins even when the last bytes came before it reached the host: the user asked for
    // no file, so none is named.
    const bool complete
        = !m_cancelled && r.succeeded() && m_writeError.isEmpty() && (item.size < 0 || m_sink->received() == item.size);
    m_sink->finish(complete); // onFileClosed() follows
}

void DriveDownload::onFileClosed(bool kept, const QString& error)
{
    LocalFileSink* sink = std::exchange(m_sink, nullptr);
    sink->deleteLater();
    const QString path = sink->fileName();
    const qint64 got = sink->received();
    if (kept && m_cancelled) {
        QFile::remove(path); // cancelled while the complete file was being synced and named
        kept = false;
    }
    if (!m_running)
        return;
    const Item item = m_items.at(m_index);
    if (kept) {
        m_files << path;
        ++m_index;
        next();
        return;
    }
    const CommandResult& r = m_result;
    const QString name = item.key.section(u'/', -1);
    if (m_cancelled || r.status == CommandResult::Status::Cancelled) {
        end(int(Task::State::Cancelled), QCoreApplication::translate("DriveTransfer", "Download cancelled."));
        return;
    }
    QString why;
    if (!m_writeError.isEmpty())
        why = QCoreApplication::translate("DriveTransfer", "writing the file failed: %1").arg(m_writeError);
    else if (!error.isEmpty())
        why = QCoreApplication::translate("DriveTransfer", "writing the file failed: %1").arg(error);
    else if (!r.succeeded())
        why = r.status == CommandResult::Status::Exited && !m_stderr.isEmpty() ? stderrText(m_stderr)
                                                                               : describeFailure(r);
    else
        why = QCoreApplication::translate("DriveTransfer",
            "%1 of %2 bytes arrived; the object may have changed "
            "since it was listed")
                  .arg(got)
                  .arg(item.size);
    end(int(Task::State::Failed),
        QCoreApplication::translate("DriveTransfer", "Downloading %1 failed: %2").arg(name, why));
}

void DriveDownload::end(int taskState, const QString& message)
{
    if (!m_running)
        return;
    m_running = false;
    if (m_task)
        m_task->finish(Task::State(taskState), message);
    Q_EMIT finished(taskState == int(Task::State::Succeeded), message);
}

// --------------------------------------------------------------------------------------- upload

DriveUpload::DriveUpload(
    CommandRunner* runner, const QList<File>& files, const QString& title, const QString& profile, QObject* parent)
    : DriveTransfer(runner, title, profile, totalOf(files), parent)
    , m_files(files)
{ }

DriveUpload::~DriveUpload() = default;

QString DriveUpload::itemKey(int index) const
{
    return index < m_files.size() ? m_files.at(index).key : QString();
}

void DriveUpload::next()
{
    if (m_index >= m_files.size()) {
        report(true);
        m_running = false;
        if (m_task) {
            m_task->setCancelable(false); // the install Operation has its own task and cancel
            m_task->setMessage(QCoreApplication::translate("DriveTransfer", "Sent and verified; installing…"));
        }
        Q_EMIT finished(true,
            QCoreApplication::translate(
                "DriveTransfer", "%n file(s) sent and verified.", nullptr, int(m_files.size())));
        return;
    }
    const File& f = m_files.at(m_index);
    m_local = std::make_unique<QFile>(f.localPath);
    if (!m_local->open(QIODevice::ReadOnly)) {
        fail(int(Task::State::Failed),
            QCoreApplication::translate("DriveTransfer", "Cannot read %1: %2")
                .arg(f.localPath, m_local->errorString()));
        return;
    }
    m_hash.reset();
    m_out.clear();
    m_stderr.clear();
    m_readError.clear();
    m_sent = 0;
    m_inFlight = 0;
    m_closed = false;
    CommandJob* job = runJob(DriveCommands::stage(f.stagingPath, f.size));
    connect(job, &CommandJob::outputReceived, this, [this](const QByteArray& d, bool isStderr) {
        QByteArray& into = isStderr ? m_stderr : m_out;
        if (into.size() < kStderrCap)
            into += d.left(kStderrCap - into.size());
    });
    connect(job, &CommandJob::stdinWritten, this, [this, job](qint64 n) {
        if (job != m_job)
            return; // a late report of a file that already ended
        m_inFlight -= n;
        m_meter.add(n, m_clock.elapsed());
        report();
        pump();
    });
    connect(job, &CommandJob::finished, this, &DriveUpload::onFileFinished);
    pump();
}

void DriveUpload::pump()
{
    if (!m_job || m_closed || !m_local)
        return;
    const qint64 size = m_files.at(m_index).size;
    while (m_inFlight < kInFlight && m_sent < size) {
        // Never more than the size announced to the host: a file that grew is caught there as a
        // mismatch of the hash, not as extra bytes.
        const QByteArray chunk = m_local->read(std::min(kChunk, size - m_sent));
        if (chunk.isEmpty()) {
            if (m_local->error() != QFileDevice::NoError)
                m_readError = m_local->errorString();
            break; // shorter than announced: the host sees fewer bytes and keeps nothing
        }
        m_hash.addData(chunk);
        m_sent += chunk.size();
        m_inFlight += chunk.size();
        m_job->writeStdin(chunk);
    }
    if (!m_readError.isEmpty()) {
        m_job->cancel();
        return;
    }
    if (m_sent >= size || m_local->atEnd()) {
        m_closed = true;
        m_job->closeStdin();
    }
}

void DriveUpload::onFileFinished(const CommandResult& r)
{
    releaseJob();
    m_local.reset();
    const File& f = m_files.at(m_index);
    const QString name = f.key.section(u'/', -1);
    if (m_cancelled || r.status == CommandResult::Status::Cancelled) {
        fail(int(Task::State::Cancelled),
            QCoreApplication::translate("DriveTransfer", "Upload cancelled; nothing was written to the drive."));
        return;
    }
    if (!m_readError.isEmpty()) {
        fail(int(Task::State::Failed),
            QCoreApplication::translate("DriveTransfer", "Reading %1 failed: %2").arg(f.localPath, m_readError));
        return;
    }
    if (!r.succeeded()) {
        const QByteArray err = m_stderr.isEmpty() ? r.stderrData : m_stderr;
        const QString why
            = r.status == CommandResult::Status::Exited && !err.isEmpty() ? stderrText(err) : describeFailure(r);
        fail(int(Task::State::Failed),
            QCoreApplication::translate("DriveTransfer", "Sending %1 failed: %2").arg(name, why));
        return;
    }
    const Result<QString> arrived = DriveCommands::parseStagedHash(r.stdoutData.isEmpty() ? m_out : r.stdoutData);
    const QString sent = QString::fromLatin1(m_hash.result().toHex());
    if (!arrived || *arrived != sent || m_sent != f.size) {
        fail(int(Task::State::Failed),
            QCoreApplication::translate("DriveTransfer",
                "%1 did not arrive intact (the local file may have changed "
                "while it was sent); nothing was written to the drive.")
                .arg(name));
        return;
    }
    ++m_index;
    next();
}

void DriveUpload::fail(int taskState, const QString& message)
{
    m_running = false;
    QStringList staged;
    for (int i = 0; i <= m_index && i < m_files.size(); ++i)
        staged << m_files.at(i).stagingPath;
    const auto done = [this, taskState, message] {
        if (m_task)
            m_task->finish(Task::State(taskState), message);
        Q_EMIT finished(false, message);
    };
    // What arrived in full before the failure (and anything a killed stage left) goes away first.
    CommandJob* discard = m_runner->run(DriveCommands::discardStaged(staged), this);
    if (m_task)
        m_task->setMessage(QCoreApplication::translate("DriveTransfer", "Removing what was sent…"));
    connect(discard, &CommandJob::finished, this, [discard, done](const CommandResult&) {
        discard->deleteLater();
        done();
    });
}

void DriveUpload::finishTask(bool ok, const QString& message)
{
    if (m_task)
        m_task->finish(ok ? Task::State::Succeeded : Task::State::Failed, message);
}
