#include "core/dns/soaserial.h"

#include <QRandomGenerator>
#include <QTest>

class TestSoaSerial : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void detectsSchemes()
    {
        QCOMPARE(SoaSerial::detect(2026051901u), SoaSerial::Scheme::Date);
        QCOMPARE(SoaSerial::detect(1716000000u), SoaSerial::Scheme::UnixTime);
        QCOMPARE(SoaSerial::detect(42u), SoaSerial::Scheme::Counter);
        // 2026-13-01 is no date: a large number like this is a Unix time.
        QCOMPARE(SoaSerial::detect(2026130101u), SoaSerial::Scheme::UnixTime);
    }

    void dateSchemeMovesToToday()
    {
        const auto b = SoaSerial::bumpSerial(2026051901u, QDate(2026, 11, 27));
        QVERIFY(b.ok());
        QCOMPARE(b->serial, 2026112700u);
        QCOMPARE(b->scheme, SoaSerial::Scheme::Date);
    }

    void dateSchemeSameDayIncrements()
    {
        const auto b = SoaSerial::bumpSerial(2026112703u, QDate(2026, 11, 27));
        QVERIFY(b.ok());
        QCOMPARE(b->serial, 2026112704u);
    }

    void nn99RollsIntoNextDay()
    {
        // max(today*100, old+1): the 100th change of a day borrows tomorrow's first number.
        const auto b = SoaSerial::bumpSerial(2026112799u, QDate(2026, 11, 27));
        QVERIFY(b.ok());
        QCOMPARE(b->serial, 2026112800u);
        QVERIFY(SoaSerial::greater(b->serial, 2026112799u));
    }

    void serialDatedInTheFutureStillIncrements()
    {
        const auto b = SoaSerial::bumpSerial(2030010105u, QDate(2026, 11, 27));
        QVERIFY(b.ok());
        QCOMPARE(b->serial, 2030010106u);
    }

    void serialFromThePastJumpsToToday()
    {
        const auto b = SoaSerial::bumpSerial(1999123101u, QDate(2026, 11, 27));
        QVERIFY(b.ok());
        QCOMPARE(b->serial, 2026112700u);
    }

    void counterAndUnixTimeGoUpByOne()
    {
        auto b = SoaSerial::bumpSerial(41u, QDate(2026, 11, 27));
        QVERIFY(b.ok());
        QCOMPARE(b->serial, 42u);
        QCOMPARE(b->scheme, SoaSerial::Scheme::Counter);
        b = SoaSerial::bumpSerial(1716000000u, QDate(2026, 11, 27));
        QVERIFY(b.ok());
        QCOMPARE(b->serial, 1716000001u);
        QCOMPARE(b->scheme, SoaSerial::Scheme::UnixTime);
    }

    void wrapsAt32BitsSkippingZero()
    {
        // 0xffffffff + 1 wraps to 0, which CoreDNS reads as "unchanged": the bump goes to 1, still
        // greater in RFC 1982 arithmetic.
        const auto b = SoaSerial::bumpSerial(0xffffffffu, QDate(2026, 11, 27));
        QVERIFY(b.ok());
        QCOMPARE(b->serial, 1u);
        QVERIFY(SoaSerial::greater(1u, 0xffffffffu));
    }

    void refusesJumpOutsideTheWindow()
    {
        // A date serial of 1970 moved to a date in 4200 would jump by more than 2^31.
        const auto b = SoaSerial::bumpSerial(1970010100u, QDate(4200, 1, 1));
        QVERIFY(!b.ok());
        QVERIFY(b.errorMessage().contains(QStringLiteral("2^31")));
    }

    void rfc1982Comparison()
    {
        QVERIFY(SoaSerial::greater(2u, 1u));
        QVERIFY(!SoaSerial::greater(1u, 2u));
        QVERIFY(!SoaSerial::greater(5u, 5u));
        QVERIFY(SoaSerial::greater(0u, 0xffffffffu));
        QVERIFY(!SoaSerial::greater(0x80000000u, 0u)); // exactly 2^31 apart: undefined, not greater
    }

    void propertyBumpIsAlwaysGreaterOrRefused()
    {
        QRandomGenerator rng(20261127);
        int refused = 0;
        for (int i = 0; i < 200000; ++i) {
            uint32_t old = rng.generate();
            if (i % 3 == 0) {
                // Real date serials, around today.
                const QDate d = QDate(1990, 1, 1).addDays(rng.bounded(40000));
                old = static_cast<uint32_t>(d.year() * 1000000u + static_cast<uint32_t>(d.month()) * 10000u
                    + static_cast<uint32_t>(d.day()) * 100u + rng.bounded(100u));
            }
            const QDate today = QDate(1970, 1, 1).addDays(rng.bounded(120000));
            const auto b = SoaSerial::bumpSerial(old, today);
            if (!b.ok()) {
                ++refused;
                QCOMPARE(SoaSerial::detect(old), SoaSerial::Scheme::Date);
                continue;
            }
            QVERIFY2(SoaSerial::greater(b->serial, old), qPrintable(QString::number(old)));
            QVERIFY(b->serial != 0);
            const auto scheme = SoaSerial::detect(old);
            QCOMPARE(b->scheme, scheme);
            if (scheme == SoaSerial::Scheme::Date) {
                const uint64_t base
                    = static_cast<uint64_t>(today.year() * 10000 + today.month() * 100 + today.day()) * 100;
                QCOMPARE(uint64_t(b->serial), std::max<uint64_t>(base, uint64_t(old) + 1));
            } else {
                QCOMPARE(b->serial, old == 0xffffffffu ? 1u : old + 1);
            }
        }
        QVERIFY(refused < 200000 / 10);
    }
};

QTEST_GUILESS_MAIN(TestSoaSerial)
#include "tst_soaserial.moc"
