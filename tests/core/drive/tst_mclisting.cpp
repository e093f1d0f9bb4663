#include "core/drive/mclisting.h"

#include "support/fakecommandrunner.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QTimer>

// McListing: mc's output parsed off the GUI thread, delivered in order and in slices; a message
// split across chunks, mc's multi-line error, cancel and restart dropping older answers.
class TstMcListing : public QObject
{
    Q_OBJECT

    static QByteArray line(int i)
    {
        return "{\"status\":\"success\",\"type\":\"file\",\"size\":1,\"key\":\"k" + QByteArray::number(i)
            + "\",\"etag\":\"e\"}\n";
    }

private Q_SLOTS:
    void entriesArriveInOrderAcrossChunks()
    {
        FakeCommandRunner fake;
        McListing listing(&fake);
        QList<DriveEntry> got;
        connect(&listing, &McListing::entriesReady, this, [&](const QList<DriveEntry>& e) { got += e; });
        QSignalSpy finished(&listing, &McListing::finished);
        listing.start(RemoteCommand::of({ QStringLiteral("mc") }));
        QVERIFY(listing.isRunning());
        QByteArray all;
        for (int i = 0; i < 5000; ++i)
            all += line(i);
        all += "{\n \"status\": \"error\",\n \"error\": {\n  \"message\": \"Partial listing.\"\n }\n}\n";
        // Split in the middle of messages and of a string.
        for (qsizetype at = 0; at < all.size(); at += 777)
            fake.last()->emitOutput(all.mid(at, 777));
        fake.last()->succeed();
        QVERIFY(finished.wait(10000));
        QCOMPARE(got.size(), 5000);
        for (int i = 0; i < got.size(); ++i)
            QCOMPARE(got.at(i).key, QStringLiteral("k%1").arg(i));
        const auto outcome = finished.first().first().value<McListing::Outcome>();
        QCOMPARE(outcome.entries, 5000);
        QCOMPARE(outcome.errors, QStringList { QStringLiteral("Partial listing.") });
        QCOMPARE(outcome.malformed, 0);
        QVERIFY(!listing.isRunning());
    }

    void cancelAndRestartDropOlderAnswers()
    {
        FakeCommandRunner fake;
        McListing listing(&fake);
        QList<DriveEntry> got;
        connect(&listing, &McListing::entriesReady, this, [&](const QList<DriveEntry>& e) { got += e; });
        QSignalSpy finished(&listing, &McListing::finished);
        listing.start(RemoteCommand::of({ QStringLiteral("mc"), QStringLiteral("first") }));
        FakeJob* first = fake.last();
        first->emitOutput(line(1) + line(2));
        listing.start(RemoteCommand::of({ QStringLiteral("mc"), QStringLiteral("second") }));
        QVERIFY(first->cancelCalled);
        fake.last()->emitOutput(line(3));
        fake.last()->succeed();
        QVERIFY(finished.wait(5000));
        QCOMPARE(got.size(), 1);
        QCOMPARE(got.first().key, QStringLiteral("k3"));

        listing.start(RemoteCommand::of({ QStringLiteral("mc"), QStringLiteral("third") }));
        fake.last()->emitOutput(line(4));
        listing.cancel();
        QVERIFY(fake.last()->cancelCalled);
        QTest::qWait(100);
        QCOMPARE(got.size(), 1); // nothing after cancel
        QCOMPARE(finished.size(), 1);
        QVERIFY(!listing.isRunning());
    }

    // A listing that takes many slices must not starve the window's timers (progress, animations,
    // heartbeat): some other timer runs between any two slices.
    void otherTimersRunBetweenSlices()
    {
        FakeCommandRunner fake;
        McListing listing(&fake);
        listing.setTimeBudget(0); // the smallest slices: many turns
        int ticks = 0;
        QTimer other;
        other.setTimerType(Qt::PreciseTimer);
        other.setInterval(1);
        connect(&other, &QTimer::timeout, this, [&ticks] { ++ticks; });
        other.start();
        QList<int> ticksAtSlice;
        // A receiver that takes 2 ms per slice: the 1 ms timer is due again at every slice's end.
        connect(&listing, &McListing::entriesReady, this, [&](const QList<DriveEntry>&) {
            ticksAtSlice << ticks;
            QThread::msleep(2);
        });
        QSignalSpy finished(&listing, &McListing::finished);
        listing.start(RemoteCommand::of({ QStringLiteral("mc") }));
        QByteArray all;
        for (int i = 0; i < 2000; ++i)
            all += line(i);
        fake.last()->emitOutput(all);
        fake.last()->succeed();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().value<McListing::Outcome>().entries, 2000);
        QVERIFY2(ticksAtSlice.size() >= 10, qPrintable(QString::number(ticksAtSlice.size())));
        for (qsizetype i = 1; i < ticksAtSlice.size(); ++i)
            QVERIFY2(ticksAtSlice.at(i) > ticksAtSlice.at(i - 1), qPrintable(QStringLiteral("slice %1").arg(i)));
    }

    void truncatedOutputCountsAsMalformed()
    {
        FakeCommandRunner fake;
        McListing listing(&fake);
        QSignalSpy finished(&listing, &McListing::finished);
        listing.start(RemoteCommand::of({ QStringLiteral("mc") }));
        fake.last()->emitOutput(line(1) + "{\"status\":\"succ");
        fake.last()->fail(1, {});
        QVERIFY(finished.wait(5000));
        const auto outcome = finished.first().first().value<McListing::Outcome>();
        QCOMPARE(outcome.entries, 1);
        QCOMPARE(outcome.malformed, 1);
        QCOMPARE(outcome.result.exitCode, 1);
    }
};

QTEST_MAIN(TstMcListing)
#include "tst_mclisting.moc"
