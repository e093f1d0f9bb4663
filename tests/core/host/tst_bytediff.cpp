#include "core/host/bytediff.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

namespace {

// Applies a unified diff made by ByteDiff to `a` (exact bytes, "\ No newline" markers honoured),
// so every test can check that the diff really turns a into b.
QByteArray applyUnified(const QByteArray& a, const QByteArray& diff, bool* ok)
{
    *ok = diff.isEmpty();
    if (diff.isEmpty())
        return a; // equal inputs
    QList<QByteArray> aLines;
    for (qsizetype s = 0; s < a.size();) {
        const qsizetype nl = a.indexOf('\n', s);
        const qsizetype e = nl < 0 ? a.size() : nl + 1;
        aLines.append(a.mid(s, e - s));
        s = e;
    }
    QList<QByteArray> dl;
    for (qsizetype s = 0; s < diff.size();) {
        const qsizetype nl = diff.indexOf('\n', s);
        const qsizetype e = nl < 0 ? diff.size() : nl + 1;
        dl.append(diff.mid(s, e - s));
        s = e;
    }
    if (dl.size() < 2 || !dl[0].startsWith("--- ") || !dl[1].startsWith("+++ "))
        return {};
    QByteArray out;
    int ai = 0; // next line of a to copy
    QByteArray* lastOut = nullptr;
    for (int i = 2; i < dl.size(); ++i) {
        const QByteArray& l = dl[i];
        if (l.startsWith("@@ -")) {
            static const QRegularExpression header(QStringLiteral("^@@ -(\\d+)(?:,(\\d+))? \\+\\d+(?:,\\d+)? @@\n$"));
            const auto m = header.match(QString::fromLatin1(l));
            if (!m.hasMatch())
                return {};
            const int start = m.captured(1).toInt();
            const int count = m.captured(2).isEmpty() ? 1 : m.captured(2).toInt();
            // An empty old range names the line before it.
            const int before = count == 0 ? start : start - 1;
            if (before < ai)
                return {};
            while (ai < before)
                out += aLines.value(ai++);
            lastOut = nullptr;
            continue;
        }
        if (l.startsWith("\\ No newline at end of file")) {
            if (lastOut && out.endsWith('\n'))
                out.chop(1);
            continue;
        }
        const char kind = l.isEmpty() ? '?' : l.at(0);
        const QByteArray body = l.mid(1);
        if (kind == ' ' || kind == '-') {
            // The old line must be exactly what the diff claims (with its '\n' unless marked).
            const QByteArray actual = aLines.value(ai);
            const QByteArray claimed
                = (i + 1 < dl.size() && dl[i + 1].startsWith("\\ No newline")) ? body.chopped(1) : body;
            if (actual != claimed)
                return {};
            ++ai;
        }
        if (kind == ' ' || kind == '+') {
            out += body;
            lastOut = &out;
        } else {
            lastOut = nullptr;
        }
        if (kind != ' ' && kind != '-' && kind != '+')
            return {};
    }
    while (ai < aLines.size())
        out += aLines.value(ai++);
    *ok = true;
    return out;
}

// GNU patch applied to `a` (the consumer the save confirmation's diff is written for); empty
// optional when patch is not installed.
std::optional<QByteArray> gnuPatched(const QByteArray& a, const QByteArray& diff)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("patch"));
    if (tool.isEmpty())
        return std::nullopt;
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("zone")));
    if (!f.open(QIODevice::WriteOnly))
        return QByteArray("<no file>");
    f.write(a);
    f.close();
    QProcess p;
    p.setWorkingDirectory(dir.path());
    p.start(tool, { QStringLiteral("-s"), QStringLiteral("--no-backup-if-mismatch"), QStringLiteral("zone") });
    p.write(diff);
    p.closeWriteChannel();
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return "<patch failed: " + p.readAllStandardError() + p.readAllStandardOutput() + ">";
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray("<unreadable>");
    return f.readAll();
}

QByteArray randomText(QRandomGenerator& g, int lines, const QList<QByteArray>& alphabet)
{
    QByteArray out;
    for (int i = 0; i < lines; ++i)
        out += alphabet.at(int(g.bounded(alphabet.size())));
    if (g.bounded(2) == 0 && out.endsWith('\n'))
        out.chop(1);
    return out;
}

} // namespace

