#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QDate>
#include <QString>

#include <optional>

class ZoneDocument;

// Saving an edited zone the way CoreDNS picks it up (spec §7): the serial must differ from the
// loaded one (and go up, for the secondaries) and errors block. The write itself is the shared
// remote file edit's (RemoteFile: conflict check, backup, temp + rename, verify, journal).
namespace ZoneSave {

struct Plan
{
    QByteArray bytes; // what will be written, exactly
    quint32 fileSerial = 0; // in the file as opened
    quint32 newSerial = 0;
    bool bumped = false; // raised automatically (one undo step on the document)
    QByteArray diff; // unified diff opened → bytes
};

// The SOA serial of a document (nullopt without a well-formed SOA at the apex).
std::optional<quint32> serialOf(const ZoneDocument& doc);

// Sets the serial by replacing only its token inside the SOA entry, so comments and layout of
// a multi-line SOA stay as they are (one undo step). False without an SOA.
bool setSerial(ZoneDocument& doc, quint32 serial);

// Checks the document against what was opened and what the server serves, raises the serial
// when the user did not (SoaSerial::bumpSerial from the higher of file and served serial; the
// scheme is kept, YYYYMMDDNN for date serials), and returns what to write. Errors (never
// written): validation errors, nothing changed, no SOA, a serial lowered below the file's, or
// (with autoBump off) a serial CoreDNS would take as unchanged.
// `untouchedSerial`: the serial the user's edit started from, when `opened` is another version
// (overwriting the host's after a conflict): a document still at it was not lowered by the user,
// so a host version with a higher serial is passed like an unchanged one (bumped above it).
Result<Plan> prepare(ZoneDocument& doc, const QByteArray& opened, const QString& path,
    std::optional<quint32> servedSerial, const QDate& today, bool autoBump = true,
    std::optional<quint32> untouchedSerial = std::nullopt);

} // namespace ZoneSave
