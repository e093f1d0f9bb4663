#include "core/logs/logfollow.h"

#include <QCoreApplication>

namespace Logs {

QStringList LineSplitter::feed(const QByteArray& chunk)
{
    QStringList out;
    qsizetype start = 0;
    while (start < chunk.size()) {
        const qsizetype nl = chunk.indexOf('\n', start);
        if (nl < 0) {
            m_partial.append(chunk.constData() + start, chunk.size() - start);
            if (m_partial.size() > m_max) {
                out.append(QString::fromUtf8(m_partial.left(m_max)));
                m_partial.clear();
            }
            break;
        }
        m_partial.append(chunk.constData() + start, nl - start);
        if (m_partial.endsWith('\r'))
            m_partial.chop(1);
        out.append(QString::fromUtf8(m_partial.left(m_max)));
        m_partial.clear();
        start = nl + 1;
    }
    return out;
}

QString LineSplitter::flush()
{
    const QString rest = QString::fromUtf8(m_partial);
    m_partial.clear();
    return rest;
}

void LineBuffer::append(const QStringList& lines)
{
    for (const QString& l : lines)
        m_lines.push_back(l);
    while (qsizetype(m_lines.size()) > m_capacity) {
        m_lines.pop_front();
        ++m_dropped;
    }
}

void LineBuffer::clear()
{
    m_lines.clear();
    m_dropped = 0;
}

LogFilter::LogFilter(Preset preset, const QString& botName, const QString& freeText, bool regex)
    : m_freeText(freeText)
    , m_regex(regex)
{
    QString pattern;
    switch (preset) {
    case Preset::All:
        break;
    case Preset::Errors:
        pattern = QStringLiteral("error|panic|failed");
        break;
    case Preset::Bot:
        pattern = QRegularExpression::escape(botName.trimmed());
        break;
    case Preset::DriveConfig:
        pattern = QStringLiteral("drive|config");
        break;
    case Preset::ModelLlm:
        pattern = QStringLiteral("model|llm");
        break;
    }
    if (!pattern.isEmpty())
        m_preset = QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption);
    if (regex && !freeText.isEmpty()) {
        m_free = QRegularExpression(freeText, QRegularExpression::CaseInsensitiveOption);
        if (!m_free.isValid())
            m_error = QCoreApplication::translate("Logs", "The filter is not a valid regular expression: %1")
                          .arg(m_free.errorString());
    }
}

bool LogFilter::matches(const QString& line) const
{
    if (!m_preset.pattern().isEmpty() && !m_preset.match(line).hasMatch())
        return false;
    if (m_freeText.isEmpty())
        return true;
    if (m_regex)
        return m_free.isValid() && m_free.match(line).hasMatch();
    return line.contains(m_freeText, Qt::CaseInsensitive);
}

QString LogFilter::grepPattern() const
{
    return m_preset.pattern();
}

Level levelOf(const QString& line)
{
    // "20260519153341.123 info types:..." — the level is the second word.
    const qsizetype space = line.indexOf(QLatin1Char(' '));
    if (space != 18)
        return Level::Unknown;
    const QStringView rest = QStringView(line).mid(space + 1);
    if (rest.startsWith(QLatin1String("error ")))
        return Level::Error;
    if (rest.startsWith(QLatin1String("warn ")))
        return Level::Warn;
    if (rest.startsWith(QLatin1String("info ")))
        return Level::Info;
    if (rest.startsWith(QLatin1String("debug ")))
        return Level::Debug;
    if (rest.startsWith(QLatin1String("trace ")))
        return Level::Trace;
    return Level::Unknown;
}

} // namespace Logs
