// The CI pane's core against the simulated host: Forgejo's schema in a real PostgreSQL (33 seeded
// runs), real seekable zstd logs in the `alm` container, reached through the real SSH session.
#include "core/ci/forgejo.h"
#include "core/ci/jobtreemodel.h"
#include "core/ci/logcache.h"
#include "core/ci/logcompare.h"
#include "core/ci/logloader.h"
#include "core/ci/logsearch.h"
#include "core/ci/remotetasklog.h"
#include "core/ci/runlistmodel.h"
#include "core/ci/steplistmodel.h"
#include "core/ci/stuckrun.h"
#include "core/ci/tasklog.h"
#include "core/ci/zstdseekable.h"
#include "core/host/containershell.h"
#include "core/host/hostprofile.h"
#include "core/host/journal.h"
#include "core/host/operationrunner.h"
#include "core/host/profiletarget.h"
#include "core/host/psql.h"
#include "core/host/sessioncommandrunner.h"
#include "core/host/tasklistmodel.h"
#include "core/ssh/sshsession.h"
#include "support/simhostenv.h"
#include "support/simhostsession.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Ci;

namespace {
// Counts the commands a log source starts on the real session.
struct CountingRunner : CommandRunner
{
    explicit CountingRunner(CommandRunner* runner)
        : inner(runner)
    { }
    CommandJob* run(const RemoteCommand& command, QObject* parent) override
    {
        ++started;
        return inner->run(command, parent);
    }
    CommandRunner* inner;
    int started = 0;
};
} // namespace

class TstCiSimhost : public QObject
{
    Q_OBJECT
private:
    SimHostEnv m_env;
    QTemporaryDir m_dir;
    std::unique_ptr<SshSession> m_session;
    std::unique_ptr<SessionCommandRunner> m_runner;
    HostProfile m_profile;
    qint64 m_bigTask = 0;
    QString m_bigFile;

    CommandResult run(const RemoteCommand& c)
    {
        RemoteCommand cmd = c;
        cmd.timeoutMs = 120000;
        return m_session->runAndWait(cmd, 130000);
    }

    QList<QStringList> sql(const QString& text, const Psql::Variables& vars = {})
    {
        auto c = Psql::command(QStringLiteral("PROD-ALM"), text, vars);
        if (!c)
            return {};
        const CommandResult r = run(*c);
        if (!r.succeeded()) {
            qWarning() << "psql failed:" << r.stderrData;
            return { { QStringLiteral("ERROR") } };
        }
        auto t = Psql::parseCsv(r.stdoutData);
        return t ? t->rows : QList<QStringList> {};
    }

    QByteArray alm(const QString& script, const QStringList& args, const QByteArray& input = {})
    {
        RemoteCommand c = RemoteCommand::of(
            QStringList { QStringLiteral("incus"), QStringLiteral("exec"), QStringLiteral("alm"), QStringLiteral("--"),
                QStringLiteral("sh"), QStringLiteral("-c"), script, QStringLiteral("sh") }
            + args);
        c.sudo = true;
        c.stdinData = input;
        const CommandResult r = run(c);
        return r.succeeded() ? r.stdoutData : QByteArray("FAILED: ") + r.stderrData;
    }

    template<typename T> T query(const Result<RemoteCommand>& cmd, Result<T> (*parse)(const CommandResult&))
    {
        if (!cmd) {
            qWarning() << cmd.errorMessage();
            return T {};
        }
        auto r = parse(run(*cmd));
        if (!r) {
            qWarning() << r.errorMessage();
            return T {};
        }
        return *r;
    }

    Forgejo::RunPage runs(const Forgejo::RunFilter& f)
    {
        return query<Forgejo::RunPage>(Forgejo::runsCommand(f), Forgejo::parseRuns);
    }
    QList<Forgejo::Job> jobs(qint64 runId)
    {
        return query<QList<Forgejo::Job>>(Forgejo::jobsCommand(runId), Forgejo::parseJobs);
    }

    // The decoded text of a stored log, read whole (the reference).
    QByteArray storedText(const QString& logFilename)
    {
        return alm(QStringLiteral("zstd -dc -- \"$1\""), { Forgejo::storagePath(logFilename) });
    }

    bool ensureBigLog(int lines)
    {
        if (m_bigTask)
            return true;
        QByteArray out;
        if (m_env.simhost({ QStringLiteral("set"), QStringLiteral("alm-big-log"), QString::number(lines) }, &out) != 0)
            return false;
        static const QRegularExpression re(QStringLiteral("task_id=(\\d+) run_index=(\\d+) log_filename=(\\S+)"));
        const auto m = re.match(QString::fromUtf8(out));
        if (!m.hasMatch())
            return false;
        m_bigTask = m.captured(1).toLongLong();
        m_bigFile = m.captured(3);
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        m_env = SimHostEnv::load(&why);
        QVERIFY2(m_env.isValid(), qPrintable(why));
        m_profile = profileForAlias(QStringLiteral("simhost"), m_env.sshConfig);
        m_profile.environment = Environment::Prod;
        QString notConnected;
        m_session = connectToSimHost(m_profile, &notConnected);
        QVERIFY2(m_session, qPrintable(notConnected));
        m_runner = std::make_unique<SessionCommandRunner>(m_session.get());
    }

    void cleanupTestCase()
    {
        if (m_bigTask) {
            sql(QStringLiteral(
                    "DELETE FROM action_task_step WHERE task_id = :'t';\n"
                    "DELETE FROM action_run WHERE id = (SELECT run_id FROM action_run_job WHERE task_id = :'t');\n"
                    "DELETE FROM action_run_job WHERE task_id = :'t';\n"
                    "DELETE FROM action_task WHERE id = :'t';"),
                { { QStringLiteral("t"), QString::number(m_bigTask) } });
            alm(QStringLiteral("rm -f -- \"$1\" \"$1.corrupt\""), { Forgejo::storagePath(m_bigFile) });
        }
    }

