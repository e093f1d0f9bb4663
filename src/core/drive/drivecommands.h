#pragma once

#include "core/common/result.h"
#include "core/host/operation.h"
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
// `mc pipe local/<bucket>/<key>`: stdin until EOF becomes the object in one PUT (a cancelled or
// dropped upload leaves no object: MinIO stores a single PUT only when it is complete).
RemoteCommand pipe(const QString& bucket, const QString& key, const QByteArray& data);
// `mc stat --json local/<bucket>/<key>`.
RemoteCommand stat(const QString& bucket, const QString& key);
// The ETag from mc stat --json (without quotes).
Result<QString> parseStatEtag(const QByteArray& json);
// `mc rm --json local/<bucket>/<key>…`: objects only (no --recursive, so a prefix is never removed).
RemoteCommand remove(const QString& bucket, const QStringList& keys);
// `mc cp --json local/<bucket>/<key> local/<bucket>/<key>`: a new ETag for the same bytes (§6.5).
RemoteCommand copyOntoItself(const QString& bucket, const QString& key);
} // namespace DriveCommands

// The Drive pane's mutating actions as Operations (confirmation, PROD guard, journal: the host
// context's job). Keys are checked as RemoteLocation does (no empty, ".", ".." elements, NUL, or a
// trailing "/").
namespace DriveOperations {
// Each object is first copied to the drive container's /tmp (/tmp/<file name>.<YYYYmmdd-HHMMSS>,
// ".2", ".3"… when names repeat), then all are removed with one `mc rm`; any failed copy stops
// before anything is removed. Undo copies them back. Typed name on PROD: the object's file name,
// or the bucket for several.
Result<Operation> deleteObjects(const QString& bucket, const QStringList& keys, const QDateTime& when);
// "Force re-sync": the object copied onto itself, so DriveMonitor sees a new ETag (INFRA.md).
Result<Operation> resync(const QString& bucket, const QString& key);
} // namespace DriveOperations
