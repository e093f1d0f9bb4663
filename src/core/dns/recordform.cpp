#include "core/dns/recordform.h"

#include <QCoreApplication>

#include <algorithm>
#include <cctype>

namespace RecordForm {

QStringList fieldTypes()
{
    return { QStringLiteral("A"), QStringLiteral("AAAA"), QStringLiteral("CNAME"), QStringLiteral("MX"),
        QStringLiteral("TXT"), QStringLiteral("SRV"), QStringLiteral("CAA"), QStringLiteral("NS"),
        QStringLiteral("PTR") };
}

QStringList fieldNames(const QString& type)
{
    if (type == QLatin1String("A"))
        return { QStringLiteral("IPv4 address") };
    if (type == QLatin1String("AAAA"))
        return { QStringLiteral("IPv6 address") };
    if (type == QLatin1String("CNAME"))
        return { QCoreApplication::translate("RecordForm", "Alias of") };
    if (type == QLatin1String("NS"))
        return { QCoreApplication::translate("RecordForm", "Name server") };
    if (type == QLatin1String("PTR"))
        return { QCoreApplication::translate("RecordForm", "Host name") };
    if (type == QLatin1String("MX"))
        return { QStringLiteral("Preference"), QCoreApplication::translate("RecordForm", "Mail server") };
    if (type == QLatin1String("TXT"))
        return { QStringLiteral("Text") };
    if (type == QLatin1String("SRV"))
        return { QStringLiteral("Priority"), QStringLiteral("Weight"), QStringLiteral("Port"),
            QStringLiteral("Target") };
    if (type == QLatin1String("CAA"))
        return { QStringLiteral("Flags"), QStringLiteral("Tag"), QStringLiteral("Value") };
    return {};
}

QString quoteTxt(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    QStringList chunks;
    QByteArray cur;
    int curLen = 0; // octets once unescaped
    auto flush = [&] {
        chunks.append(QLatin1Char('"') + QString::fromUtf8(cur) + QLatin1Char('"'));
        cur.clear();
        curLen = 0;
    };
    qsizetype i = 0;
    while (i < utf8.size()) {
        // One character: an ASCII byte or a whole UTF-8 sequence, never split across strings.
        qsizetype len = 1;
        const auto b = static_cast<unsigned char>(utf8[i]);
        if (b >= 0xf0)
            len = 4;
        else if (b >= 0xe0)
            len = 3;
        else if (b >= 0xc0)
            len = 2;
        len = std::min(len, utf8.size() - i);
        if (curLen + len > 255)
            flush();
        const char c = utf8[i];
        if (len == 1 && (c == '"' || c == '\\'))
            cur += '\\';
        if (len == 1 && (static_cast<unsigned char>(c) < 0x20 || c == 0x7f))
            cur += '\\' + QByteArray::number(static_cast<unsigned char>(c)).rightJustified(3, '0');
        else
            cur += utf8.mid(i, len);
        curLen += int(len);
        i += len;
    }
    if (curLen > 0 || chunks.isEmpty())
        flush();
    return chunks.join(QLatin1Char(' '));
}

QString unquoteTxt(const QString& data)
{
    const QByteArray in = data.toUtf8();
    QByteArray out;
    bool quoted = false;
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in[i];
        if (c == '"') {
            quoted = !quoted;
            continue;
        }
        if (!quoted && (c == ' ' || c == '\t'))
            continue;
        if (c == '\\' && i + 1 < in.size()) {
            if (i + 3 < in.size() && std::isdigit(static_cast<unsigned char>(in[i + 1]))
                && std::isdigit(static_cast<unsigned char>(in[i + 2]))
                && std::isdigit(static_cast<unsigned char>(in[i + 3]))) {
                out += char(in.mid(i + 1, 3).toInt());
                i += 3;
            } else {
                out += in[++i];
            }
            continue;
        }
        out += c;
    }
    return QString::fromUtf8(out);
}

QStringList split(const QString& type, const QString& data)
{
    const int n = int(fieldNames(type).size());
    if (n == 0)
        return { data };
    if (type == QLatin1String("TXT"))
        return { unquoteTxt(data) };
    QStringList parts = data.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (type == QLatin1String("CAA") && parts.size() >= 3) {
        QString value = parts.mid(2).join(QLatin1Char(' '));
        if (value.size() >= 2 && value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')))
            value = value.mid(1, value.size() - 2);
        return { parts[0], parts[1], value };
    }
    while (parts.size() < n)
        parts.append(QString());
    if (parts.size() > n) {
        const QString last = parts.mid(n - 1).join(QLatin1Char(' '));
        parts = parts.mid(0, n - 1);
        parts.append(last);
    }
    return parts;
}

QString compose(const QString& type, const QStringList& fields)
{
    if (fieldNames(type).isEmpty())
        return fields.value(0).trimmed();
    if (type == QLatin1String("TXT"))
        return quoteTxt(fields.value(0));
    QStringList f;
    for (const QString& s : fields)
        f.append(s.trimmed());
    if (type == QLatin1String("CAA")) {
        QString value = f.value(2);
        value.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
        return f.value(0) + u' ' + f.value(1) + QLatin1String(" \"") + value + u'"';
    }
    return f.join(QLatin1Char(' '));
}

QString check(const QString& zone, const ZoneDocument::Record& record)
{
    if (record.owner.trimmed().isEmpty())
        return QCoreApplication::translate("RecordForm", "The name is empty (use @ for the zone itself).");
    if (record.data.contains(QLatin1Char('\n')))
        return QCoreApplication::translate("RecordForm", "The data must stay on one line.");
    ZoneDocument doc;
    const QString line
        = QStringLiteral("%1 %2 %3 %4 %5\n")
              .arg(record.owner, QString::number(record.ttl), record.recordClass, record.type, record.data);
    const QByteArray text = "$ORIGIN " + zone.toUtf8() + (zone.endsWith(u'.') ? "" : ".") + "\n" + line.toUtf8();
    doc.load(text, zone);
    for (const ZoneDiagnostic& d : doc.diagnostics()) {
        if (d.line >= 2 && d.isError())
            return d.message;
    }
    return {};
}

} // namespace RecordForm