    void allStatusesAndFailedFirst()
    {
        Forgejo::RunFilter f;
        f.limit = 200;
        const auto page = runs(f);
        QVERIFY(page.total >= 33);
        QCOMPARE(page.runs.size(), page.total);
        QSet<int> statuses;
        for (const auto& r : page.runs)
            statuses.insert(int(r.status));
        QCOMPARE(statuses, (QSet<int> { 0, 1, 2, 3, 4, 5, 6, 7 }));
        // Failed first, then newest first.
        int failed = 0;
        while (failed < page.runs.size() && page.runs[failed].status == Status::Failure)
            ++failed;
        QCOMPARE(failed, 6); // five failed runs and one whose set-up failed
        for (qsizetype i = failed; i < page.runs.size(); ++i)
            QVERIFY(page.runs[i].status != Status::Failure);
        QVERIFY(page.runs[failed].created >= page.runs[failed + 1].created);
        // Columns are filled in.
        const auto& first = page.runs.first();
        QVERIFY(!first.repository.isEmpty());
        QVERIFY(!first.workflow.isEmpty());
        QVERIFY(!first.actor.isEmpty());
        QVERIFY(first.durationSeconds(first.stopped) > 0);

        RunListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPage(page);
        QCOMPARE(model.rowCount(), page.runs.size());
        QCOMPARE(model.data(model.index(0, RunListModel::StatusColumn)).toString(), QStringLiteral("Failure"));
        model.setPage(page); // a refresh with the same rows keeps them
        QVERIFY(!model.hasActiveRuns() == false);
    }

    void filtersAndPaging()
    {
        Forgejo::RunFilter f;
        f.statuses = { Status::Running, Status::Blocked };
        auto page = runs(f);
        QCOMPARE(page.total, 3); // one running, two blocked (approval)
        for (const auto& r : page.runs)
            QVERIFY(r.status == Status::Running || r.status == Status::Blocked);

        f = {};
        f.repository = QStringLiteral("GeneralBots/botui");
        page = runs(f);
        QVERIFY(page.total >= 8);
        for (const auto& r : page.runs) {
            QCOMPARE(r.repository, QStringLiteral("GeneralBots/botui"));
            QCOMPARE(r.workflow, QStringLiteral("build.yml"));
        }

        f = {};
        f.workflow = QStringLiteral("nightly.yml");
        f.event = QStringLiteral("schedule");
        page = runs(f);
        QCOMPARE(page.total, 3);

        f = {};
        f.branch = QStringLiteral("main");
        const qint64 onMain = runs(f).total;
        f.branch = QStringLiteral("refs/heads/main");
        QCOMPARE(runs(f).total, onMain);
        f = {};
        f.event = QStringLiteral("pull_request");
        const auto prs = runs(f);
        QVERIFY(prs.total > 0);
        for (const auto& r : prs.runs)
            QVERIFY(r.ref.startsWith(QLatin1String("refs/pull/")));

        f = {};
        f.actor = QStringLiteral("fork-contrib");
        page = runs(f);
        QCOMPARE(page.total, 2); // the two runs waiting for approval
        for (const auto& r : page.runs)
            QCOMPARE(r.status, Status::Blocked);

        // Pages: disjoint, same total, together the first 20.
        f = {};
        f.limit = 10;
        const auto p1 = runs(f);
        f.offset = 10;
        const auto p2 = runs(f);
        QCOMPARE(p1.runs.size(), 10);
        QCOMPARE(p2.runs.size(), 10);
        QCOMPARE(p1.total, p2.total);
        QSet<qint64> ids;
        for (const auto& r : p1.runs + p2.runs)
            ids.insert(r.id);
        QCOMPARE(ids.size(), 20);
    }

    void jobsAttemptsMatrixAndSteps()
    {
        Forgejo::RunFilter f;
        f.workflow = QStringLiteral("ci.yml");
        f.statuses = { Status::Failure };
        const auto failedRuns = runs(f);
        QVERIFY(!failedRuns.runs.isEmpty());
        const auto js = jobs(failedRuns.runs.first().id);
        QStringList names;
        for (const auto& j : js)
            names << j.name;
        QCOMPARE(names,
            (QStringList { QStringLiteral("check"), QStringLiteral("test (stable)"), QStringLiteral("test (1.80)"),
                QStringLiteral("build") }));

        JobTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setJobs(js);
        const QModelIndex failedJob = model.firstFailedJob();
        QCOMPARE(model.jobAt(failedJob)->name, QStringLiteral("test (stable)"));
        const Forgejo::Attempt* attempt = model.attemptAt(failedJob);
        QVERIFY(attempt);
        QCOMPARE(model.jobAt(model.index(3, 0))->status, Status::Skipped); // needs the failed one
        QVERIFY(!model.attemptAt(model.index(3, 0)));

        auto steps = query<Forgejo::StepsResult>(Forgejo::stepsCommand(attempt->taskId), Forgejo::parseSteps);
        QCOMPARE(steps.steps.size(), 3);
        const QList<UiStep> ui = fullSteps(steps.task, steps.steps);
        QCOMPARE(ui.size(), 5);
        QCOMPARE(ui.first().name, QStringLiteral("Set up job"));
        QCOMPARE(ui.last().name, QStringLiteral("Complete job"));
        StepListModel stepModel;
        QAbstractItemModelTester stepTester(&stepModel, QAbstractItemModelTester::FailureReportingMode::QtTest);
        stepModel.setSteps(ui);
        QCOMPARE(stepModel.firstFailedStep(), 3);
        QCOMPARE(ui[3].name, QStringLiteral("cargo test"));
        QCOMPARE(ui.last().endLine(), steps.task.logLength);

        // The re-run: attempt 1 failed, attempt 2 passed; both reachable.
        f = {};
        f.limit = 200;
        bool sawRerun = false;
        for (const auto& r : runs(f).runs) {
            if (r.previousDurationNs == 0)
                continue;
            model.setJobs(jobs(r.id));
            for (int j = 0; j < model.rowCount(); ++j) {
                const QModelIndex job = model.index(j, 0);
                if (model.rowCount(job) != 2)
                    continue;
                sawRerun = true;
                QCOMPARE(model.attemptAt(model.index(0, 0, job))->status, Status::Failure);
                QCOMPARE(model.attemptAt(model.index(1, 0, job))->status, Status::Success);
                QCOMPARE(model.attemptAt(job)->attempt, 2);
                QCOMPARE(model.indexOfTask(model.attemptAt(model.index(0, 0, job))->taskId), model.index(0, 0, job));
            }
        }
        QVERIFY(sawRerun);
    }

