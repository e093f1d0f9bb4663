#include "core/host/autosaver.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

Autosaver::Autosaver(AutosaveStore* store, const QString& profile, const RemoteLocation& location, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_profile(profile)
    , m_location(location)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &Autosaver::flush);
}

Autosaver::~Autosaver()
{
    // Closing the document: the newest unwritten change is stored before this returns, and no write
    // of this document lands later (it would bring back an edit that a new window discards).
    Serialiser last;
    if (m_timer.isActive() && m_capture)
        last = m_capture();
    else
        last = std::move(m_queued);
    m_running.waitForFinished();
    if (m_discardAfterWrite)
        (void)m_store->remove(m_profile, m_location);
    else if (last)
        (void)m_store->store(m_profile, m_location, m_base, last());
}

void Autosaver::setSource(std::function<QByteArray()> source)
{
    if (!source) {
        m_capture = nullptr;
        return;
    }
    m_capture = [source = std::move(source)]() -> Serialiser { return [bytes = source()] { return bytes; }; };
}

void Autosaver::markDirty()
{
    m_discardAfterWrite = false;
    // Not restarted by later changes: the first unwritten change is on disk within the delay, even
    // while edits keep coming (a debounce would wait for a pause that may never come before a crash).
    if (!m_timer.isActive())
        m_timer.start();
}

void Autosaver::flush()
{
    m_timer.stop();
    if (!m_capture)
        return;
    write(m_capture());
}

void Autosaver::write(Serialiser bytes)
{
    if (m_writing) {
        m_queued = std::move(bytes);
        return;
    }
    m_writing = true;
    auto* watcher = new QFutureWatcher<std::optional<Result<void>>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        writeDone(*watcher->result());
    });
    // A copy: the store is a directory name, and the write may outlive this object.
    const AutosaveStore store = *m_store;
    m_running = QtConcurrent::run(
        [store, profile = m_profile, location = m_location, base = m_base, bytes]() -> std::optional<Result<void>> {
            return store.store(profile, location, base, bytes());
        });
    watcher->setFuture(m_running);
}

void Autosaver::writeDone(const Result<void>& result)
{
    m_writing = false;
    if (m_discardAfterWrite) {
        m_discardAfterWrite = false;
        m_queued = nullptr;
        (void)m_store->remove(m_profile, m_location);
        return;
    }
    if (!result)
        Q_EMIT failed(result.errorMessage());
    else
        Q_EMIT stored();
    if (m_queued) {
        Serialiser next = std::move(m_queued);
        m_queued = nullptr;
        write(std::move(next));
    }
}

void Autosaver::discard()
{
    m_timer.stop();
    m_queued = nullptr;
    if (m_writing) {
        m_discardAfterWrite = true; // the running write would otherwise bring it back
        return;
    }
    if (auto ok = m_store->remove(m_profile, m_location); !ok)
        Q_EMIT failed(ok.errorMessage());
}
