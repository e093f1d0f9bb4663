#include "core/drive/savewatch.h"

#include "core/host/psql.h"

#include <QRegularExpression>

namespace {
constexpr char kSeparator = '\x1e';

RemoteCommand systemShell(const QString& script, const QStringList& args)
{
    QStringList argv { QStringLiteral("incus"), QStringLiteral("exec"), QStringLiteral("system"), QStringLiteral("--"),
        QStringLiteral("sh"), QStringLiteral("-c"), script, QStringLiteral("sh") };
    argv += args;
    RemoteCommand c = RemoteCommand::of(argv);
    c.sudo = true;
    c.timeoutMs = 20000;
    return c;
}
} // namespace

SaveWatch::SaveWatch(CommandRunner* runner, Target target, QObject* parent)
    : QObject(parent)
    , m_runner(runner)
    , m_target(std::move(target))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SaveWatch::poll);
    m_message = tr("Uploaded; waiting for DriveMonitor to see the new version…");
}

SaveWatch::~SaveWatch()
{
    stop();
}

QString SaveWatch::drivePath() const
{
    return m_target.bot + QStringLiteral(".gbai/") + m_target.key;
}

QString SaveWatch::workBasPath() const
{
    const QString file = m_target.key.section(QLatin1Char('/'), -1);
    return m_target.workRoot + QLatin1Char('/') + m_target.bot + QStringLiteral(".gbai/") + m_target.bot
        + QStringLiteral(".gbdialog/") + file;
}

QString SaveWatch::astPath() const
{
    QString p = workBasPath();
    p.chop(4);
    return p + QStringLiteral(".ast");
}