    void remoteLogMatchesStoredFile()
    {
        // A seeded failed task: every line read through frame fetches equals zstd -dc's.
        Forgejo::RunFilter f;
        f.statuses = { Status::Failure };
        f.workflow = QStringLiteral("ci.yml");
        const auto js = jobs(runs(f).runs.first().id);
        const Forgejo::Attempt a = *js[1].latestAttempt();
        const QList<QByteArray> want = storedText(a.logFilename).split('\n');
        QCOMPARE(want.size() - 1, a.logLength);

        // The small log comes whole with the first command; with no budget the first command
        // brings the seek table alone and the frames follow by ranges, also through a shell kept
        // open in alm (the CI pane's way).
        ContainerShell shell(m_runner.get(), QStringLiteral("alm"), RemoteTaskLog::shellScripts());
        const QList<QPair<qint64, ContainerShell*>> variants { { RemoteTaskLog::OpenBudget, nullptr }, { 0, nullptr },
            { 0, &shell } };
        for (const auto& [budget, viaShell] : variants) {
            CountingRunner counting(m_runner.get());
            RemoteTaskLog log(&counting);
            log.setOpenBudget(budget);
            log.setShell(viaShell);
            QSignalSpy ready(&log, &RemoteTaskLog::ready);
            log.open(QStringLiteral("alm"), Forgejo::storagePath(a.logFilename), a.taskId, a.logLength);
            QVERIFY2(ready.wait(30000), qPrintable(log.errorString()));
            QCOMPARE(log.lineCount(), a.logLength);
            // Frame 0 is asked for together with the seek table, so it may land before or after ready().
            QCOMPARE(log.line(0), log.isLineLoaded(0) ? want[0] : RemoteTaskLog::placeholderText());
            QSignalSpy changed(&log, &LogSource::contentChanged);
            QTRY_VERIFY_WITH_TIMEOUT(log.isLineLoaded(0), 30000);
            for (qint64 i = 0; i < a.logLength; ++i) {
                if (!log.isLineLoaded(i))
                    QTRY_VERIFY_WITH_TIMEOUT((log.line(i), log.isLineLoaded(i)), 30000);
                QCOMPARE(log.line(i), want[i]);
            }
            QVERIFY(!log.errorLines().isEmpty()); // ::error / ##[error] of the failed step
            // A log that came whole is indexed from its own text: no log_indexes query was run.
            if (budget > 0)
                QCOMPARE(counting.started, 1);
        }
        // Every read went through the shell (seek table and frames), none fell back.
        QVERIFY(shell.answeredByShell() >= 2);
        QCOMPARE(shell.answeredByOneShot(), 0);
    }

    void bigLogFirstScreenWithoutDownload()
    {
        // 300 000 lines (~25 MB decoded) by default; GBADMIN_CI_BIG_LINES=12000000 for ~1 GiB.
        const int lines = qEnvironmentVariableIsSet("GBADMIN_CI_BIG_LINES")
            ? qEnvironmentVariableIntValue("GBADMIN_CI_BIG_LINES")
            : 300000;
        QVERIFY(ensureBigLog(lines));
        RemoteTaskLog log(m_runner.get());
        QSignalSpy ready(&log, &RemoteTaskLog::ready);
        log.open(QStringLiteral("alm"), Forgejo::storagePath(m_bigFile), m_bigTask, lines);
        QVERIFY(ready.wait(60000));
        QVERIFY(log.isSeekable());
        // The first frame and the last ones travel with the seek table in one command: at ready()
        // both ends read, split from the frames, whether log_indexes has arrived or not.
        QVERIFY(log.isLineLoaded(0));
        QVERIFY(log.isLineLoaded(lines - 1));
        const QByteArray head3 = log.line(0) + '\n' + log.line(1) + '\n' + log.line(2) + '\n';
        const QByteArray tail3 = log.line(lines - 3) + '\n' + log.line(lines - 2) + '\n' + log.line(lines - 1) + '\n';
        QCOMPARE(head3, alm(QStringLiteral("zstd -dc -- \"$1\" | head -n 3"), { Forgejo::storagePath(m_bigFile) }));
        QCOMPARE(tail3, alm(QStringLiteral("zstd -dc -- \"$1\" | tail -n 3"), { Forgejo::storagePath(m_bigFile) }));
        // First and last screen.
        for (qint64 i = 0; i < 60; ++i) {
            log.line(i);
            log.line(lines - 1 - i);
        }
        QTRY_VERIFY_WITH_TIMEOUT(log.isLineLoaded(0) && log.isLineLoaded(lines - 1), 60000);
        for (qint64 i = 0; i < 60; ++i) {
            QVERIFY(log.isLineLoaded(i));
            QVERIFY(log.isLineLoaded(lines - 1 - i));
        }
        const qint64 firstScreen = log.bytesTransferred();
        qInfo("file %lld bytes, first+last screen %lld bytes in %d commands", log.fileSize(), firstScreen,
            log.commandsRun());
        QVERIFY2(firstScreen < (qint64(1) << 20), qPrintable(QString::number(firstScreen)));
        QVERIFY(firstScreen * 5 < log.fileSize());
        // The last line equals the stored one; a line in the middle comes on demand.
        const QByteArray tail
            = alm(QStringLiteral("zstd -dc -- \"$1\" | tail -n 1"), { Forgejo::storagePath(m_bigFile) });
        QCOMPARE(log.line(lines - 1) + '\n', tail);
        const qint64 mid = lines / 2;
        QTRY_VERIFY_WITH_TIMEOUT((log.line(mid), log.isLineLoaded(mid)), 60000);
        const QByteArray midText = alm(QStringLiteral("zstd -dc -- \"$1\" | sed -n \"$2p\""),
            { Forgejo::storagePath(m_bigFile), QString::number(mid + 1) });
        QCOMPARE(log.line(mid) + '\n', midText);
    }

