#pragma once

#include <QObject>
#include <QString>

#include <memory>

class OutputSink;
class QFile;
class QThread;

// A command's stdout written into a local file without passing through the GUI thread: the session
// thread hands the bytes (RemoteCommand::stdoutSink = input()) to this object's own writer thread,
// which writes them into a hidden partial file beside `path`. The file gets its name only at
// finish(true), by an atomic rename that never replaces another file, so a cancelled, failed,
// short or dropped download leaves nothing behind. Memory stays bounded: the session thread stops
// reading while CommandHandle::highWaterMark() bytes wait here.
class LocalFileSink : public QObject
{
    Q_OBJECT
public:
    explicit LocalFileSink(const QString& path, QObject* parent = nullptr);
    // An unfinished file is discarded (waits for the writer thread, which never waits long).
    ~LocalFileSink() override;

    // Creates the temporary file and starts the writer; false (see errorString()) when it cannot.
    bool open();
    QString errorString() const { return m_error; }
    QString fileName() const { return m_path; }

    std::shared_ptr<OutputSink> input() const;
    qint64 received() const; // bytes pushed so far (all of them, once the command has finished)
    qint64 written() const;

    // No more bytes: keep = commit the file under its name once every byte is written, else
    // discard it. closed() follows exactly once.
    void finish(bool keep);

    // How often progressed() is emitted at most.
    static constexpr int kProgressEveryMs = 100;

Q_SIGNALS:
    void progressed(qint64 written); // a few times a second while bytes come
    void writeFailed(const QString& error); // the first write that failed; later bytes are dropped
    void closed(bool kept, const QString& error);

private:
    struct State;
    void run(QFile* file);

    QString m_path;
    QString m_error;
    std::shared_ptr<State> m_state;
    QThread* m_thread = nullptr;
    bool m_finished = false;
};
