// A running task's DBFS log followed live across a real dropped SSH connection (`simhost set DIR ssh
// drop` ends every connection, the listener stays): the lines read before the drop stay, the follow
// resumes on the reconnected session from where it was, no line is read twice or lost, and when the
// task ends the source switches to the stored seekable file with the same lines.
#include "core/ci/forgejo.h"
#include "core/ci/logcache.h"
#include "core/ci/logloader.h"
#include "core/ci/remotetasklog.h"
#include "core/ci/tasklog.h"
#include "core/ci/zstdseekable.h"
#include "core/host/hostconnection.h"
#include "core/host/profiletarget.h"
#include "core/host/psql.h"
#include "core/ssh/shellquote.h"
#include "support/simhostenv.h"

#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Ci;

class TstCiFollowReconnectSimhost : public QObject
{
    Q_OBJECT
private:
    SimHostEnv m_env;
    QTemporaryDir m_dir;

    // SQL and files through the OpenSSH client: it does not share the app's session, so it works
    // while that one is down (the drop only ends the connections open at that moment).
    bool remote(const RemoteCommand& c, QByteArray* out = nullptr)
    {
        QStringList words { QStringLiteral("sudo") };
        for (const QString& a : c.argv)
            words << ShellQuote::quote(a);
        QByteArray err;
        const int rc = m_env.ssh(words, out, &err, c.stdinData, 120000);
        if (rc != 0)
            qWarning() << "remote command failed:" << c.argv.mid(0, 6) << err;
        return rc == 0;
    }
    bool sql(const QString& text, const Psql::Variables& vars)
    {
        auto c = Psql::command(QStringLiteral("PROD-ALM"), text, vars);
        return c && remote(*c);
    }
    static QByteArray lineOf(int i)
    {
        return QByteArray("2026-12-05T08:00:00.") + QByteArray::number(1000000 + i).right(7) + "Z follow line "
            + QByteArray::number(i) + "\n";
    }
    // The DBFS file holds `text` now: blocks of 32 KiB rewritten in place, as Forgejo's DBFS does.
    bool writeDbfs(const QString& path, const QByteArray& text)
    {
        QString script = QStringLiteral("DELETE FROM dbfs_data WHERE meta_id = (SELECT id FROM dbfs_meta WHERE "
                                        "full_path = :'p');\n");
        Psql::Variables vars { { QStringLiteral("p"), path },
            { QStringLiteral("d"), QString::fromLatin1(text.toBase64()) } };
        for (qint64 off = 0; off < text.size(); off += 32768)
            script += QStringLiteral("INSERT INTO dbfs_data (revision, meta_id, blob_offset, blob_size, blob_data) "
                                     "SELECT 2, id, %1, 0, substring(decode(:'d', 'base64') FROM %2 FOR 32768) "
                                     "FROM dbfs_meta WHERE full_path = :'p';\n")
                          .arg(off)
                          .arg(off + 1);
        script += QStringLiteral(
            "UPDATE dbfs_meta SET file_size = length(decode(:'d', 'base64')) WHERE full_path = :'p';");
        return sql(script, vars);
    }
    static QList<QByteArray> linesOf(LogSource* s)
    {
        QList<QByteArray> out;
        for (qint64 i = 0; i < s->lineCount(); ++i)
            out << s->line(i) + '\n';
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        m_env = SimHostEnv::load(&why);
        QVERIFY2(m_env.isValid(), qPrintable(why));
    }