    void corruptFrameIsMarked()
    {
        QVERIFY(ensureBigLog(300000));
        const QString path = Forgejo::storagePath(m_bigFile);
        // Read the table, then damage frame 2 in a copy.
        RemoteTaskLog probe(m_runner.get());
        QSignalSpy probeReady(&probe, &RemoteTaskLog::ready);
        probe.open(QStringLiteral("alm"), path, m_bigTask, 300000);
        QVERIFY(probeReady.wait(60000));
        QCOMPARE(alm(QStringLiteral("cp -- \"$1\" \"$1.corrupt\" && printf 'XXXXXXXXXXXXXXXX' | "
                                    "dd of=\"$1.corrupt\" bs=1 seek=\"$2\" conv=notrunc status=none && echo ok"),
                     { path, QString::number(probe.fileSize() / 2) })
                     .trimmed(),
            QByteArray("ok"));

        RemoteTaskLog log(m_runner.get());
        QSignalSpy ready(&log, &RemoteTaskLog::ready);
        log.open(QStringLiteral("alm"), path + QStringLiteral(".corrupt"), m_bigTask, 300000);
        QVERIFY(ready.wait(60000));
        // Lines around the middle of the file: some read as the marker, others as text.
        QList<qint64> sample;
        for (qint64 i = 100000; i < 200000; i += 2503) // 40 lines: within the 64-frame cache
            sample << i;
        auto allLoaded = [&] {
            bool all = true;
            for (qint64 i : sample)
                all = (log.line(i), log.isLineLoaded(i)) && all;
            return all;
        };
        QTRY_VERIFY_WITH_TIMEOUT(allLoaded(), 60000);
        if (!allLoaded())
            for (qint64 i : sample)
                if (!log.isLineLoaded(i))
                    qWarning() << "not loaded" << i << log.line(i) << log.errorString();
        int marked = 0, fine = 0;
        for (qint64 i : sample) {
            const QByteArray l = log.line(i);
            if (l.contains("damaged"))
                ++marked;
            else if (l.size() > 28 && l.at(4) == '-')
                ++fine;
        }
        QVERIFY(marked >= 1);
        QVERIFY(fine > 30);
        QCOMPARE(log.line(0).left(4), probe.line(0).left(4));
    }

    void missingAndExpiredLogs()
    {
        LogCache cache(m_dir.filePath(QStringLiteral("cache")));
        LogLoader loader(m_runner.get(), &cache);
        Forgejo::Attempt expired;
        expired.taskId = 1;
        expired.logFilename = QStringLiteral("x/y/01/1.log.zst");
        expired.logExpired = true;
        expired.logInStorage = true;
        loader.load(expired);
        QCOMPARE(loader.mode(), LogLoader::Mode::Expired);
        QVERIFY(loader.message().contains(QLatin1String("purged")));
        QVERIFY(!loader.source());

        Forgejo::Attempt missing = expired;
        missing.logExpired = false;
        missing.logFilename = QStringLiteral("nobody/nothing/01/1.log.zst");
        QSignalSpy msg(&loader, &LogLoader::messageChanged);
        loader.load(missing);
        QVERIFY(msg.wait(30000));
        QCOMPARE(loader.mode(), LogLoader::Mode::Failed);
        QVERIFY2(loader.message().contains(QLatin1String("missing")), qPrintable(loader.message()));
    }

    void plainLogAndDownloadIntoCache()
    {
        // A `.log` from the LOG_COMPRESSION=none days is read whole; a seekable one on request.
        const auto rows = sql(QStringLiteral("SELECT id, log_filename, log_length FROM action_task "
                                             "WHERE log_filename LIKE '%.log' AND log_in_storage AND NOT log_expired "
                                             "ORDER BY id LIMIT 1;"));
        QCOMPARE(rows.size(), 1);
        LogCache cache(m_dir.filePath(QStringLiteral("cache2")));
        LogLoader loader(m_runner.get(), &cache);
        loader.setHost(QStringLiteral("simhost"));
        Forgejo::Attempt a;
        a.taskId = rows[0][0].toLongLong();
        a.logFilename = rows[0][1];
        a.logLength = rows[0][2].toLongLong();
        a.logInStorage = true;
        QSignalSpy done(&loader, &LogLoader::downloadFinished);
        loader.load(a);
        QVERIFY(done.wait(30000));
        QCOMPARE(loader.mode(), LogLoader::Mode::Local);
        auto* local = qobject_cast<TaskLog*>(loader.source());
        QVERIFY(local);
        QVERIFY(local->waitForFinished(30000));
        QCOMPARE(local->lineCount(), a.logLength);
        QVERIFY(cache.sizeOnDisk() > 0);

        // Seekable: remote first, then the whole file once, then from the cache without a transfer.
        Forgejo::RunFilter f;
        f.statuses = { Status::Failure };
        f.workflow = QStringLiteral("ci.yml");
        const Forgejo::Attempt b = *jobs(runs(f).runs.first().id)[1].latestAttempt();
        QSignalSpy changed(&loader, &LogLoader::sourceChanged);
        loader.load(b);
        QCOMPARE(loader.mode(), LogLoader::Mode::Remote);
        QTRY_VERIFY_WITH_TIMEOUT(loader.canDownload(), 30000);
        QSignalSpy progress(&loader, &LogLoader::downloadProgress);
        QSignalSpy done2(&loader, &LogLoader::downloadFinished);
        loader.downloadWhole();
        QVERIFY(done2.wait(30000));
        QVERIFY(done2.first().at(0).toBool());
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toLongLong(), progress.last().at(1).toLongLong());
        QCOMPARE(loader.mode(), LogLoader::Mode::Local);
        auto* cached = qobject_cast<TaskLog*>(loader.source());
        QVERIFY(cached && cached->waitForFinished(30000));
        QCOMPARE(cached->lineCount(), b.logLength);
        // Indexed while it downloaded: the same lines, marks and groups as a pass over the cached file.
        const QString cachedPath
            = cache.lookup(LogLoader::cacheKeyFor(QStringLiteral("simhost"), b), QStringLiteral(".log.zst"));
        TaskLog fresh;
        QVERIFY(fresh.openFile(cachedPath).ok());
        QVERIFY(fresh.waitForFinished(30000));
        QVERIFY(fresh.errorString().isEmpty());
        QVERIFY(cached->errorString().isEmpty());
        QCOMPARE(cached->lineCount(), fresh.lineCount());
        for (qint64 i = 0; i < fresh.lineCount(); ++i)
            QCOMPARE(cached->line(i), fresh.line(i));
        QCOMPARE(cached->errorLines(), fresh.errorLines());
        QCOMPARE(cached->warningLines(), fresh.warningLines());
        QCOMPARE(cached->groups().size(), fresh.groups().size());
        for (qsizetype i = 0; i < fresh.groups().size(); ++i) {
            QCOMPARE(cached->groups()[i].headerLine, fresh.groups()[i].headerLine);
            QCOMPARE(cached->groups()[i].lastLine, fresh.groups()[i].lastLine);
        }
        QCOMPARE(LogSearch::countSequential(*cached, SearchQuery { QStringLiteral("error"), false, false }),
            LogSearch::countSequential(fresh, SearchQuery { QStringLiteral("error"), false, false }));

