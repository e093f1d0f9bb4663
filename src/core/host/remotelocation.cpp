#include "core/host/remotelocation.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

RemoteLocation RemoteLocation::containerFile(const QString& container, const QString& path)
{
    RemoteLocation l;
    l.kind = Kind::ContainerFile;
    l.container = container;
    l.path = path;
    return l;
}

RemoteLocation RemoteLocation::minioObject(const QString& bucket, const QString& key, const QString& container)
{
    RemoteLocation l;
    l.kind = Kind::MinioObject;
    l.container = container;
    l.bucket = bucket;
    l.key = key;
    return l;
}

QString RemoteLocation::mcTarget() const
{
    return alias + u'/' + bucket + u'/' + key;
}

QString RemoteLocation::remoteName() const
{
    return isMinio() ? mcTarget() : path;
}

QString RemoteLocation::fileName() const
{
    const QString& p = isMinio() ? key : path;
    return p.mid(p.lastIndexOf(u'/') + 1);
}

QString RemoteLocation::displayName() const
{
    if (isMinio())
        return container + QStringLiteral(": ") + mcTarget();
    return container + u':' + path;
}

QString RemoteLocation::id() const
{
    // JSON keeps every character (newlines, quotes) unambiguous.
    return QString::fromUtf8(QJsonDocument(toJson()).toJson(QJsonDocument::Compact));
}

namespace {
bool hasDotElement(const QString& p)
{
    const QStringList parts = p.split(u'/');
    return parts.contains(QStringLiteral(".")) || parts.contains(QStringLiteral(".."));
}
} // namespace

Result<void> RemoteLocation::validate() const
{
    // Incus instance names are hostnames (RFC 1123 labels).
    static const QRegularExpression hostname(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"));
    if (!hostname.match(container).hasMatch())
        return Error::of(
            QCoreApplication::translate("RemoteLocation", "\"%1\" is not a container name.").arg(container));
    if (isMinio()) {
        if (bucket.isEmpty() || bucket.contains(u'/') || bucket.contains(QChar(0)) || bucket.startsWith(u'.'))
            return Error::of(QCoreApplication::translate("RemoteLocation", "\"%1\" is not a bucket name.").arg(bucket));
        if (key.isEmpty() || key.endsWith(u'/') || key.startsWith(u'/') || key.contains(QChar(0))
            || key.contains(QStringLiteral("//")) || hasDotElement(key))
            return Error::of(
                QCoreApplication::translate("RemoteLocation", "\"%1\" is not an object name that can be edited.")
                    .arg(key));
        if (!mc.startsWith(u'/') || alias.isEmpty() || alias.contains(u'/'))
            return Error::of(
                QCoreApplication::translate("RemoteLocation", "The mc client or alias of %1 is not usable.")
                    .arg(displayName()));
        return {};
    }
    if (!path.startsWith(u'/') || path.endsWith(u'/') || path.contains(QChar(0)) || hasDotElement(path))
        return Error::of(
            QCoreApplication::translate("RemoteLocation", "\"%1\" is not an absolute file path.").arg(path));
    return {};
}

QJsonObject RemoteLocation::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("kind"), isMinio() ? QStringLiteral("minio") : QStringLiteral("file"));
    o.insert(QStringLiteral("container"), container);
    if (isMinio()) {
        o.insert(QStringLiteral("bucket"), bucket);
        o.insert(QStringLiteral("key"), key);
        o.insert(QStringLiteral("mc"), mc);
        o.insert(QStringLiteral("alias"), alias);
    } else {
        o.insert(QStringLiteral("path"), path);
    }
    return o;
}

Result<RemoteLocation> RemoteLocation::fromJson(const QJsonObject& json)
{
    const QString kind = json.value(QStringLiteral("kind")).toString();
    RemoteLocation l;
    if (kind == QLatin1String("minio")) {
        l = minioObject(json.value(QStringLiteral("bucket")).toString(), json.value(QStringLiteral("key")).toString(),
            json.value(QStringLiteral("container")).toString());
        l.mc = json.value(QStringLiteral("mc")).toString(l.mc);
        l.alias = json.value(QStringLiteral("alias")).toString(l.alias);
    } else if (kind == QLatin1String("file")) {
        l = containerFile(
            json.value(QStringLiteral("container")).toString(), json.value(QStringLiteral("path")).toString());
    } else {
        return Error::of(
            QCoreApplication::translate("RemoteLocation", "Unknown kind of remote file \"%1\".").arg(kind));
    }
    if (auto ok = l.validate(); !ok)
        return ok.error();
    return l;
}

QString RemoteVersion::token() const
{
    if (!exists)
        return QStringLiteral("absent");
    if (!etag.isEmpty())
        return QStringLiteral("etag:") + etag;
    return QStringLiteral("file:%1:%2:%3").arg(size).arg(mtime, sha256);
}

QJsonObject RemoteVersion::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("exists"), exists);
    if (exists) {
        o.insert(QStringLiteral("size"), size);
        if (!etag.isEmpty())
            o.insert(QStringLiteral("etag"), etag);
        if (!mtime.isEmpty())
            o.insert(QStringLiteral("mtime"), mtime);
        if (!sha256.isEmpty())
            o.insert(QStringLiteral("sha256"), sha256);
    }
    return o;
}

RemoteVersion RemoteVersion::fromJson(const QJsonObject& json)
{
    RemoteVersion v;
    v.exists = json.value(QStringLiteral("exists")).toBool();
    if (v.exists) {
        v.size = qint64(json.value(QStringLiteral("size")).toDouble(-1));
        v.etag = json.value(QStringLiteral("etag")).toString();
        v.mtime = json.value(QStringLiteral("mtime")).toString();
        v.sha256 = json.value(QStringLiteral("sha256")).toString();
    }
    return v;
}
