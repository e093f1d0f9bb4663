#include "core/containers/containeroperations.h"

#include <QTest>

using namespace ContainerOperations;

class TestContainerOperations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bulkStopHasOneCommandPerContainer()
    {
        const auto op = lifecycle(Lifecycle::Stop, { QStringLiteral("alm"), QStringLiteral("alm-ci") });
        QVERIFY(op.ok());
        QCOMPARE(op->targets, (QStringList { QStringLiteral("alm"), QStringLiteral("alm-ci") }));
        QCOMPARE(op->commands.size(), 2);
        QCOMPARE(op->commands[0].argv,
            (QStringList { QStringLiteral("incus"), QStringLiteral("stop"), QStringLiteral("alm") }));
        QVERIFY(op->commands[0].sudo);
        QCOMPARE(op->commandLines(),
            (QStringList { QStringLiteral("sudo incus stop alm"), QStringLiteral("sudo incus stop alm-ci") }));
        QCOMPARE(op->nameToType(), QStringLiteral("alm alm-ci"));
        QCOMPARE(op->undo.size(), 2); // a stop can be undone by a start
        QVERIFY(op->independentSteps); // one container failing does not leave the others untouched
        QVERIFY(op->mutating);
    }

    void snapshotNamesFollowInfra()
    {
        const QDateTime when(QDate(2026, 11, 27), QTime(9, 5, 7));
        QCOMPARE(snapshotNameFor(when), QStringLiteral("pre-change-20261127090507"));
        const auto op = createSnapshot({ QStringLiteral("dns") }, when);
        QVERIFY(op.ok());
        QCOMPARE(op->commands.first().argv.join(QLatin1Char(' ')),
            QStringLiteral("incus snapshot create dns pre-change-20261127090507"));
    }

    void snapshotThenRestartBacksUpFirst()
    {
        const QDateTime when(QDate(2026, 11, 27), QTime(9, 5, 7));
        const auto op = snapshotThenRestart(QStringLiteral("system"), when);
        QVERIFY(op.ok());
        QVERIFY(op->backup.has_value());
        QCOMPARE(op->backup->argv.join(QLatin1Char(' ')),
            QStringLiteral("incus snapshot create system pre-change-20261127090507"));
        QCOMPARE(op->commands.size(), 1);
        QCOMPARE(op->commands.first().argv.join(QLatin1Char(' ')), QStringLiteral("incus restart system"));
        QCOMPARE(op->backupPath, QStringLiteral("system/pre-change-20261127090507"));
        QCOMPARE(
            op->commandLines().first(), QStringLiteral("sudo incus snapshot create system pre-change-20261127090507"));
    }

    void hostileNamesAreRefusedOrQuoted_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("option") << QStringLiteral("--force") << false;
        QTest::newRow("dash") << QStringLiteral("-x") << false;
        QTest::newRow("slash") << QStringLiteral("a/b") << false;
        QTest::newRow("newline") << QStringLiteral("a\nb") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("subshell") << QStringLiteral("$(touch canary)") << true;
        QTest::newRow("quote") << QStringLiteral("it's") << true;
        QTest::newRow("unicode") << QStringLiteral("snäp") << true;
    }

    void hostileNamesAreRefusedOrQuoted()
    {
        QFETCH(QString, name);
        QFETCH(bool, accepted);
        const auto op = deleteSnapshot(QStringLiteral("tables"), name);
        QCOMPARE(op.ok(), accepted);
        if (!accepted) {
            QVERIFY(!op.errorMessage().isEmpty());
            return;
        }
        // The name is one argv element; the shell text quotes it.
        QCOMPARE(op->commands.first().argv.last(), name);
        const QString line = op->commandLines().first();
        if (name.contains(QLatin1Char('$')))
            QVERIFY2(line.contains(QStringLiteral("'$(touch canary)'")), qPrintable(line));
    }

    void serviceRestartGoesThroughSystemctl()
    {
        const auto op = restartService(QStringLiteral("system"), QStringLiteral("botserver"));
        QVERIFY(op.ok());
        QCOMPARE(op->commands.first().argv.join(QLatin1Char(' ')),
            QStringLiteral("incus exec system -- systemctl restart botserver"));
        QVERIFY(!lifecycle(Lifecycle::Start, {}).ok());
    }

    void readOnlyCommands()
    {
        QCOMPARE(listCommand().argv.join(QLatin1Char(' ')), QStringLiteral("incus list --format json"));
        QVERIFY(listCommand().sudo);
        QCOMPARE(
            logCommand(QStringLiteral("dns")).argv.join(QLatin1Char(' ')), QStringLiteral("incus info dns --show-log"));
        QCOMPARE(serviceStateCommand(QStringLiteral("system"), { QStringLiteral("botserver"), QStringLiteral("ui") })
                     .argv.join(QLatin1Char(' ')),
            QStringLiteral("incus exec system -- systemctl is-active botserver ui"));
    }
};

QTEST_GUILESS_MAIN(TestContainerOperations)
#include "tst_containeroperations.moc"
