#include "core/dns/zonedocument.h"
#include "core/dns/zonerecordmodel.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

namespace {
const QByteArray kZone = "$TTL 60\n"
                         "@ IN SOA ns1 h ( 1 2 3 4 5 )\n"
                         "  IN NS ns1\n"
                         "; hosts\n"
                         "ns1 IN A 192.0.2.1\n"
                         "www 300 IN A 192.0.2.2\n"
                         "    IN AAAA 2001:db8::2\n";
}

class TestZoneRecordModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsRecordsNotDirectivesOrComments()
    {
        ZoneDocument doc;
        doc.load(kZone, QStringLiteral("example.com"));
        ZoneRecordModel model(&doc);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.columnCount(), int(ZoneRecordModel::ColumnCount));
        auto cell = [&](int row, int col) { return model.data(model.index(row, col)); };
        QCOMPARE(cell(0, ZoneRecordModel::Type).toString(), QStringLiteral("SOA"));
        QCOMPARE(cell(0, ZoneRecordModel::Data).toString(), QStringLiteral("ns1 h 1 2 3 4 5"));
        QCOMPARE(cell(1, ZoneRecordModel::Owner).toString(), QStringLiteral("@")); // inherited owner
        QCOMPARE(cell(4, ZoneRecordModel::Owner).toString(), QStringLiteral("www"));
        QCOMPARE(cell(3, ZoneRecordModel::Ttl).toUInt(), 300u);
        QCOMPARE(cell(4, ZoneRecordModel::Ttl).toUInt(), 60u); // $TTL applies, not the previous line's TTL
        QCOMPARE(cell(4, ZoneRecordModel::Class).toString(), QStringLiteral("IN"));
        QCOMPARE(cell(4, ZoneRecordModel::Line).toInt(), 7);
        QCOMPARE(cell(2, ZoneRecordModel::Line).toInt(), 5);
        QCOMPARE(model.headerData(ZoneRecordModel::Data, Qt::Horizontal).toString(), QStringLiteral("Data"));
    }

    void followsEditsUndoAndRedo()
    {
        ZoneDocument doc;
        doc.load(kZone, QStringLiteral("example.com"));
        ZoneRecordModel model(&doc);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

        ZoneDocument::Record r;
        r.owner = QStringLiteral("mail");
        r.type = QStringLiteral("A");
        r.data = QStringLiteral("192.0.2.25");
        doc.insertRecord(4, r); // before ns1, after the comment
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.data(model.index(2, ZoneRecordModel::Owner)).toString(), QStringLiteral("mail"));
        QCOMPARE(model.data(model.index(3, ZoneRecordModel::Line)).toInt(), 6); // ns1 moved down a line

        doc.setRecordData(model.entryPosition(3), QStringLiteral("192.0.2.11"));
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.data(model.index(3, ZoneRecordModel::Data)).toString(), QStringLiteral("192.0.2.11"));

        // Removing www's named line: the AAAA keeps the name, one row fewer.
        doc.removeEntry(model.entryPosition(4));
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.data(model.index(4, ZoneRecordModel::Type)).toString(), QStringLiteral("AAAA"));
        QCOMPARE(model.data(model.index(4, ZoneRecordModel::Owner)).toString(), QStringLiteral("www"));

        while (doc.canUndo())
            doc.undo();
        QCOMPARE(doc.save(), kZone);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.data(model.index(2, ZoneRecordModel::Owner)).toString(), QStringLiteral("ns1"));
        QVERIFY(removed.count() >= 2);
        while (doc.canRedo())
            doc.redo();
        QCOMPARE(model.rowCount(), 5);

        // Editing the owner line re-reads the inheriting line after it: its row updates.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        doc.load(kZone, QStringLiteral("example.com"));
        QCOMPARE(model.rowCount(), 5);
        doc.replaceEntries(5, 1, "web 300 IN A 192.0.2.2\n");
        QCOMPARE(model.data(model.index(4, ZoneRecordModel::Owner)).toString(), QStringLiteral("web"));
        QVERIFY(changed.count() >= 1);
    }

    void inPlaceEditChangesTheRowNotTheRows()
    {
        ZoneDocument doc;
        doc.load(kZone, QStringLiteral("example.com"));
        ZoneRecordModel model(&doc);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(doc.setRecordData(model.entryPosition(2), QStringLiteral("192.0.2.9")));
        QVERIFY(doc.setRecordTtl(model.entryPosition(3), 120));
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(removed.count(), 0);
        // The edited row changes (and the rows re-read because they inherit from it); never the
        // Line column of the rows below, since no line moved.
        QVERIFY(changed.count() >= 2);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 2);
        QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 2);
        for (const auto& args : changed)
            QVERIFY(args.at(1).toModelIndex().row() - args.at(0).toModelIndex().row() <= 1);
        QCOMPARE(model.data(model.index(2, ZoneRecordModel::Data)).toString(), QStringLiteral("192.0.2.9"));
        QCOMPARE(model.data(model.index(3, ZoneRecordModel::Ttl)).toUInt(), 120u);
        doc.undo();
        doc.undo();
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(doc.save(), kZone);

        // An edit that adds a line moves the line numbers below it (one dataChanged for the Line column).
        changed.clear();
        doc.replaceEntries(model.entryPosition(2), 1, "ns1 IN A 192.0.2.1 ; now two lines\n; note\n");
        QCOMPARE(model.data(model.index(4, ZoneRecordModel::Line)).toInt(), 8);
        bool lineColumn = false;
        for (const auto& args : changed)
            lineColumn = lineColumn
                || (args.at(0).toModelIndex().column() == ZoneRecordModel::Line
                    && args.at(1).toModelIndex().row() == model.rowCount() - 1);
        QVERIFY(lineColumn);
    }

    void staysInStepWithTheDocumentUnderRandomEdits()
    {
        ZoneDocument doc;
        doc.load(kZone, QStringLiteral("example.com"));
        ZoneRecordModel model(&doc);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QRandomGenerator rng(11);
        for (int step = 0; step < 300; ++step) {
            const int pos = static_cast<int>(rng.bounded(static_cast<quint32>(doc.entryCount() + 1)));
            switch (rng.bounded(4)) {
            case 0: {
                ZoneDocument::Record r;
                r.owner = rng.bounded(2) ? QStringLiteral("h%1").arg(step) : QStringLiteral("www");
                r.type = QStringLiteral("A");
                r.data = QStringLiteral("192.0.2.%1").arg(rng.bounded(255));
                doc.insertRecord(pos, r);
                break;
            }
            case 1:
                doc.removeEntry(pos);
                break;
            case 2:
                if (rng.bounded(2)
                    && doc.entryKind(std::min(pos, doc.entryCount() - 1)) == ZoneDocument::EntryKind::Record) {
                    doc.setRecordData(
                        std::min(pos, doc.entryCount() - 1), QStringLiteral("192.0.2.%1").arg(step % 250));
                    break;
                }
                // Raw text can turn a record line into a comment or the other way round.
                doc.replaceEntries(std::min(pos, doc.entryCount() - 1), doc.entryCount() > 0 ? 1 : 0,
                    rng.bounded(2) ? QByteArray("; gone\n") : QByteArray("    IN TXT \"inherits\"\n"));
                break;
            default:
                if (doc.canUndo())
                    doc.undo();
                break;
            }
            ZoneRecordModel fresh(&doc);
            QCOMPARE(model.rowCount(), fresh.rowCount());
            for (int row = 0; row < fresh.rowCount(); ++row) {
                QCOMPARE(model.entryPosition(row), fresh.entryPosition(row));
                QCOMPARE(model.data(model.index(row, ZoneRecordModel::Owner)),
                    fresh.data(fresh.index(row, ZoneRecordModel::Owner)));
                QCOMPARE(model.data(model.index(row, ZoneRecordModel::Line)),
                    fresh.data(fresh.index(row, ZoneRecordModel::Line)));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestZoneRecordModel)
#include "tst_zonerecordmodel.moc"
