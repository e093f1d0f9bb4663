#include "core/ssh/knownhosts.h"

#include "core/ssh/sshconfig.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>

namespace {

bool nameMatches(const QString& field, const QString& name)
{
    if (field.startsWith(QLatin1String("|1|"))) {
        const QStringList parts = field.split(QLatin1Char('|'));
        if (parts.size() < 4)
            return false;
        const QByteArray salt = QByteArray::fromBase64(parts.at(2).toLatin1());
        const QByteArray hash = QByteArray::fromBase64(parts.at(3).toLatin1());
        return !salt.isEmpty()
            && QMessageAuthenticationCode::hash(name.toUtf8(), salt, QCryptographicHash::Sha1) == hash;
    }
    // Same pattern language as ssh_config's Host lines (* ? and !negation, comma separated).
    return SshConfig::hostMatches(field.split(QLatin1Char(','), Qt::SkipEmptyParts), name);
}

// A public key blob starts with its own type as an SSH string; a blob that does not is unusable.
bool blobIsValid(const QByteArray& blob, const QString& type)
{
    if (blob.size() < 4)
        return false;
    const quint32 n = (quint32(quint8(blob[0])) << 24) | (quint32(quint8(blob[1])) << 16)
        | (quint32(quint8(blob[2])) << 8) | quint32(quint8(blob[3]));
    return n > 0 && qsizetype(n) <= blob.size() - 4 && blob.mid(4, n) == type.toLatin1();
}

} // namespace

QString KnownHosts::entryName(const QString& host, int port)
{
    return port == 22 ? host : QStringLiteral("[%1]:%2").arg(host).arg(port);
}

KnownHosts::Result KnownHosts::check(
    const QStringList& files, const QString& host, int port, const QString& keyType, const QByteArray& keyBlob)
{
    const QString name = entryName(host, port);
    static const QRegularExpression space(QStringLiteral("\\s+"));
    bool known = false;
    Result changed;
    Result unusable;
    bool otherType = false;
    for (const QString& file : files) {
        QFile f(file);
        if (file.isEmpty() || !f.open(QIODevice::ReadOnly))
            continue;
        int lineNo = 0;
        while (!f.atEnd()) {
            ++lineNo;
            // readLine without a limit: a line longer than libssh's buffer is still one entry.
            const QString line = QString::fromUtf8(f.readLine()).trimmed();
            if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
                continue;
            QStringList fields = line.split(space, Qt::SkipEmptyParts);
            QString marker;
            if (fields.first().startsWith(QLatin1Char('@')))
                marker = fields.takeFirst();
            if (fields.isEmpty() || !nameMatches(fields.first(), name))
                continue;
            const auto noteUnusable = [&](const QString& why) {
                if (unusable.line == 0)
                    unusable = Result { Verdict::Unusable, file, lineNo, why };
            };
            if (fields.size() < 3) {
                noteUnusable(QCoreApplication::translate("KnownHosts", "the entry has no key"));
                continue;
            }
            const QString type = fields.at(1);
            const auto decoded
                = QByteArray::fromBase64Encoding(fields.at(2).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded || !blobIsValid(*decoded, type)) {
                noteUnusable(QCoreApplication::translate("KnownHosts", "the key of the entry cannot be read"));
                continue;
            }
            const bool sameKey = type == keyType && *decoded == keyBlob;
            if (marker == QLatin1String("@revoked")) {
                if (sameKey)
                    return Result { Verdict::Revoked, file, lineNo, {} };
                noteUnusable(QCoreApplication::translate("KnownHosts", "the entry revokes a key (@revoked)"));
            } else if (marker == QLatin1String("@cert-authority")) {
                noteUnusable(QCoreApplication::translate("KnownHosts",
                    "the host is vouched for by a certificate authority (@cert-authority), which GB "
                    "Admin does not check"));
            } else if (!marker.isEmpty()) {
                noteUnusable(
                    QCoreApplication::translate("KnownHosts", "the entry has an unknown marker %1").arg(marker));
            } else if (sameKey) {
                known = true;
            } else if (type == keyType) {
                if (changed.line == 0)
                    changed = Result { Verdict::Changed, file, lineNo, {} };
            } else {
                otherType = true;
            }
        }
    }
    if (known)
        return Result { Verdict::Known, {}, 0, {} };
    if (changed.line > 0)
        return changed;
    if (unusable.line > 0)
        return unusable;
    if (otherType)
        return Result { Verdict::OtherType, {}, 0, {} };
    return Result {};
}
