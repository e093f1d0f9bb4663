#include "core/ci/linecollector.h"

#include "core/ci/remotetasklog.h"

namespace Ci {

LineCollector::LineCollector(LogSource* source, qint64 first, qint64 count, QObject* parent)
    : QObject(parent)
    , m_source(source)
    , m_first(qMax<qint64>(0, first))
    , m_count(qMax<qint64>(0, count))
{ }

void LineCollector::start()
{
    if (m_source) {
        connect(m_source, &LogSource::linesAvailable, this, &LineCollector::check);
        connect(m_source, &LogSource::contentChanged, this, &LineCollector::check);
        connect(m_source, &LogSource::finished, this, &LineCollector::check);
    }
    check();
}

void LineCollector::check()
{
    if (m_finished)
        return;
    if (!m_source) {
        m_finished = true;
        Q_EMIT done({});
        return;
    }
    const qint64 end = m_first + m_count;
    auto* remote = qobject_cast<RemoteTaskLog*>(m_source.data());
    const bool complete = m_source->isComplete() || (remote && remote->isReady());
    if (m_source->lineCount() < end && !complete)
        return; // a local source still indexing, or a followed one still growing
    const qint64 last = qMin(end, m_source->lineCount());
    if (remote) {
        bool all = true;
        for (qint64 i = m_first; i < last; ++i)
            if (!remote->isLineLoaded(i)) {
                remote->line(i); // asks for its frame
                all = false;
            }
        if (!all)
            return;
    }
    QList<QByteArray> rows;
    rows.reserve(last - m_first);
    for (qint64 i = m_first; i < last; ++i)
        rows << m_source->line(i);
    m_finished = true;
    Q_EMIT done(rows);
}

} // namespace Ci
