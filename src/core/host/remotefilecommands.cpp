#include "core/host/remotefilecommands.h"

#include "core/host/commandfailure.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

// The token of a file as the C++ side spells it (RemoteVersion::token): `absent`, or
// `file:<size>:<mtime ns>:<sha256>`; return 3 for a symbolic link or a non-regular file. Every
// script that compares tokens defines it, so the host computes exactly what open() reported.
const char* const fileTokenFunction = R"SH(tok() {
  if [ -L "$1" ]; then printf 'gbadmin: %s is a symbolic link; edit the file it points to\n' "$1" >&2; return 3; fi
  if [ ! -e "$1" ]; then echo absent; return 0; fi
  if [ ! -f "$1" ]; then printf 'gbadmin: %s is not a regular file\n' "$1" >&2; return 3; fi
  s=$(stat --printf '%s:%.9Y' -- "$1") || return 7
  h=$(sha256sum < "$1") || return 7
  printf 'file:%s:%s\n' "$s" "${h%% *}"
}
)SH";

// The same for an object: `absent` or `etag:<etag>` from `mc stat --json` (one JSON line when piped;
// a literal `"etag":"` cannot occur inside a JSON string, so sed finds the field itself).
const char* const objectTokenFunction = R"SH(otok() {
  out=$("$1" stat --json "$2" 2>&1) || {
    case $out in
      *'Object does not exist'* | *'specified key does not exist'*) echo absent; return 0 ;;
    esac
    printf '%s\n' "$out" >&2; return 7
  }
  case $out in *'"type":"folder"'*) printf 'gbadmin: %s is a folder\n' "$2" >&2; return 3 ;; esac
  printf 'etag:%s\n' "$(printf '%s\n' "$out" | sed -n 's/.*"etag":"\([^"]*\)".*/\1/p')"
}
)SH";

// Stdin into "$tmp", then checked against the size and SHA-256 that were sent: a connection that
// dropped mid-upload closes stdin early, and the short file must never be installed.
const char* const receiveChecked = R"SH(trap 'rm -f -- "$tmp"' EXIT
trap 'exit 1' HUP INT TERM PIPE
cat > "$tmp" || exit 7
n=$(wc -c < "$tmp")
h=$(sha256sum < "$tmp")
if [ "$n" != "$size" ] || [ "${h%% *}" != "$sum" ]; then
  printf 'gbadmin: the upload arrived incomplete (%s of %s bytes); nothing was changed\n' "$n" "$size" >&2
  exit 5
fi
)SH";

const char* const changedMessage
    = R"SH(printf 'gbadmin: %s changed on the host since it was opened; nothing was written\n' "$f" >&2)SH";

RemoteCommand inContainer(const RemoteLocation& l, const QStringList& command, const QString& description)
{
    RemoteCommand c = RemoteCommand::of(
        QStringList { QStringLiteral("incus"), QStringLiteral("exec"), l.container, QStringLiteral("--") } + command);
    c.sudo = true;
    c.description = description;
    return c;
}

RemoteCommand script(const RemoteLocation& l, const QString& text, const QStringList& args, const QString& description)
{
    return inContainer(
        l, QStringList { QStringLiteral("sh"), QStringLiteral("-c"), text, QStringLiteral("sh") } + args, description);
}

QString sha256Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString md5Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Md5).toHex());
}

// "file:<size>:<mtime>:<sha256>" → version; anything else is an error.
Result<RemoteVersion> parseFileToken(const QByteArray& line)
{
    static const QRegularExpression re(QStringLiteral("^file:([0-9]+):([0-9]+(?:\\.[0-9]+)?):([0-9a-f]{64})$"));
    const QString text = QString::fromLatin1(line.trimmed());
    if (text == QLatin1String("absent"))
        return RemoteVersion::absent();
    const auto m = re.match(text);
    if (!m.hasMatch())
        return Error::of(
            QCoreApplication::translate("RemoteFile", "The host answered with an unexpected version line: %1")
                .arg(text.left(200)));
    RemoteVersion v;
    v.exists = true;
    v.size = m.captured(1).toLongLong();
    v.mtime = m.captured(2);
    v.sha256 = m.captured(3);
    return v;
}

// mc's error message: JSON (`{"status":"error","error":{"message":…,"cause":{"message":…}}}`, always
// indented over several lines) somewhere in stdout, or its text form on stderr.
QString mcErrorText(const QByteArray& out)
{
    const qsizetype at = out.lastIndexOf("\"status\": \"error\"");
    const qsizetype start = at < 0 ? -1 : out.lastIndexOf('{', at);
    if (start < 0)
        return {};
    const QJsonObject error
        = QJsonDocument::fromJson(out.mid(start)).object().value(QStringLiteral("error")).toObject();
    const QString message = error.value(QStringLiteral("message")).toString();
    const QString cause = error.value(QStringLiteral("cause")).toObject().value(QStringLiteral("message")).toString();
    if (message.isEmpty())
        return cause;
    return cause.isEmpty() || message.contains(cause) ? message : message + u' ' + cause;
}

