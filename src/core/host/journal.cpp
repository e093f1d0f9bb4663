#include "core/host/journal.h"

#include <QCryptographicHash>
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
    // 2 -> 3: "started" entries before the action, who and where, the hash chain; and INSERT OR
    // REPLACE, which deletes the old row without firing the DELETE trigger, is refused.
    {
        "ALTER TABLE entries ADD COLUMN phase TEXT NOT NULL DEFAULT 'outcome'",
        "ALTER TABLE entries ADD COLUMN started_id INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE entries ADD COLUMN who TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE entries ADD COLUMN host TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE entries ADD COLUMN prev_hash TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE entries ADD COLUMN hash TEXT NOT NULL DEFAULT ''",
        "CREATE TRIGGER entries_no_replace BEFORE INSERT ON entries"
        " WHEN EXISTS (SELECT 1 FROM entries WHERE id = NEW.id)"
        " BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END",
    },
};

QString phaseName(JournalEntry::Phase p)
{
    return p == JournalEntry::Phase::Started ? QStringLiteral("started") : QStringLiteral("outcome");
}

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
    // TAB and CR first count too: spreadsheets strip them and then see the formula.
    if (!b.isEmpty() && (b[0] == '=' || b[0] == '+' || b[0] == '-' || b[0] == '@' || b[0] == '\t' || b[0] == '\r'))
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

QString Journal::entryHash(const JournalEntry& e, const QString& prevHash)
{
    // Every field, length-prefixed so no two different entries serialise alike.
    QCryptographicHash h(QCryptographicHash::Sha256);
    const auto add = [&h](const QString& field) {
        const QByteArray b = field.toUtf8();
        h.addData(QByteArray(QByteArray::number(b.size()) + ':'));
        h.addData(b);
    };
    add(prevHash);
    add(QString::number(e.id));
    add(toText(e.time));
    add(e.profile);
    add(environmentName(e.environment));
    add(e.action);
    add(QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(e.commands)).toJson(QJsonDocument::Compact)));
    add(e.result);
    add(e.ok ? QStringLiteral("1") : QStringLiteral("0"));
    add(e.backupPath);
    add(phaseName(e.phase));
    add(QString::number(e.startedId));
    add(e.who);
    add(e.host);
    return QString::fromLatin1(h.result().toHex());
}

Result<qint64> Journal::append(JournalEntry entry)
{
    if (!isOpen())
        return Error::of(tr("The journal is not open."));
    if (!entry.time.isValid())
        entry.time = QDateTime::currentDateTimeUtc();
    entry.time = QDateTime::fromString(toText(entry.time), Qt::ISODateWithMs); // as stored, for the hash
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    // The id and the previous hash are read and the row written in one write transaction, so two
    // writers (two windows) cannot both chain onto the same entry.
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return Error::of(tr("Cannot write to the journal: %1").arg(q.lastError().text()));
    const auto rollback = [&db](const QString& why) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return Error::of(tr("Cannot write to the journal: %1").arg(why));
    };
    if (!q.exec(QStringLiteral("SELECT hash FROM entries ORDER BY id DESC LIMIT 1")))
        return rollback(q.lastError().text());
    entry.prevHash = q.next() ? q.value(0).toString() : QString();
    // AUTOINCREMENT: the next id is above every id ever used (sqlite_sequence), even deleted ones.
    if (!q.exec(QStringLiteral("SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'entries'), 0),"
                               " coalesce((SELECT max(id) FROM entries), 0)) + 1")))
        return rollback(q.lastError().text());
    entry.id = q.next() ? q.value(0).toLongLong() : 1;
    entry.hash = entryHash(entry, entry.prevHash);
    q.prepare(QStringLiteral("INSERT INTO entries (id, time, profile, environment, action, commands, result, ok, "
                             "backup_path, phase, started_id, who, host, prev_hash, hash) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(entry.id);
    q.addBindValue(toText(entry.time));
    q.addBindValue(notNull(entry.profile));
    q.addBindValue(environmentName(entry.environment));
    q.addBindValue(notNull(entry.action));
    q.addBindValue(
        QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(entry.commands)).toJson(QJsonDocument::Compact)));
    q.addBindValue(notNull(entry.result));
    q.addBindValue(entry.ok ? 1 : 0);
    q.addBindValue(notNull(entry.backupPath));
    q.addBindValue(phaseName(entry.phase));
    q.addBindValue(entry.startedId);
    q.addBindValue(notNull(entry.who));
    q.addBindValue(notNull(entry.host));
    q.addBindValue(notNull(entry.prevHash));
    q.addBindValue(entry.hash);
    if (!q.exec())
        return rollback(q.lastError().text());
    if (!q.exec(QStringLiteral("COMMIT")))
        return rollback(q.lastError().text());
    entry.time = entry.time.toUTC();
    Q_EMIT appended(entry);
    return entry.id;
}

