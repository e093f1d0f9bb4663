#include "logline.h"

#include <QDate>

#include <algorithm>
#include <cstring>

namespace Ci {

namespace {

bool startsWith(QByteArrayView s, QByteArrayView prefix)
{
    return s.size() >= prefix.size() && std::memcmp(s.data(), prefix.data(), size_t(prefix.size())) == 0;
}

// Skips leading SGR sequences (ESC [ ... m): tools often colour their "error:" prefix.
QByteArrayView skipLeadingSgr(QByteArrayView s)
{
    while (s.size() >= 3 && s[0] == '\x1b' && s[1] == '[') {
        qsizetype i = 2;
        while (i < s.size() && ((s[i] >= '0' && s[i] <= '9') || s[i] == ';'))
            ++i;
        if (i >= s.size() || s[i] != 'm')
            break;
        s = s.sliced(i + 1);
    }
    return s;
}

int digits(QByteArrayView s, qsizetype from, qsizetype n, bool* ok)
{
    int v = 0;
    for (qsizetype i = from; i < from + n; ++i) {
        const char c = s[i];
        if (c < '0' || c > '9') {
            *ok = false;
            return 0;
        }
        v = v * 10 + (c - '0');
    }
    return v;
}

} // namespace

LogLine LogLine::split(QByteArrayView row)
{
    LogLine l;
    if (row.size() >= TimestampSize && row[TimestampSize - 1] == 'Z' && row[4] == '-' && row[10] == 'T') {
        l.timestamp = row.first(TimestampSize);
        l.content = row.size() > TimestampSize ? row.sliced(TimestampSize + (row[TimestampSize] == ' ' ? 1 : 0))
                                               : QByteArrayView();
        return l;
    }
    l.content = row;
    return l;
}

std::optional<qint64> LogLine::parseTimestampMs(QByteArrayView ts)
{
    // Layout 2006-01-02T15:04:05.0000000Z: fixed positions, so no general date parser is needed.
    if (ts.size() != TimestampSize || ts[4] != '-' || ts[7] != '-' || ts[10] != 'T' || ts[13] != ':' || ts[16] != ':'
        || ts[19] != '.' || ts[27] != 'Z')
        return std::nullopt;
    bool ok = true;
    const int year = digits(ts, 0, 4, &ok);
    const int month = digits(ts, 5, 2, &ok);
    const int day = digits(ts, 8, 2, &ok);
    const int hour = digits(ts, 11, 2, &ok);
    const int minute = digits(ts, 14, 2, &ok);
    const int second = digits(ts, 17, 2, &ok);
    const int frac = digits(ts, 20, 7, &ok); // 100 ns units
    if (!ok || hour > 23 || minute > 59 || second > 60)
        return std::nullopt;
    const QDate date(year, month, day);
    if (!date.isValid())
        return std::nullopt;
    const qint64 days = date.toJulianDay() - QDate(1970, 1, 1).toJulianDay();
    return ((days * 24 + hour) * 60 + minute) * 60000LL + second * 1000LL + frac / 10000;
}

namespace {

// `::name` followed by ' ' (properties) or ':' (end of the name).
bool isColonCommand(QByteArrayView s, QByteArrayView name)
{
    return s.size() > name.size() + 2 && startsWith(s.sliced(2), name)
        && (s[name.size() + 2] == ':' || s[name.size() + 2] == ' ');
}

} // namespace

LogLine::Kind LogLine::classify(QByteArrayView content)
{
    if (content.isEmpty())
        return Kind::Normal;
    const char c0 = content[0];
    if (c0 == '#') {
        if (startsWith(content, "##[group]"))
            return Kind::GroupStart;
        if (startsWith(content, "##[endgroup]"))
            return Kind::GroupEnd;
        if (startsWith(content, "##[error]"))
            return Kind::Error;
        if (startsWith(content, "##[warning]"))
            return Kind::Warning;
        if (startsWith(content, "##[notice]"))
            return Kind::Notice;
        if (startsWith(content, "##[debug]"))
            return Kind::Command;
        return Kind::Normal;
    }
    if (c0 == ':') {
        if (startsWith(content, "::group::"))
            return Kind::GroupStart;
        if (startsWith(content, "::endgroup::"))
            return Kind::GroupEnd;
        // "::error::msg" or "::error file=x,line=1::msg"
        if (isColonCommand(content, "error"))
            return Kind::Error;
        if (isColonCommand(content, "warning"))
            return Kind::Warning;
        if (isColonCommand(content, "notice"))
            return Kind::Notice;
        for (const char* name : { "debug", "add-mask", "add-matcher", "remove-matcher", "stop-commands", "set-output",
                 "save-state", "set-env", "add-path", "echo" })
            if (isColonCommand(content, name))
                return Kind::Command;
        return Kind::Normal;
    }
    const QByteArrayView s = c0 == '\x1b' ? skipLeadingSgr(content) : content;
    if (s.isEmpty())
        return Kind::Normal;
    switch (s[0]) {
    case 'E':
        return startsWith(s, "Error: ") || startsWith(s, "ERROR: ") || startsWith(s, "Error response from daemon:")
            ? Kind::Error
            : Kind::Normal;
    case 'e':
        return startsWith(s, "error: ") || startsWith(s, "error[E") ? Kind::Error : Kind::Normal;
    case 'f':
        return startsWith(s, "fatal: ") ? Kind::Error : Kind::Normal;
    case 'F':
        return startsWith(s, "FATAL: ") || startsWith(s, "FAILED ") || startsWith(s, "FAIL: ") ? Kind::Error
                                                                                               : Kind::Normal;
    case 'n':
        return startsWith(s, "npm ERR! ") || startsWith(s, "npm error ") ? Kind::Error : Kind::Normal;
    case 'm':
        return startsWith(s, "make: *** ") ? Kind::Error : Kind::Normal;
    case 'p':
        return startsWith(s, "panic: ") ? Kind::Error : Kind::Normal;
    case 'T':
        return startsWith(s, "Traceback (most recent call last):") ? Kind::Error : Kind::Normal;
    case 'w':
        return startsWith(s, "warning: ") || startsWith(s, "warning[") ? Kind::Warning : Kind::Normal;
    case 'W':
        return startsWith(s, "WARNING: ") || startsWith(s, "Warning: ") ? Kind::Warning : Kind::Normal;
    default:
        return Kind::Normal;
    }
}

std::optional<LogLine::WorkflowCommand> LogLine::parseCommand(QByteArrayView content)
{
    WorkflowCommand c;
    if (startsWith(content, "##[")) {
        const qsizetype close = content.indexOf(']');
        if (close < 4)
            return std::nullopt;
        c.name = content.sliced(3, close - 3);
        c.message = content.sliced(close + 1);
        return c;
    }
    if (!startsWith(content, "::") || content.size() < 4)
        return std::nullopt;
    const qsizetype end = content.indexOf("::", 2);
    if (end < 0)
        return std::nullopt;
    const QByteArrayView head = content.sliced(2, end - 2);
    const qsizetype space = head.indexOf(' ');
    c.name = space < 0 ? head : head.first(space);
    c.properties = space < 0 ? QByteArrayView() : head.sliced(space + 1);
    c.message = content.sliced(end + 2);
    if (c.name.isEmpty())
        return std::nullopt;
    return c;
}

QByteArrayView LogLine::maskValue(QByteArrayView content)
{
    return startsWith(content, "::add-mask::") ? content.sliced(12) : QByteArrayView();
}

QByteArray LogLine::applyMasks(QByteArray text, const QList<QByteArray>& masks)
{
    if (masks.isEmpty())
        return text;
    QList<QByteArray> sorted = masks;
    std::sort(
        sorted.begin(), sorted.end(), [](const QByteArray& a, const QByteArray& b) { return a.size() > b.size(); });
    for (const QByteArray& m : std::as_const(sorted))
        if (!m.isEmpty() && !QByteArrayView("***").contains(m)) // "*" would mask the stars again
            text.replace(m, QByteArrayLiteral("***"));
    return text;
}

QByteArrayView LogLine::groupTitle(QByteArrayView content)
{
    if (startsWith(content, "##[group]"))
        return content.sliced(9);
    if (startsWith(content, "::group::"))
        return content.sliced(9);
    return {};
}

} // namespace Ci
