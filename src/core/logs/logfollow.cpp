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

QStringView stampOf(QStringView line)
{
    // "20260519153341.123 " — 14 digits, a dot, 3 digits, a space.
    if (line.size() < 19 || line[14] != QLatin1Char('.') || line[18] != QLatin1Char(' '))
        return {};
    for (qsizetype i = 0; i < 18; ++i)
        if (i != 14 && !line[i].isDigit())
            return {};
    return line.first(18);
}

QStringView LogEntry::repeatKey() const
{
    const QStringView stamp = stampOf(text);
    return stamp.isEmpty() ? QStringView(text) : QStringView(text).mid(19);
}

bool LineJoiner::isFull(const QString& line)
{
    return line.size() == WrapWidth || (line.size() < WrapWidth && line.toUtf8().size() == WrapWidth);
}

bool LineJoiner::isContinuation(const QString& line)
{
    if (line.size() <= ContinuationIndent || line.size() > WrapWidth)
        return false;
    for (qsizetype i = 0; i < ContinuationIndent; ++i)
        if (line[i] != QLatin1Char(' '))
            return false;
    return true;
}

QList<LogEntry> LineJoiner::feed(const QStringList& lines)
{
    QList<LogEntry> out;
    for (const QString& line : lines) {
        if (isContinuation(line)) {
            if (m_open) {
                m_open->text += QStringView(line).mid(ContinuationIndent);
                if (!isFull(line)) {
                    out.append(std::move(*m_open));
                    m_open.reset();
                }
                continue;
            }
            if (m_flushedMayContinue) {
                LogEntry late;
                late.text = line.mid(ContinuationIndent);
                late.continuesPrevious = true;
                m_flushedMayContinue = isFull(line);
                out.append(std::move(late));
                continue;
            }
        }
        if (m_open) {
            out.append(std::move(*m_open));
            m_open.reset();
        }
        m_flushedMayContinue = false;
        LogEntry e;
        e.text = line;
        e.firstStamp = stampOf(line).toString();
        e.lastStamp = e.firstStamp;
        if (isFull(line))
            m_open = std::move(e);
        else
            out.append(std::move(e));
    }
    return out;
}

QList<LogEntry> LineJoiner::flush()
{
    if (!m_open)
        return {};
    QList<LogEntry> out { std::move(*m_open) };
    m_open.reset();
    m_flushedMayContinue = true;
    return out;
}

void LineJoiner::reset()
{
    m_open.reset();
    m_flushedMayContinue = false;
}

LineBuffer::Appended LineBuffer::append(const QList<LogEntry>& entries)
{
    Appended result;
    for (const LogEntry& e : entries) {
        const bool haveLast = !m_rows.empty();
        // Rows added in this call are new to the caller anyway; only the one before counts as changed.
        const bool lastIsOld = haveLast && result.added == 0;
        if (e.continuesPrevious) {
            // The rest of a record handed on before its continuation came.
            if (haveLast && m_rows.back().count == 1) {
                m_rows.back().text += e.text;
                result.lastRowChanged = result.lastRowChanged || lastIsOld;
                continue;
            }
            LogEntry own = e;
            own.continuesPrevious = false;
            if (haveLast && m_rows.back().canUnfold) {
                // That record had been folded into the row as its newest repeat: take it out again.
                LogEntry& last = m_rows.back();
                const QStringView key = last.repeatKey();
                own.firstStamp = last.lastStamp;
                own.lastStamp = last.lastStamp;
                own.text = (last.lastStamp.isEmpty() ? QString() : last.lastStamp + QLatin1Char(' ')) + key + e.text;
                --last.count;
                last.lastStamp = last.previousLastStamp;
                last.previousLastStamp.clear();
                last.canUnfold = false;
                result.lastRowChanged = result.lastRowChanged || lastIsOld;
            } else {
                ++m_messages; // a tail without its record: shown on its own
            }
            m_rows.push_back(std::move(own));
            ++result.added;
        } else if (m_fold && haveLast && m_rows.back().repeatKey() == e.repeatKey()) {
            LogEntry& last = m_rows.back();
            last.count += e.count;
            // Only a single message can be taken out again (see continuesPrevious).
            last.previousLastStamp = last.lastStamp;
            last.canUnfold = e.count == 1;
            last.lastStamp = e.lastStamp;
            m_messages += e.count;
            result.lastRowChanged = result.lastRowChanged || lastIsOld;
            continue;
        } else {
            m_rows.push_back(e);
            ++result.added;
            m_messages += e.count;
        }
        while (qsizetype(m_rows.size()) > m_capacity) {
            m_rows.pop_front();
            ++m_dropped;
        }
    }
    return result;
}

LineBuffer::Appended LineBuffer::append(const QStringList& lines)
{
    QList<LogEntry> entries;
    entries.reserve(lines.size());
    for (const QString& l : lines) {
        LogEntry e;
        e.text = l;
        e.firstStamp = stampOf(l).toString();
        e.lastStamp = e.firstStamp;
        entries.append(std::move(e));
    }
    return append(entries);
}

void LineBuffer::clear()
{
    m_rows.clear();
    m_dropped = 0;
    m_messages = 0;
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
