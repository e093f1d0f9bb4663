#include "core/ssh/commandhandle.h"

#include "core/ssh/sshsession.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

CommandHandle::CommandHandle(SshSession* session, quint64 id, RemoteCommand command)
    : m_session(session)
    , m_id(id)
    , m_command(std::move(command))
{ }

CommandHandle::~CommandHandle()
{
    if (m_session) {
        if (!m_finished)
            m_session->cancelCommand(m_id);
        m_session->handleDestroyed(m_id);
    }
}

void CommandHandle::pause()
{
    m_paused = true;
}

void CommandHandle::resume()
{
    if (!m_paused)
        return;
    m_paused = false;
    if (m_unacked > 0 && m_session)
        m_session->acknowledge(m_id, std::exchange(m_unacked, 0));
}

void CommandHandle::acknowledge(qint64 bytes)
{
    if (m_paused)
        m_unacked += bytes;
    else if (m_session)
        m_session->acknowledge(m_id, bytes);
}

void CommandHandle::writeStdin(const QByteArray& data)
{
    if (m_session && !m_finished)
        m_session->writeStdin(m_id, data, false);
}

void CommandHandle::closeStdin()
{
    if (m_session && !m_finished)
        m_session->writeStdin(m_id, {}, true);
}

void CommandHandle::cancel()
{
    if (m_session && !m_finished)
        m_session->cancelCommand(m_id);
}

bool CommandHandle::collect(QByteArray& into, const QByteArray& data)
{
    if (m_command.output != RemoteCommand::Output::Collect)
        return true;
    if (m_overflowed)
        return false;
    if (m_result.stdoutData.size() + m_result.stderrData.size() + data.size() > m_command.maxCollectBytes) {
        m_overflowed = true;
        m_result.stdoutData.clear();
        m_result.stderrData.clear();
        cancel();
        return false;
    }
    into += data;
    return true;
}

void CommandHandle::deliverStdout(const QByteArray& data)
{
    if (collect(m_result.stdoutData, data))
        Q_EMIT stdoutData(data);
    acknowledge(data.size());
}

void CommandHandle::deliverStderr(const QByteArray& data)
{
    if (collect(m_result.stderrData, data))
        Q_EMIT stderrData(data);
    acknowledge(data.size());
}

void CommandHandle::deliverFinished(CommandResult result)
{
    result.stdoutData = std::move(m_result.stdoutData);
    result.stderrData = std::move(m_result.stderrData);
    if (m_overflowed) {
        const qint64 mib = m_command.maxCollectBytes >> 20;
        result.status = CommandResult::Status::Failed;
        result.error = QCoreApplication::translate("CommandHandle",
            "The command printed more than %n MiB; it was stopped so that memory does not run out.", nullptr, int(mib));
    }
    m_result = std::move(result);
    m_finished = true;
    Q_EMIT finished(m_result);
}

bool CommandHandle::waitForFinished(int timeoutMs)
{
    if (m_finished)
        return true;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    connect(this, &CommandHandle::finished, &loop, &QEventLoop::quit);
    timer.start(timeoutMs);
    loop.exec();
    return m_finished;
}
