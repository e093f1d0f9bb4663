#pragma once

#include "core/host/autosavestore.h"

#include <QFuture>
#include <QObject>
#include <QTimer>

#include <functional>

// Keeps the unsaved edit of one open document in an AutosaveStore: markDirty() on every change
// (e.g. from the editor's contentsChanged). At most `delayMs` (1 s) after the first change not yet
// written, the bytes go to the store on a worker thread: a change is on disk within about a second
// even while the user keeps typing (a crash loses at most that second), and the GUI thread never
// waits for the disk. Writes of one document never overlap and the newest bytes win. discard()
// after a successful save.
//
// The bytes come from setSource() (read on the GUI thread when the write starts; fine for an
// editor's text) or, for a large document whose serialisation costs more than a frame, from
// setSnapshotSource(): a cheap capture on the GUI thread of what the bytes are made of, returning
// the function that builds them on the worker thread.
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

    // The bytes, read on the GUI thread.
    void setSource(std::function<QByteArray()> source);
    // A snapshot taken on the GUI thread; the function it returns runs on a worker thread (it must
    // own or share everything it reads, never the live document).
    using Serialiser = std::function<QByteArray()>;
    void setSnapshotSource(std::function<Serialiser()> capture) { m_capture = std::move(capture); }
    void setBaseVersion(const RemoteVersion& version) { m_base = version; }
    // The longest a change waits before its write starts (default 1000 ms).
    void setDelay(int ms) { m_timer.setInterval(ms); }
    int delay() const { return m_timer.interval(); }
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
    void write(Serialiser bytes);
    void writeDone(const Result<void>& result);

    AutosaveStore* m_store;
    QString m_profile;
    RemoteLocation m_location;
    RemoteVersion m_base;
    std::function<Serialiser()> m_capture;
    QTimer m_timer;
    bool m_writing = false;
    QFuture<std::optional<Result<void>>> m_running;
    Serialiser m_queued; // newer bytes waiting for the running write
    bool m_discardAfterWrite = false;
};
