#include "core/drive/drivecommands.h"

#include "core/drive/mcjsonstream.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
RemoteCommand mc(const QStringList& args, const QString& description)
{
    QStringList argv { QStringLiteral("incus"), QStringLiteral("exec"), QStringLiteral("drive"), QStringLiteral("--"),
        DriveCommands::mcPath() };
    argv += args;
    RemoteCommand c = RemoteCommand::of(argv);
    c.sudo = true;
    c.description = description;
    return c;
}
} // namespace

QString DriveCommands::mcPath()
{
    return QStringLiteral("/opt/gbo/bin/mc");
}

QString DriveCommands::target(const QString& bucket, const QString& key)
{
    return QStringLiteral("local/") + bucket + (bucket.isEmpty() ? QString() : QStringLiteral("/") + key);
}

RemoteCommand DriveCommands::list(const QString& bucket, const QString& prefix, bool recursive)
{
    QStringList args { QStringLiteral("ls"), QStringLiteral("--json") };
    if (recursive)
        args << QStringLiteral("--recursive");
    args << target(bucket, prefix);
    RemoteCommand c = mc(args, QCoreApplication::translate("DriveCommands", "List %1").arg(target(bucket, prefix)));
    c.output = RemoteCommand::Output::Stream;
    return c;
}

RemoteCommand DriveCommands::cat(const QString& bucket, const QString& key)
{
    RemoteCommand c = mc({ QStringLiteral("cat"), target(bucket, key) },
        QCoreApplication::translate("DriveCommands", "Download %1").arg(target(bucket, key)));
    c.output = RemoteCommand::Output::Stream;
    return c;
}

RemoteCommand DriveCommands::pipe(const QString& bucket, const QString& key, const QByteArray& data)
{
    RemoteCommand c = mc({ QStringLiteral("pipe"), QStringLiteral("--json"), target(bucket, key) },
        QCoreApplication::translate("DriveCommands", "Upload %1").arg(target(bucket, key)));
    c.stdinData = data;
    return c;
}

RemoteCommand DriveCommands::stat(const QString& bucket, const QString& key)
{
    return mc({ QStringLiteral("stat"), QStringLiteral("--json"), target(bucket, key) },
        QCoreApplication::translate("DriveCommands", "Inspect %1").arg(target(bucket, key)));
}

Result<QString> DriveCommands::parseStatEtag(const QByteArray& json)
{
    McJsonStream s;
    // mc stat prints one object; reuse the splitter for the multi-line error form.
    const QJsonDocument doc = QJsonDocument::fromJson(json.trimmed());
    if (doc.isObject() && doc.object().value(QLatin1String("status")).toString() == QLatin1String("success"))
        return doc.object().value(QLatin1String("etag")).toString().remove(QLatin1Char('"'));
    const McJsonStream::Batch b = s.feed(json);
    if (!b.errors.isEmpty())
        return Error::of(b.errors.first());
    return Error::of(QCoreApplication::translate("DriveCommands", "mc stat gave no ETag."));
}
