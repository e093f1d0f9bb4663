#include "core/drive/drivecommands.h"

#include "core/drive/mcjsonstream.h"
#include "core/host/remotefilecommands.h"
#include "core/host/remotelocation.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

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

RemoteCommand DriveCommands::remove(const QString& bucket, const QStringList& keys)
{
    QStringList args { QStringLiteral("rm"), QStringLiteral("--json") };
    for (const QString& key : keys)
        args << target(bucket, key);
    return mc(args,
        QCoreApplication::translate("DriveCommands", "Remove %n object(s) from %1", nullptr, int(keys.size()))
            .arg(target(bucket)));
}

RemoteCommand DriveCommands::copyOntoItself(const QString& bucket, const QString& key)
{
    return mc({ QStringLiteral("cp"), QStringLiteral("--json"), target(bucket, key), target(bucket, key) },
        QCoreApplication::translate("DriveCommands", "Copy %1 onto itself (new ETag)").arg(target(bucket, key)));
}

namespace {
Result<void> checkKeys(const QString& bucket, const QStringList& keys)
{
    if (keys.isEmpty())
        return Error::of(QCoreApplication::translate("DriveOperations", "No object is selected."));
    for (const QString& key : keys) {
        if (Result<void> ok = RemoteLocation::minioObject(bucket, key).validate(); !ok)
            return ok;
    }
    return {};
}
} // namespace

Result<Operation> DriveOperations::deleteObjects(const QString& bucket, const QStringList& keys, const QDateTime& when)
{
    if (Result<void> ok = checkKeys(bucket, keys); !ok)
        return ok.error();
    Operation op;
    op.action = keys.size() == 1
        ? QCoreApplication::translate("DriveOperations", "Delete %1").arg(DriveCommands::target(bucket, keys.first()))
        : QCoreApplication::translate("DriveOperations", "Delete %n object(s) from %1", nullptr, int(keys.size()))
              .arg(DriveCommands::target(bucket));
    op.confirmationName = keys.size() == 1 ? keys.first().section(u'/', -1) : bucket;
    QSet<QString> used;
    for (const QString& key : keys) {
        const RemoteLocation loc = RemoteLocation::minioObject(bucket, key);
        op.targets << loc.remoteName();
        QString path = Operation::backupPathFor(key, when);
        for (int n = 2; used.contains(path); ++n)
            path = Operation::backupPathFor(key, when) + u'.' + QString::number(n);
        used.insert(path);
        const RemoteCommand backup = RemoteFileCommands::backup(loc, path);
        if (!op.backup) {
            op.backup = backup;
            op.backupPath = path;
        } else {
            op.commands << backup;
        }
        op.undo << RemoteFileCommands::restore(loc, path);
    }
    op.commands << DriveCommands::remove(bucket, keys);
    return op;
}

Result<Operation> DriveOperations::resync(const QString& bucket, const QString& key)
{
    if (Result<void> ok = checkKeys(bucket, { key }); !ok)
        return ok.error();
    Operation op;
    op.action
        = QCoreApplication::translate("DriveOperations", "Force re-sync of %1").arg(DriveCommands::target(bucket, key));
    op.targets = { RemoteLocation::minioObject(bucket, key).remoteName() };
    op.confirmationName = key.section(u'/', -1);
    op.commands << DriveCommands::copyOntoItself(bucket, key);
    return op;
}
