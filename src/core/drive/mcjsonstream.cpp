#include "core/drive/mcjsonstream.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

QString driveRole(const QString& bucket, const QString& fullKey)
{
    if (!bucket.endsWith(QLatin1String(".gbai")))
        return {};
    const QString bot = bucket.chopped(5);
    const QString first = fullKey.section(QLatin1Char('/'), 0, 0);
    static const char* const kRoles[] = { ".gbdialog", ".gbkb", ".gbot", ".gbtheme", ".gbdrive", ".gbdata", ".gbui" };
    for (const char* r : kRoles) {
        if (first == bot + QLatin1String(r))
            return QLatin1String(r + 1);
    }
    return {};
}

McJsonStream::Batch McJsonStream::feed(const QByteArray& bytes)
{
    Batch out;
    const char* p = bytes.constData();
    const qsizetype n = bytes.size();
    qsizetype start = 0; // start of the message in `bytes` when m_pending is empty
    for (qsizetype i = 0; i < n; ++i) {
        const char c = p[i];
        if (m_inString) {
            if (m_escape)
                m_escape = false;
            else if (c == '\\')
                m_escape = true;
            else if (c == '"')
                m_inString = false;
            continue;
        }
        if (c == '"') {
            m_inString = true;
        } else if (c == '{') {
            if (m_depth == 0) {
                m_pending.clear();
                start = i;
            }
            ++m_depth;
        } else if (c == '}') {
            if (m_depth > 0 && --m_depth == 0) {
                if (m_pending.isEmpty()) {
                    parseMessage(p + start, i + 1 - start, out);
                } else {
                    m_pending.append(p + start, i + 1 - start);
                    parseMessage(m_pending.constData(), m_pending.size(), out);
                    m_pending.clear();
                }
                start = i + 1;
            }
        } else if (m_depth == 0 && c != '\n' && c != '\r' && c != ' ' && c != '\t') {
            // Text outside any object: not mc JSON (e.g. a shell error). Count it once per line.
            if (i == 0 || p[i - 1] == '\n')
                ++out.malformed;
        }
    }
    if (m_depth > 0)
        m_pending.append(p + start, n - start);
    return out;
}

McJsonStream::Batch McJsonStream::finish()
{
    Batch out;
    if (m_depth > 0 || m_inString)
        ++out.malformed;
    m_pending.clear();
    m_depth = 0;
    m_inString = m_escape = false;
    return out;
}

McJsonStream::Batch McJsonStream::parseAll(const QByteArray& bytes)
{
    McJsonStream s;
    Batch b = s.feed(bytes);
    const Batch tail = s.finish();
    b.malformed += tail.malformed;
    return b;
}

void McJsonStream::parseMessage(const char* data, qsizetype size, Batch& out) const
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromRawData(data, size), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        ++out.malformed;
        return;
    }
    const QJsonObject o = doc.object();
    const QString status = o.value(QLatin1String("status")).toString();
    if (status == QLatin1String("error")) {
        const QJsonObject e = o.value(QLatin1String("error")).toObject();
        QString message = e.value(QLatin1String("message")).toString();
        const QString cause = e.value(QLatin1String("cause")).toObject().value(QLatin1String("message")).toString();
        if (!cause.isEmpty())
            message += QLatin1Char(' ') + cause;
        out.errors.append(message.trimmed().isEmpty()
                ? QCoreApplication::translate("McJsonStream", "mc reported an error without a message.")
                : message.trimmed());
        return;
    }
    if (status != QLatin1String("success") || !o.contains(QLatin1String("key")))
        return; // e.g. the --summarize totals
    DriveEntry entry;
    entry.key = o.value(QLatin1String("key")).toString();
    entry.isFolder = o.value(QLatin1String("type")).toString() == QLatin1String("folder");
    entry.size = qint64(o.value(QLatin1String("size")).toDouble());
    entry.modified = QDateTime::fromString(o.value(QLatin1String("lastModified")).toString(), Qt::ISODateWithMs);
    entry.etag = o.value(QLatin1String("etag")).toString();
    out.entries.append(std::move(entry));
}
