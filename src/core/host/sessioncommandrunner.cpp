#include "core/host/sessioncommandrunner.h"

#include "core/ssh/commandhandle.h"
#include "core/ssh/sshsession.h"

#include <QTimer>

namespace {
class SessionJob : public CommandJob
{
public:
    SessionJob(CommandHandle* handle, QObject* parent)
        : CommandJob(parent)
        , m_handle(handle)
    {
        handle->setParent(this);
        connect(
            handle, &CommandHandle::stdoutData, this, [this](const QByteArray& d) { Q_EMIT outputReceived(d, false); });
        connect(
            handle, &CommandHandle::stderrData, this, [this](const QByteArray& d) { Q_EMIT outputReceived(d, true); });
        connect(handle, &CommandHandle::stdinBytesWritten, this, &CommandJob::stdinWritten);
        connect(handle, &CommandHandle::finished, this, &CommandJob::finished);
        // A handle that failed at once (not connected) may have finished before we listened.
        if (handle->isFinished())
            QTimer::singleShot(0, this, [this, r = handle->result()] { Q_EMIT finished(r); });
    }
    void cancel() override
    {
        if (m_handle)
            m_handle->cancel();
    }
    void writeStdin(const QByteArray& data) override
    {
        if (m_handle)
            m_handle->writeStdin(data);
    }
    void closeStdin() override
    {
        if (m_handle)
            m_handle->closeStdin();
    }

private:
    QPointer<CommandHandle> m_handle;
};

// Without a session the job still finishes (asynchronously, like a real one) with a clear error.
class FailedJob : public CommandJob
{
public:
    explicit FailedJob(QObject* parent)
        : CommandJob(parent)
    {
        QTimer::singleShot(0, this, [this] {
            CommandResult r;
            r.status = CommandResult::Status::Failed;
            r.error = QObject::tr("Not connected.");
            Q_EMIT finished(r);
        });
    }
    void cancel() override { }
};
} // namespace

SessionCommandRunner::SessionCommandRunner(SshSession* session)
    : m_session(session)
{ }

CommandJob* SessionCommandRunner::run(const RemoteCommand& command, QObject* parent)
{
    if (!m_session)
        return new FailedJob(parent);
    return new SessionJob(m_session->run(command, nullptr), parent);
}