    void followSurvivesADroppedConnection()
    {
        QByteArray out;
        auto ids = Psql::command(QStringLiteral("PROD-ALM"), QStringLiteral("SELECT max(id) + 2000 FROM action_task;"));
        QVERIFY(ids && remote(*ids, &out));
        const qint64 task = out.trimmed().split('\n').last().toLongLong();
        QVERIFY(task > 0);
        const QString fname
            = QStringLiteral("GeneralBots/BotServer/%1/%2.log.zst").arg(task % 256, 2, 16, QLatin1Char('0')).arg(task);
        const QString dbfs = Forgejo::dbfsPath(fname);
        const Psql::Variables tv { { QStringLiteral("t"), QString::number(task) } };
        auto cleanup = qScopeGuard([&] {
            sql(QStringLiteral("DELETE FROM dbfs_data WHERE meta_id = (SELECT id FROM dbfs_meta WHERE full_path = "
                               ":'p');\nDELETE FROM dbfs_meta WHERE full_path = :'p';\n"
                               "DELETE FROM action_task WHERE id = :'t';"),
                { { QStringLiteral("p"), dbfs }, { QStringLiteral("t"), QString::number(task) } });
            RemoteCommand rm = RemoteCommand::of(
                { QStringLiteral("incus"), QStringLiteral("exec"), QStringLiteral("alm"), QStringLiteral("--"),
                    QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("--"), Forgejo::storagePath(fname) });
            remote(rm);
        });

        QByteArray text;
        for (int i = 0; i < 3000; ++i)
            text += lineOf(i);
        // Stage 1: the first ~1000 lines, the last one cut (its '\n' comes with the next write).
        const QByteArray stage1 = text.left(lineOf(0).size() * 1000 - 7);
        QVERIFY(sql(QStringLiteral(
                        "INSERT INTO action_task (id, job_id, attempt, runner_id, status, started, stopped, repo_id, "
                        "owner_id, commit_sha, token_hash, log_filename, log_in_storage, log_length, log_size, "
                        "log_expired, created, updated) VALUES (:'t', 0, 1, 1, 6, 1795000000, 0, 1, 2, 'abc', "
                        "'reconnect-' || :'t', :'f', false, 0, 0, false, 1795000000, 1795000000);\n"
                        "INSERT INTO dbfs_meta (full_path, block_size, file_size, create_timestamp, modify_timestamp) "
                        "VALUES (:'p', 32768, 0, 0, 0);"),
            { { QStringLiteral("t"), QString::number(task) }, { QStringLiteral("f"), fname },
                { QStringLiteral("p"), dbfs } }));
        QVERIFY(writeDbfs(dbfs, stage1));

        HostConnection host(nullptr);
        QSignalSpy connected(&host, &HostConnection::connected);
        QSignalSpy disconnected(&host, &HostConnection::disconnected);
        HostProfile p = profileForAlias(QStringLiteral("simhost"), m_env.sshConfig);
        p.name = QStringLiteral("simhost");
        host.connectTo(p);
        QVERIFY2(connected.wait(30000), qPrintable(host.stateText()));

        LogCache cache(m_dir.filePath(QStringLiteral("cache")));
        LogLoader loader(host.runner(), &cache);
        loader.setFollowInterval(200);
        Forgejo::Attempt a;
        a.taskId = task;
        a.logFilename = fname;
        a.status = Status::Running;
        loader.load(a);
        QCOMPARE(loader.mode(), LogLoader::Mode::Following);
        LogSource* src = loader.source();
        QTRY_COMPARE_WITH_TIMEOUT(src->lineCount(), qint64(stage1.count('\n')), 30000);

        // The connection drops while following; more lines arrive while it is down.
        QCOMPARE(m_env.simhost({ QStringLiteral("set"), QStringLiteral("ssh"), QStringLiteral("drop") }), 0);
        QVERIFY(disconnected.count() > 0 || disconnected.wait(30000));
        const QByteArray stage2 = text.left(lineOf(0).size() * 2000 + 11);
        QVERIFY(writeDbfs(dbfs, stage2));
        QCOMPARE(loader.mode(), LogLoader::Mode::Following); // it waits, it does not give up
        QCOMPARE(loader.source(), src); // what was read stays shown

        // Back: the follow resumes where it was.
        QVERIFY2(connected.count() > 1 || connected.wait(30000), qPrintable(host.stateText()));
        QTRY_COMPARE_WITH_TIMEOUT(src->lineCount(), qint64(stage2.count('\n')), 30000);
        QCOMPARE(loader.source(), src);
        QList<QByteArray> expected;
        for (int i = 0; i < int(stage2.count('\n')); ++i)
            expected << lineOf(i);
        QCOMPARE(linesOf(src), expected); // nothing twice, nothing missing, in order
        QTRY_VERIFY_WITH_TIMEOUT(loader.message().isEmpty(), 10000); // the "could not read" sentence went

        // The task ends: the log moves to storage; the source switches to the stored file.
        QByteArray indexes;
        {
            qint64 off = 0;
            for (int i = 0; i < 3000; ++i) {
                quint64 u = quint64(off) << 1;
                while (u >= 0x80) {
                    indexes.append(char((u & 0x7f) | 0x80));
                    u >>= 7;
                }
                indexes.append(char(u));
                off += lineOf(i).size();
            }
        }
        const QByteArray zst = SeekableWriter::compress(text, 16384);
        RemoteCommand put = RemoteCommand::of({ QStringLiteral("incus"), QStringLiteral("exec"), QStringLiteral("alm"),
            QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
            QStringLiteral("mkdir -p -- \"$(dirname -- \"$1\")\" && cat > \"$1\""), QStringLiteral("sh"),
            Forgejo::storagePath(fname) });
        put.stdinData = zst;
        QVERIFY(remote(put));
        QSignalSpy ended(&loader, &LogLoader::followEnded);
        QVERIFY(
            sql(QStringLiteral(
                    "UPDATE action_task SET status = 1, stopped = 1795000100, log_in_storage = true, "
                    "log_length = 3000, log_size = :'size', log_indexes = decode(:'idx', 'base64') WHERE id = :'t';\n"
                    "DELETE FROM dbfs_data WHERE meta_id = (SELECT id FROM dbfs_meta WHERE full_path = :'p');\n"
                    "DELETE FROM dbfs_meta WHERE full_path = :'p';"),
                { { QStringLiteral("t"), QString::number(task) }, { QStringLiteral("p"), dbfs },
                    { QStringLiteral("size"), QString::number(text.size()) },
                    { QStringLiteral("idx"), QString::fromLatin1(indexes.toBase64()) } }));
        QVERIFY(ended.wait(30000));
        QCOMPARE(loader.mode(), LogLoader::Mode::Remote);
        RemoteTaskLog* stored = loader.remote();
        QVERIFY(stored);
        QTRY_VERIFY_WITH_TIMEOUT(stored->isReady(), 30000);
        QCOMPARE(stored->lineCount(), 3000);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (qint64 i = 0; i < 3000; ++i)
                    if (!stored->isLineLoaded(i))
                        return (stored->line(i), false);
                return true;
            }(),
            30000);
        for (int i = 0; i < 3000; ++i)
            QCOMPARE(stored->line(i) + '\n', lineOf(i));
        host.disconnectFromHost();
    }

    void cleanupTestCase() { m_env.simhost({ QStringLiteral("set"), QStringLiteral("ssh"), QStringLiteral("start") }); }
};

QTEST_GUILESS_MAIN(TstCiFollowReconnectSimhost)
#include "tst_ci_follow_reconnect_simhost.moc"
