#pragma once

#include <QList>
#include <QString>

// Bytes done of a transfer, its recent speed and what is left, for a task's progress and message.
// Time is passed in (milliseconds from any monotonic clock), so tests drive it without waiting.
// The speed is measured over the last few seconds (window), so a stall shows as a falling speed
// rather than an average that hides it.
class TransferMeter
{
public:
    explicit TransferMeter(qint64 total = -1, qint64 windowMs = 3000);

    void start(qint64 nowMs);
    void add(qint64 bytes, qint64 nowMs);
    // Another part of the same transfer begins (several objects): the total grows, speed goes on.
    void setTotal(qint64 total) { m_total = total; }

    qint64 done() const { return m_done; }
    qint64 total() const { return m_total; } // -1: unknown
    // Bytes per second over the window (or since start when shorter); 0 before any time passed.
    double bytesPerSecond(qint64 nowMs) const;
    // Seconds left at the current speed; -1 when unknown (no total, no speed yet).
    qint64 secondsLeft(qint64 nowMs) const;
    // 0..1000 for Task::setProgress (ints: a 1 GiB count of bytes would not fit a later 3 GiB one).
    int permille() const;
    // "12.3 MiB of 1 GiB · 45.6 MiB/s · 20 s left" (localized; parts that are unknown left out).
    QString text(qint64 nowMs) const;

private:
    struct Sample
    {
        qint64 ms;
        qint64 done;
    };
    qint64 m_total;
    qint64 m_windowMs;
    qint64 m_done = 0;
    qint64 m_startMs = -1;
    QList<Sample> m_samples; // oldest first, at most one per 100 ms, none older than the window
};
