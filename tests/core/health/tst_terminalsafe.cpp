// `gbadmin --health` prints remote text (err.log lines, curl answers) to a terminal: escape
// sequences and control characters from the host must not reach it.

#include "core/health/healthcommand.h"

#include <QTest>

class TestTerminalSafe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stripsEscapesAndControls_data()
    {
        QTest::addColumn<QString>("remote");
        QTest::addColumn<QString>("shown");
        QTest::newRow("plain") << QStringLiteral("[OK] Vault unsealed\n\tdetail")
                               << QStringLiteral("[OK] Vault unsealed\n\tdetail");
        QTest::newRow("colour") << QStringLiteral("\x1b[31mred\x1b[0m text") << QStringLiteral("red text");
        QTest::newRow("cursor up, erase line")
            << QStringLiteral("ok\x1b[1A\x1b[2K[OK] forged") << QStringLiteral("ok[OK] forged");
        QTest::newRow("OSC title, BEL") << QStringLiteral("a\x1b]0;pwned\x07"
                                                          "b")
                                        << QStringLiteral("ab");
        QTest::newRow("OSC 8 link, ST") << QStringLiteral("\x1b]8;;http://evil\x1b\\click\x1b]8;;\x1b\\")
                                        << QStringLiteral("click");
        QTest::newRow("carriage return overwrite")
            << QStringLiteral("[FAIL] x\r[OK] x") << QStringLiteral("[FAIL] x\uFFFD[OK] x");
        QTest::newRow("C1 CSI") << QStringLiteral("a\u009b2Jb") << QStringLiteral("ab");
        QTest::newRow("bell, backspace, DEL")
            << QStringLiteral("a\x07\x08\x7f") << QStringLiteral("a\uFFFD\uFFFD\uFFFD");
        QTest::newRow("lone ESC at the end") << QStringLiteral("end\x1b") << QStringLiteral("end");
        QTest::newRow("non-ASCII stays") << QStringLiteral("Zürich — 日本") << QStringLiteral("Zürich — 日本");
    }

    void stripsEscapesAndControls()
    {
        QFETCH(QString, remote);
        QFETCH(QString, shown);
        QCOMPARE(HealthCommand::terminalSafe(remote), shown);
    }
};

QTEST_GUILESS_MAIN(TestTerminalSafe)
#include "tst_terminalsafe.moc"
