#include "core/host/remotefile.h"

#include "core/host/commandrunner.h"
#include "core/host/operation.h"
#include "core/host/remotefilecommands.h"
#include "core/host/tasklistmodel.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace {

// Runs `work` on the global thread pool and hands its value to `done` on `owner`'s thread, unless
// `owner` died meanwhile (the watcher is its child). std::optional: Result<T> has no default value.
template<typename T, typename Work, typename Done> void offThread(QObject* owner, Work work, Done done)
{
    auto* watcher = new QFutureWatcher<std::optional<T>>(owner);
    QObject::connect(watcher, &QFutureWatcherBase::finished, owner, [watcher, done = std::move(done)] {
        watcher->deleteLater();
        done(*watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([work = std::move(work)]() -> std::optional<T> { return work(); }));
}

} // namespace

RemoteFile::RemoteFile(CommandRunner* runner, const RemoteLocation& location, QObject* parent)
    : QObject(parent)
    , m_runner(runner)
    , m_location(location)
{
    qRegisterMetaType<RemoteSnapshot>();
    qRegisterMetaType<RemoteVersion>();
    qRegisterMetaType<RemoteSaveResult>();
}

// Jobs are children: destroying them cancels what still runs. A running save operation belongs to
// the OperationRunner and ends there (journalled) without us.
RemoteFile::~RemoteFile() = default;

CommandJob* RemoteFile::runCommand(const RemoteCommand& command, std::function<void(const CommandResult&)> done)
{
    CommandJob* job = m_runner->run(command, this);
    connect(job, &CommandJob::finished, this, [job, done = std::move(done)](const CommandResult& r) {
        job->deleteLater();
        done(r);
    });
    return job;
}

void RemoteFile::open()
{
    read(Read::Open, 1);
}

void RemoteFile::fetchRemote()
{
    read(Read::Fetch, 1);
}

void RemoteFile::read(Read kind, int attempt)
{
    const quint64 generation = ++m_readGeneration;
    if (m_openJob)
        m_openJob->cancel(); // its answer would be dropped anyway
    if (auto ok = m_location.validate(); !ok) {
        QTimer::singleShot(0, this, [this, generation, message = ok.errorMessage()] {
            if (generation == m_readGeneration)
                Q_EMIT openFailed(message, 0);
        });
        return;
    }
    const RemoteLocation location = m_location;
    m_openJob = runCommand(RemoteFileCommands::open(location), [=, this](const CommandResult& r) {
        if (generation != m_readGeneration)
            return;
        offThread<Result<RemoteSnapshot>>(
            this, [location, r] { return RemoteFileCommands::parseOpen(location, r); },
            [=, this](const Result<RemoteSnapshot>& s) {
                if (generation != m_readGeneration)
                    return;
                m_openJob = nullptr;
                if (!s) {
                    // Written while we read: one more try gets a consistent pair.
                    if (s.error().code == RemoteFileCommands::Changed && attempt < 3) {
                        read(kind, attempt + 1);
                        return;
                    }
                    Q_EMIT openFailed(s.errorMessage(), s.error().code);
                    return;
                }
                if (kind == Read::Open) {
                    setBaseVersion(s->version);
                    Q_EMIT opened(*s);
                } else {
                    Q_EMIT remoteFetched(*s);
                }
            });
    });
}

void RemoteFile::save(const QByteArray& bytes)
{
    // Never read (no open, no setBaseVersion): an invalid base, which startSave refuses.
    startSave(bytes, m_hasBase ? m_base : RemoteVersion { true, -1, {}, {}, {} });
}

void RemoteFile::overwrite(const QByteArray& bytes, const RemoteVersion& seen)
{
    startSave(bytes, seen);
}

void RemoteFile::startSave(const QByteArray& bytes, const RemoteVersion& expected)
{
    auto refuse = [this, bytes](RemoteSaveResult::Outcome outcome, const QString& message) {
        RemoteSaveResult r;
        r.outcome = outcome;
        r.bytes = bytes;
        r.message = message;
        QTimer::singleShot(0, this, [this, r] { Q_EMIT saveFinished(r); });
    };
    if (m_save) {
        refuse(RemoteSaveResult::Outcome::Refused, tr("%1 is being saved already.").arg(m_location.displayName()));
        return;
    }
    if (!m_performer) {
        refuse(RemoteSaveResult::Outcome::Refused,
            tr("%1 cannot be saved here: nothing runs operations.").arg(m_location.displayName()));
        return;
    }
    if (auto ok = m_location.validate(); !ok) {
        refuse(RemoteSaveResult::Outcome::Refused, ok.errorMessage());
        return;
    }
    if (!expected.isValid()) {
        refuse(RemoteSaveResult::Outcome::Refused,
            tr("%1 was never read, so it cannot be saved safely; open it first.").arg(m_location.displayName()));
        return;
    }
    m_save = Save { bytes, expected, {}, {}, 0, false };
    const RemoteLocation location = m_location;
    runCommand(RemoteFileCommands::stat(location), [this, location](const CommandResult& r) {
        offThread<Result<RemoteVersion>>(
            this, [location, r] { return RemoteFileCommands::parseStat(location, r); },
            [this](const Result<RemoteVersion>& v) { precheckDone(v); });
    });
}

void RemoteFile::precheckDone(const Result<RemoteVersion>& current)
{
    if (!current) {
        finishSave(RemoteSaveResult::Outcome::Failed,
            tr("%1 was not saved: %2 Your edit is kept.").arg(m_location.displayName(), current.errorMessage()));
        return;
    }
    if (*current == m_save->expected)
        submit();
    else
        classify(false); // changed, or an earlier save of these very bytes landed
}

void RemoteFile::submit()
{
    const RemoteLocation location = m_location;
    const QByteArray bytes = m_save->bytes;
    const RemoteVersion expected = m_save->expected;
    const QDateTime now = QDateTime::currentDateTime();
    offThread<Result<Operation>>(
        this, [=] { return RemoteFileCommands::saveOperation(location, expected, bytes, now); },
        [this](const Result<Operation>& op) {
            if (!op) {
                finishSave(RemoteSaveResult::Outcome::Failed, op.errorMessage());
                return;
            }
            // The performer may show a modal confirmation; this object may die meanwhile.
            QPointer<RemoteFile> self(this);
            const Result<Task*> task = m_performer(*op);
            if (!self)
                return;
            if (!task) {
                finishSave(RemoteSaveResult::Outcome::Refused, task.errorMessage());
                return;
            }
            m_save->ran = true;
            m_save->backupPath = op->backupPath;
            Task* t = *task;
            Q_EMIT saveStarted(t);
            if (!t->isRunning())
                taskFinished(t);
            else
                connect(
                    t, &Task::finished, this, [this, t] { taskFinished(t); }, Qt::SingleShotConnection);
        });
}

void RemoteFile::taskFinished(Task* task)
{
    if (!m_save)
        return;
    m_save->taskState = int(task->state());
    m_save->taskMessage = task->message();
    classify(true);
}

void RemoteFile::classify(bool afterRun)
{
    const RemoteLocation location = m_location;
    runCommand(RemoteFileCommands::open(location), [this, location, afterRun](const CommandResult& r) {
        offThread<Result<RemoteSnapshot>>(
            this, [location, r] { return RemoteFileCommands::parseOpen(location, r); },
            [this, afterRun](Result<RemoteSnapshot> s) {
                const Save& sv = *m_save;
                const QString name = m_location.displayName();
                if (!s && s.error().code == RemoteFileCommands::NotFound)
                    s = RemoteSnapshot { m_location, {}, RemoteVersion::absent() };
                if (!s) {
                    if (!afterRun) {
                        finishSave(RemoteSaveResult::Outcome::Failed,
                            tr("%1 was not saved: %2 Your edit is kept.").arg(name, s.errorMessage()));
                        return;
                    }
                    finishSave(sv.taskState == int(Task::State::Cancelled) ? RemoteSaveResult::Outcome::Cancelled
                                                                           : RemoteSaveResult::Outcome::Failed,
                        tr("Saving %1 did not complete (%2), and the host could not be read afterwards (%3). The "
                           "host holds either the old or the complete new version, never a mix; your edit is kept. "
                           "Save again when the connection is back: GB Admin then checks which it is.")
                            .arg(name, sv.taskMessage, s.errorMessage()));
                    return;
                }
                if (s->version.exists && s->bytes == sv.bytes) {
                    setBaseVersion(s->version);
                    QString message;
                    if (afterRun && sv.taskState == int(Task::State::Succeeded))
                        message = sv.backupPath.isEmpty()
                            ? tr("Saved %1.").arg(name)
                            : tr("Saved %1; the previous version is in %2.").arg(name, sv.backupPath);
                    else
                        message = tr("%1 already holds these bytes on the host (an earlier save completed).").arg(name);
                    finishSave(RemoteSaveResult::Outcome::Saved, message, s->version);
                    return;
                }
                if (s->version == sv.expected) {
                    if (!afterRun) {
                        submit(); // changed and changed back meanwhile: what was opened is there
                        return;
                    }
                    const bool cancelled = sv.taskState == int(Task::State::Cancelled);
                    finishSave(cancelled ? RemoteSaveResult::Outcome::Cancelled : RemoteSaveResult::Outcome::Failed,
                        tr("%1 was not saved (%2). The file on the host is unchanged; your edit is kept.")
                            .arg(name, sv.taskMessage));
                    return;
                }
                finishSave(RemoteSaveResult::Outcome::Conflict,
                    s->version.exists
                        ? tr("%1 was changed on the host since it was opened, so nothing was written. Compare "
                             "the versions, reload, overwrite anyway or save a copy.")
                              .arg(name)
                        : tr("%1 was deleted on the host since it was opened, so nothing was written.").arg(name),
                    {}, *s);
            });
    });
}

void RemoteFile::finishSave(RemoteSaveResult::Outcome outcome, const QString& message, const RemoteVersion& version,
    const RemoteSnapshot& remote)
{
    RemoteSaveResult r;
    r.outcome = outcome;
    r.message = message;
    r.version = version;
    r.remote = remote;
    if (m_save) {
        r.bytes = m_save->bytes;
        if (outcome == RemoteSaveResult::Outcome::Saved)
            r.backupPath = m_save->backupPath;
    }
    m_save.reset();
    Q_EMIT saveFinished(r);
}
