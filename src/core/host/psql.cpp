#include "core/host/psql.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {
bool validVariableName(const QString& name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    return re.match(name).hasMatch();
}
} // namespace

namespace Psql {

Result<RemoteCommand> command(
    const QString& database, const QString& sql, const Variables& variables, const QString& description)
{
    QStringList argv { QStringLiteral("incus"), QStringLiteral("exec"), QStringLiteral("tables"), QStringLiteral("--"),
        QStringLiteral("psql"), QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("--csv"),
        QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1") };
    for (const auto& [name, value] : variables) {
        if (!validVariableName(name))
            return Error::of(QCoreApplication::translate("Psql", "Invalid psql variable name: %1").arg(name));
        if (value.contains(QChar(0)))
            return Error::of(QCoreApplication::translate(
                "Psql", "A value for %1 holds a NUL character, which PostgreSQL cannot store.")
                                 .arg(name));
        argv << QStringLiteral("-v") << name + QLatin1Char('=') + value;
    }
    argv << QStringLiteral("-h") << QStringLiteral("localhost") << QStringLiteral("-U") << QStringLiteral("postgres")
         << QStringLiteral("-d") << database << QStringLiteral("-f") << QStringLiteral("-");
    RemoteCommand c = RemoteCommand::of(argv);
    c.sudo = true;
    c.stdinData = sql.toUtf8();
    if (!c.stdinData.endsWith('\n'))
        c.stdinData.append('\n');
    c.description = description;
    return c;
}

Result<Table> parseCsv(const QByteArray& csv)
{
    const QString text = QString::fromUtf8(csv);
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false; // inside "…"
    bool wasQuoted = false;
    bool any = false; // something on the current record
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            if (!field.isEmpty() || wasQuoted)
                return Error::of(
                    QCoreApplication::translate("Psql", "Unexpected quote in psql output at character %1.").arg(i),
                    int(i));
            quoted = wasQuoted = any = true;
        } else if (c == QLatin1Char(',')) {
            record << field;
            field.clear();
            wasQuoted = false;
            any = true;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            if (any || !field.isEmpty()) {
                record << field;
                records << record;
            }
            record.clear();
            field.clear();
            wasQuoted = any = false;
        } else {
            if (wasQuoted)
                return Error::of(QCoreApplication::translate(
                                     "Psql", "Unexpected text after a quoted field in psql output at character %1.")
                                     .arg(i),
                    int(i));
            field += c;
            any = true;
        }
    }
    if (quoted)
        return Error::of(QCoreApplication::translate("Psql", "The psql output ended inside a quoted field."));
    if (any || !field.isEmpty()) {
        record << field;
        records << record;
    }
    Table table;
    if (records.isEmpty())
        return table;
    table.columns = records.takeFirst();
    for (qsizetype r = 0; r < records.size(); ++r) {
        if (records.at(r).size() != table.columns.size())
            return Error::of(
                QCoreApplication::translate("Psql", "Row %1 of the psql output has %2 fields, expected %3.")
                    .arg(r + 1)
                    .arg(records.at(r).size())
                    .arg(table.columns.size()));
    }
    table.rows = std::move(records);
    return table;
}

QString errorText(const CommandResult& result)
{
    if (result.status != CommandResult::Status::Exited)
        return result.error;
    const QString err = QString::fromUtf8(result.stderrData).trimmed();
    static const QRegularExpression line(
        QStringLiteral("^(?:psql:[^\\n]*?)?(ERROR|FATAL|psql: error):\\s*(.*)$"), QRegularExpression::MultilineOption);
    if (const auto m = line.match(err); m.hasMatch())
        return QCoreApplication::translate("Psql", "The database refused the query: %1").arg(m.captured(2).trimmed());
    if (!err.isEmpty())
        return QCoreApplication::translate("Psql", "psql failed (exit status %1): %2")
            .arg(result.exitCode)
            .arg(err.section(QLatin1Char('\n'), 0, 2));
    return QCoreApplication::translate("Psql", "psql failed with exit status %1.").arg(result.exitCode);
}

} // namespace Psql