bool mcSaysMissing(const QString& text)
{
    return text.contains(QLatin1String("Object does not exist"))
        || text.contains(QLatin1String("specified key does not exist"));
}

// One `mc stat --json` object line → version (or an error for a folder / unexpected output).
Result<RemoteVersion> parseMcStat(const QByteArray& line)
{
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &perr);
    const QJsonObject o = doc.object();
    if (doc.isNull() || o.value(QStringLiteral("status")).toString() != QLatin1String("success"))
        return Error::of(QCoreApplication::translate("RemoteFile", "mc answered with unexpected output: %1")
                             .arg(QString::fromUtf8(line.left(200))));
    if (o.value(QStringLiteral("type")).toString() == QLatin1String("folder"))
        return Error::of(QCoreApplication::translate("RemoteFile", "This is a folder, not an object."),
            RemoteFileCommands::NotRegular);
    RemoteVersion v;
    v.exists = true;
    v.size = qint64(o.value(QStringLiteral("size")).toDouble(-1));
    v.etag = o.value(QStringLiteral("etag")).toString();
    if (v.etag.isEmpty() || v.size < 0)
        return Error::of(QCoreApplication::translate("RemoteFile", "mc reported no ETag or size for the object."));
    return v;
}

} // namespace

namespace RemoteFileCommands {

QString objectTokenShellFunction()
{
    return QString::fromLatin1(objectTokenFunction);
}

RemoteCommand open(const RemoteLocation& l)
{
    const QString what = QCoreApplication::translate("RemoteFile", "Read %1").arg(l.remoteName());
    if (l.isMinio()) {
        return script(l, QStringLiteral(R"SH("$1" stat --json "$2" || exit
"$1" cat "$2" || exit
exec "$1" stat --json "$2"
)SH"),
            { l.mc, l.mcTarget() }, what);
    }
    return script(l, QString::fromLatin1(fileTokenFunction) + QStringLiteral(R"SH(t=$(tok "$1") || exit
if [ "$t" = absent ]; then printf 'gbadmin: %s does not exist\n' "$1" >&2; exit 2; fi
printf '%s\n' "$t"
exec cat -- "$1"
)SH"),
        { l.path }, what);
}

RemoteCommand stat(const RemoteLocation& l)
{
    const QString what = QCoreApplication::translate("RemoteFile", "Check the version of %1").arg(l.remoteName());
    if (l.isMinio())
        return inContainer(l, { l.mc, QStringLiteral("stat"), QStringLiteral("--json"), l.mcTarget() }, what);
    return script(l, QString::fromLatin1(fileTokenFunction) + QStringLiteral("tok \"$1\"\n"), { l.path }, what);
}

RemoteCommand backup(const RemoteLocation& l, const QString& backupPath)
{
    if (!l.isMinio())
        return Operation::containerFileBackup(l.container, l.path, backupPath);
    return inContainer(l, { l.mc, QStringLiteral("cp"), QStringLiteral("--json"), l.mcTarget(), backupPath },
        QCoreApplication::translate("RemoteFile", "Back up %1").arg(l.remoteName()));
}

RemoteCommand restore(const RemoteLocation& l, const QString& backupPath)
{
    const QString what
        = QCoreApplication::translate("RemoteFile", "Restore %1 from %2").arg(l.remoteName(), backupPath);
    if (l.isMinio())
        return inContainer(l, { l.mc, QStringLiteral("cp"), QStringLiteral("--json"), backupPath, l.mcTarget() }, what);
    return inContainer(l, { QStringLiteral("cp"), QStringLiteral("--"), backupPath, l.path }, what);
}

RemoteCommand write(const RemoteLocation& l, const RemoteVersion& expected, const QByteArray& bytes)
{
    const QString what = QCoreApplication::translate("RemoteFile", "Write %1").arg(l.remoteName());
    const QString size = QString::number(bytes.size());
    RemoteCommand c;
    if (l.isMinio()) {
        c = script(l,
            QString::fromLatin1(objectTokenFunction) + QStringLiteral(R"SH(mc=$1 f=$2 want=$3 size=$4 sum=$5
tmp=$(mktemp /tmp/.gbadmin-upload.XXXXXX) || exit 7
)SH") + QString::fromLatin1(receiveChecked)
                + QStringLiteral(R"SH(cur=$(otok "$mc" "$f") || exit
if [ "$cur" != "$want" ]; then
  )SH") + QString::fromLatin1(changedMessage)
                + QStringLiteral(R"SH(
  exit 4
fi
"$mc" pipe --json "$f" < "$tmp" || exit 7
)SH"),
            { l.mc, l.mcTarget(), expected.token(), size, sha256Hex(bytes) }, what);
    } else {
        c = script(l,
            QString::fromLatin1(fileTokenFunction) + QStringLiteral(R"SH(f=$1 want=$2 size=$3 sum=$4
tmp=$(mktemp -- "${f%/*}/.gbadmin-save.XXXXXX") || exit 7
)SH") + QString::fromLatin1(receiveChecked)
                + QStringLiteral(R"SH(cur=$(tok "$f") || exit
if [ "$cur" != "$want" ]; then
  )SH") + QString::fromLatin1(changedMessage)
                + QStringLiteral(R"SH(
  exit 4
fi
if [ "$cur" = absent ]; then
  chmod 644 -- "$tmp" || exit 7
else
  chown --reference="$f" -- "$tmp" || exit 7
  chmod --reference="$f" -- "$tmp" || exit 7
fi
mv -f -- "$tmp" "$f" || exit 7
)SH"),
            { l.path, expected.token(), size, sha256Hex(bytes) }, what);
    }
    c.stdinData = bytes;
    return c;
}

RemoteCommand verify(const RemoteLocation& l, const QByteArray& bytes)
{
    const QString what = QCoreApplication::translate("RemoteFile", "Verify %1").arg(l.remoteName());
    const QString size = QString::number(bytes.size());
    if (l.isMinio()) {
        return script(l, QStringLiteral(R"SH(out=$("$1" stat --json "$2") || exit 6
s=$(printf '%s\n' "$out" | sed -n 's/.*"size":\([0-9]*\).*/\1/p')
h=$("$1" cat "$2" | sha256sum)
if [ "$s" != "$3" ] || [ "${h%% *}" != "$4" ]; then
  printf 'gbadmin: %s does not hold what was sent (%s bytes)\n' "$2" "$s" >&2
  exit 6
fi
)SH"),
            { l.mc, l.mcTarget(), size, sha256Hex(bytes) }, what);
    }
    return script(l, QString::fromLatin1(fileTokenFunction) + QStringLiteral(R"SH(cur=$(tok "$1") || exit 6
case $cur in
  file:"$2":*:"$3") ;;
  *) printf 'gbadmin: %s does not hold what was sent\n' "$1" >&2; exit 6 ;;
esac
)SH"),
        { l.path, size, sha256Hex(bytes) }, what);
}

