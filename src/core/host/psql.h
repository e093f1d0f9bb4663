#pragma once

#include "core/common/result.h"
#include "core/ssh/remotecommand.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// SQL on the host's PostgreSQL (the `tables` container), the one way every pane runs it:
// `incus exec tables -- psql -X --csv -v ON_ERROR_STOP=1 -v name=value … -h localhost -U postgres
// -d DB -f -` with the SQL text on stdin. psql interpolates variables only in scripts it reads (not
// in -c), so values reach the SQL as :'name' (a literal) or :"name" (an identifier), never spliced.
namespace Psql {

using Variables = QList<QPair<QString, QString>>;

// Variable names must be [A-Za-z_][A-Za-z0-9_]*; a value may hold anything but NUL.
// `sql` is fixed text written by us, holding only :'var' references for data.
Result<RemoteCommand> command(
    const QString& database, const QString& sql, const Variables& variables = {}, const QString& description = {});

// psql --csv output: the header line, then RFC 4180 rows (quoted fields may hold commas, quotes
// and newlines; psql prints NULL and '' alike as an empty field, so queries that must tell them
// apart select a flag column).
struct Table
{
    QStringList columns;
    QList<QStringList> rows;

    int column(const QString& name) const { return int(columns.indexOf(name)); }
};
Result<Table> parseCsv(const QByteArray& csv);

// "psql: error: …" / "ERROR: …" from stderr, or the exit status, as a sentence for a person.
QString errorText(const CommandResult& result);

} // namespace Psql
