#include "core/dns/zonedocument.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <functional>
#include <memory>

namespace {
QByteArray readData(const QString& rel)
{
    QFile f(qEnvironmentVariable("GBADMIN_TESTDATA_DIR") + QStringLiteral("/dns/") + rel);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(rel));
    return f.readAll();
}

QList<QByteArray> linesOf(const QByteArray& b)
{
    return b.split('\n');
}

// What a validation says, independent of which of two equal records carries a finding.
QStringList findings(const ZoneDocument& d)
{
    QStringList out;
    for (const auto& x : d.diagnostics())
        out << (x.isError() ? QStringLiteral("E ") : QStringLiteral("W ")) + x.message;
    out.sort();
    return out;
}
} // namespace

class TestZoneDocument : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void unmodifiedSaveIsByteIdentical_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("tricky") << QStringLiteral("tricky.zone");
        const QDir d(qEnvironmentVariable("GBADMIN_TESTDATA_DIR") + QStringLiteral("/dns/oracle"));
        for (const QString& f : d.entryList({ QStringLiteral("*.zone") }))
            QTest::newRow(qPrintable(f)) << QStringLiteral("oracle/") + f;
    }
    void unmodifiedSaveIsByteIdentical()
    {
        QFETCH(QString, file);
        const QByteArray bytes = readData(file);
        ZoneDocument doc;
        doc.load(bytes, QStringLiteral("example.com"));
        QCOMPARE(doc.save(), bytes);
    }

    void readsTheTrickySyntax()
    {
        ZoneDocument doc;
        doc.load(readData(QStringLiteral("tricky.zone")), QStringLiteral("example.com"));
        const auto diags = doc.diagnostics();
        QVERIFY2(!doc.hasErrors(), qPrintable(diags.isEmpty() ? QString() : diags.first().message));
        QList<ZoneDocument::Record> recs;
        QList<int> lines;
        for (int p = 0; p < doc.entryCount(); ++p) {
            if (doc.entryKind(p) == ZoneDocument::EntryKind::Record) {
                recs << doc.record(p);
                lines << doc.entryLine(p);
            }
        }
        auto find = [&](const QString& owner, const QString& type) -> int {
            for (int i = 0; i < recs.size(); ++i) {
                if (recs[i].owner == owner && recs[i].type == type)
                    return i;
            }
            return -1;
        };
        // Multi-line SOA in parentheses with comments inside, written with relative names.
        const int soa = find(QStringLiteral("@"), QStringLiteral("SOA"));
        QVERIFY(soa >= 0);
        QCOMPARE(recs[soa].data, QStringLiteral("ns1 hostmaster 2026051901 7200 3600 1209600 300"));
        QCOMPARE(recs[soa].ttl, 86400u); // $TTL 1d
        // Blank owner inherits; TTL before or after the class.
        const int aaaa = find(QStringLiteral("www"), QStringLiteral("AAAA"));
        QVERIFY(aaaa >= 0);
        QCOMPARE(recs[aaaa].ttl, 300u);
        QCOMPARE(lines[aaaa], lines[find(QStringLiteral("www"), QStringLiteral("A"))] + 1);
        QCOMPARE(recs[find(QStringLiteral("late"), QStringLiteral("A"))].ttl, 5400u); // IN 1h30m
        // $ORIGIN changes relative names; owners are shown relative to the origin in effect.
        const int sub = find(QStringLiteral("host"), QStringLiteral("A"));
        QVERIFY(sub >= 0);
        QCOMPARE(recs[sub].data, QStringLiteral("192.0.2.40"));
        // Several TXT strings, escapes and ';' inside quotes kept as written.
        const int txt = find(QStringLiteral("@"), QStringLiteral("TXT"));
        QVERIFY(txt >= 0);
        QCOMPARE(recs[txt].data, QStringLiteral("\"v=spf1 ; not a comment\" \"say \\\"hi\\\"\" \"\\065BC\""));
        // RFC 3597 generic form and an unmodelled type kept as text.
        QCOMPARE(recs[find(QStringLiteral("gen"), QStringLiteral("TYPE65534"))].data, QStringLiteral("\\# 2 abcd"));
        QCOMPARE(recs[find(QStringLiteral("www"), QStringLiteral("HTTPS"))].data,
            QStringLiteral("1 . alpn=h2 ipv4hint=192.0.2.10"));
        QCOMPARE(doc.includes(), QStringList { QStringLiteral("extra.zone") });
    }

    void includeIsReportedNotFollowed()
    {
        ZoneDocument doc;
        doc.load(readData(QStringLiteral("tricky.zone")), QStringLiteral("example.com"));
        bool reported = false;
        for (const auto& d : doc.diagnostics())
            reported = reported || (!d.isError() && d.message.contains(QStringLiteral("extra.zone")));
        QVERIFY(reported);
    }

    void includeIsFollowedWhenAsked()
    {
        const QByteArray zone = "$TTL 60\n@ IN SOA ns1 h 1 2 3 4 5\n  IN NS ns1\nns1 IN A 192.0.2.1\n"
                                "$INCLUDE hosts.zone\n$INCLUDE \"sub.zone\" sub\n$INCLUDE missing.zone\n";
        ZoneDocument doc;
        QStringList asked;
        doc.setIncludeLoader([&](const QString& name) -> std::optional<QByteArray> {
            asked << name;
            if (name == QLatin1String("hosts.zone"))
                return QByteArray("www 60 IN A 192.0.2.80\nbad 60 IN A 192.0.2.300\n");
            if (name == QLatin1String("sub.zone"))
                return QByteArray("@ 60 IN TXT \"at sub\"\n");
            return std::nullopt;
        });
        doc.load(zone, QStringLiteral("example.com"));
        QCOMPARE(asked,
            (QStringList { QStringLiteral("hosts.zone"), QStringLiteral("sub.zone"), QStringLiteral("missing.zone") }));
        const auto d = doc.diagnostics();
        QCOMPARE(d.size(), 2);
        QCOMPARE(d[0].line, 5);
        QVERIFY(d[0].message.startsWith(QStringLiteral("hosts.zone line 2: ")));
        QVERIFY(d[0].message.contains(QStringLiteral("192.0.2.300")));
        QCOMPARE(d[1].line, 7);
        QVERIFY(d[1].message.contains(QStringLiteral("cannot be read")));
        QCOMPARE(doc.save(), zone);
    }

    void diagnosticsCarryLineAndColumn()
    {
        const QByteArray zone = "$TTL 60\n"
                                "@ IN SOA ns1 h 1 2 3 4 5\n"
                                "  IN NS ns1\n"
                                "ns1 IN A 192.0.2.1\n"
                                "bad IN A 192.0.2.300 ; oops\n"
                                "t IN TXT ( \"ok\"\n"
                                "   \"also ok\" ) bogus(\n";
        ZoneDocument doc;
        doc.load(zone, QStringLiteral("example.com"));
        const auto d = doc.diagnostics();
        QCOMPARE(d.size(), 2);
        QCOMPARE(d[0].line, 5);
        QCOMPARE(d[0].column, 10);
        QVERIFY(d[0].message.contains(QStringLiteral("192.0.2.300")));
        QCOMPARE(d[1].line, 7);
        QVERIFY(d[1].isError());
        QVERIFY(d[1].message.contains(QStringLiteral("never closed")));
    }

    void editRewritesOnlyTheTouchedLine()
    {
        const QByteArray original = readData(QStringLiteral("tricky.zone"));
        ZoneDocument doc;
        doc.load(original, QStringLiteral("example.com"));
        int pos = -1;
        for (int p = 0; p < doc.entryCount() && pos < 0; ++p) {
            if (doc.entryKind(p) == ZoneDocument::EntryKind::Record && doc.record(p).owner == QLatin1String("mail"))
                pos = p;
        }
        QVERIFY(pos >= 0);
        const int line = doc.entryLine(pos);
        QVERIFY(doc.setRecordData(pos, QStringLiteral("192.0.2.99")));
        const auto before = linesOf(original);
        const auto after = linesOf(doc.save());
        QCOMPARE(after.size(), before.size());
        for (int i = 0; i < before.size(); ++i) {
            if (i == line - 1)
                QCOMPARE(after[i], QByteArray(before[i]).replace("192.0.2.25", "192.0.2.99"));
            else
                QCOMPARE(after[i], before[i]);
        }
        // The trailing comment of that line survived.
        QVERIFY(after[line - 1].contains("; the mail host"));
        QCOMPARE(doc.record(pos).data, QStringLiteral("192.0.2.99"));
    }

    void ttlEditKeepsLayoutAndComment()
    {
        const QByteArray zone = "$TTL 60\n@ IN SOA ns1 h 1 2 3 4 5\n  IN NS ns1\nns1\tIN\tA\t192.0.2.1\t; ns\n"
                                "www 300 IN A 192.0.2.2 ; web\n";
        ZoneDocument doc;
        doc.load(zone, QStringLiteral("example.com"));
        QVERIFY(doc.setRecordTtl(4, 900));
        QVERIFY(doc.setRecordTtl(3, 120));
        QCOMPARE(doc.save(),
            QByteArray("$TTL 60\n@ IN SOA ns1 h 1 2 3 4 5\n  IN NS ns1\nns1\t120\tIN\tA\t192.0.2.1\t; ns\n"
                       "www 900 IN A 192.0.2.2 ; web\n"));
        QCOMPARE(doc.record(3).ttl, 120u);
        QVERIFY(doc.record(3).ttlExplicit);
    }

    void newRecordIsLaidOutLikeItsNeighbour()
    {
        const QByteArray zone = "$TTL 60\n@       IN SOA ns1 h 1 2 3 4 5\n        IN NS  ns1\n"
                                "ns1     IN A   192.0.2.1\n";
        ZoneDocument doc;
        doc.load(zone, QStringLiteral("example.com"));
        ZoneDocument::Record r;
        r.owner = QStringLiteral("www");
        r.type = QStringLiteral("A");
        r.data = QStringLiteral("192.0.2.80");
        const int pos = doc.insertRecord(doc.entryCount(), r);
        QCOMPARE(pos, 4);
        QCOMPARE(doc.entryText(pos), QByteArray("www     IN A   192.0.2.80\n"));
        QVERIFY(!doc.hasErrors());
        // A file without a final newline gets one before the new line, not a merged line.
        ZoneDocument doc2;
        doc2.load(QByteArray(zone).chopped(1), QStringLiteral("example.com"));
        QVERIFY(doc2.insertRecord(doc2.entryCount(), r) > 0);
        QVERIFY(doc2.save().endsWith("192.0.2.1\nwww     IN A   192.0.2.80\n"));
        QVERIFY(!doc2.hasErrors());
    }

    void removingANamedLineKeepsTheNameForItsFollowers()
    {
        const QByteArray zone = "$TTL 60\n@ IN SOA ns1 h 1 2 3 4 5\n  IN NS ns1\nns1 IN A 192.0.2.1\n"
                                "www   IN A 192.0.2.2\n      IN AAAA 2001:db8::2\n";
        ZoneDocument doc;
        doc.load(zone, QStringLiteral("example.com"));
        QVERIFY(doc.removeEntry(4));
        QCOMPARE(doc.save(),
            QByteArray("$TTL 60\n@ IN SOA ns1 h 1 2 3 4 5\n  IN NS ns1\nns1 IN A 192.0.2.1\n"
                       "www      IN AAAA 2001:db8::2\n"));
        QCOMPARE(doc.record(4).owner, QStringLiteral("www"));
        doc.undo();
        QCOMPARE(doc.save(), zone);
    }

    // The record dialog: owner and type changed at once are one undo step; lines that inherited the
    // old owner keep it; a comment at the line's end stays.
    void replaceRecordIsOneStepAndKeepsFollowersOwners()
    {
        const QByteArray text = "$ORIGIN example.com.\n"
                                "$TTL 3600\n"
                                "@ IN SOA ns1 hostmaster 1 7200 3600 1209600 3600\n"
                                "  IN NS ns1\n"
                                "ns1 IN A 10.0.0.2\n"
                                "www IN A 10.0.0.10 ; web\n"
                                "    IN AAAA 2001:db8::10\n";
        ZoneDocument doc;
        doc.load(text, QStringLiteral("example.com"));
        int www = -1;
        for (int i = 0; i < doc.entryCount(); ++i) {
            if (doc.entryText(i).startsWith("www"))
                www = i;
        }
        QVERIFY(www > 0);
        QVERIFY(doc.replaceRecord(www,
            { QStringLiteral("web"), 3600, false, QStringLiteral("IN"), QStringLiteral("CNAME"),
                QStringLiteral("ns1") }));
        const QByteArray after = doc.save();
        QVERIFY2(after.contains("web IN CNAME ns1 ; web\n"), after.constData());
        QVERIFY2(after.contains("www    IN AAAA 2001:db8::10\n"), after.constData()); // still www's
        QCOMPARE(doc.record(www + 1).owner, QStringLiteral("www"));
        QVERIFY(!doc.hasErrors());
        doc.undo();
        QCOMPARE(doc.save(), text);
        QVERIFY(!doc.canUndo());

        // Value and TTL of one record: two edits merged into one step; the clean state follows.
        QVERIFY(doc.setRecordData(www, QStringLiteral("10.0.0.11")));
        QVERIFY(doc.setRecordTtl(www, 600));
        QVERIFY(doc.mergeLastSteps());
        QVERIFY(doc.save().contains("www 600 IN A 10.0.0.11 ; web\n"));
        doc.undo();
        QCOMPARE(doc.save(), text);
        QVERIFY(doc.isClean());
        QVERIFY(!doc.canUndo());
        doc.redo();
        QVERIFY(doc.save().contains("www 600 IN A 10.0.0.11"));
        // Steps on different entries are not merged.
        QVERIFY(doc.setRecordData(www - 1, QStringLiteral("10.0.0.3")));
        QVERIFY(doc.setRecordData(www, QStringLiteral("10.0.0.12")));
        QVERIFY(!doc.mergeLastSteps());
    }

    // saveLater() is save() taken now and built later (the autosave's worker thread): the same
    // bytes, unchanged by edits, undo or the document's end after the snapshot.
    void saveLaterIsASnapshotOfSave()
    {
        const QByteArray original = readData(QStringLiteral("tricky.zone"));
        auto doc = std::make_unique<ZoneDocument>();
        doc->load(original, QStringLiteral("example.com"));
        QCOMPARE(doc->saveLater()(), original);
        QVERIFY(doc->setRecordTtl(doc->soaPosition(), 7200));
        ZoneDocument::Record r;
        r.owner = QStringLiteral("new");
        r.type = QStringLiteral("TXT");
        r.data = QStringLiteral("\"hello\"");
        QVERIFY(doc->insertRecord(5, r) >= 0);
        QVERIFY(doc->insertRecord(6, r) >= 0);
        QVERIFY(doc->removeEntry(doc->entryCount() - 1));
        const QByteArray edited = doc->save();
        const std::function<QByteArray()> later = doc->saveLater();
        QCOMPARE(later(), edited);
        doc->replaceEntries(0, doc->entryCount(), QByteArray("$TTL 1\n"));
        QVERIFY(doc->save() != edited);
        while (doc->canUndo())
            doc->undo();
        QCOMPARE(doc->save(), original);
        doc.reset();
        QCOMPARE(later(), edited);
        ZoneDocument empty;
        QCOMPARE(empty.saveLater()(), QByteArray());
    }

    void undoRedoRestoreExactBytes()
    {
        const QByteArray original = readData(QStringLiteral("tricky.zone"));
        ZoneDocument doc;
        doc.load(original, QStringLiteral("example.com"));
        QVERIFY(!doc.canUndo());
        QVERIFY(doc.setRecordTtl(doc.soaPosition(), 7200));
        ZoneDocument::Record r;
        r.owner = QStringLiteral("new");
        r.type = QStringLiteral("TXT");
        r.data = QStringLiteral("\"hello\"");
        QVERIFY(doc.insertRecord(5, r) >= 0);
        QVERIFY(doc.removeEntry(doc.entryCount() - 1));
        QVERIFY(doc.bumpSerial(QDate(2026, 11, 27)).isEmpty());
        const QByteArray edited = doc.save();
        QVERIFY(edited != original);
        int steps = 0;
        while (doc.canUndo()) {
            doc.undo();
            ++steps;
        }
        QCOMPARE(steps, 4);
        QCOMPARE(doc.save(), original);
        while (doc.canRedo())
            doc.redo();
        QCOMPARE(doc.save(), edited);
        // A new edit after undo drops the redo branch.
        doc.undo();
        QVERIFY(doc.setRecordTtl(doc.soaPosition(), 60));
        QVERIFY(!doc.canRedo());
    }

    void serialBumpTouchesOnlyTheSerial()
    {
        const QByteArray original = readData(QStringLiteral("tricky.zone"));
        ZoneDocument doc;
        doc.load(original, QStringLiteral("example.com"));
        QVERIFY(doc.bumpSerial(QDate(2026, 11, 27)).isEmpty());
        QByteArray expected = original;
        expected.replace("2026051901", "2026112700");
        QCOMPARE(doc.save(), expected);
        QVERIFY(doc.record(doc.soaPosition()).data.contains(QStringLiteral(" 2026112700 ")));
        // Without an SOA there is nothing to bump, and the answer says so.
        ZoneDocument empty;
        empty.load("a 60 IN A 192.0.2.1\n", QStringLiteral("example.com"));
        QVERIFY(!empty.bumpSerial(QDate(2026, 11, 27)).isEmpty());
    }

    void editsRevalidateOnlyWhatTheyTouchYetAgreeWithAFullCheck()
    {
        const QByteArray zone = "$TTL 60\n@ IN SOA ns1 h 1 2 3 4 5\n  IN NS ns1\nns1 IN A 192.0.2.1\n"
                                "www IN A 192.0.2.2\nmail IN A 192.0.2.3\n@ IN MX 10 mail\n";
        ZoneDocument doc;
        doc.load(zone, QStringLiteral("example.com"));
        QVERIFY(!doc.hasErrors());
        // CNAME beside other data appears and disappears with the edit that causes it.
        ZoneDocument::Record c;
        c.owner = QStringLiteral("www");
        c.type = QStringLiteral("CNAME");
        c.data = QStringLiteral("mail");
        const int at = doc.insertRecord(doc.entryCount(), c);
        QCOMPARE(doc.errorCount(), 1);
        doc.undo();
        QCOMPARE(doc.errorCount(), 0);
        doc.redo();
        QVERIFY(doc.removeEntry(4)); // the A of www: the CNAME is now alone
        QCOMPARE(doc.errorCount(), 0);
        // MX target turns into a CNAME: a warning on the MX line, as BIND does.
        QVERIFY(doc.setRecordData(at - 2, QStringLiteral("10 www")));
        ZoneDocument fresh;
        fresh.load(doc.save(), QStringLiteral("example.com"));
        QCOMPARE(findings(doc), findings(fresh));
        QCOMPARE(doc.errorCount(), 0);
        bool warned = false;
        for (const auto& d : doc.diagnostics())
            warned = warned || (!d.isError() && d.message.contains(QStringLiteral("alias")));
        QVERIFY(warned);
    }

    void randomEditsAgreeWithFullRevalidation()
    {
        // Property: after any sequence of edits the incremental findings equal those of a fresh
        // load of the saved text.
        const QByteArray original = readData(QStringLiteral("tricky.zone"));
        const QStringList owners = { QStringLiteral("@"), QStringLiteral("www"), QStringLiteral("mail"),
            QStringLiteral("ns1"), QStringLiteral("x"), QStringLiteral("ftp") };
        const QStringList types = { QStringLiteral("A"), QStringLiteral("CNAME"), QStringLiteral("MX"),
            QStringLiteral("NS"), QStringLiteral("TXT"), QStringLiteral("AAAA"), QStringLiteral("DNAME") };
        const QStringList datas = { QStringLiteral("192.0.2.7"), QStringLiteral("www"), QStringLiteral("10 mail"),
            QStringLiteral("x"), QStringLiteral("\"t\""), QStringLiteral("2001:db8::7"), QStringLiteral("300.1.1.1"),
            QStringLiteral("ftp"), QStringLiteral("example.net.") };
        QRandomGenerator rng(5);
        for (int round = 0; round < 30; ++round) {
            ZoneDocument doc;
            doc.load(original, QStringLiteral("example.com"));
            for (int step = 0; step < 25; ++step) {
                const int n = doc.entryCount();
                const int pos = static_cast<int>(rng.bounded(static_cast<quint32>(n)));
                switch (rng.bounded(5)) {
                case 0: {
                    ZoneDocument::Record r;
                    r.owner = owners[static_cast<int>(rng.bounded(static_cast<quint32>(owners.size())))];
                    const int t = static_cast<int>(rng.bounded(static_cast<quint32>(types.size())));
                    r.type = types[t];
                    r.data = datas[static_cast<int>(rng.bounded(static_cast<quint32>(datas.size())))];
                    doc.insertRecord(pos, r);
                    break;
                }
                case 1:
                    doc.removeEntry(pos);
                    break;
                case 2:
                    doc.setRecordData(pos, datas[static_cast<int>(rng.bounded(static_cast<quint32>(datas.size())))]);
                    break;
                case 3:
                    doc.setRecordTtl(pos, rng.bounded(100000u));
                    break;
                default:
                    if (doc.canUndo())
                        doc.undo();
                    break;
                }
                ZoneDocument fresh;
                fresh.load(doc.save(), QStringLiteral("example.com"));
                if (findings(doc) != findings(fresh))
                    qWarning().noquote() << findings(doc).join(QLatin1Char('\n')) << "\n--- fresh:\n"
                                         << findings(fresh).join(QLatin1Char('\n')) << "\n--- text:\n"
                                         << doc.save();
                QVERIFY2(findings(doc) == findings(fresh),
                    qPrintable(findings(doc).join(QLatin1Char('\n')) + QStringLiteral("\n--- fresh:\n")
                        + findings(fresh).join(QLatin1Char('\n')) + QStringLiteral("\n--- text:\n")
                        + QString::fromUtf8(doc.save())));
                QCOMPARE(doc.errorCount(), fresh.errorCount());
                QCOMPARE(doc.entryCount(), fresh.entryCount());
            }
        }
    }

    void cleanStateFollowsUndoAndSaves()
    {
        ZoneDocument doc;
        const QByteArray zone = "$TTL 60\n@ IN SOA ns1 h ( 1 2 3 4 5 )\n  IN NS ns1\nns1 IN A 192.0.2.1\n";
        doc.load(zone, QStringLiteral("example.com"));
        QVERIFY(doc.isClean());
        QCOMPARE(doc.lineCount(), 4);
        QVERIFY(doc.setRecordData(3, QStringLiteral("192.0.2.2")));
        QVERIFY(!doc.isClean());
        doc.undo();
        QVERIFY(doc.isClean()); // back at the loaded text
        doc.redo();
        QVERIFY(!doc.isClean());
        // Saved here: clean; an edit and its undo come back to clean.
        const ZoneDocument::HistoryMark saved = doc.historyMark();
        doc.setClean();
        doc.setRecordTtl(3, 30);
        QVERIFY(!doc.isClean());
        doc.undo();
        QVERIFY(doc.isClean());
        // Undo below the clean point, then a new edit: the clean text is no longer reachable.
        doc.undo();
        QVERIFY(!doc.isClean());
        doc.setRecordData(3, QStringLiteral("192.0.2.3"));
        QVERIFY(!doc.isClean());
        doc.undo();
        QVERIFY(!doc.isClean());
        QVERIFY(!doc.setCleanAt(saved)); // that history is gone
        // A mark taken before later edits (a save still running) makes that point clean.
        const ZoneDocument::HistoryMark writing = doc.historyMark();
        doc.setRecordData(3, QStringLiteral("192.0.2.4"));
        QVERIFY(doc.setCleanAt(writing));
        QVERIFY(!doc.isClean()); // the later edit is unsaved
        doc.undo();
        QVERIFY(doc.isClean());
        doc.load(zone, QStringLiteral("example.com"));
        QVERIFY(doc.isClean());
        QVERIFY(!doc.setCleanAt(writing)); // another load's history
    }

    void signalsDescribeTheReplacedRange()
    {
        ZoneDocument doc;
        doc.load("$TTL 60\n@ IN SOA ns1 h 1 2 3 4 5\n  IN NS ns1\nns1 IN A 192.0.2.1\n", QStringLiteral("example.com"));
        QSignalSpy spy(&doc, &ZoneDocument::entriesReplaced);
        QVERIFY(doc.setRecordData(3, QStringLiteral("192.0.2.9")));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first(), (QList<QVariant> { 3, 1, 1 }));
    }

    void generateModifiersAreCheckedNotTrusted()
    {
        // Found by the fuzzer: a huge ${offset} overflowed; now it is an error like any bad input.
        ZoneDocument doc;
        doc.load("$TTL 60\n@ IN SOA ns1 h 1 2 3 4 5\n  IN NS ns1\nns1 IN A 192.0.2.1\n"
                 "$GENERATE 1-3 h${99999999999999999999,3,x} A 10.0.0.$\n"
                 "$GENERATE 1-3 w${-1,3,x} A 10.0.0.$\n",
            QStringLiteral("example.com"));
        const auto d = doc.diagnostics();
        QCOMPARE(d.size(), 1);
        QCOMPARE(d[0].line, 5);
        QVERIFY(d[0].message.contains(QStringLiteral("modifier")));
    }

    void garbageNeverThrows()
    {
        QRandomGenerator rng(77);
        const QByteArray alphabet = "abc019.@$;()\"\\ \t\n#INAMXTCSOP*-_/{},";
        for (int i = 0; i < 3000; ++i) {
            QByteArray b;
            const int len = static_cast<int>(rng.bounded(200u));
            for (int k = 0; k < len; ++k)
                b.append(rng.bounded(4u) == 0
                        ? static_cast<char>(rng.bounded(256u))
                        : alphabet[static_cast<int>(rng.bounded(static_cast<quint32>(alphabet.size())))]);
            ZoneDocument doc;
            doc.load(b, QStringLiteral("example.com"));
            QCOMPARE(doc.save(), b);
            (void)doc.diagnostics();
            if (doc.entryCount() > 0) {
                doc.setRecordData(0, QStringLiteral("1.2.3.4"));
                doc.removeEntry(doc.entryCount() - 1);
                while (doc.canUndo())
                    doc.undo();
                QCOMPARE(doc.save(), b);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestZoneDocument)
#include "tst_zonedocument.moc"
