// The simulated host's databases and CI logs, checked the way the app reaches them: ssh, sudo,
// `incus exec tables -- psql -h localhost ...` and files in the `alm` container.

#include "logcheck.h"
#include "support/simhostenv.h"

#include <QHash>
#include <QRegularExpression>
#include <QTest>

namespace {

using namespace LogCheck;

constexpr qint64 kDbfsBlock = 32768;
// Seeded logs are small; bigger ones come from `simhost set alm-big-log` and are checked on their own.
constexpr qint64 kSeedLogLimit = 4 * 1024 * 1024;
const QString kLogRoot = QStringLiteral("/opt/gbo/data/data/actions_log/");

QString shq(const QString& s)
{
    QString out = s;
    out.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + out + QLatin1Char('\'');
}

// RFC 4180 rows as psql --csv prints them.
QList<QStringList> parseCsv(const QByteArray& text)
{
    QList<QStringList> rows;
    QStringList row;
    QByteArray field;
    bool quoted = false;
    bool any = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        any = true;
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text.at(i + 1) == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            row << QString::fromUtf8(field);
            field.clear();
        } else if (c == '\n') {
            row << QString::fromUtf8(field);
            field.clear();
            rows << row;
            row.clear();
            any = false;
        } else {
            field += c;
        }
    }
    if (any) {
        row << QString::fromUtf8(field);
        rows << row;
    }
    return rows;
}

} // namespace

class TstSimhostDb : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void botsThroughSsh();
    void botserverSeed();
    void prodAlmRunsCoverEveryStatus();
    void storageLogsMatchTheirRows();
    void stepsMapToLogLines();
    void rerunKeepsBothAttempts();
    void runningTaskLogIsInDbfs();
    void expiredTaskHasNoLog();
    void bigLogOnDemand();

private:
    QList<QStringList> sql(const QString& db, const QString& query);
    QByteArray alm(const QString& script, const QStringList& args = {});

    SimHostEnv m_env;
    // The finished tasks whose log is a file: id → (log_filename, log_length, log_size, log_indexes).
    struct StoredTask
    {
        qint64 id = 0;
        QString fileName;
        qint64 length = 0;
        qint64 size = 0;
        QByteArray indexes;
    };
    QList<StoredTask> m_stored;
    QHash<qint64, QByteArray> m_text; // decoded log text per stored task
};

