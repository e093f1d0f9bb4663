#pragma once

#include "core/drive/mcjsonstream.h"
#include "core/ssh/remotecommand.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class CommandJob;
class CommandRunner;

// One running `mc ls --json` whose output is parsed off the GUI thread: the chunks collect as they
// arrive, a worker parses whatever came in since its last round (rounds never overlap, so the
// stream parser is only ever used by one thread at a time), and the entries come back in slices,
// one per event-loop turn, each sized so its receiver takes about a time budget: a prefix of 50,000
// objects never holds the window. The GUI thread never copies the bytes or the parsed entries in
// bulk: chunks and batches are queued as they came.
// A newer start(), cancel() or the destruction of this object drops every later answer.
class McListing : public QObject
{
    Q_OBJECT
public:
    struct Outcome
    {
        CommandResult result; // of the mc command (stdout streamed, so empty)
        QStringList errors; // mc's own error messages
        int malformed = 0; // messages that were not JSON objects
        int entries = 0; // delivered through entriesReady
    };

    // `runner` must outlive this object.
    explicit McListing(CommandRunner* runner, QObject* parent = nullptr);
    ~McListing() override;

    // Runs `command` (an `mc ls --json`, output streamed) instead of anything running now.
    void start(const RemoteCommand& command);
    // Stops the command and drops what was not delivered yet; no finished() follows.
    void cancel();
    bool isRunning() const { return m_running; }

    // About how long the receiver of one entriesReady may take (default 12 ms): slices start at
    // 1,000 rows and then follow what the receiver needed per row, between 50 and 5,000.
    void setTimeBudget(int ms) { m_budgetMs = ms; }
    int sliceSize() const { return m_sliceSize; }
    static constexpr int kMinSlice = 50;
    static constexpr int kMaxSlice = 5000;

Q_SIGNALS:
    // In the order mc printed them.
    void entriesReady(const QList<DriveEntry>& entries);
    void finished(const McListing::Outcome& outcome);

private:
    void pump();
    void deliverSlice();
    void end();

    CommandRunner* m_runner;
    QPointer<CommandJob> m_job;
    std::shared_ptr<McJsonStream> m_stream;
    quint64 m_generation = 0;
    QList<QByteArray> m_unparsed; // chunks as the runner delivered them
    QList<QList<DriveEntry>> m_ready; // parsed batches, not delivered yet
    qsizetype m_readyOffset = 0; // delivered entries of m_ready's first batch
    // Chains the slices: a timer, not a posted call, so that the event loop runs other timers and
    // posted events (paint) between any two slices; posted calls would let timers in only every
    // second turn.
    QTimer m_sliceTimer;
    bool m_parsing = false;
    bool m_delivering = false;
    bool m_commandDone = false;
    bool m_running = false;
    int m_sliceSize = 1000;
    int m_budgetMs = 12;
    Outcome m_outcome;
};

Q_DECLARE_METATYPE(McListing::Outcome)
