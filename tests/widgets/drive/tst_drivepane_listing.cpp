#include "core/drive/drivemodel.h"
#include "widgets/drive/drivepane.h"

#include "support/fakecommandrunner.h"
#include "support/paneharness.h"

#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QTimer>

// A prefix of 50,000 objects streamed by `mc ls --json` into a shown pane (table sorted by name):
// every object arrives, in the right order, the first rows show before the listing ends and the
// event loop keeps running meanwhile. How long the GUI thread stalls is a speed goal, measured by
// bench/drive/bench_drive_listing (no timing assertions here).
class TstDrivePaneListing : public QObject
{
    Q_OBJECT

    static QByteArray lines(int count, bool scrambled)
    {
        QByteArray out;
        out.reserve(count * 230);
        for (int i = 0; i < count; ++i) {
            // Names in an order the sort has to work on.
            const int n = scrambled ? (i * 7919) % count : i;
            out += "{\"status\":\"success\",\"type\":\"file\",\"lastModified\":\"2026-05-19T11:58:03.25Z\",\"size\":"
                + QByteArray::number(400 + n) + ",\"key\":\"helpdesk.gbkb/docs/file-"
                + QByteArray::number(n).rightJustified(6, '0')
                + ".txt\",\"etag\":\"9b2cf535f27731c974343645a3985328\",\"url\":\"http://localhost:9100/helpdesk.gbai/"
                  "\","
                  "\"storageClass\":\"STANDARD\"}\n";
        }
        return out;
    }

private Q_SLOTS:
    void fiftyThousandObjectsStreamIntoTheTable_data()
    {
        QTest::addColumn<bool>("scrambled");
        QTest::addColumn<int>("chunk");
        // mc prints keys in S3 order, which is the table's default order: rows append at the end.
        // Worst case for the sorted table (as when sorted by size or date): every row lands elsewhere.
        QTest::newRow("mc order, 32 KiB") << false << 32 * 1024;
        QTest::newRow("scrambled, 1 MiB") << true << 1024 * 1024;
    }

    void fiftyThousandObjectsStreamIntoTheTable()
    {
        QFETCH(bool, scrambled);
        QFETCH(int, chunk);
        const int count = 50000;
        const QByteArray data = lines(count, scrambled);
        PaneHarness h;
        DrivePane pane;
        pane.resize(1100, 750);
        h.attach(&pane);
        h.connect();
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));

        pane.listPrefix(QStringLiteral("helpdesk.gbai"), QString());
        FakeJob* job = h.fake.last();
        QVERIFY(job && job->command.argv.contains(QStringLiteral("ls")));
        QSignalSpy finished(&pane, &DrivePane::listingFinished);

        // One chunk per event-loop turn, as the SSH worker delivers them; a timer counts the turns
        // the loop got while the listing ran.
        int ticks = 0;
        QTimer ticker;
        ticker.setInterval(0);
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start();
        qsizetype offset = 0;
        QTimer feeder;
        feeder.setInterval(0);
        connect(&feeder, &QTimer::timeout, this, [&] {
            job->emitOutput(data.mid(offset, chunk));
            offset += chunk;
            if (offset >= data.size())
                feeder.stop();
        });
        feeder.start();
        QTRY_VERIFY_WITH_TIMEOUT(offset >= data.size(), 60000);
        // Rows show while mc is still running: parsed as the output streams, not at its end.
        QTRY_VERIFY_WITH_TIMEOUT(pane.model()->rowCount() > 0, 60000);
        QVERIFY(pane.countText().contains(QLatin1String("listing")));
        QVERIFY(finished.isEmpty());
        job->succeed();
        QVERIFY(finished.wait(120000));
        ticker.stop();
        QVERIFY(ticks > 1);
        QCOMPARE(pane.model()->rowCount(), count);
        QCOMPARE(pane.proxy()->rowCount(), count);
        QCOMPARE(pane.proxy()->index(0, DriveModel::Name).data().toString(),
            QStringLiteral("helpdesk.gbkb/docs/file-000000.txt"));
        QCOMPARE(pane.proxy()->index(count - 1, DriveModel::Name).data().toString(),
            QStringLiteral("helpdesk.gbkb/docs/file-049999.txt"));
        QVERIFY(pane.countText().contains(QLatin1String("50")));
        QVERIFY(!pane.countText().contains(QLatin1String("listing")));
    }
};

QTEST_MAIN(TstDrivePaneListing)
#include "tst_drivepane_listing.moc"
