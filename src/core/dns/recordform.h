#pragma once

#include "core/dns/zonedocument.h"

#include <QString>
#include <QStringList>

// The per-type fields of the record dialog: data text ↔ fields, and a check of one record as the
// zone loader would parse it (the engine's own rules, so the dialog and the zone agree).
namespace RecordForm {

// Types with their own fields; every other type is edited as one line of data.
QStringList fieldTypes();
// Field labels of a type (untranslated keys; the dialog translates them). Empty: free text.
QStringList fieldNames(const QString& type);

// Data ↔ fields. TXT: one field holding the text without quotes or escapes; compose() splits it
// into quoted strings of at most 255 bytes, escaping quotes and backslashes.
QStringList split(const QString& type, const QString& data);
QString compose(const QString& type, const QStringList& fields);

// TXT/SPF text as quoted character-strings of at most 255 bytes (UTF-8 sequences kept whole).
QString quoteTxt(const QString& text);
// The text of TXT data (the strings joined, escapes resolved), for editing.
QString unquoteTxt(const QString& data);

// First error of `record` read in `zone` (the findings on its own line; zone-wide ones such as a
// missing SOA are ignored). Empty when it parses.
QString check(const QString& zone, const ZoneDocument::Record& record);

} // namespace RecordForm