QList<QStringList> TstSimhostDb::sql(const QString& db, const QString& query)
{
    QByteArray out;
    QByteArray err;
    const int rc
        = m_env.ssh({ QStringLiteral("sudo"), QStringLiteral("incus"), QStringLiteral("exec"), QStringLiteral("tables"),
                        QStringLiteral("--"), QStringLiteral("psql"), QStringLiteral("-h"), QStringLiteral("localhost"),
                        QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("-d"), db,
                        QStringLiteral("-X"), QStringLiteral("--csv"), QStringLiteral("-t"), QStringLiteral("-v"),
                        QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-c"), shq(query) },
            &out, &err);
    if (rc != 0)
        qWarning("psql failed (%d): %s", rc, err.constData());
    return rc == 0 ? parseCsv(out) : QList<QStringList> {};
}

QByteArray TstSimhostDb::alm(const QString& script, const QStringList& args)
{
    QStringList remote { QStringLiteral("sudo"), QStringLiteral("incus"), QStringLiteral("exec"), QStringLiteral("alm"),
        QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"), shq(script), QStringLiteral("sh") };
    for (const QString& a : args)
        remote << shq(a);
    QByteArray out;
    QByteArray err;
    const int rc = m_env.ssh(remote, &out, &err);
    if (rc != 0)
        qWarning("alm command failed (%d): %s", rc, err.constData());
    return out;
}

void TstSimhostDb::initTestCase()
{
    QString why;
    m_env = SimHostEnv::load(&why);
    if (!m_env.isValid())
        QFAIL(qPrintable(why));
    const auto rows = sql(QStringLiteral("PROD-ALM"),
        QStringLiteral(
            "select id, log_filename, log_length, log_size, encode(log_indexes, 'hex') from action_task "
            "where log_in_storage and not log_expired and status in (1, 2, 3, 4) and log_size < %1 order by id")
            .arg(kSeedLogLimit));
    for (const QStringList& r : rows) {
        QCOMPARE(r.size(), 5);
        m_stored.append(
            { r[0].toLongLong(), r[1], r[2].toLongLong(), r[3].toLongLong(), QByteArray::fromHex(r[4].toLatin1()) });
    }
    QVERIFY2(m_stored.size() >= 30, "expected dozens of finished tasks with stored logs");
}

void TstSimhostDb::botsThroughSsh()
{
    // Exactly the command line of INFRA.md plus the app's flags.
    QByteArray out;
    QByteArray err;
    const int rc
        = m_env.ssh({ QStringLiteral("sudo"), QStringLiteral("incus"), QStringLiteral("exec"), QStringLiteral("tables"),
                        QStringLiteral("--"), QStringLiteral("psql"), QStringLiteral("-h"), QStringLiteral("localhost"),
                        QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("-d"),
                        QStringLiteral("botserver"), QStringLiteral("-X"), QStringLiteral("--csv"),
                        QStringLiteral("-c"), shq(QStringLiteral("select name from bots order by name")) },
            &out, &err);
    QVERIFY2(rc == 0, err.constData());
    QCOMPARE(out, QByteArray("name\ndefault\nhelpdesk\nsalesbot\n"));
}

void TstSimhostDb::botserverSeed()
{
    const QString db = QStringLiteral("botserver");
    auto rows = sql(db, QStringLiteral("select id, org_id, slug, is_active from bots where name = 'default'"));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0],
        (QStringList { QStringLiteral("f47ac10b-58cc-4372-a567-0e02b2c3d480"),
            QStringLiteral("f47ac10b-58cc-4372-a567-0e02b2c3d479"), QStringLiteral("default"), QStringLiteral("t") }));
    // Every bot and the nil-UUID defaults have configuration rows.
    rows = sql(db,
        QStringLiteral("select coalesce(b.name, c.bot_id::text), count(*) from bot_configuration c "
                       "left join bots b on b.id = c.bot_id group by 1 order by 1"));
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows[0][0], QStringLiteral("00000000-0000-0000-0000-000000000000"));
    for (const QStringList& r : rows)
        QVERIFY2(r[1].toInt() >= 5, qPrintable(r.join(QLatin1Char(' '))));
    // The sync relies on UNIQUE(bot_id, config_key): a duplicate must be refused.
    rows = sql(db,
        QStringLiteral("select count(*) from pg_constraint where conrelid = 'bot_configuration'::regclass "
                       "and contype = 'u'"));
    QCOMPARE(rows.value(0).value(0), QStringLiteral("1"));
    rows = sql(db,
        QStringLiteral("select column_name from information_schema.columns where table_name = 'bots' "
                       "and column_name in ('slug', 'is_public', 'database_name', 'enabled_tabs_json') "
                       "order by 1"));
    QCOMPARE(rows.size(), 4);
    // The other tables of spec §3 exist and hold rows (one round trip for all of them).
    const QStringList tables { QStringLiteral("organizations"), QStringLiteral("gbot_config_sync"),
        QStringLiteral("drive_files"), QStringLiteral("basic_tools"), QStringLiteral("system_automations"),
        QStringLiteral("kb_collections"), QStringLiteral("users"), QStringLiteral("user_sessions"),
        QStringLiteral("message_history") };
    QStringList counts;
    for (const QString& table : tables)
        counts << QStringLiteral("select '%1', count(*) from %1").arg(table);
    rows = sql(db, counts.join(QStringLiteral(" union all ")));
    QCOMPARE(rows.size(), tables.size());
    for (const QStringList& r : rows)
        QVERIFY2(r.value(1).toInt() > 0, qPrintable(r.value(0)));
}

void TstSimhostDb::prodAlmRunsCoverEveryStatus()
{
    const QString db = QStringLiteral("PROD-ALM");
    auto rows = sql(db,
        QStringLiteral("select count(*), count(distinct status), min(status), max(status) "
                       "from action_run"));
    QCOMPARE(rows.size(), 1);
    QVERIFY(rows[0][0].toInt() >= 30);
    QCOMPARE(rows[0][1], QStringLiteral("8"));
    QCOMPARE(rows[0][2], QStringLiteral("0"));
    QCOMPARE(rows[0][3], QStringLiteral("7"));
    // "index" is per repository and unique with repo_id; matrix jobs share their YAML job key.
    rows = sql(db, QStringLiteral("select count(*) from action_run_job where job_id = 'test' and name like 'test (%'"));
    QVERIFY(rows.value(0).value(0).toInt() >= 10);
    // Old plain `.log` files and newer `.log.zst` ones both exist.
    rows = sql(db,
        QStringLiteral("select count(*) filter (where log_filename like '%.log'), "
                       "count(*) filter (where log_filename like '%.log.zst') from action_task"));
    QVERIFY(rows.value(0).value(0).toInt() >= 2);
    QVERIFY(rows.value(0).value(1).toInt() >= 30);
}

