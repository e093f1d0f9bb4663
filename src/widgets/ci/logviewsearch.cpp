#include "widgets/ci/logviewsearch.h"

#include "core/ci/ansi.h"

namespace {
constexpr int SliceMs = 8;
constexpr qsizetype TimestampSize = 28;
} // namespace

LogViewSearch::LogViewSearch(QObject* parent)
    : QObject(parent)
{
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &LogViewSearch::step);
}

void LogViewSearch::setSource(Ci::LogSource* source)
{
    cancel();
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = source;
    if (source) {
        connect(source, &Ci::LogSource::linesAvailable, this, [this](qint64) {
            if (m_active && !m_timer.isActive())
                m_timer.start();
        });
    }
}

bool LogViewSearch::start(const QString& text, bool regex, bool caseSensitive)
{
    cancel();
    if (text.isEmpty() || !m_source)
        return true;
    m_pattern = QRegularExpression(regex ? text : QRegularExpression::escape(text),
        caseSensitive ? QRegularExpression::NoPatternOption : QRegularExpression::CaseInsensitiveOption);
    if (!m_pattern.isValid())
        return false;
    m_pattern.optimize();
    m_active = true;
    m_timer.start();
    return true;
}

void LogViewSearch::cancel()
{
    m_timer.stop();
    m_active = false;
    m_next = 0;
    m_matchCount = 0;
}

void LogViewSearch::step()
{
    if (!m_source) {
        cancel();
        return;
    }
    QElapsedTimer clock;
    clock.start();
    QList<qint64> found;
    const qint64 count = m_source->lineCount();
    while (m_next < count) {
        const QByteArray raw = m_source->line(m_next);
        QByteArrayView content = raw;
        if (raw.size() > TimestampSize && raw[TimestampSize] == ' ')
            content = content.sliced(TimestampSize + 1);
        if (m_pattern.match(Ci::Ansi::plainText(content)).hasMatch())
            found.append(m_next);
        ++m_next;
        if ((m_next & 255) == 0 && clock.elapsed() >= SliceMs)
            break;
    }
    m_matchCount += found.size();
    if (!found.isEmpty())
        Q_EMIT matchesFound(found);
    if (m_next >= count) {
        m_timer.stop(); // resumed by linesAvailable while m_active
        Q_EMIT finished(m_matchCount);
    }
}