Result<JournalChainStatus> Journal::verifyChain() const
{
    auto all = entries();
    if (!all)
        return all.error();
    JournalChainStatus st;
    QString prev;
    bool chainStarted = false;
    for (const JournalEntry& e : std::as_const(*all)) {
        if (!chainStarted && e.hash.isEmpty() && e.prevHash.isEmpty()) {
            ++st.unchained; // written before schema 3
            continue;
        }
        // The first chained entry follows the unchained ones: it chains onto nothing.
        chainStarted = true;
        if (e.prevHash != prev || e.hash != entryHash(e, prev)) {
            st.intact = false;
            st.firstBrokenId = e.id;
            break;
        }
        ++st.checked;
        prev = e.hash;
    }
    if (st.intact) {
        st.message = st.unchained > 0 ? tr("Chain intact (%n entries checked; ", nullptr, st.checked)
                + tr("%n older entries predate the chain).", nullptr, st.unchained)
                                      : tr("Chain intact (%n entries checked).", nullptr, st.checked);
    } else {
        st.message = tr("Chain BROKEN at entry %1: it, or the entry before it, was changed, removed or inserted "
                        "outside GB Admin.")
                         .arg(st.firstBrokenId);
    }
    return st;
}

Result<QList<JournalEntry>> Journal::entries(const JournalFilter& filter) const
{
    if (!isOpen())
        return Error::of(tr("The journal is not open."));
    QString sql = QStringLiteral("SELECT id, time, profile, environment, action, commands, result, ok, backup_path, "
                                 "phase, started_id, who, host, prev_hash, hash FROM entries WHERE 1 = 1");
    QVariantList binds;
    if (!filter.text.isEmpty()) {
        sql += QStringLiteral(" AND (instr(lower(profile), lower(?)) > 0 OR instr(lower(action), lower(?)) > 0"
                              " OR instr(lower(commands), lower(?)) > 0 OR instr(lower(result), lower(?)) > 0"
                              " OR instr(lower(who), lower(?)) > 0 OR instr(lower(host), lower(?)) > 0)");
        for (int i = 0; i < 6; ++i)
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
        e.phase = q.value(9).toString() == QLatin1String("started") ? JournalEntry::Phase::Started
                                                                    : JournalEntry::Phase::Outcome;
        e.startedId = q.value(10).toLongLong();
        e.who = q.value(11).toString();
        e.host = q.value(12).toString();
        e.prevHash = q.value(13).toString();
        e.hash = q.value(14).toString();
        out.append(e);
    }
    return out;
}

QByteArray Journal::toCsv(const QList<JournalEntry>& entries)
{
    QByteArray out
        = "id,time,profile,environment,action,commands,result,ok,backup_path,phase,started_id,who,host,hash\r\n";
    for (const JournalEntry& e : entries) {
        const QList<QByteArray> fields { QByteArray::number(e.id), csvField(toText(e.time)), csvField(e.profile),
            csvField(environmentName(e.environment)), csvField(e.action), csvField(e.commands.join(u'\n')),
            csvField(e.result), e.ok ? QByteArray("1") : QByteArray("0"), csvField(e.backupPath),
            csvField(phaseName(e.phase)), QByteArray::number(e.startedId), csvField(e.who), csvField(e.host),
            csvField(e.hash) };
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