void TstSimhostDb::storageLogsMatchTheirRows()
{
    // The real zstd CLI in the container: line count and byte count of every stored log.
    QStringList paths;
    for (const StoredTask& t : std::as_const(m_stored))
        paths << kLogRoot + t.fileName;
    const QByteArray counts = alm(QStringLiteral("for f; do case $f in *.zst) zstd -tq \"$f\" && zstd -dc \"$f\" | "
                                                 "wc -lc ;; *) wc -lc < \"$f\" ;; esac || echo missing; done"),
        paths);
    const QList<QByteArray> countLines = counts.trimmed().split('\n');
    QCOMPARE(countLines.size(), m_stored.size());
    for (qsizetype i = 0; i < m_stored.size(); ++i) {
        const QList<QByteArray> f = countLines[i].simplified().split(' ');
        QVERIFY2(
            f.size() == 2, qPrintable(m_stored[i].fileName + QStringLiteral(": ") + QString::fromUtf8(countLines[i])));
        QCOMPARE(f[0].toLongLong(), m_stored[i].length);
        QCOMPARE(f[1].toLongLong(), m_stored[i].size);
    }

    // The raw files: seek table, frame sizes, and log_indexes against the real line starts.
    const QByteArray raw = alm(QStringLiteral("for f; do wc -c < \"$f\"; cat \"$f\"; done"), paths);
    qsizetype pos = 0;
    int multiFrame = 0;
    for (const StoredTask& t : std::as_const(m_stored)) {
        const qsizetype nl = raw.indexOf('\n', pos);
        QVERIFY(nl > pos);
        const qsizetype size = raw.mid(pos, nl - pos).trimmed().toLongLong();
        const QByteArray file = raw.mid(nl + 1, size);
        QCOMPARE(file.size(), size);
        pos = nl + 1 + size;

        QByteArray text;
        if (t.fileName.endsWith(QStringLiteral(".log.zst"))) {
            QList<SeekEntry> entries;
            QString why;
            text = decodeSeekable(file, &entries, &why);
            QVERIFY2(why.isEmpty(), qPrintable(t.fileName + QStringLiteral(": ") + why));
            for (qsizetype i = 0; i + 1 < entries.size(); ++i)
                QCOMPARE(entries[i].decompressed, kFrameSize);
            QVERIFY(!entries.isEmpty() && entries.last().decompressed <= kFrameSize);
            if (entries.size() > 1)
                ++multiFrame;
        } else {
            QVERIFY2(t.fileName.endsWith(QStringLiteral(".log")), qPrintable(t.fileName));
            QVERIFY2(!file.startsWith("\x28\xB5\x2F\xFD"), "a .log file must be plain text");
            text = file;
        }
        QCOMPARE(qint64(text.size()), t.size);
        const QString bad = checkLines(text);
        QVERIFY2(bad.isEmpty(), qPrintable(t.fileName + QStringLiteral(": ") + bad));
        bool ok = false;
        const QList<qint64> offsets = decodeIndexes(t.indexes, &ok);
        QVERIFY2(ok, qPrintable(t.fileName));
        QCOMPARE(qint64(offsets.size()), t.length);
        QCOMPARE(offsets, lineStarts(text));
        m_text.insert(t.id, text);
    }
    QCOMPARE(pos, raw.size());
    QVERIFY2(multiFrame >= 1, "at least one log must span several 128 KiB frames");

    // The formats a log viewer has to cope with are all there.
    QByteArray all;
    for (const QByteArray& text : std::as_const(m_text))
        all += text;
    for (const char* needle : { "##[group]", "##[endgroup]", "::group::", "::endgroup::", "##[error]",
             "::error file=", "\x1b[38;5;", "\x1b[38;2;", "\r", "\\n" })
        QVERIFY2(all.contains(needle), needle);
}