Result<Operation> saveOperation(
    const RemoteLocation& l, const RemoteVersion& expected, const QByteArray& bytes, const QDateTime& when)
{
    if (auto ok = l.validate(); !ok)
        return ok.error();
    if (!expected.isValid())
        return Error::of(QCoreApplication::translate("RemoteFile", "%1 was never opened, so it cannot be saved safely.")
                             .arg(l.displayName()));
    Operation op;
    op.action = QCoreApplication::translate("RemoteFile", "Save %1").arg(l.displayName());
    op.targets = { l.displayName() };
    // On PROD the user types the file's name; a name no one can type (a newline, a tab) falls back
    // to the container's.
    const QString name = l.fileName();
    const bool typeable = !name.isEmpty() && std::none_of(name.begin(), name.end(), [](QChar c) {
        return c.category() == QChar::Other_Control || c.category() == QChar::Other_Format;
    });
    op.confirmationName = typeable && name.trimmed() == name ? name : l.container;
    if (expected.exists) {
        op.backupPath = Operation::backupPathFor(l.isMinio() ? l.key : l.path, when);
        op.backup = backup(l, op.backupPath);
        op.undo = { restore(l, op.backupPath) };
    }
    op.commands = { write(l, expected, bytes), verify(l, bytes) };
    return op;
}

