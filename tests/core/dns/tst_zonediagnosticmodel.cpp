#include "core/dns/zonediagnosticmodel.h"
#include "core/dns/zonedocument.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

namespace {
ZoneDiagnostic finding(int line, const QString& message, bool error = true)
{
    ZoneDiagnostic d;
    d.severity = error ? ZoneDiagnostic::Severity::Error : ZoneDiagnostic::Severity::Warning;
    d.line = line;
    d.column = 1;
    d.message = message;
    return d;
}

ZoneDiagnostics many(int count, int lineShiftFrom = -1, int shift = 0)
{
    ZoneDiagnostics out;
    for (int i = 0; i < count; ++i)
        out << finding(10 * i + (i >= lineShiftFrom && lineShiftFrom >= 0 ? shift : 0) + 1,
            QStringLiteral("problem %1").arg(i), i % 3 != 0);
    return out;
}
} // namespace

class TestZoneDiagnosticModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsFindingsOrThePlaceholder()
    {
        ZoneDiagnosticModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0); // no zone
        model.setDiagnostics({});
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.isPlaceholder(0));
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("No problems found."));
        QCOMPARE(model.errorCount(), 0);
        model.setDiagnostics(
            { finding(12, QStringLiteral("bad address")), finding(0, QStringLiteral("no NS"), false) });
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(!model.isPlaceholder(0));
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("Error · line 12: bad address"));
        QCOMPARE(model.index(1).data().toString(), QStringLiteral("Warning · zone: no NS"));
        QCOMPARE(model.index(0).data(ZoneDiagnosticModel::LineRole).toInt(), 12);
        QCOMPARE(
            model.index(1).data(ZoneDiagnosticModel::SeverityRole).toInt(), int(ZoneDiagnostic::Severity::Warning));
        QCOMPARE(model.errorCount(), 1);
        QCOMPARE(model.warningCount(), 1);
        model.setDiagnostics({});
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.isPlaceholder(0));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    // One finding more or less among thousands: one row inserted or removed, nothing reset.
    void updatesOnlyTheRowsThatDiffer()
    {
        ZoneDiagnosticModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDiagnostics(many(5000));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        model.setDiagnostics(many(5000)); // the same: no signal at all
        QCOMPARE(inserted.count() + removed.count() + changed.count() + reset.count(), 0);

        ZoneDiagnostics more = many(5000);
        more.insert(2500, finding(24995, QStringLiteral("new problem")));
        model.setDiagnostics(more);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 2500);
        QCOMPARE(inserted.first().at(2).toInt(), 2500);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(model.index(2500).data(ZoneDiagnosticModel::MessageRole).toString(), QStringLiteral("new problem"));

        model.setDiagnostics(many(5000));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.first().at(1).toInt(), 2500);
        QCOMPARE(model.rowCount(), 5000);

        // An edit that adds two lines at finding 1000: the findings below move, in place.
        changed.clear();
        model.setDiagnostics(many(5000, 1000, 2));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 1000);
        QCOMPARE(changed.first().at(1).toModelIndex().row(), 4999);
        QCOMPARE(model.index(4999).data(ZoneDiagnosticModel::LineRole).toInt(), 10 * 4999 + 3);
        QCOMPARE(reset.count(), 0);
    }

    void agreesWithAFreshModelUnderRandomChanges()
    {
        ZoneDiagnosticModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QRandomGenerator rng(7);
        ZoneDiagnostics list;
        for (int step = 0; step < 400; ++step) {
            const int op = int(rng.bounded(4));
            if (op == 0 || list.isEmpty()) {
                list.insert(rng.bounded(int(list.size()) + 1),
                    finding(int(rng.bounded(50)), QStringLiteral("p%1").arg(rng.bounded(6)), rng.bounded(2)));
            } else if (op == 1) {
                list.removeAt(rng.bounded(int(list.size())));
            } else if (op == 2) {
                for (qsizetype i = rng.bounded(int(list.size())); i < list.size(); ++i)
                    list[i].line += 1;
            } else {
                list[rng.bounded(int(list.size()))].message = QStringLiteral("q%1").arg(step);
            }
            model.setDiagnostics(list);
            QCOMPARE(model.count(), int(list.size()));
            if (list.isEmpty()) {
                QVERIFY(model.isPlaceholder(0));
                continue;
            }
            QCOMPARE(model.rowCount(), int(list.size()));
            for (int r = 0; r < model.rowCount(); ++r) {
                QCOMPARE(model.index(r).data().toString(), ZoneDiagnosticModel::textOf(list[r]));
                QCOMPARE(model.index(r).data(ZoneDiagnosticModel::LineRole).toInt(), list[r].line);
            }
        }
    }

    // What the pane does: a document's findings after each edit.
    void followsADocument()
    {
        ZoneDocument doc;
        doc.load("$TTL 60\n@ IN SOA ns1 h ( 1 2 3 4 5 )\n  IN NS ns1\nns1 IN A 192.0.2.1\nbad IN A 10.0.0.300\n",
            QStringLiteral("example.com"));
        ZoneDiagnosticModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDiagnostics(doc.diagnostics());
        QCOMPARE(model.errorCount(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data(ZoneDiagnosticModel::LineRole).toInt(), 5);
        doc.replaceEntries(0, 0, "; a comment line first\n");
        model.setDiagnostics(doc.diagnostics());
        QCOMPARE(model.index(0).data(ZoneDiagnosticModel::LineRole).toInt(), 6);
        doc.setRecordData(5, QStringLiteral("10.0.0.30"));
        model.setDiagnostics(doc.diagnostics());
        QVERIFY(model.isPlaceholder(0));
        QCOMPARE(model.errorCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestZoneDiagnosticModel)
#include "tst_zonediagnosticmodel.moc"
