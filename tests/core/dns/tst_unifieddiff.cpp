#include "core/dns/unifieddiff.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

// The diff is checked by the outside tool that consumes it: GNU patch must turn `before` into
// exactly `after`.
class TestUnifiedDiff : public QObject
{
    Q_OBJECT

    static QByteArray applied(const QByteArray& before, const QByteArray& diff)
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("zone")));
        if (!f.open(QIODevice::WriteOnly))
            return "<no file>";
        f.write(before);
        f.close();
        QProcess p;
        p.setWorkingDirectory(dir.path());
        p.start(QStringLiteral("patch"),
            { QStringLiteral("-s"), QStringLiteral("--no-backup-if-mismatch"), QStringLiteral("zone") });
        p.write(diff);
        p.closeWriteChannel();
        if (!p.waitForFinished(30000) || p.exitCode() != 0)
            return "<patch failed: " + p.readAllStandardError() + p.readAllStandardOutput() + ">";
        if (!f.open(QIODevice::ReadOnly))
            return "<unreadable>";
        return f.readAll();
    }

private Q_SLOTS:
    void equalTextsGiveNothing() { QVERIFY(UnifiedDiff::make("a\nb\n", "a\nb\n", "x", "y").isEmpty()); }

    void layout()
    {
        const QByteArray d = UnifiedDiff::make("1\n2\n3\n4\n5\n6\n7\n8\n", "1\n2\n3\n4x\n5\n6\n7\n8\n", "a", "b");
        QCOMPARE(d, QByteArray("--- a\n+++ b\n@@ -1,7 +1,7 @@\n 1\n 2\n 3\n-4\n+4x\n 5\n 6\n 7\n"));
    }

    void cases_data()
    {
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<QByteArray>("after");
        QTest::newRow("insert at start") << QByteArray("b\nc\n") << QByteArray("a\nb\nc\n");
        QTest::newRow("append") << QByteArray("a\n") << QByteArray("a\nb\n");
        QTest::newRow("no final newline") << QByteArray("a\nb") << QByteArray("a\nc");
        QTest::newRow("add final newline") << QByteArray("a\nb") << QByteArray("a\nb\n");
        QTest::newRow("from empty") << QByteArray() << QByteArray("x\ny\n");
        QTest::newRow("to empty") << QByteArray("x\ny\n") << QByteArray();
        QTest::newRow("two hunks") << QByteArray("1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\n")
                                   << QByteArray("1\nX\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\nY\n14\n");
    }
    void cases()
    {
        QFETCH(QByteArray, before);
        QFETCH(QByteArray, after);
        QCOMPARE(applied(before, UnifiedDiff::make(before, after, "zone", "zone")), after);
    }

    void randomEditsPatchBack()
    {
        QRandomGenerator rng(12345);
        for (int round = 0; round < 30; ++round) {
            QList<QByteArray> lines;
            for (int i = 0; i < 60; ++i)
                lines.append("line " + QByteArray::number(rng.bounded(20)) + "\n");
            QList<QByteArray> edited = lines;
            const int edits = 1 + rng.bounded(8);
            for (int e = 0; e < edits; ++e) {
                const int at = rng.bounded(int(edited.size()) + 1);
                switch (rng.bounded(3)) {
                case 0:
                    edited.insert(at, "new " + QByteArray::number(e) + "\n");
                    break;
                case 1:
                    if (at < edited.size())
                        edited.removeAt(at);
                    break;
                default:
                    if (at < edited.size())
                        edited[at] = "changed " + QByteArray::number(e) + "\n";
                }
            }
            const QByteArray before = lines.join();
            const QByteArray after = edited.join();
            QCOMPARE(applied(before, UnifiedDiff::make(before, after, "zone", "zone")), after);
        }
    }

    void bigZoneSmallEditIsFast()
    {
        QByteArray before;
        for (int i = 0; i < 100000; ++i)
            before += "host" + QByteArray::number(i) + " IN A 10.0." + QByteArray::number(i % 250) + ".1\n";
        QByteArray after = before;
        after.replace("host500 IN A", "host500 IN AAAA");
        QElapsedTimer t;
        t.start();
        const QByteArray d = UnifiedDiff::make(before, after, "a", "b");
        // A complexity guard, not a speed goal (bench/dns has those): a quadratic diff of 100,000
        // lines takes minutes, the linear one milliseconds; the bound holds under sanitizers and load.
        QVERIFY2(t.elapsed() < 5000, qPrintable(QString::number(t.elapsed())));
        QVERIFY(d.contains("-host500 IN A 10.0.0.1\n+host500 IN AAAA 10.0.0.1\n"));
    }
};

QTEST_GUILESS_MAIN(TestUnifiedDiff)
#include "tst_unifieddiff.moc"
