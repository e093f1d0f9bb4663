#include "core/drive/mclisting.h"

#include "core/common/backgroundwork.h"
#include "core/host/commandrunner.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

McListing::McListing(CommandRunner* runner, QObject* parent)
    : QObject(parent)
    , m_runner(runner)
{
    qRegisterMetaType<McListing::Outcome>();
    m_sliceTimer.setSingleShot(true);
    m_sliceTimer.setInterval(0);
    connect(&m_sliceTimer, &QTimer::timeout, this, &McListing::deliverSlice);
}

McListing::~McListing()
{
    cancel();
}

void McListing::cancel()
{
    ++m_generation; // parses still running see a stale generation and stop
    m_sliceTimer.stop();
    if (m_job) {
        CommandJob* job = m_job;
        m_job = nullptr;
        job->disconnect(this);
        job->cancel();
        job->deleteLater();
    }
    m_stream.reset();
    m_unparsed.clear();
    m_ready.clear();
    m_readyOffset = 0;
    m_parsing = m_delivering = m_commandDone = m_running = false;
}

void McListing::start(const RemoteCommand& command)
{
    cancel();
    m_running = true;
    m_outcome = {};
    m_sliceSize = 1000;
    m_stream = std::make_shared<McJsonStream>();
    m_job = m_runner->run(command, this);
    connect(m_job, &CommandJob::outputReceived, this, [this](const QByteArray& data, bool isStderr) {
        if (isStderr || data.isEmpty())
            return;
        m_unparsed.append(data);
        pump();
    });
    CommandJob* job = m_job;
    connect(m_job, &CommandJob::finished, this, [this, job](const CommandResult& r) {
        job->deleteLater();
        m_job = nullptr;
        m_outcome.result = r;
        m_commandDone = true;
        pump();
    });
}

void McListing::pump()
{
    if (!m_running || m_parsing)
        return;
    if (m_unparsed.isEmpty()) {
        if (m_commandDone && !m_delivering && m_ready.isEmpty())
            end();
        return;
    }
    // One round parses everything that arrived since the last one: the rounds grow when the host
    // sends faster than a round takes, so the number of rounds stays small.
    m_parsing = true;
    const quint64 generation = m_generation;
    auto* watcher = new QFutureWatcher<McJsonStream::Batch>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        m_parsing = false;
        McJsonStream::Batch b = watcher->result();
        m_outcome.errors += b.errors;
        m_outcome.malformed += b.malformed;
        if (!b.entries.isEmpty()) {
            m_ready.append(std::move(b.entries));
            if (!m_delivering)
                deliverSlice();
        }
        pump();
    });
    // Parsed below the GUI thread's priority: on a busy or one-core machine a 1 MiB round at equal
    // weight held the GUI thread off its core for over 100 ms (bench_drive_listing on one core).
    watcher->setFuture(
        QtConcurrent::run(GbAdmin::backgroundPool(), [stream = m_stream, chunks = std::exchange(m_unparsed, {})] {
            GbAdmin::lowerThisThreadsPriority();
            McJsonStream::Batch all;
            for (const QByteArray& chunk : chunks) {
                McJsonStream::Batch b = stream->feed(chunk);
                all.entries += b.entries;
                all.errors += b.errors;
                all.malformed += b.malformed;
            }
            return all;
        }));
}

void McListing::deliverSlice()
{
    if (m_ready.isEmpty()) {
        m_delivering = false;
        pump();
        return;
    }
    // One slice never spans two batches: a short one at a batch's end costs a turn, not a copy.
    const QList<DriveEntry>& batch = m_ready.first();
    const qsizetype n = std::min<qsizetype>(m_sliceSize, batch.size() - m_readyOffset);
    const QList<DriveEntry> slice = n == batch.size() ? batch : batch.mid(m_readyOffset, n);
    m_readyOffset += n;
    m_outcome.entries += int(n);
    if (m_readyOffset >= batch.size()) {
        m_ready.removeFirst();
        m_readyOffset = 0;
    }
    m_delivering = true;
    const quint64 generation = m_generation;
    QElapsedTimer spent;
    spent.start();
    Q_EMIT entriesReady(slice);
    if (generation != m_generation)
        return; // the receiver cancelled or restarted
    // What the receiver does with a slice can grow with the rows it holds (a sorted view inserts
    // each row at its place): the next slice is sized to take about the time budget.
    const qint64 ns = std::max<qint64>(spent.nsecsElapsed(), 1);
    const double fit = double(n) * double(m_budgetMs) * 1e6 / double(ns);
    // Grows at most twofold per slice: the cost per row is not always linear (a view's own work).
    m_sliceSize = int(std::clamp(std::min(fit, 2.0 * double(n)), double(kMinSlice), double(kMaxSlice)));
    // The rest after the event loop had its turn (paint, input, timers).
    m_sliceTimer.start();
}

void McListing::end()
{
    if (m_stream)
        m_outcome.malformed += m_stream->finish().malformed;
    const Outcome outcome = m_outcome;
    m_stream.reset();
    m_running = false;
    ++m_generation;
    Q_EMIT finished(outcome);
}
