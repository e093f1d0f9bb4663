#pragma once

#include "core/common/result.h"
#include "core/host/operation.h"
#include "core/host/remotelocation.h"
#include "core/ssh/remotecommand.h"

#include <QByteArray>
#include <QDateTime>

// The remote commands of RemoteFile (remotefile.h) and the parsers of their output: pure functions,
// tested on their exact argv. Every command is `sudo incus exec <container> -- …`; paths, keys and
// tokens travel as arguments of a fixed `sh -c` script (never inside it), the new bytes on stdin.
//
// Exit statuses of the scripts (also in the journal's text): 2 the file or object does not exist,
// 3 it is not a regular file (a folder, a symbolic link), 4 it changed since it was opened (nothing
// written), 5 the upload arrived incomplete (nothing written), 6 verification after the write
// failed, 7 anything else on the host (mktemp, chown, mc).
namespace RemoteFileCommands {

enum ExitStatus
{
    NotFound = 2,
    NotRegular = 3,
    Changed = 4,
    Incomplete = 5,
    VerifyFailed = 6,
    HostError = 7,
};

// The shell function `otok MC TARGET` the object scripts use: prints `absent` or `etag:<etag>` (the
// RemoteVersion token of an object), returns 3 for a folder and 7 when mc fails otherwise. For
// other scripts that compare an object's token on the host (Drive upload and rename).
QString objectTokenShellFunction();

// Reads the version token and the bytes in one command. ContainerFile: one line with the token
// (`file:<size>:<mtime>:<sha256>`) then the raw bytes. MinioObject: `mc stat --json` (one line),
// `mc cat`, `mc stat --json` again (the second stat tells whether the object changed meanwhile).
RemoteCommand open(const RemoteLocation& location);
// Only the version token: ContainerFile: `absent` or `file:…`; MinioObject: `mc stat --json`.
RemoteCommand stat(const RemoteLocation& location);
// Copies the current remote bytes to `backupPath` in the same container: `cp -a` for a file,
// `mc cp` of the object to a local file in the mc container's /tmp.
RemoteCommand backup(const RemoteLocation& location, const QString& backupPath);
// The other way round (shown as the operation's undo, never run automatically).
RemoteCommand restore(const RemoteLocation& location, const QString& backupPath);
// Compare-and-swap write of `bytes` (on stdin): stdin goes to a temporary file (ContainerFile: in
// the same directory, `mktemp`; MinioObject: in the mc container's /tmp), its size and SHA-256 are
// checked against what was sent (a dropped connection yields a short file: nothing is written),
// then the current token is compared with `expected` right before the file is renamed into place
// (keeping owner and mode) or the object is uploaded with one `mc pipe` (a single PUT: atomic).
RemoteCommand write(const RemoteLocation& location, const RemoteVersion& expected, const QByteArray& bytes);
// Re-reads what is on the host and compares its size and SHA-256 with `bytes` (exit 6 if not).
RemoteCommand verify(const RemoteLocation& location, const QByteArray& bytes);

// The save as an Operation: backup (when something exists), write, verify; undo restores the backup.
// `when` names the backup (/tmp/<file name>.<YYYYmmdd-HHMMSS>, Operation::backupPathFor).
Result<Operation> saveOperation(
    const RemoteLocation& location, const RemoteVersion& expected, const QByteArray& bytes, const QDateTime& when);

// Output of open(); the bytes are checked against the token (size and SHA-256, or the two ETags).
// Error::code is a value of ExitStatus when the host said why (NotFound: nothing there).
Result<RemoteSnapshot> parseOpen(const RemoteLocation& location, const CommandResult& result);
// Output of stat(); an absent file or object is a valid version (exists == false).
Result<RemoteVersion> parseStat(const RemoteLocation& location, const CommandResult& result);

// The version `bytes` would have if they were on the host now (size and SHA-256 for files; for
// objects size and the single-part ETag, i.e. the MD5, which is what MinIO gives a single PUT).
bool versionHoldsBytes(const RemoteLocation& location, const RemoteVersion& version, const QByteArray& bytes);

// The sentence for a failed command of this family: the scripts' exit statuses, mc's JSON error,
// the script's own message; describeFailure() for a command that did not run to its end.
QString failureText(const CommandResult& result);

} // namespace RemoteFileCommands
