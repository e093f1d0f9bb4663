// The simulated host's incus shim, checked the way the app reaches it: the OpenSSH client,
// `sudo -n incus ...` on the remote side, JSON parsed with QJsonDocument.

#include "support/simhostenv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QSet>
#include <QTest>

namespace {

QStringList incus(const QStringList& args)
{
    return QStringList { QStringLiteral("sudo"), QStringLiteral("-n"), QStringLiteral("incus") } + args;
}

} // namespace

class TestSimhostIncus : public QObject
{
    Q_OBJECT

private:
    SimHostEnv m_env;

    QJsonArray list(const QStringList& filters = {})
    {
        QByteArray out, err;
        const int rc = m_env.ssh(incus(QStringList { QStringLiteral("list") } + filters
                                     + QStringList { QStringLiteral("--format"), QStringLiteral("json") }),
            &out, &err);
        if (rc != 0)
            qWarning("incus list failed (%d): %s", rc, err.constData());
        const QJsonDocument doc = QJsonDocument::fromJson(out);
        return doc.array();
    }

    QJsonObject instance(const QString& name)
    {
        const QJsonArray all = list({ QStringLiteral("^%1$").arg(name) });
        return all.size() == 1 ? all.first().toObject() : QJsonObject {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        m_env = SimHostEnv::load(&why);
        if (!m_env.isValid())
            QFAIL(qPrintable(why));
        // All commands as channels of one connection, the way the app talks to the host.
        if (!m_env.startMaster(&why))
            QFAIL(qPrintable(why));
    }

    void cleanupTestCase() { m_env.stopMaster(); }

    void listHoldsThe13ContainersOneStopped()
    {
        QByteArray out;
        QCOMPARE(
            m_env.ssh(incus({ QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json") }), &out), 0);
        // One line holding the array, then a newline, as Go's json.Encoder writes it.
        QVERIFY(out.endsWith('\n'));
        QCOMPARE(out.count('\n'), 1);
        QJsonParseError perr;
        const QJsonDocument doc = QJsonDocument::fromJson(out, &perr);
        QCOMPARE(perr.error, QJsonParseError::NoError);
        QVERIFY(doc.isArray());
        const QJsonArray all = doc.array();
        QSet<QString> names;
        QStringList stopped;
        for (const QJsonValue& v : all) {
            const QJsonObject o = v.toObject();
            names.insert(o.value(QStringLiteral("name")).toString());
            for (const char* key : { "architecture", "config", "devices", "ephemeral", "profiles", "stateful",
                     "description", "created_at", "expanded_config", "expanded_devices", "name", "status",
                     "status_code", "last_used_at", "location", "type", "project", "backups", "state", "snapshots" })
                QVERIFY2(o.contains(QLatin1String(key)), key);
            const QJsonObject state = o.value(QStringLiteral("state")).toObject();
            QCOMPARE(state.value(QStringLiteral("status")), o.value(QStringLiteral("status")));
            if (o.value(QStringLiteral("status")).toString() == QLatin1String("Stopped")) {
                stopped << o.value(QStringLiteral("name")).toString();
                QCOMPARE(o.value(QStringLiteral("status_code")).toInt(), 102);
                QCOMPARE(state.value(QStringLiteral("pid")).toInt(), 0);
                QVERIFY(state.value(QStringLiteral("network")).isNull());
            } else {
                QCOMPARE(o.value(QStringLiteral("status_code")).toInt(), 103);
                QVERIFY(state.value(QStringLiteral("pid")).toInt() > 0);
                const QJsonObject eth0
                    = state.value(QStringLiteral("network")).toObject().value(QStringLiteral("eth0")).toObject();
                const QJsonArray addrs = eth0.value(QStringLiteral("addresses")).toArray();
                QVERIFY(!addrs.isEmpty());
                QCOMPARE(addrs.first().toObject().value(QStringLiteral("family")).toString(), QStringLiteral("inet"));
                QVERIFY(addrs.first()
                            .toObject()
                            .value(QStringLiteral("address"))
                            .toString()
                            .startsWith(QLatin1String("10.0.2.")));
                QVERIFY(state.value(QStringLiteral("network")).toObject().contains(QStringLiteral("lo")));
            }
        }
        const QSet<QString> expected { QStringLiteral("system"), QStringLiteral("tables"), QStringLiteral("vault"),
            QStringLiteral("drive"), QStringLiteral("directory"), QStringLiteral("llm"), QStringLiteral("vectordb"),
            QStringLiteral("alm"), QStringLiteral("alm-ci"), QStringLiteral("proxy"), QStringLiteral("email"),
            QStringLiteral("dns"), QStringLiteral("meet") };
        QCOMPARE(all.size(), 13);
        QCOMPARE(names, expected);
        QCOMPARE(stopped, QStringList { QStringLiteral("meet") });
    }

    void filterIsAPrefixRegexLikeIncus()
    {
        QStringList names;
        for (const QJsonValue& v : list({ QStringLiteral("alm") }))
            names << v.toObject().value(QStringLiteral("name")).toString();
        QCOMPARE(names, (QStringList { QStringLiteral("alm"), QStringLiteral("alm-ci") }));
        names.clear();
        for (const QJsonValue& v : list({ QStringLiteral("^alm$") }))
            names << v.toObject().value(QStringLiteral("name")).toString();
        QCOMPARE(names, QStringList { QStringLiteral("alm") });
        QByteArray out;
        QCOMPARE(
            m_env.ssh(
                incus({ QStringLiteral("list"), QStringLiteral("nomatch"), QStringLiteral("--format=json") }), &out),
            0);
        QCOMPARE(out, QByteArray("[]\n"));
    }

    void containersDoNotShareTmp()
    {
        const QString file = QStringLiteral("/tmp/tst-simhost-incus-%1").arg(QCoreApplication::applicationPid());
        QCOMPARE(m_env.ssh(incus({ QStringLiteral("exec"), QStringLiteral("system"), QStringLiteral("--"),
                     QStringLiteral("touch"), file })),
            0);
        auto cleanup = qScopeGuard([&] {
            m_env.ssh(incus({ QStringLiteral("exec"), QStringLiteral("system"), QStringLiteral("--"),
                QStringLiteral("rm"), QStringLiteral("-f"), file }));
        });
        QCOMPARE(m_env.ssh(incus({ QStringLiteral("exec"), QStringLiteral("system"), QStringLiteral("--"),
                     QStringLiteral("test"), QStringLiteral("-e"), file })),
            0);
        QCOMPARE(m_env.ssh(incus({ QStringLiteral("exec"), QStringLiteral("tables"), QStringLiteral("--"),
                     QStringLiteral("test"), QStringLiteral("-e"), file })),
            1);
        // Nor does the SSH session itself see it: /tmp is the container's own.
        QCOMPARE(m_env.ssh({ QStringLiteral("test"), QStringLiteral("-e"), file }), 1);
    }

    void execPassesExitStatusAndEnvironment()
    {
        QCOMPARE(m_env.ssh(incus({ QStringLiteral("exec"), QStringLiteral("system"), QStringLiteral("--"),
                     QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("'exit 42'") })),
            42);
        QByteArray out;
        QCOMPARE(m_env.ssh(incus({ QStringLiteral("exec"), QStringLiteral("dns"), QStringLiteral("--env"),
                               QStringLiteral("GREETING=hi"), QStringLiteral("--cwd"), QStringLiteral("/opt"),
                               QStringLiteral("-T"), QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
                               QStringLiteral("'echo $SIMHOST_CONTAINER $GREETING; pwd'") }),
                     &out),
            0);
        QCOMPARE(out, QByteArray("dns hi\n/opt\n"));
    }

    void execPassesStdinAndBinaryFilesThrough()
    {
        QByteArray blob;
        for (int i = 0; i < 4096; ++i)
            blob.append(char(i * 7 % 256));
        const QString file = QStringLiteral("/tmp/tst-simhost-blob-%1").arg(QCoreApplication::applicationPid());
        QCOMPARE(m_env.ssh(incus({ QStringLiteral("file"), QStringLiteral("push"), QStringLiteral("-"),
                               QStringLiteral("email") + file }),
                     nullptr, nullptr, blob),
            0);
        auto cleanup = qScopeGuard([&] {
            m_env.ssh(incus({ QStringLiteral("exec"), QStringLiteral("email"), QStringLiteral("--"),
                QStringLiteral("rm"), QStringLiteral("-f"), file }));
        });
        QByteArray out;
        QCOMPARE(m_env.ssh(incus({ QStringLiteral("exec"), QStringLiteral("email"), QStringLiteral("--"),
                               QStringLiteral("cat"), file }),
                     &out),
            0);
        QCOMPARE(out, blob);
        // stdin reaches the command unchanged.
        QCOMPARE(m_env.ssh(incus({ QStringLiteral("exec"), QStringLiteral("email"), QStringLiteral("-T"),
                               QStringLiteral("--"), QStringLiteral("cmp"), QStringLiteral("-"), file }),
                     nullptr, nullptr, blob),
            0);
    }

    void execStreamsOutput()
    {
        // `tail -F` inside must deliver a line appended later while it runs: nothing is buffered.
        const QString file = QStringLiteral("/tmp/tst-simhost-stream-%1").arg(QCoreApplication::applicationPid());
        QCOMPARE(m_env.ssh(incus({ QStringLiteral("exec"), QStringLiteral("system"), QStringLiteral("--"),
                     QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("'echo first > %1'").arg(file) })),
            0);
        QProcess tail;
        tail.start(QStringLiteral("ssh"),
            m_env.sshArgs(incus({ QStringLiteral("exec"), QStringLiteral("system"), QStringLiteral("--"),
                QStringLiteral("tail"), QStringLiteral("-n"), QStringLiteral("+1"), QStringLiteral("-F"), file })));
        auto cleanup = qScopeGuard([&] {
            tail.kill();
            tail.waitForFinished();
            m_env.ssh(incus({ QStringLiteral("exec"), QStringLiteral("system"), QStringLiteral("--"),
                QStringLiteral("rm"), QStringLiteral("-f"), file }));
        });
        QByteArray got;
        QTRY_VERIFY_WITH_TIMEOUT((got += tail.readAllStandardOutput()).contains("first\n"), 20000);
        QCOMPARE(m_env.ssh(incus({ QStringLiteral("exec"), QStringLiteral("system"), QStringLiteral("--"),
                     QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("'echo second >> %1'").arg(file) })),
            0);
        QTRY_VERIFY_WITH_TIMEOUT((got += tail.readAllStandardOutput()).contains("second\n"), 20000);
        QCOMPARE(tail.state(), QProcess::Running);
    }

    void infoPrintsTheSpecText()
    {
        QByteArray out;
        QCOMPARE(m_env.ssh(incus({ QStringLiteral("info"), QStringLiteral("tables") }), &out), 0);
        QVERIFY(out.startsWith("Name: tables\n"));
        QVERIFY(out.contains("\nStatus: RUNNING\n"));
        QVERIFY(out.contains("\nSnapshots:\n"));
        QVERIFY(out.contains("| snap1 "));
        QCOMPARE(
            m_env.ssh(incus({ QStringLiteral("info"), QStringLiteral("meet"), QStringLiteral("--show-log") }), &out),
            0);
        QVERIFY(out.contains("\nStatus: STOPPED\n"));
        QVERIFY(!out.contains("\nPID:"));
        QVERIFY(out.contains("\nLog:\n\nlxc meet "));
    }

    void execIntoStoppedContainerFails()
    {
        QByteArray out, err;
        QCOMPARE(m_env.ssh(incus({ QStringLiteral("exec"), QStringLiteral("meet"), QStringLiteral("--"),
                               QStringLiteral("true") }),
                     &out, &err),
            1);
        QCOMPARE(err, QByteArray("Error: Instance is not running\n"));
    }

    void setContainerStoppedShowsInList()
    {
        QCOMPARE(m_env.simhost({ QStringLiteral("set"), QStringLiteral("container"), QStringLiteral("vectordb"),
                     QStringLiteral("Stopped") }),
            0);
        auto restore = qScopeGuard([&] {
            m_env.simhost({ QStringLiteral("set"), QStringLiteral("container"), QStringLiteral("vectordb"),
                QStringLiteral("Running") });
        });
        QJsonObject o = instance(QStringLiteral("vectordb"));
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("Stopped"));
        QVERIFY(o.value(QStringLiteral("state")).toObject().value(QStringLiteral("network")).isNull());

        // Back to Running through incus itself: the addresses come back.
        QCOMPARE(m_env.ssh(incus({ QStringLiteral("start"), QStringLiteral("vectordb") })), 0);
        o = instance(QStringLiteral("vectordb"));
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("Running"));
        QVERIFY(o.value(QStringLiteral("state")).toObject().value(QStringLiteral("network")).isObject());
        QByteArray err;
        QCOMPARE(m_env.ssh(incus({ QStringLiteral("start"), QStringLiteral("vectordb") }), nullptr, &err), 1);
        QCOMPARE(err, QByteArray("Error: The instance is already running\n"));
    }

    void snapshotRestoreRestoresAFile()
    {
        const QString snap = QStringLiteral("tst-%1").arg(QCoreApplication::applicationPid());
        const QString file = QStringLiteral("/opt/tst-simhost-snapshot.txt");
        auto put = [&](const QByteArray& content) {
            return m_env.ssh(incus({ QStringLiteral("file"), QStringLiteral("push"), QStringLiteral("-"),
                                 QStringLiteral("llm") + file }),
                nullptr, nullptr, content);
        };
        auto get = [&] {
            QByteArray out;
            m_env.ssh(incus({ QStringLiteral("file"), QStringLiteral("pull"), QStringLiteral("llm") + file,
                          QStringLiteral("-") }),
                &out);
            return out;
        };
        QCOMPARE(put("before\n"), 0);
        auto cleanup = qScopeGuard([&] {
            m_env.ssh(incus({ QStringLiteral("snapshot"), QStringLiteral("delete"), QStringLiteral("llm"), snap }));
            m_env.ssh(incus({ QStringLiteral("exec"), QStringLiteral("llm"), QStringLiteral("--"), QStringLiteral("rm"),
                QStringLiteral("-f"), file }));
        });
        QCOMPARE(get(), QByteArray("before\n"));
        QCOMPARE(
            m_env.ssh(incus({ QStringLiteral("snapshot"), QStringLiteral("create"), QStringLiteral("llm"), snap })), 0);
        QCOMPARE(put("after\n"), 0);
        QCOMPARE(get(), QByteArray("after\n"));

        QByteArray out;
        QCOMPARE(m_env.ssh(incus({ QStringLiteral("snapshot"), QStringLiteral("list"), QStringLiteral("llm"),
                               QStringLiteral("--format"), QStringLiteral("json") }),
                     &out),
            0);
        const QJsonArray snaps = QJsonDocument::fromJson(out).array();
        QVERIFY(!snaps.isEmpty());
        QCOMPARE(snaps.last().toObject().value(QStringLiteral("name")).toString(), snap);

        QCOMPARE(
            m_env.ssh(incus({ QStringLiteral("snapshot"), QStringLiteral("restore"), QStringLiteral("llm"), snap })),
            0);
        QCOMPARE(get(), QByteArray("before\n"));
    }

    void badNamesAndCommandsFailLikeIncus()
    {
        QByteArray err;
        QCOMPARE(m_env.ssh(incus({ QStringLiteral("frobnicate") }), nullptr, &err), 1);
        QCOMPARE(err, QByteArray("Error: unknown command \"frobnicate\" for \"incus\"\n"));
        QCOMPARE(m_env.ssh(incus({ QStringLiteral("snapshot"), QStringLiteral("create"), QStringLiteral("dns"),
                               QStringLiteral("'a b'") }),
                     nullptr, &err),
            1);
        QVERIFY(err.startsWith("Error: Invalid snapshot name"));
        QCOMPARE(m_env.ssh(incus({ QStringLiteral("snapshot"), QStringLiteral("create"), QStringLiteral("dns"),
                               QStringLiteral("a/b") }),
                     nullptr, &err),
            1);
        QVERIFY(err.startsWith("Error: Invalid snapshot name"));
        QCOMPARE(m_env.ssh(incus({ QStringLiteral("exec"), QStringLiteral("'no such'"), QStringLiteral("--"),
                               QStringLiteral("true") }),
                     nullptr, &err),
            1);
        QVERIFY(err.startsWith("Error: Invalid instance name"));
    }
};

QTEST_GUILESS_MAIN(TestSimhostIncus)
#include "tst_simhost_incus.moc"