        // A cancelled download leaves no part file and the remote view as it was.
        {
            LogCache other(m_dir.filePath(QStringLiteral("cache-cancel")));
            LogLoader cancelled(m_runner.get(), &other);
            cancelled.setHost(QStringLiteral("simhost"));
            cancelled.load(b);
            QTRY_VERIFY_WITH_TIMEOUT(cancelled.canDownload(), 30000);
            QSignalSpy ended(&cancelled, &LogLoader::downloadFinished);
            cancelled.downloadWhole();
            cancelled.cancelDownload();
            QTRY_VERIFY_WITH_TIMEOUT(!ended.isEmpty(), 30000);
            if (!ended.first().at(0).toBool()) { // else it was whole before the cancel arrived
                QCOMPARE(cancelled.mode(), LogLoader::Mode::Remote);
                QCOMPARE(other.sizeOnDisk(), 0);
            }
        }

        LogLoader again(m_runner.get(), &cache);
        again.setHost(QStringLiteral("simhost"));
        QSignalSpy switched(&again, &LogLoader::sourceChanged);
        again.load(b);
        // From the cache at once, without a command (the key needs no remote stat), and the same
        // open log as the first loader's: its line index is not built again.
        QCOMPARE(again.mode(), LogLoader::Mode::Local);
        QVERIFY(!again.remote());
        QCOMPARE(again.bytesTransferred(), 0);
        QCOMPARE(again.source(), loader.source());

