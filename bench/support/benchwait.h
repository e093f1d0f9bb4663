#pragma once

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <functional>

namespace Bench {

// Runs the event loop until done() holds or timeoutMs has passed; true when done() holds.
// The loop sleeps until an event comes: processEvents(flags, ms) drops WaitForMoreEvents and
// returns at once when nothing is pending, so a loop around it spins one of the machine's cores
// beside the work it measures. The 5 ms tick wakes it for conditions that post no event (a worker
// thread setting a flag) and for the timeout.
inline bool waitUntil(const std::function<bool()>& done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer tick;
    QElapsedTimer t;
    t.start();
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        if (done() || t.elapsed() > timeoutMs)
            loop.quit();
    });
    tick.start(5);
    loop.exec();
    return done();
}

} // namespace Bench
