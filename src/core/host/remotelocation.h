#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

// Where a remotely edited file lives: a file inside an Incus container (a zone file in `dns`) or a
// MinIO object reached through the `mc` client inside the `drive` container (a `.bas` script or a
// `config.csv`). A plain value; RemoteFile (remotefile.h) opens and saves it.
struct RemoteLocation
{
    enum class Kind
    {
        ContainerFile,
        MinioObject,
    };
    Kind kind = Kind::ContainerFile;
    QString container; // ContainerFile: the container; MinioObject: the container running mc ("drive")
    QString path; // ContainerFile: absolute path inside the container
    QString bucket; // MinioObject
    QString key; // MinioObject: the object key inside the bucket ("default.gbdialog/start.bas")
    QString mc = QStringLiteral("/opt/gbo/bin/mc"); // MinioObject: mc inside the container (INFRA.md)
    QString alias = QStringLiteral("local"); // MinioObject: mc alias of the MinIO server

    static RemoteLocation containerFile(const QString& container, const QString& path);
    static RemoteLocation minioObject(
        const QString& bucket, const QString& key, const QString& container = QStringLiteral("drive"));

    bool isMinio() const { return kind == Kind::MinioObject; }
    // `local/<bucket>/<key>`, the mc target.
    QString mcTarget() const;
    // The remote path or object name without the container: "/opt/gbo/data/example.com.zone",
    // "local/default.gbai/default.gbdialog/start.bas".
    QString remoteName() const;
    // The last path element ("example.com.zone", "start.bas"): backup names, PROD typed names.
    QString fileName() const;
    // For a person: "dns:/opt/gbo/data/example.com.zone", "drive: local/default.gbai/…/start.bas".
    QString displayName() const;
    // Stable identity for the autosave store (kind, container, path or bucket/key).
    QString id() const;

    // Refuses what cannot be addressed safely: an empty or non-hostname container, a relative path,
    // a path or key with a NUL, "." or ".." elements, an empty bucket or key, a key ending in "/".
    Result<void> validate() const;

    QJsonObject toJson() const;
    static Result<RemoteLocation> fromJson(const QJsonObject& json);

    bool operator==(const RemoteLocation& o) const = default;
};

// The version token of a remote file as it was read: MinIO: the ETag (`mc stat --json`); a file in
// a container: size + mtime (nanoseconds) + SHA-256 computed on the host. `exists == false` is
// the token of "nothing there" (a new file: save only if still nothing is there).
struct RemoteVersion
{
    bool exists = false;
    qint64 size = -1;
    QString etag; // MinioObject
    QString mtime; // ContainerFile: `stat --printf %.9Y`, seconds.nanoseconds as text
    QString sha256; // ContainerFile: lower-case hex; MinioObject: empty (the ETag is the token)

    static RemoteVersion absent() { return {}; }
    // The canonical text compared on the host by the save command: "absent", "etag:<etag>" or
    // "file:<size>:<mtime>:<sha256>". Two versions are the same exactly when their tokens are.
    QString token() const;
    bool isValid() const { return !exists || size >= 0; }
    bool operator==(const RemoteVersion& o) const { return token() == o.token(); }

    QJsonObject toJson() const;
    static RemoteVersion fromJson(const QJsonObject& json);
};

// What open() read: the exact bytes and the version they belong to.
struct RemoteSnapshot
{
    RemoteLocation location;
    QByteArray bytes;
    RemoteVersion version;
};

Q_DECLARE_METATYPE(RemoteLocation)
Q_DECLARE_METATYPE(RemoteVersion)
Q_DECLARE_METATYPE(RemoteSnapshot)
