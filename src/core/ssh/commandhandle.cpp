#include "core/ssh/commandhandle.h"

#include "core/ssh/sshsession.h"

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

void CommandHandle::deliverStdout(const QByteArray& data)
{
    if (m_command.output == RemoteCommand::Output::Collect)
        m_result.stdoutData += data;
    Q_EMIT stdoutData(data);
    acknowledge(data.size());
}

void CommandHandle::deliverStderr(const QByteArray& data)
{
    if (m_command.output == RemoteCommand::Output::Collect)
        m_result.stderrData += data;
    Q_EMIT stderrData(data);
    acknowledge(data.size());
}

void CommandHandle::deliverFinished(CommandResult result)
{
    result.stdoutData = std::move(m_result.stdoutData);
    result.stderrData = std::move(m_result.stderrData);
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
