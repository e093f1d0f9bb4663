#include "core/host/journal.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

#include <vector>

namespace {
// Step i moves the schema from version i to i + 1, one statement per string. Never edit a
// shipped step; add one.
const std::vector<std::vector<const char*>> kMigrations = {
    // 0 -> 1: the table and the append-only guard.
    {
        "CREATE TABLE entries ("
        " id INTEGER PRIMARY KEY AUTOINCREMENT,"
        " time TEXT NOT NULL,"
        " profile TEXT NOT NULL,"
        " environment TEXT NOT NULL,"
        " action TEXT NOT NULL,"
        " commands TEXT NOT NULL,"
        " result TEXT NOT NULL,"
        " ok INTEGER NOT NULL,"
        " backup_path TEXT NOT NULL DEFAULT '')",
        "CREATE TRIGGER entries_no_update BEFORE UPDATE ON entries"
        " BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END",
        "CREATE TRIGGER entries_no_delete BEFORE DELETE ON entries"
        " BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END",
    },
    // 1 -> 2: the journal view filters by time and profile.
    {
        "CREATE INDEX entries_time ON entries(time)",
        "CREATE INDEX entries_profile ON entries(profile)",
    },
};

// Qt binds a null QString as SQL NULL; the columns are NOT NULL, so bind "" instead.
QString notNull(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QString toText(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QByteArray csvField(const QString& s)
{
    QByteArray b = s.toUtf8();
    // A spreadsheet would run a cell that starts with = + - @ as a formula; the leading quote
    // keeps the exported journal inert when opened in one.
    if (!b.isEmpty() && (b[0] == '=' || b[0] == '+' || b[0] == '-' || b[0] == '@'))
        b.prepend('\'');
    if (b.contains(',') || b.contains('"') || b.contains('\n') || b.contains('\r')) {
        b.replace("\"", "\"\"");
        b = '"' + b + '"';
    }
    return b;
}
} // namespace

Journal::Journal(QObject* parent)
    : QObject(parent)
    , m_connection(QStringLiteral("gbadmin-journal-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

Journal::~Journal()
{
    close();
}

QString Journal::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/journal.sqlite");
}

void Journal::close()
{
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
    m_path.clear();
}

bool Journal::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && QSqlDatabase::database(m_connection, false).isOpen();
}

Result<void> Journal::open(const QString& path)
{
    close();
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error::of(tr("Cannot create the folder for the journal: %1").arg(QFileInfo(path).absolutePath()));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(path);
        if (!db.open()) {
            const QString why = db.lastError().text();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connection);
            return Error::of(tr("Cannot open the journal %1: %2").arg(path, why));
        }
    }
    m_path = path;
    if (auto ok = migrate(); !ok) {
        close();
        return ok;
    }
    return {};
}

int Journal::schemaVersion() const
{
    if (!isOpen())
        return -1;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

Result<void> Journal::migrate()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    const int current = schemaVersion();
    if (current < 0)
        return Error::of(tr("The journal %1 is not a readable database.").arg(m_path));
    if (current > SchemaVersion)
        return Error::of(tr("The journal %1 was written by a newer GB Admin (schema %2, this one knows %3). "
                            "Update GB Admin; the journal was left untouched.")
                             .arg(m_path)
                             .arg(current)
                             .arg(SchemaVersion));
    if (kMigrations.size() != size_t(SchemaVersion))
        return Error::of(tr("Internal error: journal migrations do not match the schema version."));
    for (int v = current; v < SchemaVersion; ++v) {
        if (!db.transaction())
            return Error::of(tr("Cannot migrate the journal: %1").arg(db.lastError().text()));
        QSqlQuery q(db);
        bool failed = false;
        for (const char* statement : kMigrations[size_t(v)]) {
            if (!q.exec(QString::fromLatin1(statement))) {
                failed = true;
                break;
            }
        }
        if (failed || !q.exec(QStringLiteral("PRAGMA user_version = %1").arg(v + 1))) {
            const QString why = q.lastError().text();
            db.rollback();
            return Error::of(tr("Cannot migrate the journal to schema %1: %2").arg(v + 1).arg(why));
        }
        if (!db.commit())
            return Error::of(tr("Cannot migrate the journal: %1").arg(db.lastError().text()));
    }
    return {};
}

