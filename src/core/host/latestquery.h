#pragma once

#include "core/common/result.h"
#include "core/host/commandfailure.h"
#include "core/host/commandrunner.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <memory>
#include <optional>

// The untyped half of LatestQuery: runs commands, keeps only the newest request, cancels the rest.
class LatestQueryRun : public QObject
{
    Q_OBJECT
public:
    explicit LatestQueryRun(CommandRunner* runner);
    ~LatestQueryRun() override; // cancels what runs; never waits

    using Done = std::function<void(quint64 generation, const QList<CommandResult>&)>;
    // Starts every command at once; `done` runs on this object's thread when all have finished,
    // and only if no newer start() or cancel() came in between.
    void start(const QList<RemoteCommand>& commands, Done done);
    void cancel();
    bool isCurrent(quint64 generation) const { return generation == m_generation; }
    bool isRunning() const { return m_running; }
    // Ends the busy state of request `generation` (when it is still the newest).
    void finish(quint64 generation);

Q_SIGNALS:
    void runningChanged(bool running);

private:
    void setRunning(bool on);

    CommandRunner* m_runner;
    QList<QPointer<CommandJob>> m_jobs;
    quint64 m_generation = 0;
    bool m_running = false;
};

// Latest-only remote query: run a command (or several at once) on the host, parse the output on a
// worker thread, and deliver the parsed value on the receiver's thread — only when no newer run()
// was made since and the receiver still exists. A newer run() cancels the older commands; deleting
// the query (normally a member of its receiver) cancels without waiting for anything. Every pane
// that refreshes from the host uses this instead of writing its own generation counters.
//
// `parse` runs on a thread pool: it must not touch the receiver, only its arguments. A failed
// command never reaches `parse`: `deliver` gets describeFailure()'s sentence instead, unless the
// query accepts failures (setAcceptFailures), e.g. to read psql's error text.
template<typename T> class LatestQuery
{
public:
    using Parse = std::function<Result<T>(const CommandResult&)>;
    using ParseAll = std::function<Result<T>(const QList<CommandResult>&)>;
    using Deliver = std::function<void(const Result<T>&)>;

    LatestQuery(QObject* receiver, CommandRunner* runner)
        : m_receiver(receiver)
        , m_run(std::make_unique<LatestQueryRun>(runner))
    { }

    void run(const RemoteCommand& command, Parse parse, Deliver deliver)
    {
        run(
            QList<RemoteCommand> { command },
            [parse = std::move(parse)](const QList<CommandResult>& results) { return parse(results.first()); },
            std::move(deliver));
    }

    void run(const QList<RemoteCommand>& commands, ParseAll parse, Deliver deliver)
    {
        LatestQueryRun* core = m_run.get();
        m_run->start(commands,
            [core, receiver = m_receiver, acceptFailures = m_acceptFailures, parse = std::move(parse),
                deliver = std::move(deliver)](quint64 generation, const QList<CommandResult>& results) {
                if (!acceptFailures) {
                    for (const CommandResult& r : results) {
                        if (!r.succeeded()) {
                            core->finish(generation);
                            if (receiver)
                                deliver(Error::of(describeFailure(r), r.exitCode));
                            return;
                        }
                    }
                }
                startParse(core, receiver, generation, results, parse, deliver);
            });
    }

    void setAcceptFailures(bool on) { m_acceptFailures = on; }
    void cancel() { m_run->cancel(); }
    bool isRunning() const { return m_run->isRunning(); }
    // Emits runningChanged(bool), for a busy indicator.
    LatestQueryRun* notifier() const { return m_run.get(); }

private:
    using Box = std::optional<Result<T>>;

    static void startParse(LatestQueryRun* core, const QPointer<QObject>& receiver, quint64 generation,
        const QList<CommandResult>& results, const ParseAll& parse, const Deliver& deliver)
    {
        // The watcher belongs to `core`: deleting the query drops the answer; the parse ends by itself.
        auto* watcher = new QFutureWatcher<Box>(core);
        QObject::connect(watcher, &QFutureWatcherBase::finished, core, [core, watcher, receiver, generation, deliver] {
            watcher->deleteLater();
            if (!core->isCurrent(generation))
                return;
            core->finish(generation);
            if (receiver)
                deliver(*watcher->result());
        });
        watcher->setFuture(QtConcurrent::run([parse, results]() -> Box { return Box(parse(results)); }));
    }

    QPointer<QObject> m_receiver;
    std::unique_ptr<LatestQueryRun> m_run;
    bool m_acceptFailures = false;
};
