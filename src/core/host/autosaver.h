#pragma once

#include "core/host/autosavestore.h"

#include <QFuture>
#include <QObject>
#include <QTimer>

#include <functional>

// Keeps the unsaved edit of one open document in an AutosaveStore: markDirty() on every change
// (e.g. from the editor's contentsChanged), and `delayMs` after the last change the bytes from the
// source are written on a worker thread (the GUI thread never waits for the disk; writes of one
// document never overlap and the newest bytes win). discard() after a successful save.
//
//   auto* autosave = new Autosaver(store, profile.name, file->location(), this);
//   autosave->setSource([editor] { return editor->bytes(); });
//   connect(editor, &Editor::changed, autosave, &Autosaver::markDirty);
//   connect(file, &RemoteFile::opened, autosave, [=](const RemoteSnapshot& s) { autosave->setBaseVersion(s.version);
//   });
//   // on RemoteSaveResult::Outcome::Saved: autosave->setBaseVersion(r.version); autosave->discard();
class Autosaver : public QObject
{
    Q_OBJECT
public:
    // `store` must outlive this object.
    Autosaver(AutosaveStore* store, const QString& profile, const RemoteLocation& location, QObject* parent = nullptr);
    ~Autosaver() override; // writes a pending edit synchronously (closing a window with unsaved work)

    void setSource(std::function<QByteArray()> source) { m_source = std::move(source); }
    void setBaseVersion(const RemoteVersion& version) { m_base = version; }
    void setDelay(int ms) { m_timer.setInterval(ms); }
    bool isDirty() const { return m_timer.isActive(); }
    bool isWriting() const { return m_writing; }

public Q_SLOTS:
    void markDirty();
    // Writes now (asynchronously) if there is an unwritten change.
    void flush();
    // Forgets the kept edit (after a save, or when the user throws the edit away).
    void discard();

Q_SIGNALS:
    void stored();
    void failed(const QString& message);

private:
    void write(const QByteArray& bytes);
    void writeDone(const Result<void>& result);

    AutosaveStore* m_store;
    QString m_profile;
    RemoteLocation m_location;
    RemoteVersion m_base;
    std::function<QByteArray()> m_source;
    QTimer m_timer;
    bool m_writing = false;
    QFuture<std::optional<Result<void>>> m_running;
    std::optional<QByteArray> m_queued; // newer bytes waiting for the running write
    bool m_discardAfterWrite = false;
};