void TstSimhostDb::stepsMapToLogLines()
{
    if (m_text.isEmpty())
        QSKIP("storageLogsMatchTheirRows failed before decoding the logs");
    const auto rows = sql(QStringLiteral("PROD-ALM"),
        QStringLiteral("select s.task_id, s.\"index\", s.name, s.status, s.log_index, s.log_length, t.log_length "
                       "from action_task_step s join action_task t on t.id = s.task_id "
                       "where t.log_in_storage and not t.log_expired and t.log_size < %1 "
                       "order by s.task_id, s.\"index\"")
            .arg(kSeedLogLimit));
    QVERIFY(!rows.isEmpty());
    qint64 task = -1;
    qint64 next = 0;
    qint64 firstStepAt = -1;
    qint64 taskLength = 0;
    int checked = 0;
    // Set-up lines before the first step, completion lines after the last (spec §4.2).
    const auto finishTask = [&]() -> QString {
        if (task < 0 || firstStepAt < 0)
            return {};
        if (firstStepAt == 0)
            return QStringLiteral("task %1: no set-up lines before its first step").arg(task);
        if (next >= taskLength)
            return QStringLiteral("task %1: no completion lines after its last step").arg(task);
        return {};
    };
    for (const QStringList& r : rows) {
        const qint64 id = r[0].toLongLong();
        if (id != task) {
            const QString bad = finishTask();
            QVERIFY2(bad.isEmpty(), qPrintable(bad));
            task = id;
            next = -1;
            firstStepAt = -1;
            taskLength = r[6].toLongLong();
        }
        const qint64 index = r[4].toLongLong();
        const qint64 length = r[5].toLongLong();
        if (length == 0)
            continue; // never ran: its log_index means nothing
        QVERIFY2(next < 0 || index == next, "step slices must follow each other");
        if (firstStepAt < 0)
            firstStepAt = index;
        next = index + length;
        QVERIFY(next <= taskLength);
        const QByteArray text = m_text.value(id);
        const QList<qint64> starts = lineStarts(text);
        QVERIFY(index < starts.size());
        const qsizetype end = text.indexOf('\n', starts[index]);
        const QByteArray first = text.mid(starts[index], end - starts[index]);
        QVERIFY2(first.contains(r[2].toUtf8()), first.constData());
        ++checked;
    }
    const QString bad = finishTask();
    QVERIFY2(bad.isEmpty(), qPrintable(bad));
    QVERIFY(checked >= 100);
}

void TstSimhostDb::rerunKeepsBothAttempts()
{
    const auto rows = sql(QStringLiteral("PROD-ALM"),
        QStringLiteral("select j.attempt, j.task_id, j.status, t.id, t.attempt, t.status from action_run_job j "
                       "join action_task t on t.job_id = j.id where j.attempt = 2 order by t.attempt"));
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0][4], QStringLiteral("1"));
    QCOMPARE(rows[0][5], QStringLiteral("2")); // the first attempt failed
    QCOMPARE(rows[1][4], QStringLiteral("2"));
    QCOMPARE(rows[1][5], QStringLiteral("1"));
    QCOMPARE(rows[1][1], rows[1][3]); // job.task_id is the latest attempt
    QCOMPARE(rows[1][2], QStringLiteral("1"));
}

void TstSimhostDb::runningTaskLogIsInDbfs()
{
    const QString db = QStringLiteral("PROD-ALM");
    auto rows = sql(db,
        QStringLiteral("select t.id, t.log_filename, t.log_length, t.log_size, "
                       "encode(t.log_indexes, 'hex'), m.id, m.block_size, m.file_size "
                       "from action_task t join dbfs_meta m on m.full_path = "
                       "(length('actions_log/' || t.log_filename) - "
                       "length(replace('actions_log/' || t.log_filename, '/', ''))) || "
                       "':actions_log/' || t.log_filename "
                       "where t.status = 6 and not t.log_in_storage"));
    QCOMPARE(rows.size(), 1);
    const QStringList task = rows[0];
    QVERIFY(task[1].endsWith(QStringLiteral(".log.zst")));
    QCOMPARE(task[6].toLongLong(), kDbfsBlock);
    QCOMPARE(task[7], task[3]);
    // No storage file yet.
    QCOMPARE(alm(QStringLiteral("test -e \"$1\" && echo present || echo absent"), { kLogRoot + task[1] }).trimmed(),
        QByteArray("absent"));

    rows = sql(db,
        QStringLiteral("select blob_offset, blob_size, encode(blob_data, 'hex') from dbfs_data "
                       "where meta_id = %1 order by blob_offset")
            .arg(task[5]));
    QVERIFY(rows.size() >= 2);
    QByteArray text;
    for (const QStringList& r : rows) {
        QCOMPARE(r[0].toLongLong(), qint64(text.size())); // contiguous, block-aligned
        QCOMPARE(r[1], QStringLiteral("0")); // the writer never fills blob_size
        text += QByteArray::fromHex(r[2].toLatin1());
    }
    text.truncate(task[7].toLongLong());
    QVERIFY2(!text.startsWith("\x28\xB5\x2F\xFD"), "DBFS logs are never compressed");
    const QString bad = checkLines(text);
    QVERIFY2(bad.isEmpty(), qPrintable(bad));
    bool ok = false;
    const QList<qint64> offsets = decodeIndexes(QByteArray::fromHex(task[4].toLatin1()), &ok);
    QVERIFY(ok);
    QCOMPARE(qint64(offsets.size()), task[2].toLongLong());
    QCOMPARE(offsets, lineStarts(text));

    // Its running step ends at the end of the log received so far.
    rows = sql(db,
        QStringLiteral("select log_index + log_length from action_task_step where task_id = %1 and "
                       "status = 6")
            .arg(task[0]));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0][0], task[2]);
}