class TestByteDiff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void equalIsEmpty()
    {
        QVERIFY(ByteDiff::unified("a\nb\n", "a\nb\n").isEmpty());
        QVERIFY(ByteDiff::unified({}, {}).isEmpty());
        QCOMPARE(ByteDiff::stats("x", "x").added, 0);
    }

    void exactOutput_data()
    {
        QTest::addColumn<QByteArray>("a");
        QTest::addColumn<QByteArray>("b");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("crlf vs lf, no final newline")
            << QByteArray("a\r\nb\nc") << QByteArray("a\nb\nc\n")
            << QByteArray(
                   "--- remote\n+++ local\n@@ -1,3 +1,3 @@\n-a\r\n+a\n b\n-c\n\\ No newline at end of file\n+c\n");
        QTest::newRow("add to empty") << QByteArray() << QByteArray("x\n")
                                      << QByteArray("--- remote\n+++ local\n@@ -0,0 +1 @@\n+x\n");
        QTest::newRow("remove all") << QByteArray("x\ny\n") << QByteArray()
                                    << QByteArray("--- remote\n+++ local\n@@ -1,2 +0,0 @@\n-x\n-y\n");
        QTest::newRow("bom and invalid utf-8")
            << QByteArray("\xEF\xBB\xBFone\n\xC3\x28\n") << QByteArray("one\n\xC3\x28\n")
            << QByteArray("--- remote\n+++ local\n@@ -1,2 +1,2 @@\n-\xEF\xBB\xBFone\n+one\n \xC3\x28\n");
        // Two changes 7 equal lines apart stay separate hunks (more than 2·3), context 3 each side.
        QByteArray a, b;
        for (int i = 1; i <= 20; ++i) {
            a += "l" + QByteArray::number(i) + '\n';
            b += (i == 5      ? QByteArray("five\n")
                    : i == 13 ? QByteArray("thirteen\n")
                              : "l" + QByteArray::number(i) + '\n');
        }
        QTest::newRow("two hunks") << a << b
                                   << QByteArray(
                                          "--- remote\n+++ local\n"
                                          "@@ -2,7 +2,7 @@\n l2\n l3\n l4\n-l5\n+five\n l6\n l7\n l8\n"
                                          "@@ -10,7 +10,7 @@\n l10\n l11\n l12\n-l13\n+thirteen\n l14\n l15\n l16\n");
    }
    void exactOutput()
    {
        QFETCH(QByteArray, a);
        QFETCH(QByteArray, b);
        QFETCH(QByteArray, expected);
        QCOMPARE(ByteDiff::unified(a, b), expected);
        bool ok = false;
        QCOMPARE(applyUnified(a, expected, &ok), b);
        QVERIFY(ok);
    }

    void hunksMergeWithinTwiceTheContext()
    {
        QByteArray a, b;
        for (int i = 1; i <= 20; ++i) {
            a += "l" + QByteArray::number(i) + '\n';
            b += (i == 5 || i == 11 ? QByteArray("x\n") : "l" + QByteArray::number(i) + '\n');
        }
        const QByteArray d = ByteDiff::unified(a, b);
        QCOMPARE(d.count("@@ -"), 1);
        QVERIFY2(d.contains("@@ -2,13 +2,13 @@\n"), d.constData());
    }

    void labelsAndContext()
    {
        const QByteArray d
            = ByteDiff::unified("a\nb\nc\n", "a\nB\nc\n", QStringLiteral("host ção"), QStringLiteral("mine"), 0);
        QCOMPARE(d, QByteArray("--- host \xC3\xA7\xC3\xA3o\n+++ mine\n@@ -2 +2 @@\n-b\n+B\n"));
    }

    // Random edits: the diff turns a into b, and it is minimal (as many changed lines as GNU
    // `diff --minimal` finds).
    void randomAgainstGnuDiff()
    {
        const QString diffTool = QStandardPaths::findExecutable(QStringLiteral("diff"));
        QRandomGenerator g(20261205);
        const QList<QByteArray> alphabet { "a\n", "b\n", "c\r\n", "\xFF\n", "\n", "d\td\n", "a" };
        QTemporaryDir dir;
        for (int round = 0; round < 120; ++round) {
            const QByteArray a = randomText(g, int(g.bounded(40)), alphabet);
            QByteArray b = a;
            const int edits = int(g.bounded(6));
            for (int e = 0; e < edits; ++e) {
                const qsizetype at = b.isEmpty() ? 0 : qsizetype(g.bounded(int(b.size())));
                if (g.bounded(2) == 0)
                    b.insert(at, alphabet.at(int(g.bounded(alphabet.size()))));
                else
                    b.remove(at, g.bounded(8));
            }
            const QByteArray d = ByteDiff::unified(a, b);
            bool ok = false;
            const QByteArray rebuilt = applyUnified(a, d, &ok);
            QVERIFY2(ok && rebuilt == b,
                qPrintable(
                    QStringLiteral("round %1: a=%2 b=%3 diff=%4 rebuilt=%5")
                        .arg(round)
                        .arg(QString::fromLatin1(a.toPercentEncoding()), QString::fromLatin1(b.toPercentEncoding()),
                            QString::fromLatin1(d.toPercentEncoding()),
                            QString::fromLatin1(rebuilt.toPercentEncoding()))));
            if (diffTool.isEmpty())
                continue;
            QFile fa(dir.filePath(QStringLiteral("a"))), fb(dir.filePath(QStringLiteral("b")));
            QVERIFY(fa.open(QIODevice::WriteOnly) && fa.write(a) == a.size());
            fa.close();
            QVERIFY(fb.open(QIODevice::WriteOnly) && fb.write(b) == b.size());
            fb.close();
            QProcess p;
            p.start(diffTool, { QStringLiteral("--minimal"), QStringLiteral("-u"), fa.fileName(), fb.fileName() });
            QVERIFY(p.waitForFinished(10000));
            int gnuChanged = 0;
            for (const QByteArray& line : p.readAllStandardOutput().split('\n')) {
                if ((line.startsWith('+') && !line.startsWith("+++"))
                    || (line.startsWith('-') && !line.startsWith("---")))
                    ++gnuChanged;
            }
            const ByteDiff::Stats s = ByteDiff::stats(a, b);
            QCOMPARE(s.added + s.removed, gnuChanged);
        }
    }

    // What the zone save confirmation relies on: GNU patch turns a into b with the diff, also for
    // changes at either end, a missing or added final newline, CRLF and bytes that are not UTF-8.
    void gnuPatchAppliesIt_data()
    {
        QTest::addColumn<QByteArray>("a");
        QTest::addColumn<QByteArray>("b");
        QTest::newRow("insert at start") << QByteArray("b\nc\n") << QByteArray("a\nb\nc\n");
        QTest::newRow("append") << QByteArray("a\n") << QByteArray("a\nb\n");
        QTest::newRow("no final newline") << QByteArray("a\nb") << QByteArray("a\nc");
        QTest::newRow("add final newline") << QByteArray("a\nb") << QByteArray("a\nb\n");
        QTest::newRow("drop final newline") << QByteArray("a\nb\n") << QByteArray("a\nb");
        QTest::newRow("from empty") << QByteArray() << QByteArray("x\ny\n");
        QTest::newRow("to empty") << QByteArray("x\ny\n") << QByteArray();
        QTest::newRow("crlf") << QByteArray("a\r\nb\r\nc\r\n") << QByteArray("a\r\nB\r\nc\r\n");
        QTest::newRow("not utf-8") << QByteArray("\xFF\xFE x\n\xC3\x28\n") << QByteArray("\xFF\xFE y\n\xC3\x28\n");
        QTest::newRow("two hunks") << QByteArray("1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\n")
                                   << QByteArray("1\nX\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\nY\n14\n");
    }
    void gnuPatchAppliesIt()
    {
        QFETCH(QByteArray, a);
        QFETCH(QByteArray, b);
        const std::optional<QByteArray> patched = gnuPatched(a, ByteDiff::unified(a, b));
        if (!patched)
            QSKIP("GNU patch is not installed");
        QCOMPARE(*patched, b);
    }

    void gnuPatchAppliesRandomEdits()
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
            const QByteArray a = lines.join();
            const QByteArray b = edited.join();
            const std::optional<QByteArray> patched
                = gnuPatched(a, ByteDiff::unified(a, b, QStringLiteral("zone"), QStringLiteral("zone")));
            if (!patched)
                QSKIP("GNU patch is not installed");
            QCOMPARE(*patched, b);
        }
    }

    void largeInputWithFewChangesIsFast()
    {
        QByteArray a;
        for (int i = 0; i < 200000; ++i)
            a += "record " + QByteArray::number(i) + " IN A 10.0.0.1\n";
        QByteArray b = a;
        b.replace("record 100000 IN A", "record 100000 IN AAAA");
        b.append("tail\n");
        QElapsedTimer t;
        t.start();
        const QByteArray d = ByteDiff::unified(a, b);
        QVERIFY2(t.elapsed() < 5000, qPrintable(QString::number(t.elapsed())));
        QCOMPARE(d.count("@@ -"), 2);
        QVERIFY(d.contains("-record 100000 IN A 10.0.0.1\n+record 100000 IN AAAA 10.0.0.1\n"));
        const ByteDiff::Stats s = ByteDiff::stats(a, b);
        QCOMPARE(s.removed, 1);
        QCOMPARE(s.added, 2);
    }
};

QTEST_GUILESS_MAIN(TestByteDiff)
#include "tst_bytediff.moc"
