#include "core/drive/drivecommands.h"

#include "core/drive/mcjsonstream.h"
#include "core/host/remotefilecommands.h"
#include "core/host/remotelocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>

#include <algorithm>

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

QString DriveCommands::newStagingPath()
{
    return QStringLiteral("/tmp/.gbadmin-upload.") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

RemoteCommand DriveCommands::stage(const QString& stagingPath, qint64 size)
{
    // `set -C` makes the first redirection an exclusive create: an existing file (or a link planted
    // under the name) is never written through.
    static const QString script = QStringLiteral(R"SH(tmp=$1 size=$2
umask 077
set -C
: > "$tmp" || exit 7
set +C
trap 'rm -f -- "$tmp"; exit 1' HUP INT TERM PIPE
cat >> "$tmp" || { rm -f -- "$tmp"; exit 7; }
n=$(wc -c < "$tmp")
if [ "$n" != "$size" ]; then
  rm -f -- "$tmp"
  printf 'gbadmin: the upload arrived incomplete (%s of %s bytes); nothing was kept\n' "$n" "$size" >&2
  exit 5
fi
h=$(sha256sum < "$tmp") || exit 7
printf '%s\n' "${h%% *}"
)SH");
    RemoteCommand c = RemoteCommand::of({ QStringLiteral("incus"), QStringLiteral("exec"), QStringLiteral("drive"),
        QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"), script, QStringLiteral("sh"), stagingPath,
        QString::number(size) });
    c.sudo = true;
    c.keepStdinOpen = true;
    c.description = QCoreApplication::translate("DriveCommands", "Send a file to the drive container");
    return c;
}

Result<QString> DriveCommands::parseStagedHash(const QByteArray& out)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{64}$"));
    const QString line = QString::fromLatin1(out.trimmed());
    if (!re.match(line).hasMatch())
        return Error::of(QCoreApplication::translate("DriveCommands", "The host did not confirm what arrived: %1")
                             .arg(line.left(200)));
    return line;
}

RemoteCommand DriveCommands::discardStaged(const QStringList& stagingPaths)
{
    RemoteCommand c
        = RemoteCommand::of(QStringList { QStringLiteral("incus"), QStringLiteral("exec"), QStringLiteral("drive"),
                                QStringLiteral("--"), QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("--") }
            + stagingPaths);
    c.sudo = true;
    c.description = QCoreApplication::translate("DriveCommands", "Remove the partial upload from the drive container");
    return c;
}

namespace {
// newStagingPath()'s names only: the prefix, then a UUID (8-4-4-4-12 hex digits).
// (Built from parts: a literal run of question marks and dashes would spell trigraphs.)
QString stagedGlob()
{
    const QChar any = u'?';
    return QStringLiteral(".gbadmin-upload.") + QString(8, any) + u'-' + QString(4, any) + u'-' + QString(4, any) + u'-'
        + QString(4, any) + u'-' + QString(12, any);
}
} // namespace

RemoteCommand DriveCommands::sweepStaged(int olderThanMinutes)
{
    RemoteCommand c = RemoteCommand::of({ QStringLiteral("incus"), QStringLiteral("exec"), QStringLiteral("drive"),
        QStringLiteral("--"), QStringLiteral("find"), QStringLiteral("/tmp"), QStringLiteral("-mindepth"),
        QStringLiteral("1"), QStringLiteral("-maxdepth"), QStringLiteral("1"), QStringLiteral("-type"),
        QStringLiteral("f"), QStringLiteral("-uid"), QStringLiteral("0"), QStringLiteral("-name"), stagedGlob(),
        QStringLiteral("-mmin"), QStringLiteral("+") + QString::number(std::max(1, olderThanMinutes)),
        QStringLiteral("-print"), QStringLiteral("-delete") });
    c.sudo = true;
    c.output = RemoteCommand::Output::Collect;
    c.description
        = QCoreApplication::translate("DriveCommands", "Remove stale partial uploads from the drive container's /tmp");
    return c;
}

