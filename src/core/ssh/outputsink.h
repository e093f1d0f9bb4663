#pragma once

#include <QByteArray>

#include <functional>
#include <mutex>

// Where a command's stdout goes when it should not pass through the GUI thread (a download
// streamed into a local file): the session thread hands every batch to push() and reads nothing
// more from the channel while backlog() is at CommandHandle::highWaterMark(), so memory stays
// bounded and the host's process waits on its pipe. A sink that drained calls wake() (from any
// thread) and the session thread reads on. stderr and the command's end still come through the
// CommandHandle as usual; by the time finished() arrives every stdout byte was pushed.
class OutputSink
{
public:
    virtual ~OutputSink() = default;

    // Session thread. Must not block (hand the bytes to another thread).
    virtual void push(QByteArray data) = 0;
    // Any thread: bytes pushed and not yet consumed.
    virtual qint64 backlog() const = 0;

    // The session thread's wake-up while the command runs; cleared (empty) before its job goes,
    // and never called after that returns.
    void setWaker(std::function<void()> waker)
    {
        const std::lock_guard lock(m_wakerMutex);
        m_waker = std::move(waker);
    }

protected:
    void wake()
    {
        const std::lock_guard lock(m_wakerMutex);
        if (m_waker)
            m_waker();
    }

private:
    std::mutex m_wakerMutex;
    std::function<void()> m_waker;
};