void TstSimhostDb::expiredTaskHasNoLog()
{
    const auto rows = sql(QStringLiteral("PROD-ALM"),
        QStringLiteral("select log_filename, coalesce(length(log_indexes), 0), log_length from action_task "
                       "where log_expired order by id"));
    QVERIFY(!rows.isEmpty());
    QStringList paths;
    for (const QStringList& r : rows) {
        QCOMPARE(r[1], QStringLiteral("0"));
        QVERIFY(r[2].toLongLong() > 0); // log_length is kept
        paths << kLogRoot + r[0];
    }
    QCOMPARE(alm(QStringLiteral("for f; do test -e \"$f\" && echo \"$f\"; done; true"), paths), QByteArray());
    // The storage directory itself is there, so absence is meaningful.
    QCOMPARE(alm(QStringLiteral("test -d \"$1\" && echo yes"), { kLogRoot }).trimmed(), QByteArray("yes"));
}

void TstSimhostDb::bigLogOnDemand()
{
    // `simhost set DIR alm-big-log LINES` adds a run whose task log the generator wrote into storage.
    QByteArray out;
    QCOMPARE(
        m_env.simhost({ QStringLiteral("set"), QStringLiteral("alm-big-log"), QStringLiteral("300000") }, &out), 0);
    static const QRegularExpression re(QStringLiteral("task_id=(\\d+) run_index=(\\d+) log_filename=(\\S+)"));
    const auto m = re.match(QString::fromUtf8(out));
    QVERIFY2(m.hasMatch(), out.constData());
    const QString id = m.captured(1);
    const QString fileName = m.captured(3);
    const auto rows = sql(QStringLiteral("PROD-ALM"),
        QStringLiteral("select t.log_length, t.log_size, t.log_filename, j.task_id, r.\"index\", "
                       "(select sum(log_length) from action_task_step where task_id = t.id) "
                       "from action_task t join action_run_job j on j.id = t.job_id "
                       "join action_run r on r.id = j.run_id where t.id = %1")
            .arg(id));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0][0], QStringLiteral("300000"));
    QCOMPARE(rows[0][2], fileName);
    QCOMPARE(rows[0][3], id);
    QCOMPARE(rows[0][4], m.captured(2));
    QVERIFY(rows[0][5].toLongLong() > 299000); // steps cover all but set-up and completion lines
    const QByteArray counts
        = alm(QStringLiteral("zstd -tq \"$1\" && zstd -dc \"$1\" | wc -lc"), { kLogRoot + fileName }).simplified();
    QCOMPARE(counts, QByteArray("300000 ") + rows[0][1].toLatin1());

    // Leave the shared fixture as the seed made it.
    sql(QStringLiteral("PROD-ALM"),
        QStringLiteral("delete from action_task_step where task_id = %1; delete from action_run where id = "
                       "(select run_id from action_run_job where task_id = %1); delete from action_run_job where "
                       "task_id = %1; delete from action_task where id = %1")
            .arg(id));
    alm(QStringLiteral("rm -f \"$1\""), { kLogRoot + fileName });
}

QTEST_GUILESS_MAIN(TstSimhostDb)
#include "tst_simhost_db.moc"
