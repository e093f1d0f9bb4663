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
    // A pending change must not be lost by closing the document; a running write finishes on its
    // own (the store writes atomically, so the two never mix).
    if (m_timer.isActive() && m_source) {
        m_running.waitForFinished(); // an older write must not land after this one
        (void)m_store->store(m_profile, m_location, m_base, m_source());
    }
}

void Autosaver::markDirty()
{
    m_discardAfterWrite = false;
    m_timer.start();
}

void Autosaver::flush()
{
    m_timer.stop();
    if (!m_source)
        return;
    write(m_source());
}

void Autosaver::write(const QByteArray& bytes)
{
    if (m_writing) {
        m_queued = bytes;
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
            return store.store(profile, location, base, bytes);
        });
    watcher->setFuture(m_running);
}

void Autosaver::writeDone(const Result<void>& result)
{
    m_writing = false;
    if (m_discardAfterWrite) {
        m_discardAfterWrite = false;
        m_queued.reset();
        (void)m_store->remove(m_profile, m_location);
        return;
    }
    if (!result)
        Q_EMIT failed(result.errorMessage());
    else
        Q_EMIT stored();
    if (m_queued) {
        const QByteArray next = *m_queued;
        m_queued.reset();
        write(next);
    }
}

void Autosaver::discard()
{
    m_timer.stop();
    m_queued.reset();
    if (m_writing) {
        m_discardAfterWrite = true; // the running write would otherwise bring it back
        return;
    }
    if (auto ok = m_store->remove(m_profile, m_location); !ok)
        Q_EMIT failed(ok.errorMessage());
}