        // The LRU limit: a tiny limit keeps only the newest file.
        cache.setLimit(1);
        QVERIFY(cache.sizeOnDisk() <= QFileInfo(cache.lookup(LogLoader::cacheKeyFor(QStringLiteral("simhost"), b),
                                                    QStringLiteral(".log.zst")))
                                          .size()
                    + 1
            || cache.sizeOnDisk() == 0);
    }

    void dbfsFollowThenStoredFile()
    {
        // A task of its own: log in DBFS, growing while we watch, then moved to storage.
        const auto ids = sql(QStringLiteral("SELECT max(id) + 1000 FROM action_task;"));
        QCOMPARE(ids.size(), 1);
        const qint64 task = ids[0][0].toLongLong();
        const QString fname
            = QStringLiteral("GeneralBots/BotServer/%1/%2.log.zst").arg(task % 256, 2, 16, QLatin1Char('0')).arg(task);
        auto lineOf = [](int i) -> QByteArray { // not a QStringBuilder of dead temporaries
            return QByteArray("2026-12-05T07:00:00.") + QByteArray::number(1000000 + i).right(7) + "Z line "
                + QByteArray::number(i) + "\n";
        };
        QByteArray text;
        for (int i = 0; i < 2000; ++i)
            text += lineOf(i);
        const QByteArray first = text.left(40000); // ends inside a line: the reader waits for its '\n'
        QVERIFY(sql(QStringLiteral(
                        "INSERT INTO action_task (id, job_id, attempt, runner_id, status, started, stopped, repo_id, "
                        "owner_id, commit_sha, token_hash, log_filename, log_in_storage, log_length, log_size, "
                        "log_expired, created, updated) VALUES (:'t', 0, 1, 1, 6, 1795000000, 0, 1, 2, 'abc', "
                        "'follow-' || :'t', :'f', false, 0, 0, false, 1795000000, 1795000000);\n"
                        "INSERT INTO dbfs_meta (full_path, block_size, file_size, create_timestamp, modify_timestamp) "
                        "VALUES (:'p', 32768, length(decode(:'d1', 'base64')), 0, 0);\n"
                        "INSERT INTO dbfs_data (revision, meta_id, blob_offset, blob_size, blob_data) "
                        "SELECT 1, id, 0, 0, substring(decode(:'d1', 'base64') FROM 1 FOR 32768) FROM dbfs_meta "
                        "WHERE full_path = :'p';\n"
                        "INSERT INTO dbfs_data (revision, meta_id, blob_offset, blob_size, blob_data) "
                        "SELECT 1, id, 32768, 0, substring(decode(:'d1', 'base64') FROM 32769) FROM dbfs_meta "
                        "WHERE full_path = :'p';"),
            { { QStringLiteral("t"), QString::number(task) }, { QStringLiteral("f"), fname },
                { QStringLiteral("p"), Forgejo::dbfsPath(fname) },
                { QStringLiteral("d1"), QString::fromLatin1(first.toBase64()) } })
                    .isEmpty());

        LogCache cache(m_dir.filePath(QStringLiteral("cache3")));
        LogLoader loader(m_runner.get(), &cache);
        loader.setFollowInterval(200);
        Forgejo::Attempt a;
        a.taskId = task;
        a.logFilename = fname;
        a.status = Status::Running;
        loader.load(a);
        QCOMPARE(loader.mode(), LogLoader::Mode::Following);
        LogSource* src = loader.source();
        const qint64 whole = first.count('\n');
        QTRY_COMPARE_WITH_TIMEOUT(src->lineCount(), whole, 30000);
        QCOMPARE(src->line(whole - 1) + '\n', lineOf(int(whole - 1)));

        // The runner appends: the partial block is rewritten (revision 2), a new block follows.
        const QByteArray second = text.left(80000);
        QVERIFY(sql(
            QStringLiteral(
                "UPDATE dbfs_data SET revision = 2, blob_data = substring(decode(:'d', 'base64') FROM 32769 FOR 32768) "
                "WHERE blob_offset = 32768 AND meta_id = (SELECT id FROM dbfs_meta WHERE full_path = :'p');\n"
                "INSERT INTO dbfs_data (revision, meta_id, blob_offset, blob_size, blob_data) "
                "SELECT 1, id, 65536, 0, substring(decode(:'d', 'base64') FROM 65537) FROM dbfs_meta "
                "WHERE full_path = :'p';\n"
                "UPDATE dbfs_meta SET file_size = length(decode(:'d', 'base64')) WHERE full_path = :'p';"),
            { { QStringLiteral("p"), Forgejo::dbfsPath(fname) },
                { QStringLiteral("d"), QString::fromLatin1(second.toBase64()) } })
                    .isEmpty());
        const qint64 grown = second.count('\n');
        QTRY_COMPARE_WITH_TIMEOUT(src->lineCount(), grown, 30000);
        for (qint64 i = 0; i < grown; i += 97)
            QCOMPARE(src->line(i) + '\n', lineOf(int(i)));

        // The task ends: TransferLogs writes the seekable file and drops the DBFS rows.
        QByteArray indexes;
        {
            qint64 off = 0;
            QList<qint64> offs;
            for (const QByteArray& l : text.split('\n').mid(0, 2000)) {
                offs << off;
                off += l.size() + 1;
            }
            for (qint64 o : offs) {
                quint64 u = quint64(o) << 1;
                while (u >= 0x80) {
                    indexes.append(char((u & 0x7f) | 0x80));
                    u >>= 7;
                }
                indexes.append(char(u));
            }
        }
        const QByteArray zst = SeekableWriter::compress(text, 16384);
        QCOMPARE(alm(QStringLiteral("mkdir -p -- \"$(dirname -- \"$1\")\" && cat > \"$1\" && echo ok"),
                     { Forgejo::storagePath(fname) }, zst)
                     .trimmed(),
            QByteArray("ok"));
        QSignalSpy ended(&loader, &LogLoader::followEnded);
        QVERIFY(
            sql(QStringLiteral(
                    "UPDATE action_task SET status = 1, stopped = 1795000100, log_in_storage = true, "
                    "log_length = 2000, log_size = :'size', log_indexes = decode(:'idx', 'base64') WHERE id = :'t';\n"
                    "DELETE FROM dbfs_data WHERE meta_id = (SELECT id FROM dbfs_meta WHERE full_path = :'p');\n"
                    "DELETE FROM dbfs_meta WHERE full_path = :'p';"),
                { { QStringLiteral("t"), QString::number(task) }, { QStringLiteral("p"), Forgejo::dbfsPath(fname) },
                    { QStringLiteral("size"), QString::number(text.size()) },
                    { QStringLiteral("idx"), QString::fromLatin1(indexes.toBase64()) } })
                .isEmpty());
        QVERIFY(ended.wait(30000));
        QCOMPARE(loader.mode(), LogLoader::Mode::Remote);
        RemoteTaskLog* stored = loader.remote();
        QVERIFY(stored);
        QTRY_VERIFY_WITH_TIMEOUT(stored->isReady(), 30000);
        QCOMPARE(stored->lineCount(), 2000);
        QTRY_VERIFY_WITH_TIMEOUT((stored->line(1999), stored->isLineLoaded(1999)), 30000);
        QCOMPARE(stored->line(1999) + '\n', lineOf(1999));

        sql(QStringLiteral("DELETE FROM action_task WHERE id = :'t';"),
            { { QStringLiteral("t"), QString::number(task) } });
        alm(QStringLiteral("rm -f -- \"$1\""), { Forgejo::storagePath(fname) });
    }

    void hostileNames()
    {
        // A repository and a branch named to break quoting; found by filters, its log read by path.
        const QString owner = QStringLiteral("-evil' \"$(touch /tmp/pwned)\"");
        const QString repo = QStringLiteral("r;e`p`o\\ ñ 🚀");
        const QString ref = QStringLiteral("refs/heads/-x'; DROP TABLE action_run; --");
        const auto ids = sql(QStringLiteral("SELECT max(id) + 5000 FROM action_run;"));
        const qint64 base = ids[0][0].toLongLong();
        const QString fname = owner + QLatin1Char('/') + repo + QStringLiteral("/01/%1.log.zst").arg(base);
        QVERIFY(sql(
            QStringLiteral(
                "INSERT INTO repository (id, owner_id, owner_name, lower_name, name, default_branch) "
                "VALUES (:'id', 2, :'owner', lower(:'repo'), :'repo', 'main');\n"
                "INSERT INTO action_run (id, title, repo_id, owner_id, workflow_id, \"index\", trigger_user_id, "
                "schedule_id, ref, commit_sha, event, status, started, stopped, previous_duration, created, updated) "
                "VALUES (:'id', 'hostile', :'id', 2, 'ci.yml', 1, 1, 0, :'ref', 'abc', 'push', 2, 1795000000, "
                "1795000060, 0, 1795000000, 1795000060);"),
            { { QStringLiteral("id"), QString::number(base) }, { QStringLiteral("owner"), owner },
                { QStringLiteral("repo"), repo }, { QStringLiteral("ref"), ref } })
                    .isEmpty());
        Forgejo::RunFilter f;
        f.repository = owner + QLatin1Char('/') + repo;
        f.branch = QStringLiteral("-x'; DROP TABLE action_run; --");
        const auto page = runs(f);
        QCOMPARE(page.total, 1);
        QCOMPARE(page.runs.first().repository, owner + QLatin1Char('/') + repo);
        QCOMPARE(page.runs.first().ref, ref);

        const QByteArray text = "2026-12-05T07:00:00.0000000Z hello from a hostile path\n";
        QCOMPARE(alm(QStringLiteral("mkdir -p -- \"$(dirname -- \"$1\")\" && cat > \"$1\" && echo ok"),
                     { Forgejo::storagePath(fname) }, SeekableWriter::compress(text))
                     .trimmed(),
            QByteArray("ok"));
        QVERIFY(sql(
            QStringLiteral("INSERT INTO action_task (id, job_id, attempt, status, token_hash, log_filename, "
                           "log_in_storage, log_length, log_size, log_indexes, log_expired) VALUES (:'id', 0, 1, 2, "
                           "'hostile', :'f', true, 1, :'n', '\\x00'::bytea, false);"),
            { { QStringLiteral("id"), QString::number(base) }, { QStringLiteral("f"), fname },
                { QStringLiteral("n"), QString::number(text.size()) } })
                    .isEmpty());
        // As one-shot commands and through a shell in alm.
        ContainerShell shell(m_runner.get(), QStringLiteral("alm"), RemoteTaskLog::shellScripts());
        for (ContainerShell* viaShell : { static_cast<ContainerShell*>(nullptr), &shell }) {
            RemoteTaskLog log(m_runner.get());
            log.setShell(viaShell);
            QSignalSpy ready(&log, &RemoteTaskLog::ready);
            log.open(QStringLiteral("alm"), Forgejo::storagePath(fname), base, 1);
            QVERIFY2(ready.wait(30000), qPrintable(log.errorString()));
            QTRY_VERIFY_WITH_TIMEOUT((log.line(0), log.isLineLoaded(0)), 30000);
            QCOMPARE(log.line(0) + '\n', text);
            QCOMPARE(alm(QStringLiteral("test -e /tmp/pwned && echo BAD; true"), {}), QByteArray());
        }
        QCOMPARE(shell.answeredByShell(), 1);
        QCOMPARE(shell.answeredByOneShot(), 0);

        sql(QStringLiteral("DELETE FROM action_task WHERE id = :'id'; DELETE FROM action_run WHERE id = :'id'; "
                           "DELETE FROM repository WHERE id = :'id';"),
            { { QStringLiteral("id"), QString::number(base) } });
        alm(QStringLiteral("rm -rf -- \"$1\""), { QString::fromLatin1(Forgejo::LogRoot) + QLatin1Char('/') + owner });
    }

    void shellLeavesNoTemporaryFiles()
    {
        // The shell keeps each answer in two private temporary files; they go when it closes
        // because it was idle, and when it is cancelled (the app quits, the pane goes away).
        QList<ContainerShell::Script> scripts = RemoteTaskLog::shellScripts();
        scripts.append({ QStringLiteral("names"), QStringLiteral("printf '%s\\n' \"$gbx_o\" \"$gbx_e\"") });
        for (const bool idle : { true, false }) {
            auto shell = std::make_unique<ContainerShell>(m_runner.get(), QStringLiteral("alm"), scripts);
            QSignalSpy readyChanged(shell.get(), &ContainerShell::readyChanged);
            CommandJob* job = shell->run(QStringLiteral("names"), {}, {}, this);
            QSignalSpy done(job, &CommandJob::finished);
            QVERIFY(done.wait(30000));
            const QStringList files = QString::fromUtf8(done.first().first().value<CommandResult>().stdoutData)
                                          .split(u'\n', Qt::SkipEmptyParts);
            QCOMPARE(files.size(), 2);
            const QString exists = QStringLiteral("for f do test -e \"$f\" && echo \"$f\"; done; true");
            QCOMPARE(alm(exists, files).split('\n').size(), 3); // both, and the last newline
            if (idle) {
                shell->setIdleTimeout(1);
                shell->run(QStringLiteral("names"), {}, {}, this);
                QTRY_COMPARE_WITH_TIMEOUT(readyChanged.size(), 2, 30000); // ready, then closed
                QVERIFY(!shell->isBroken());
            } else {
                shell.reset();
            }
            QTRY_COMPARE_WITH_TIMEOUT(alm(exists, files), QByteArray(), 30000);
        }
    }

    void lastGreenRunComparison()
    {
        // The failed ci.yml push on main and the newest green run of "test (stable)" before it.
        Forgejo::RunFilter f;
        f.workflow = QStringLiteral("ci.yml");
        f.event = QStringLiteral("push");
        f.statuses = { Status::Failure };
        const auto failed = runs(f);
        QVERIFY(!failed.runs.isEmpty());
        const Forgejo::RunRow failedRun = failed.runs.first();
        const auto green = query<Forgejo::GreenMatch>(
            Forgejo::lastGreenCommand(failedRun, QStringLiteral("test (stable)")), Forgejo::parseLastGreen);
        QVERIFY(green.found);
        QCOMPARE(green.ref, QStringLiteral("refs/heads/main"));
        QVERIFY(green.runId != failedRun.id);

        // A pull request falls back to the default branch.
        f.event = QStringLiteral("pull_request");
        const auto pr = runs(f);
        QVERIFY(!pr.runs.isEmpty());
        const auto prGreen = query<Forgejo::GreenMatch>(
            Forgejo::lastGreenCommand(pr.runs.first(), QStringLiteral("test (stable)")), Forgejo::parseLastGreen);
        QVERIFY(prGreen.found);
        QCOMPARE(prGreen.ref, QStringLiteral("refs/heads/main"));

        // Steps side by side and the first differing lines of the failed step.
        const Forgejo::Attempt bad = *jobs(failedRun.id)[1].latestAttempt();
        auto badSteps = query<Forgejo::StepsResult>(Forgejo::stepsCommand(bad.taskId), Forgejo::parseSteps);
        auto goodSteps = query<Forgejo::StepsResult>(Forgejo::stepsCommand(green.taskId), Forgejo::parseSteps);
        const auto a = fullSteps(badSteps.task, badSteps.steps);
        const auto b = fullSteps(goodSteps.task, goodSteps.steps);
        const auto pairs = LogCompare::pairSteps(a, b);
        QCOMPARE(pairs.size(), 5);
        QCOMPARE(pairs[3].failedStatus, Status::Failure);
        QCOMPARE(pairs[3].greenStatus, Status::Success);

        const QList<QByteArray> badLines = storedText(bad.logFilename).split('\n');
        const auto goodFile = sql(QStringLiteral("SELECT log_filename FROM action_task WHERE id = :'t';"),
            { { QStringLiteral("t"), QString::number(green.taskId) } });
        const QList<QByteArray> goodLines = storedText(goodFile[0][0]).split('\n');
        const auto diffs = LogCompare::firstDifferences(badLines.mid(a[3].firstLine, a[3].lineCount), a[3].firstLine,
            goodLines.mid(b[3].firstLine, b[3].lineCount), b[3].firstLine);
        QVERIFY(!diffs.isEmpty());
        // The "##[group]Run cargo test" header is the same in both after normalisation.
        QVERIFY(diffs.first().failedLine != a[3].firstLine + 1);
        bool sawFailure = false;
        for (const auto& d : diffs)
            sawFailure |= d.failedText.contains(QLatin1String("FAILED"));
        QVERIFY(sawFailure || diffs.size() == 20);
    }

    void resetStuckRunIsGuardedAndJournaled()
    {
        Forgejo::RunFilter f;
        f.statuses = { Status::Running };
        const auto page = runs(f);
        QCOMPARE(page.runs.size(), 1);
        const Forgejo::RunRow stuck = page.runs.first();
        const auto js = jobs(stuck.id);
        QString why;
        QVERIFY2(StuckRun::looksStuck(stuck, js, QDateTime::currentSecsSinceEpoch(), &why), qPrintable(why));
        QVERIFY(!StuckRun::looksStuck(stuck, js, js[1].latestAttempt()->updated + 5, &why));

        auto op = StuckRun::resetOperation(stuck, js, QDateTime::currentDateTimeUtc());
        QVERIFY(op.ok());
        QVERIFY(op->backup.has_value());
        QVERIFY(op->commands.first().stdinData.contains("UPDATE action_run SET status = 0 WHERE id = :'run';"));
        QVERIFY(op->commandLines().join(QLatin1Char('\n')).contains(QLatin1String("ON_ERROR_STOP=1")));

        auto snapshot = [this] {
            return sql(
                QStringLiteral("SELECT 'r', id, status FROM action_run UNION ALL SELECT 'j', id, status FROM "
                               "action_run_job UNION ALL SELECT 't', id, status FROM action_task ORDER BY 1, 2;"));
        };
        const auto before = snapshot();

        Journal journal;
        QVERIFY(journal.open(m_dir.filePath(QStringLiteral("journal.sqlite"))).ok());
        TaskListModel tasks;
        OperationRunner runner(m_runner.get(), &journal, &tasks);
        // PROD: the typed name is required and must match.
        QVERIFY(!runner.start(*op, m_profile, QStringLiteral("wrong")).ok());
        QSignalSpy finished(&runner, &OperationRunner::operationFinished);
        QVERIFY(runner.start(*op, m_profile, op->nameToType()).ok());
        QVERIFY(finished.wait(60000));
        const JournalEntry entry = finished.first().at(1).value<JournalEntry>();
        QVERIFY2(entry.ok, qPrintable(entry.result));
        QCOMPARE(entry.backupPath, op->backupPath);

        const auto after = snapshot();
        QCOMPARE(after.size(), before.size());
        QSet<QString> changed;
        for (qsizetype i = 0; i < before.size(); ++i)
            if (before[i] != after[i]) {
                changed.insert(after[i][0] + after[i][1]);
                QCOMPARE(after[i][2], QStringLiteral("0"));
            }
        QSet<QString> expected { QStringLiteral("r") + QString::number(stuck.id) };
        for (const auto& j : js) {
            if (j.status != Status::Unknown)
                expected.insert(QStringLiteral("j") + QString::number(j.id));
            for (const auto& a : j.attempts)
                if (a.status == Status::Running)
                    expected.insert(QStringLiteral("t") + QString::number(a.taskId));
        }
        QCOMPARE(changed, expected);
        // The backup holds the prior rows, in the tables container's /tmp.
        RemoteCommand cat
            = RemoteCommand::of({ QStringLiteral("incus"), QStringLiteral("exec"), QStringLiteral("tables"),
                QStringLiteral("--"), QStringLiteral("cat"), QStringLiteral("--"), op->backupPath });
        cat.sudo = true;
        const CommandResult saved = run(cat);
        QVERIFY(saved.succeeded());
        QVERIFY(saved.stdoutData.contains(QStringLiteral("action_run,%1,6").arg(stuck.id).toUtf8()));
        const auto entries = journal.entries({});
        QVERIFY(entries.ok());
        QVERIFY(entries->first().action.contains(QLatin1String("Reset stuck CI run")));

        // The list shows the new status; then undo (the fixture is shared).
        Forgejo::RunFilter one;
        one.statuses = { Status::Unknown };
        bool seen = false;
        for (const auto& r : runs(one).runs)
            seen |= r.id == stuck.id;
        QVERIFY(seen);
        for (const RemoteCommand& u : op->undo)
            QVERIFY(run(u).succeeded());
        QCOMPARE(snapshot(), before);
    }
};

QTEST_GUILESS_MAIN(TstCiSimhost)
#include "tst_ci_simhost.moc"
