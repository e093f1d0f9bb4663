#pragma once

#include "core/common/result.h"
#include "core/host/environment.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>

// One line of the journal: an action about to run ("started", written before its first command)
// or how it ended ("outcome"). Commands are the exact shell text (argv already quoted); stdin is
// never recorded, so a secret fed on stdin never lands here.
struct JournalEntry
{
    enum class Phase
    {
        Outcome, // how the action ended (also every entry of schema 2 and older)
        Started, // written before the first command; its outcome entry names it (startedId)
    };
    qint64 id = 0;
    QDateTime time; // UTC
    QString profile;
    Environment environment = Environment::Other;
    QString action;
    QStringList commands;
    QString result; // "ok", "failed: ...", "canceled", "refused: ..."
    bool ok = false;
    QString backupPath;
    Phase phase = Phase::Outcome;
    qint64 startedId = 0; // an outcome: the id of its "started" entry (0: none)
    QString who; // the local account that ran it ("alice")
    QString host; // where it ran ("admin@10.0.2.5:22" or the ssh alias)
    // Tamper evidence, set by Journal::append: SHA-256 (hex) over the previous entry's hash and this
    // entry's fields. Empty for entries written before the chain existed (schema < 3).
    QString prevHash;
    QString hash;
};

// The result of Journal::verifyChain().
struct JournalChainStatus
{
    bool intact = true;
    qint64 firstBrokenId = 0; // the first entry whose hash does not match (0 when intact)
    int checked = 0; // chained entries checked
    int unchained = 0; // entries from before the chain existed (schema < 3), not verifiable
    QString message; // a sentence for the journal view
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
    static constexpr int SchemaVersion = 3;

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
    // Recomputes the hash chain over every entry: "chain intact", or the first entry that was
    // changed, removed or inserted outside GB Admin.
    Result<JournalChainStatus> verifyChain() const;
    // The hash an entry must carry, given the previous entry's hash.
    static QString entryHash(const JournalEntry& entry, const QString& prevHash);

    // RFC 4180 CSV with a header row; commands are joined by newlines inside one quoted field. Cells
    // a spreadsheet would treat as a formula (= + - @ TAB CR first) get a leading quote.
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