Result<qint64> Journal::append(JournalEntry entry)
{
    if (!isOpen())
        return Error::of(tr("The journal is not open."));
    if (!entry.time.isValid())
        entry.time = QDateTime::currentDateTimeUtc();
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT INTO entries (time, profile, environment, action, commands, result, ok, "
                             "backup_path) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(toText(entry.time));
    q.addBindValue(notNull(entry.profile));
    q.addBindValue(environmentName(entry.environment));
    q.addBindValue(notNull(entry.action));
    q.addBindValue(
        QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(entry.commands)).toJson(QJsonDocument::Compact)));
    q.addBindValue(notNull(entry.result));
    q.addBindValue(entry.ok ? 1 : 0);
    q.addBindValue(notNull(entry.backupPath));
    if (!q.exec())
        return Error::of(tr("Cannot write to the journal: %1").arg(q.lastError().text()));
    entry.id = q.lastInsertId().toLongLong();
    entry.time = entry.time.toUTC();
    Q_EMIT appended(entry);
    return entry.id;
}

Result<QList<JournalEntry>> Journal::entries(const JournalFilter& filter) const
{
    if (!isOpen())
        return Error::of(tr("The journal is not open."));
    QString sql = QStringLiteral("SELECT id, time, profile, environment, action, commands, result, ok, backup_path "
                                 "FROM entries WHERE 1 = 1");
    QVariantList binds;
    if (!filter.text.isEmpty()) {
        sql += QStringLiteral(" AND (instr(lower(profile), lower(?)) > 0 OR instr(lower(action), lower(?)) > 0"
                              " OR instr(lower(commands), lower(?)) > 0 OR instr(lower(result), lower(?)) > 0)");
        for (int i = 0; i < 4; ++i)
            binds.append(filter.text);
    }
    if (filter.environment) {
        sql += QStringLiteral(" AND environment = ?");
        binds.append(environmentName(*filter.environment));
    }
    if (filter.from.isValid()) {
        sql += QStringLiteral(" AND time >= ?");
        binds.append(toText(filter.from));
    }
    if (filter.to.isValid()) {
        sql += QStringLiteral(" AND time <= ?");
        binds.append(toText(filter.to));
    }
    sql += QStringLiteral(" ORDER BY id");
    if (filter.limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(filter.limit);
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant& b : std::as_const(binds))
        q.addBindValue(b);
    if (!q.exec())
        return Error::of(tr("Cannot read the journal: %1").arg(q.lastError().text()));
    QList<JournalEntry> out;
    while (q.next()) {
        JournalEntry e;
        e.id = q.value(0).toLongLong();
        e.time = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        e.profile = q.value(2).toString();
        e.environment = environmentFromName(q.value(3).toString());
        e.action = q.value(4).toString();
        const QJsonArray commands = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).array();
        for (const QJsonValue& c : commands)
            e.commands.append(c.toString());
        e.result = q.value(6).toString();
        e.ok = q.value(7).toInt() != 0;
        e.backupPath = q.value(8).toString();
        out.append(e);
    }
    return out;
}

QByteArray Journal::toCsv(const QList<JournalEntry>& entries)
{
    QByteArray out = "id,time,profile,environment,action,commands,result,ok,backup_path\r\n";
    for (const JournalEntry& e : entries) {
        const QList<QByteArray> fields { QByteArray::number(e.id), csvField(toText(e.time)), csvField(e.profile),
            csvField(environmentName(e.environment)), csvField(e.action), csvField(e.commands.join(u'\n')),
            csvField(e.result), e.ok ? QByteArray("1") : QByteArray("0"), csvField(e.backupPath) };
        out += fields.join(',') + "\r\n";
    }
    return out;
}

Result<void> Journal::exportCsv(const QString& fileName, const QList<JournalEntry>& entries)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return Error::of(tr("Cannot write %1: %2").arg(fileName, file.errorString()));
    file.write(toCsv(entries));
    if (!file.commit())
        return Error::of(tr("Cannot write %1: %2").arg(fileName, file.errorString()));
    return {};
}
