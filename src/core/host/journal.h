#pragma once

#include "core/common/result.h"
#include "core/host/environment.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>

// One line of the journal: a mutating action and how it ended. Commands are the exact shell text
// that ran (argv already quoted); stdin is never recorded, so a secret fed on stdin never lands here.
struct JournalEntry
{
    qint64 id = 0;
    QDateTime time; // UTC
    QString profile;
    Environment environment = Environment::Other;
    QString action;
    QStringList commands;
    QString result; // "ok", "failed: ...", "canceled", "refused: ..."
    bool ok = false;
    QString backupPath;
};

Q_DECLARE_METATYPE(JournalEntry)

struct JournalFilter
{
    QString text; // substring of profile, action, commands or result (case-insensitive)
    std::optional<Environment> environment;
    QDateTime from, to; // inclusive bounds when valid
    int limit = 0; // 0: all
};

// The append-only record of every mutating action, in SQLite through Qt Sql. Rows are never
// changed or deleted: triggers in the database refuse UPDATE and DELETE. The schema carries a
// version (PRAGMA user_version) and is migrated forward step by step when the app is newer.
class Journal : public QObject
{
    Q_OBJECT
public:
    static constexpr int SchemaVersion = 2;

    explicit Journal(QObject* parent = nullptr);
    ~Journal() override;

    // <AppDataLocation>/journal.sqlite
    static QString defaultPath();

    Result<void> open(const QString& path);
    bool isOpen() const;
    QString path() const { return m_path; }
    int schemaVersion() const;

    // Appends and returns the new row id; the entry's time is set to now when invalid.
    Result<qint64> append(JournalEntry entry);
    Result<QList<JournalEntry>> entries(const JournalFilter& filter = {}) const;

    // RFC 4180 CSV with a header row; commands are joined by newlines inside one quoted field.
    static QByteArray toCsv(const QList<JournalEntry>& entries);
    static Result<void> exportCsv(const QString& fileName, const QList<JournalEntry>& entries);

    // The connection name used with QSqlDatabase (tests use it to prove the triggers hold).
    QString connectionName() const { return m_connection; }

Q_SIGNALS:
    void appended(const JournalEntry& entry);

private:
    Result<void> migrate();
    void close();

    QString m_connection;
    QString m_path;
};