QStringList DriveCommands::parseSwept(const QByteArray& out)
{
    static const QRegularExpression staged(
        QStringLiteral("^/tmp/\\.gbadmin-upload\\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    QStringList paths;
    for (const QByteArray& line : out.split('\n')) {
        const QString path = QString::fromUtf8(line);
        if (staged.match(path).hasMatch())
            paths << path;
    }
    return paths;
}

QString DriveTransferNames::localFileName(const QString& key)
{
    QString name = key.section(QLatin1Char('/'), -1, -1, QString::SectionSkipEmpty);
    for (QChar& c : name) {
        if (c == QLatin1Char('\\') || c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = QLatin1Char('_');
    }
    if (name.isEmpty() || name == QLatin1String(".") || name == QLatin1String(".."))
        name = QLatin1Char('_') + name;
    return name;
}

QString DriveTransferNames::uniqueLocalPath(const QString& folder, const QString& name, const QStringList& taken)
{
    const QDir dir(folder);
    const QString first = dir.filePath(name);
    auto free = [&taken](const QString& path) { return !taken.contains(path) && !QFileInfo::exists(path); };
    if (free(first))
        return first;
    // "report.tar.gz" → "report (2).tar.gz"; a leading dot is part of the base name.
    const qsizetype dot = name.indexOf(QLatin1Char('.'), 1);
    const QString base = dot > 0 ? name.left(dot) : name;
    const QString ext = dot > 0 ? name.mid(dot) : QString();
    for (int n = 2;; ++n) {
        const QString path = dir.filePath(QStringLiteral("%1 (%2)%3").arg(base).arg(n).arg(ext));
        if (free(path))
            return path;
    }
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

// Backs `loc` up to the container's /tmp before the operation's commands (the first backup is the
// operation's own, later ones are steps, all journaled) and adds its restore to the undo.
void addBackup(Operation& op, QSet<QString>& used, const RemoteLocation& loc, const QString& key, const QDateTime& when)
{
    QString path = Operation::backupPathFor(key, when);
    for (int n = 2; used.contains(path); ++n)
        path = Operation::backupPathFor(key, when) + u'.' + QString::number(n);
    used.insert(path);
    const RemoteCommand backup = RemoteFileCommands::backup(loc, path);
    if (!op.backup) {
        op.backup = backup;
        op.backupPath = path;
    } else {
        op.stepBackups << Operation::StepBackup { int(op.commands.size()), path };
        op.commands << backup;
    }
    op.undo << RemoteFileCommands::restore(loc, path);
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
        addBackup(op, used, loc, key, when);
    }
    op.commands << DriveCommands::remove(bucket, keys);
    return op;
}

namespace {
RemoteCommand driveScript(const QString& script, const QStringList& args, const QString& description)
{
    RemoteCommand c = RemoteCommand::of(
        QStringList { QStringLiteral("incus"), QStringLiteral("exec"), QStringLiteral("drive"), QStringLiteral("--"),
            QStringLiteral("sh"), QStringLiteral("-c"), script, QStringLiteral("sh") }
        + args);
    c.sudo = true;
    c.description = description;
    return c;
}

// The size field of one `mc stat --json` line (sed: the JSON is one line when piped).
const char* const sizeOfStat = R"SH(osize() { "$1" stat --json "$2" | sed -n 's/.*"size":\([0-9]*\).*/\1/p'; }
)SH";
} // namespace

Result<Operation> DriveOperations::uploadObjects(
    const QString& bucket, const QList<UploadItem>& items, const QDateTime& when)
{
    QStringList keys;
    for (const UploadItem& i : items)
        keys << i.key;
    if (Result<void> ok = checkKeys(bucket, keys); !ok)
        return ok.error();
    Operation op;
    const int n = int(items.size());
    op.action = n == 1
        ? QCoreApplication::translate("DriveOperations", "Upload %1").arg(DriveCommands::target(bucket, keys.first()))
        : QCoreApplication::translate("DriveOperations", "Upload %n file(s) to %1", nullptr, n)
              .arg(DriveCommands::target(bucket));
    op.confirmationName = n == 1 ? keys.first().section(u'/', -1) : bucket;
    QSet<QString> used;
    for (const UploadItem& item : items) {
        const RemoteLocation loc = RemoteLocation::minioObject(bucket, item.key);
        op.targets << loc.remoteName();
        if (!item.expected.exists) {
            op.undo << DriveCommands::remove(bucket, { item.key });
            continue;
        }
        addBackup(op, used, loc, item.key, when);
    }
    const QString install = RemoteFileCommands::objectTokenShellFunction() + QString::fromLatin1(sizeOfStat)
        + QStringLiteral(R"SH(mc=$1 tmp=$2 f=$3 want=$4 size=$5
trap 'rm -f -- "$tmp"' EXIT
n=$(wc -c < "$tmp") || exit 7
if [ "$n" != "$size" ]; then
  printf 'gbadmin: the staged copy for %s holds %s bytes, not %s; nothing was written\n' "$f" "$n" "$size" >&2
  exit 5
fi
cur=$(otok "$mc" "$f") || exit
if [ "$cur" != "$want" ]; then
  printf 'gbadmin: %s changed on the host since the upload was confirmed; nothing was written\n' "$f" >&2
  exit 4
fi
"$mc" cp --json "$tmp" "$f" || exit 7
if [ "$(osize "$mc" "$f")" != "$size" ]; then
  printf 'gbadmin: %s does not hold what was sent (%s bytes)\n' "$f" "$size" >&2
  exit 6
fi
)SH");
    for (const UploadItem& item : items) {
        const QString target = DriveCommands::target(bucket, item.key);
        op.commands << driveScript(install,
            { DriveCommands::mcPath(), item.stagingPath, target, item.expected.token(), QString::number(item.size) },
            QCoreApplication::translate("DriveOperations", "Install %1").arg(target));
    }
    return op;
}

Result<Operation> DriveOperations::renameObject(
    const QString& bucket, const QString& from, const QString& to, const QDateTime& when)
{
    if (Result<void> ok = checkKeys(bucket, { from, to }); !ok)
        return ok.error();
    if (from == to)
        return Error::of(QCoreApplication::translate("DriveOperations", "The new name is the current name."));
    const RemoteLocation src = RemoteLocation::minioObject(bucket, from);
    const RemoteLocation dst = RemoteLocation::minioObject(bucket, to);
    Operation op;
    op.action = QCoreApplication::translate("DriveOperations", "Move %1 to %2").arg(src.remoteName(), dst.remoteName());
    op.targets = { src.remoteName(), dst.remoteName() };
    op.confirmationName = from.section(u'/', -1);
    op.backupPath = Operation::backupPathFor(from, when);
    op.backup = RemoteFileCommands::backup(src, op.backupPath);
    const QString copy = RemoteFileCommands::objectTokenShellFunction() + QString::fromLatin1(sizeOfStat)
        + QStringLiteral(R"SH(mc=$1 src=$2 dst=$3
cur=$(otok "$mc" "$dst") || exit
if [ "$cur" != absent ]; then
  printf 'gbadmin: %s exists already; nothing was moved\n' "$dst" >&2
  exit 4
fi
"$mc" cp --json "$src" "$dst" || exit 7
a=$(osize "$mc" "$src") b=$(osize "$mc" "$dst")
if [ -z "$a" ] || [ "$a" != "$b" ]; then
  printf 'gbadmin: the copy %s holds %s bytes, the source %s; the source was kept\n' "$dst" "$b" "$a" >&2
  exit 6
fi
)SH");
    op.commands << driveScript(copy, { DriveCommands::mcPath(), src.mcTarget(), dst.mcTarget() },
        QCoreApplication::translate("DriveOperations", "Copy %1 to %2").arg(src.remoteName(), dst.remoteName()));
    op.commands << DriveCommands::remove(bucket, { from });
    op.undo << RemoteFileCommands::restore(src, op.backupPath) << DriveCommands::remove(bucket, { to });
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
