#pragma once

#include "core/ssh/remotecommand.h"

#include <QObject>
#include <QPointer>

class SshSession;

// One running remote command, owned by the caller (delete it or let its parent do so; deleting it
// cancels the command). Lives on the GUI thread; signals arrive there.
//
// Backpressure: output is read from the channel only while fewer than highWaterMark() bytes are
// delivered but not yet consumed. A chunk counts as consumed when the stdoutData/stderrData slot
// returns — unless the consumer called pause(); then the remote side stalls (the SSH window is not
// reopened) until resume(). A 1 GiB `cat` in Stream mode therefore never sits whole in memory.
class CommandHandle : public QObject
{
    Q_OBJECT
public:
    ~CommandHandle() override;

    quint64 id() const { return m_id; }
    const RemoteCommand& command() const { return m_command; }
    bool isFinished() const { return m_finished; }
    const CommandResult& result() const { return m_result; } // valid once finished() was emitted

    // Stops reading output until resume(); the host's process blocks on a full pipe meanwhile.
    void pause();
    void resume();
    static constexpr qint64 highWaterMark() { return 4 * 1024 * 1024; }

    // Streams more stdin (RemoteCommand::keepStdinOpen). bytesWritten() reports progress so a
    // producer can keep a bounded amount in flight.
    void writeStdin(const QByteArray& data);
    void closeStdin();

    // Waits (spinning a local event loop) until finished; for tests and the bench, not for panes.
    bool waitForFinished(int timeoutMs = 30000);

public Q_SLOTS:
    // Closes the channel after signalling the remote process (TERM, then KILL); finished() follows
    // with Status::Cancelled.
    void cancel();

Q_SIGNALS:
    void started(); // the channel is open and the command was sent
    void stdoutData(const QByteArray& data);
    void stderrData(const QByteArray& data);
    void stdinBytesWritten(qint64 bytes);
    void finished(const CommandResult& result);

private:
    friend class SshSession;
    CommandHandle(SshSession* session, quint64 id, RemoteCommand command);
    void deliverStdout(const QByteArray& data);
    void deliverStderr(const QByteArray& data);
    void deliverFinished(CommandResult result);
    void acknowledge(qint64 bytes);
    // Adds collected output within maxCollectBytes; false once past it (the command is cancelled).
    bool collect(QByteArray& into, const QByteArray& data);

    QPointer<SshSession> m_session;
    quint64 m_id = 0;
    RemoteCommand m_command;
    CommandResult m_result;
    bool m_finished = false;
    bool m_overflowed = false; // collected output passed maxCollectBytes: cancelled, reported as such
    bool m_paused = false;
    qint64 m_unacked = 0; // consumed while paused, acknowledged on resume()
};