Result<RemoteSnapshot> parseOpen(const RemoteLocation& l, const CommandResult& r)
{
    if (!r.succeeded()) {
        const int code = r.status == CommandResult::Status::Exited ? r.exitCode : 0;
        if (l.isMinio()) {
            const QString mc = mcErrorText(r.stdoutData);
            if (mcSaysMissing(mc))
                return Error::of(
                    QCoreApplication::translate("RemoteFile", "%1 does not exist.").arg(l.displayName()), NotFound);
        }
        return Error::of(
            QCoreApplication::translate("RemoteFile", "Reading %1 failed: %2").arg(l.displayName(), failureText(r)),
            code == NotFound || code == NotRegular ? code : 0);
    }
    const QByteArray& out = r.stdoutData;
    const qsizetype eol = out.indexOf('\n');
    if (eol < 0)
        return Error::of(QCoreApplication::translate("RemoteFile", "Reading %1 failed: the host sent no version line.")
                             .arg(l.displayName()));
    RemoteSnapshot s;
    s.location = l;
    if (l.isMinio()) {
        auto first = parseMcStat(out.left(eol));
        if (!first)
            return Error::of(QCoreApplication::translate("RemoteFile", "Reading %1 failed: %2")
                                 .arg(l.displayName(), first.errorMessage()),
                first.error().code);
        s.version = *first;
        const qsizetype end = eol + 1 + s.version.size;
        auto second = end < out.size() ? parseMcStat(out.mid(end).trimmed()) : Result<RemoteVersion>(Error::of({}));
        if (!second || !(*second == s.version))
            return Error::of(QCoreApplication::translate("RemoteFile", "%1 changed while it was read; read it again.")
                                 .arg(l.displayName()),
                Changed);
        s.bytes = out.mid(eol + 1, s.version.size);
        return s;
    }
    auto version = parseFileToken(out.left(eol));
    if (!version)
        return Error::of(QCoreApplication::translate("RemoteFile", "Reading %1 failed: %2")
                             .arg(l.displayName(), version.errorMessage()));
    s.version = *version;
    s.bytes = out.mid(eol + 1);
    if (!s.version.exists)
        return Error::of(
            QCoreApplication::translate("RemoteFile", "%1 does not exist.").arg(l.displayName()), NotFound);
    if (s.bytes.size() != s.version.size || sha256Hex(s.bytes) != s.version.sha256)
        return Error::of(QCoreApplication::translate("RemoteFile", "%1 changed while it was read; read it again.")
                             .arg(l.displayName()),
            Changed);
    return s;
}

Result<RemoteVersion> parseStat(const RemoteLocation& l, const CommandResult& r)
{
    if (l.isMinio()) {
        if (!r.succeeded()) {
            const QString mc = mcErrorText(r.stdoutData);
            if (r.status == CommandResult::Status::Exited && mcSaysMissing(mc))
                return RemoteVersion::absent();
            return Error::of(QCoreApplication::translate("RemoteFile", "Checking %1 failed: %2")
                                 .arg(l.displayName(), failureText(r)));
        }
        auto v = parseMcStat(r.stdoutData.trimmed());
        if (!v)
            return Error::of(QCoreApplication::translate("RemoteFile", "Checking %1 failed: %2")
                                 .arg(l.displayName(), v.errorMessage()),
                v.error().code);
        return v;
    }
    if (!r.succeeded()) {
        const int code = r.status == CommandResult::Status::Exited ? r.exitCode : 0;
        return Error::of(
            QCoreApplication::translate("RemoteFile", "Checking %1 failed: %2").arg(l.displayName(), failureText(r)),
            code == NotRegular ? code : 0);
    }
    auto v = parseFileToken(r.stdoutData);
    if (!v)
        return Error::of(
            QCoreApplication::translate("RemoteFile", "Checking %1 failed: %2").arg(l.displayName(), v.errorMessage()));
    return v;
}

bool versionHoldsBytes(const RemoteLocation& l, const RemoteVersion& v, const QByteArray& bytes)
{
    if (!v.exists || v.size != bytes.size())
        return false;
    if (l.isMinio())
        return v.etag == md5Hex(bytes);
    return v.sha256 == sha256Hex(bytes);
}

QString failureText(const CommandResult& r)
{
    // Not run, cut off, killed: the one sentence every pane uses for that.
    if (r.status != CommandResult::Status::Exited)
        return describeFailure(r);
    switch (r.exitCode) {
    case Changed:
        return QCoreApplication::translate(
            "RemoteFile", "it changed on the host since it was opened; nothing was written");
    case Incomplete:
        return QCoreApplication::translate("RemoteFile", "the upload arrived incomplete; nothing was changed");
    case VerifyFailed:
        return QCoreApplication::translate("RemoteFile", "after writing, the host does not hold what was sent");
    default:
        break;
    }
    QString detail = mcErrorText(r.stdoutData);
    if (detail.isEmpty()) {
        const QStringList lines = QString::fromUtf8(r.stderrData).split(u'\n', Qt::SkipEmptyParts);
        detail = lines.isEmpty() ? QString() : lines.last().trimmed();
        if (detail.startsWith(QLatin1String("gbadmin: ")))
            detail = detail.mid(9);
    }
    return detail.isEmpty()
        ? QCoreApplication::translate("RemoteFile", "exit status %1").arg(r.exitCode)
        : QCoreApplication::translate("RemoteFile", "%1 (exit status %2)").arg(detail).arg(r.exitCode);
}

} // namespace RemoteFileCommands
