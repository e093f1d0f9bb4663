#include "core/host/transfermeter.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

TransferMeter::TransferMeter(qint64 total, qint64 windowMs)
    : m_total(total)
    , m_windowMs(windowMs)
{ }

void TransferMeter::start(qint64 nowMs)
{
    m_startMs = nowMs;
    m_done = 0;
    m_samples = { Sample { nowMs, 0 } };
}

void TransferMeter::add(qint64 bytes, qint64 nowMs)
{
    if (m_startMs < 0)
        start(nowMs);
    m_done += bytes;
    // One sample per 100 ms keeps the list short at thousands of chunks a second.
    if (m_samples.isEmpty() || nowMs - m_samples.last().ms >= 100)
        m_samples.append({ nowMs, m_done });
    else
        m_samples.last().done = m_done;
    // Keep one sample at or before the window's start so the window is always fully covered.
    while (m_samples.size() > 2 && m_samples.at(1).ms <= nowMs - m_windowMs)
        m_samples.removeFirst();
}

double TransferMeter::bytesPerSecond(qint64 nowMs) const
{
    if (m_samples.isEmpty())
        return 0;
    const Sample& from = m_samples.first();
    const qint64 ms = nowMs - from.ms;
    if (ms <= 0)
        return 0;
    return double(m_done - from.done) * 1000.0 / double(ms);
}

qint64 TransferMeter::secondsLeft(qint64 nowMs) const
{
    const double speed = bytesPerSecond(nowMs);
    if (m_total < 0 || speed <= 0)
        return -1;
    return qint64(std::ceil(double(std::max<qint64>(0, m_total - m_done)) / speed));
}

int TransferMeter::permille() const
{
    if (m_total <= 0)
        return m_total == 0 ? 1000 : 0;
    return int(std::min<qint64>(1000, m_done * 1000 / m_total));
}

QString TransferMeter::text(qint64 nowMs) const
{
    const QLocale locale;
    const auto size = [&locale](qint64 b) { return locale.formattedDataSize(b, 1, QLocale::DataSizeIecFormat); };
    QStringList parts;
    parts << (m_total >= 0 ? QCoreApplication::translate("TransferMeter", "%1 of %2").arg(size(m_done), size(m_total))
                           : size(m_done));
    const double speed = bytesPerSecond(nowMs);
    if (speed > 0)
        parts << size(qint64(speed)) + QStringLiteral("/s"); // a unit, not a sentence (and lupdate chokes on '/')
    const qint64 left = secondsLeft(nowMs);
    const int minutesLeft = int(left / 60); // outside translate(): lupdate 6.4 hangs on a '/' in its arguments
    if (left >= 0 && m_done < m_total)
        parts << (left < 120 ? QCoreApplication::translate("TransferMeter", "%n s left", nullptr, int(left))
                             : QCoreApplication::translate("TransferMeter", "%n min left", nullptr, minutesLeft));
    return parts.join(QStringLiteral(" · "));
}
