#pragma once

#include "core/common/result.h"
#include "core/host/operation.h"
#include "core/host/remotelocation.h"
#include "core/ssh/remotecommand.h"

#include <QByteArray>
#include <QString>

// The mc commands of the Drive pane (spec §6), run as INFRA.md does: `incus exec drive --
// /opt/gbo/bin/mc …` with the alias `local`. Object keys travel as argv elements only (the target
// "local/<bucket>/<key>" never starts with '-', and mc takes it verbatim), so hostile names (quotes,
// `$()`, newlines, spaces) are data, never shell text.
namespace DriveCommands {
QString mcPath();
QString target(const QString& bucket, const QString& key = {});

// `mc ls --json [--recursive] local/<bucket>/<prefix>`, streamed (JSON Lines).
RemoteCommand list(const QString& bucket, const QString& prefix, bool recursive);
// `mc cat local/<bucket>/<key>`: the raw bytes on stdout, streamed.
RemoteCommand cat(const QString& bucket, const QString& key);
// `mc pipe local/<bucket>/<key>`: stdin until EOF becomes the object. Only for small payloads
// sent whole: mc uploads whatever arrived when stdin ends, so a connection dropped mid-stream
// (stdin closes early) would store a short object. Uploads of files go through stage() + install.
RemoteCommand pipe(const QString& bucket, const QString& key, const QByteArray& data);
// `mc stat --json local/<bucket>/<key>`.
RemoteCommand stat(const QString& bucket, const QString& key);
// The ETag from mc stat --json (without quotes).
Result<QString> parseStatEtag(const QByteArray& json);
// `mc rm --json local/<bucket>/<key>…`: objects only (no --recursive, so a prefix is never removed).
RemoteCommand remove(const QString& bucket, const QStringList& keys);
// `mc cp --json local/<bucket>/<key> local/<bucket>/<key>`: a new ETag for the same bytes (§6.5).
RemoteCommand copyOntoItself(const QString& bucket, const QString& key);

// Uploads first land in the drive container's /tmp under a name chosen here (unguessable), never in
// MinIO: `/tmp/.gbadmin-upload.<uuid>`.
QString newStagingPath();
// Streams stdin (RemoteCommand::keepStdinOpen) into `stagingPath` (created exclusively, mode 600).
// When `size` bytes did not arrive (a cancelled or dropped stream closes stdin early) the file is
// removed and the command exits 5; a TERM (cancel) removes it too. On success it prints the
// SHA-256 (hex) of what arrived, for the caller to compare with what it sent.
RemoteCommand stage(const QString& stagingPath, qint64 size);
// The hash line of stage()'s output.
Result<QString> parseStagedHash(const QByteArray& out);
// `rm -f -- <paths>` in the drive container: staged files of an upload that did not complete.
RemoteCommand discardStaged(const QStringList& stagingPaths);
// Removes staged uploads left in the drive container's /tmp by an upload that never reached its
// install or discard (GB Admin or the connection died in between): regular files directly in
// /tmp, owned by root, named exactly like newStagingPath() names them, unchanged for more than
// `olderThanMinutes` (so an upload still running, from here or another admin's GB Admin, is never
// touched). Runs `find` without a shell; prints each removed path on its own line.
RemoteCommand sweepStaged(int olderThanMinutes = 24 * 60);
// The paths sweepStaged() printed (anything else in its output is ignored).
QStringList parseSwept(const QByteArray& out);
} // namespace DriveCommands

// File names for downloaded objects: the last element of the key, made safe for the local file
// system. Never a path: no '/', '\\', NUL or control characters (replaced by '_'), never "", "." or
// "..", so the file always lands directly inside the chosen folder. Non-ASCII, spaces, quotes and
// a leading '-' stay as they are (they are data, not syntax, on the local side).
namespace DriveTransferNames {
QString localFileName(const QString& key);
// `folder`/`name`, or "name (2).ext", "name (3).ext" … when that exists (or is in `taken`).
QString uniqueLocalPath(const QString& folder, const QString& name, const QStringList& taken = {});
} // namespace DriveTransferNames

// The Drive pane's mutating actions as Operations (confirmation, PROD guard, journal: the host
// context's job). Keys are checked as RemoteLocation does (no empty, ".", ".." elements, NUL, or a
// trailing "/").
namespace DriveOperations {
// Each object is first copied to the drive container's /tmp (/tmp/<file name>.<YYYYmmdd-HHMMSS>,
// ".2", ".3"… when names repeat), then all are removed with one `mc rm`; any failed copy stops
// before anything is removed. Undo copies them back. Typed name on PROD: the object's file name,
// or the bucket for several.
Result<Operation> deleteObjects(const QString& bucket, const QStringList& keys, const QDateTime& when);
// One file of an upload: staged at `stagingPath`, installed at `key`. `expected` is what was at
// `key` when the upload was confirmed (RemoteVersion::absent() for a new object): the install
// checks it again right before copying, so nothing another user wrote meanwhile is overwritten.
struct UploadItem
{
    QString key;
    QString stagingPath;
    qint64 size = 0;
    RemoteVersion expected;
};
// The install of a staged upload: every object that is overwritten is first copied to the drive
// container's /tmp (backup; all recorded in the journal), then each staged file is checked (size),
// the target's version compared with `expected`, and `mc cp` copies the complete file into place
// (one PUT of a file whose size is known: a partial object can never appear) and the staged copy
// is removed. Undo restores the copies and removes the new objects. Typed name on PROD: the
// object's file name, or the bucket for several.
Result<Operation> uploadObjects(const QString& bucket, const QList<UploadItem>& items, const QDateTime& when);
// Rename or move inside a bucket as one guarded Operation: the source is copied to the drive
// container's /tmp (backup), then copied to the new key — refused when something is there — with
// the copy's size checked against the source, then the source removed. Undo restores the source
// from the backup and removes the new key.
Result<Operation> renameObject(const QString& bucket, const QString& from, const QString& to, const QDateTime& when);
// "Force re-sync": the object copied onto itself, so DriveMonitor sees a new ETag (INFRA.md).
Result<Operation> resync(const QString& bucket, const QString& key);
} // namespace DriveOperations
