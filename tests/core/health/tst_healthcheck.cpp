#include "core/health/healthcheck.h"

#include <QFile>
#include <QTest>

using namespace Health;

class TestHealthCheck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void containersGreenAmberRed()
    {
        const QByteArray running = R"([{"name":"system","status":"Running","status_code":103},
            {"name":"tables","status":"Running","status_code":103}])";
        QCOMPARE(evaluateContainers({ 0, running, {}, {} }).status, Status::Green);

        const QByteArray meetStopped = R"([{"name":"system","status":"Running","status_code":103},
            {"name":"meet","status":"Stopped","status_code":102}])";
        const Outcome amber = evaluateContainers({ 0, meetStopped, {}, {} });
        QCOMPARE(amber.status, Status::Amber);
        QVERIFY(amber.details.contains(QStringLiteral("meet (Stopped)")));
        QCOMPARE(amber.summary, QStringLiteral("1 of 2 containers running"));

        const QByteArray tablesStopped = R"([{"name":"acme-tables","status":"Stopped","status_code":102}])";
        QCOMPARE(evaluateContainers({ 0, tablesStopped, {}, {} }).status, Status::Red);
        QCOMPARE(evaluateContainers({ 0, "not json", {}, {} }).status, Status::Red);
        QCOMPARE(evaluateContainers({ 1, {}, "Error: permission denied", {} }).status, Status::Red);
        const Outcome lost = evaluateContainers({ -1, {}, {}, QStringLiteral("connection lost") });
        QCOMPARE(lost.status, Status::Red);
        QCOMPARE(lost.details, QStringLiteral("connection lost"));
    }

    void serviceActive()
    {
        QCOMPARE(evaluateServiceActive({ 0, "active\n", {}, {} }, QStringLiteral("botserver")).status, Status::Green);
        const Outcome failed = evaluateServiceActive({ 3, "failed\n", {}, {} }, QStringLiteral("botserver"));
        QCOMPARE(failed.status, Status::Red);
        QCOMPARE(failed.summary, QStringLiteral("botserver is failed"));
        QCOMPARE(evaluateServiceActive({ 3, "inactive\n", {}, {} }, QStringLiteral("ui")).status, Status::Red);
    }

    void vault_data()
    {
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::newRow("unsealed") << 0
                                  << QByteArray(
                                         R"({"initialized":true,"sealed":false,"standby":false,"version":"1.15.4"})")
                                  << int(Status::Green);
        QTest::newRow("sealed via curl -f") << 22 << QByteArray() << int(Status::Red);
        QTest::newRow("sealed json") << 0 << QByteArray(R"({"initialized":true,"sealed":true})") << int(Status::Red);
        QTest::newRow("standby") << 0 << QByteArray(R"({"initialized":true,"sealed":false,"standby":true})")
                                 << int(Status::Amber);
        QTest::newRow("garbage") << 0 << QByteArray("<html>") << int(Status::Amber);
        QTest::newRow("refused") << 7 << QByteArray() << int(Status::Red);
    }

    void vault()
    {
        QFETCH(int, exitCode);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QCOMPARE(int(evaluateVault({ exitCode, body, {}, {} }).status), status);
    }

    void errorLogPicksRecentMatchesOnly()
    {
        const QByteArray log = "20260519153341.123 warn types:slow scan\n"
                               "20260519153342.000 error drive_compiler:Failed to compile helpdesk.gbai/x.bas: IF\n"
                               "20260519153343.000 warn bootstrap:PANIC in worker\n"
                               "20260519153344.000 info types:all good\n";
        const QStringList hits = errorLines(log);
        QCOMPARE(hits.size(), 2);
        QVERIFY(hits[0].contains(QStringLiteral("Failed to compile")));
        QVERIFY(hits[1].contains(QStringLiteral("PANIC")));
        QCOMPARE(evaluateErrorLog({ 0, log, {}, {} }).status, Status::Amber);
        QCOMPARE(evaluateErrorLog({ 0, "20260519 info ok\n", {}, {} }).status, Status::Green);
        QByteArray many;
        for (int i = 0; i < 20; ++i)
            many += "error " + QByteArray::number(i) + '\n';
        const QStringList last = errorLines(many);
        QCOMPARE(last.size(), 5);
        QCOMPARE(last.last(), QStringLiteral("error 19"));
    }

    void dailyChecksFollowInfra()
    {
        const QList<Check> checks = dailyChecks();
        QCOMPARE(checks.size(), 8);
        QCOMPARE(checks[0].argv.join(QLatin1Char(' ')), QStringLiteral("incus list --format json"));
        QCOMPARE(checks[5].id, QStringLiteral("vault"));
        QCOMPARE(checks[5].argv.join(QLatin1Char(' ')),
            QStringLiteral("incus exec vault -- curl -ksf https://localhost:8200/v1/sys/health"));
        for (const Check& c : checks)
            QVERIFY2(c.evaluate, qPrintable(c.id));
    }

    void reportAndAnonymize()
    {
        QList<Result> results;
        results.append({ QStringLiteral("containers"), QStringLiteral("Containers running"),
            { Status::Amber, QStringLiteral("12 of 13 containers running"),
                QStringLiteral("meet (Stopped) at 10.0.2.23") },
            {}, 5 });
        results.append({ QStringLiteral("vault"), QStringLiteral("Vault unsealed"),
            { Status::Green, QStringLiteral("Vault is unsealed"), {} }, {}, 5 });
        QVERIFY(!allGreen(results));
        const QString plain = report(results, QStringLiteral("prod"), false);
        QVERIFY(plain.contains(QStringLiteral("[WARN] Containers running: 12 of 13 containers running")));
        QVERIFY(plain.contains(QStringLiteral("10.0.2.23")));
        const QString anon = report(results, QStringLiteral("prod"), true);
        QVERIFY(!anon.contains(QStringLiteral("10.0.2.23")));
        QVERIFY(anon.contains(QStringLiteral("10.x.x.x")));

        QCOMPARE(anonymizeAddresses(QStringLiteral("fd42:1::5 and 2001:db8:0:0:0:0:0:1 at 10:15:00")),
            QStringLiteral("x:x::x and x:x::x at 10:15:00"));
        QCOMPARE(anonymizeAddresses(QStringLiteral("time 2026-05-19T10:15:00Z")),
            QStringLiteral("time 2026-05-19T10:15:00Z"));
        QVERIFY(!allGreen({}));
    }
};

QTEST_GUILESS_MAIN(TestHealthCheck)
#include "tst_healthcheck.moc"