int SaveWatch::lineOfError(const QString& error)
{
    static const QRegularExpression re(QStringLiteral(R"(\(line (\d+)\))"));
    const auto m = re.match(error);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

QStringList SaveWatch::joinLogRecords(const QByteArray& text)
{
    static const QString indent(25, QLatin1Char(' '));
    QStringList out;
    for (const QByteArray& raw : text.split('\n')) {
        const QString line = QString::fromUtf8(raw);
        if (line.startsWith(indent) && !out.isEmpty())
            out.last() += line.mid(indent.size());
        else if (!line.isEmpty())
            out.append(line);
    }
    return out;
}

void SaveWatch::start()
{
    if (m_running)
        return;
    m_running = true;
    m_elapsed.start();
    baseline();
}

void SaveWatch::stop()
{
    m_running = false;
    m_timer.stop();
    for (const QPointer<CommandJob>& job : std::as_const(m_jobs))
        if (job)
            job->cancel();
    m_jobs.clear();
}

void SaveWatch::setStage(Stage stage, const QString& message)
{
    if (stage == m_stage && message == m_message)
        return;
    m_stage = stage;
    m_message = message;
    if (isFinal())
        stop();
    Q_EMIT stageChanged(stage, message);
}

void SaveWatch::baseline()
{
    // The host's clock and the log sizes now: later records and a newer .ast belong to this save.
    const QString script = QStringLiteral("date +%s; stat -c %s -- \"$1\" 2>/dev/null || echo 0; "
                                          "stat -c %s -- \"$2\" 2>/dev/null || echo 0");
    CommandJob* job = m_runner->run(
        systemShell(
            script, { m_target.logDir + QStringLiteral("/err.log"), m_target.logDir + QStringLiteral("/out.log") }),
        this);
    m_jobs.append(job);
    connect(job, &CommandJob::finished, this, [this, job](const CommandResult& r) {
        m_jobs.removeAll(job);
        job->deleteLater();
        if (!m_running)
            return;
        if (!r.succeeded()) {
            setStage(Stage::Error,
                tr("Could not ask the system container about the new version: %1")
                    .arg(r.error.isEmpty() ? QString::fromUtf8(r.stderrData).trimmed() : r.error));
            return;
        }
        const QList<QByteArray> lines = r.stdoutData.trimmed().split('\n');
        m_hostStart = lines.value(0).trimmed().toLongLong();
        m_errOffset = lines.value(1).trimmed().toLongLong();
        m_outOffset = lines.value(2).trimmed().toLongLong();
        poll();
    });
}

void SaveWatch::schedule()
{
    if (!m_running || isFinal())
        return;
    if (m_elapsed.elapsed() >= qint64(m_target.timeoutSeconds) * 1000) {
        if (m_stage == Stage::Uploaded)
            setStage(Stage::TimedOut,
                tr("DriveMonitor did not pick up the new version within %1 s. Check that botserver is running "
                   "(systemctl is-active botserver in the system container) and that the bot is active "
                   "(bots.is_active).")
                    .arg(m_target.timeoutSeconds));
        else
            setStage(Stage::TimedOut,
                tr("DriveMonitor saw the new version, but it was not %1 within %2 s. Check err.log in the system "
                   "container.")
                    .arg(isScript() ? tr("compiled") : tr("processed"))
                    .arg(m_target.timeoutSeconds));
        return;
    }
    m_timer.start(m_delayMs);
    m_delayMs = std::min(m_delayMs * 3 / 2, 5000);
}

void SaveWatch::poll()
{
    if (!m_running)
        return;
    auto db = Psql::command(QStringLiteral("botserver"),
        QStringLiteral("SELECT coalesce(etag, '') AS etag, indexed, fail_count FROM drive_files "
                       "WHERE file_path = :'path';"),
        { { QStringLiteral("path"), drivePath() } }, tr("Check DriveMonitor's record of %1").arg(drivePath()));
    if (!db) {
        setStage(Stage::Error, db.errorMessage());
        return;
    }
    const QString script = QStringLiteral("stat -c %Y -- \"$1\" 2>/dev/null || echo -; printf '\\036\\n'; "
                                          "tail -c +\"$2\" -- \"$3\" 2>/dev/null | tail -c 262144; printf '\\036\\n'; "
                                          "tail -c +\"$4\" -- \"$5\" 2>/dev/null | tail -c 262144; printf '\\036\\n'; "
                                          "stat -c %Y -- \"$6\" 2>/dev/null && sha256sum < \"$6\" 2>/dev/null");
    const RemoteCommand files = systemShell(script,
        { astPath(), QString::number(m_errOffset + 1), m_target.logDir + QStringLiteral("/err.log"),
            QString::number(m_outOffset + 1), m_target.logDir + QStringLiteral("/out.log"), workBasPath() });

    // Both in flight at once; handled when both are back.
    auto results = std::make_shared<QList<std::optional<CommandResult>>>(2);
    auto handleOne = [this, results](int index, CommandJob* job, const CommandResult& r) {
        m_jobs.removeAll(job);
        job->deleteLater();
        (*results)[index] = r;
        if (!m_running || !(*results)[0] || !(*results)[1])
            return;
        handlePoll(*(*results)[0], *(*results)[1]);
    };
    CommandJob* dbJob = m_runner->run(*db, this);
    CommandJob* fileJob = m_runner->run(files, this);
    m_jobs << dbJob << fileJob;
    connect(dbJob, &CommandJob::finished, this, [handleOne, dbJob](const CommandResult& r) { handleOne(0, dbJob, r); });
    connect(fileJob, &CommandJob::finished, this,
        [handleOne, fileJob](const CommandResult& r) { handleOne(1, fileJob, r); });
}

void SaveWatch::handlePoll(const CommandResult& db, const CommandResult& files)
{
    if (!db.succeeded()) {
        setStage(Stage::Error, Psql::errorText(db));
        return;
    }
    auto table = Psql::parseCsv(db.stdoutData);
    if (!table) {
        setStage(Stage::Error, table.errorMessage());
        return;
    }
    QString etag;
    bool indexed = false;
    int failCount = 0;
    const bool hasRow = !table->rows.isEmpty();
    if (hasRow) {
        const QStringList& row = table->rows.first();
        etag = row.value(table->column(QStringLiteral("etag")));
        indexed = row.value(table->column(QStringLiteral("indexed"))) == QLatin1String("t");
        failCount = row.value(table->column(QStringLiteral("fail_count"))).toInt();
    }
    const bool seen = hasRow && etag == m_target.etag;

    const QList<QByteArray> parts = files.stdoutData.split(kSeparator);
    const qint64 astTime = parts.value(0).trimmed().toLongLong();
    const QStringList errRecords = joinLogRecords(parts.value(1));
    const QStringList outRecords = joinLogRecords(parts.value(2));
    // The work copy DriveMonitor compiles from: its time, and whether it holds the saved bytes.
    const QList<QByteArray> work = parts.value(3).trimmed().split('\n');
    const qint64 workTime = work.value(0).trimmed().toLongLong();
    const bool workIsSaved = !m_target.sha256.isEmpty() && work.size() > 1
        && work.value(1).trimmed().startsWith(m_target.sha256.toLower());

    // DriveMonitor skips a file that failed 5 times before it even looks at the new ETag.
    for (const QString& rec : errRecords) {
        if (rec.contains(QStringLiteral("Skipping ") + drivePath() + QLatin1Char(' '))) {
            setStage(Stage::Skipped,
                tr("DriveMonitor skips %1 after %2 failed attempts, so the new version is not used. After the fix, "
                   "remove the object and upload it again, or force a re-sync.")
                    .arg(drivePath())
                    .arg(std::max(failCount, 5)));
            return;
        }
    }
    if (seen && m_stage == Stage::Uploaded)
        setStage(Stage::Seen,
            isScript() ? tr("DriveMonitor saw the new version; waiting for the compiler…")
                       : tr("DriveMonitor saw the new version; waiting for it to be processed…"));

    if (isScript()) {
        const QString failPrefix = QStringLiteral("Failed to compile ") + workBasPath() + QStringLiteral(": ");
        for (const QString& rec : errRecords) {
            const qsizetype at = rec.indexOf(failPrefix);
            if (at < 0)
                continue;
            m_compilerError = rec.mid(at + failPrefix.size()).trimmed();
            m_errorLine = lineOfError(m_compilerError);
            setStage(Stage::Failed,
                m_errorLine > 0
                    ? tr("The compiler rejected the script at line %1: %2").arg(m_errorLine).arg(m_compilerError)
                    : tr("The compiler rejected the script: %1").arg(m_compilerError));
            return;
        }
        const QString okLine
            = QStringLiteral("DriveCompiler: ") + workBasPath() + QStringLiteral(" compiled successfully");
        const bool okLogged
            = std::any_of(outRecords.begin(), outRecords.end(), [&](const QString& r) { return r.contains(okLine); });
        // A compile before this watch began (DriveMonitor was quicker than the end of the save)
        // left no newer record: the work copy holding the saved bytes, compiled after it was
        // written, is the proof then.
        const bool compiledBefore = workIsSaved && workTime > 0 && astTime >= workTime;
        if (seen && (okLogged || (astTime > 0 && astTime >= m_hostStart) || compiledBefore)) {
            setStage(Stage::Compiled, tr("Compiled: the bot uses the new version."));
            return;
        }
    } else if (seen && indexed) {
        setStage(Stage::Indexed, tr("DriveMonitor processed the new version."));
        return;
    }
    if (hasRow && !seen && failCount >= 5) {
        setStage(Stage::Skipped,
            tr("DriveMonitor skips %1 after %2 failed attempts. After the fix, remove the object and upload it again, "
               "or force a re-sync.")
                .arg(drivePath())
                .arg(failCount));
        return;
    }
    schedule();
}
