#include "core/host/journal.h"
#include "core/host/journalmodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

namespace {
JournalFilter text(const QString& t)
{
    JournalFilter f;
    f.text = t;
    return f;
}

JournalEntry sample(const QString& action, Environment env = Environment::Prod)
{
    JournalEntry e;
    e.profile = QStringLiteral("prod");
    e.environment = env;
    e.action = action;
    e.commands = { QStringLiteral("sudo incus exec alm -- cp -a -- /opt/x /tmp/x.20261127-204500"),
        QStringLiteral("sudo incus restart alm") };
    e.result = QStringLiteral("ok");
    e.ok = true;
    e.backupPath = QStringLiteral("/tmp/x.20261127-204500");
    return e;
}
} // namespace

class TestJournal : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void createsSchemaAndRoundTrips()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/journal.sqlite"));
        {
            Journal j;
            QVERIFY(j.open(path).ok());
            QCOMPARE(j.schemaVersion(), Journal::SchemaVersion);
            QSignalSpy spy(&j, &Journal::appended);
            const auto id = j.append(sample(QStringLiteral("Restart alm")));
            QVERIFY2(id.ok(), qPrintable(id.errorMessage()));
            QCOMPARE(spy.count(), 1);
        }
        Journal j;
        QVERIFY(j.open(path).ok()); // reopening an up-to-date journal migrates nothing
        const auto all = j.entries();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 1);
        const JournalEntry e = all->first();
        QCOMPARE(e.action, QStringLiteral("Restart alm"));
        QCOMPARE(e.environment, Environment::Prod);
        QCOMPARE(e.commands, sample({}).commands);
        QCOMPARE(e.backupPath, QStringLiteral("/tmp/x.20261127-204500"));
        QVERIFY(e.ok);
        QVERIFY(e.time.isValid());
        QVERIFY(qAbs(e.time.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    }

    void appendOnly()
    {
        QTemporaryDir dir;
        Journal j;
        QVERIFY(j.open(dir.filePath(QStringLiteral("j.sqlite"))).ok());
        QVERIFY(j.append(sample(QStringLiteral("a"))).ok());
        QSqlQuery q(QSqlDatabase::database(j.connectionName()));
        QVERIFY(!q.exec(QStringLiteral("UPDATE entries SET result = 'forged'")));
        QVERIFY(q.lastError().text().contains(QLatin1String("append-only")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM entries")));
        QCOMPARE(j.entries()->first().result, QStringLiteral("ok"));
    }

    void migratesFromVersionOne()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            // A journal as version 1 wrote it: the table without the indexes.
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(
                q.exec(QStringLiteral("CREATE TABLE entries (id INTEGER PRIMARY KEY AUTOINCREMENT, time TEXT NOT "
                                      "NULL, profile TEXT NOT NULL, environment TEXT NOT NULL, action TEXT NOT NULL, "
                                      "commands TEXT NOT NULL, result TEXT NOT NULL, ok INTEGER NOT NULL, "
                                      "backup_path TEXT NOT NULL DEFAULT '')")));
            QVERIFY(q.exec(
                QStringLiteral("INSERT INTO entries (time, profile, environment, action, commands, result, ok) "
                               "VALUES ('2026-01-01T00:00:00.000Z', 'p', 'STAGE', 'old', '[\"true\"]', 'ok', 1)")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));
        Journal j;
        const auto opened = j.open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
        QCOMPARE(j.schemaVersion(), Journal::SchemaVersion);
        QSqlQuery q(QSqlDatabase::database(j.connectionName()));
        QVERIFY(q.exec(
            QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'entries_time'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QCOMPARE(j.entries()->first().action, QStringLiteral("old"));
        QCOMPARE(j.entries()->first().commands, QStringList { QStringLiteral("true") });
        // The old entry predates the chain; new ones are chained from here on.
        QVERIFY(j.append(sample(QStringLiteral("new"))).ok());
        const auto st = j.verifyChain();
        QVERIFY(st->intact);
        QCOMPARE(st->unchained, 1);
        QCOMPARE(st->checked, 1);
    }

    void refusesNewerSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v99"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v99"));
        Journal j;
        const auto opened = j.open(path);
        QVERIFY(!opened.ok());
        QVERIFY(opened.errorMessage().contains(QLatin1String("newer")));
        QVERIFY(!j.isOpen());
        QVERIFY(!j.append(sample(QStringLiteral("x"))).ok());
    }

    void filters()
    {
        QTemporaryDir dir;
        Journal j;
        QVERIFY(j.open(dir.filePath(QStringLiteral("j.sqlite"))).ok());
        JournalEntry old = sample(QStringLiteral("Edit config.csv"), Environment::Stage);
        old.time = QDateTime(QDate(2026, 1, 1), QTime(10, 0), QTimeZone::utc());
        QVERIFY(j.append(old).ok());
        QVERIFY(j.append(sample(QStringLiteral("Restart ALM"))).ok());
        QCOMPARE(j.entries(text(QStringLiteral("edit CONFIG")))->size(), 1);
        QCOMPARE(j.entries(text(QStringLiteral("incus")))->size(), 2); // commands are searched too
        JournalFilter stage;
        stage.environment = Environment::Stage;
        QCOMPARE(j.entries(stage)->first().action, QStringLiteral("Edit config.csv"));
        JournalFilter recent;
        recent.from = QDateTime(QDate(2026, 6, 1), QTime(0, 0), QTimeZone::utc());
        QCOMPARE(j.entries(recent)->first().action, QStringLiteral("Restart ALM"));
        // SQL metacharacters in the filter are data, not SQL.
        QCOMPARE(j.entries(text(QStringLiteral("' OR 1=1 --")))->size(), 0);
    }

    void modelFollowsTheJournal()
    {
        QTemporaryDir dir;
        Journal j;
        QVERIFY(j.open(dir.filePath(QStringLiteral("j.sqlite"))).ok());
        JournalModel model(&j);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload().ok());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(j.append(sample(QStringLiteral("Restart alm"))).ok());
        QCOMPARE(model.rowCount(), 1); // appended entries show without a manual refresh
        QCOMPARE(model.index(0, JournalModel::ActionColumn).data().toString(), QStringLiteral("Restart alm"));
        QCOMPARE(model.index(0, JournalModel::EnvironmentColumn).data().toString(), QStringLiteral("PROD"));
        QVERIFY(j.append(sample(QStringLiteral("Edit zone"), Environment::Stage)).ok());
        JournalFilter f;
        f.environment = Environment::Stage;
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.entries().first().action, QStringLiteral("Edit zone"));
    }

    void csvNeutralisesTabAndCarriageReturn()
    {
        // Spreadsheets strip a leading TAB or CR and then run the formula behind it.
        JournalEntry e = sample(QStringLiteral("\t=cmd|' /C calc'!A0"));
        e.result = QStringLiteral("\r=HYPERLINK(\"http://evil\")");
        const QByteArray csv = Journal::toCsv({ e });
        QVERIFY2(csv.contains(",'\t=cmd|' /C calc'!A0,"), csv.constData());
        QVERIFY2(csv.contains("\"'\r=HYPERLINK(\"\"http://evil\"\")\""), csv.constData());
    }

    // INSERT OR REPLACE deletes the old row without firing the DELETE trigger: refused too.
    void replaceCannotRewriteAnEntry()
    {
        QTemporaryDir dir;
        Journal j;
        QVERIFY(j.open(dir.filePath(QStringLiteral("j.sqlite"))).ok());
        const auto id = j.append(sample(QStringLiteral("Restart alm")));
        QVERIFY(id.ok());
        QSqlQuery q(QSqlDatabase::database(j.connectionName()));
        for (const char* verb : { "INSERT OR REPLACE", "REPLACE" }) {
            QVERIFY(!q.exec(QStringLiteral("%1 INTO entries (id, time, profile, environment, action, commands, result, "
                                           "ok) VALUES (%2, '2026-01-01T00:00:00.000Z', 'p', 'PROD', 'forged', '[]', "
                                           "'ok', 1)")
                                .arg(QLatin1String(verb))
                                .arg(*id)));
            QVERIFY(q.lastError().text().contains(QLatin1String("append-only")));
        }
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO entries (id, time, profile, environment, action, commands, result, "
                                       "ok) VALUES (%1, 't', 'p', 'PROD', 'forged', '[]', 'ok', 1) "
                                       "ON CONFLICT(id) DO UPDATE SET action = 'forged'")
                            .arg(*id)));
        QCOMPARE(j.entries()->size(), 1);
        QCOMPARE(j.entries()->first().action, QStringLiteral("Restart alm"));
        QVERIFY(j.verifyChain()->intact);
    }

    void hashChainShowsTheFirstBrokenEntry()
    {
        QTemporaryDir dir;
        Journal j;
        QVERIFY(j.open(dir.filePath(QStringLiteral("j.sqlite"))).ok());
        for (const char* a : { "one", "two", "three", "four" })
            QVERIFY(j.append(sample(QLatin1String(a))).ok());
        auto st = j.verifyChain();
        QVERIFY(st.ok());
        QVERIFY(st->intact);
        QCOMPARE(st->checked, 4);
        QVERIFY(st->message.contains(QLatin1String("intact")));
        const auto all = j.entries();
        QCOMPARE(all->at(1).prevHash, all->at(0).hash);
        QCOMPARE(all->at(0).hash.size(), 64);
        // Someone with the file drops the guards and edits entry 2, then removes entry 4.
        QSqlQuery q(QSqlDatabase::database(j.connectionName()));
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER entries_no_update")));
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER entries_no_delete")));
        QVERIFY(q.exec(QStringLiteral("UPDATE entries SET result = 'forged' WHERE id = 2")));
        st = j.verifyChain();
        QVERIFY(!st->intact);
        QCOMPARE(st->firstBrokenId, 2);
        QVERIFY(st->message.contains(QLatin1String("entry 2")));
        // Put entry 2 back byte for byte: intact again; deleting entry 3 breaks it at entry 4.
        QVERIFY(q.exec(QStringLiteral("UPDATE entries SET result = '%1' WHERE id = 2").arg(all->at(1).result)));
        QVERIFY(j.verifyChain()->intact);
        QVERIFY(q.exec(QStringLiteral("DELETE FROM entries WHERE id = 3")));
        QCOMPARE(j.verifyChain()->firstBrokenId, 4);
    }

    void csvExport()
    {
        JournalEntry e = sample(QStringLiteral("Edit \"config.csv\", bot x"));
        e.id = 7;
        e.time = QDateTime(QDate(2026, 11, 27), QTime(20, 45, 1), QTimeZone::utc());
        e.result = QStringLiteral("=HYPERLINK(\"http://evil\")");
        const QByteArray csv = Journal::toCsv({ e });
        const QList<QByteArray> lines = csv.split('\n');
        QCOMPARE(lines.first(),
            QByteArray(
                "id,time,profile,environment,action,commands,result,ok,backup_path,phase,started_id,who,host,hash\r"));
        QVERIFY(csv.contains("\"Edit \"\"config.csv\"\", bot x\""));
        // Two commands in one field, separated by a newline inside quotes.
        QVERIFY(
            csv.contains("\"sudo incus exec alm -- cp -a -- /opt/x /tmp/x.20261127-204500\nsudo incus restart alm\""));
        QVERIFY(csv.contains("2026-11-27T20:45:01.000Z"));
        // A formula is neutralised for spreadsheets.
        QVERIFY(csv.contains("\"'=HYPERLINK(\"\"http://evil\"\")\""));
        QVERIFY(csv.endsWith("\r\n"));

        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("out.csv"));
        QVERIFY(Journal::exportCsv(file, { e }).ok());
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), csv);
        QVERIFY(!Journal::exportCsv(dir.filePath(QStringLiteral("missing/dir/out.csv")), { e }).ok());
    }
};

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
