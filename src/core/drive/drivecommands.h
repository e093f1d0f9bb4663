#pragma once

#include "core/common/result.h"
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
} // namespace DriveCommands
