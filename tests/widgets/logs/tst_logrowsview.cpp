#include "widgets/common/statusdelegate.h"
#include "widgets/logs/logrowsview.h"

#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace Logs;

namespace {

QString record(const char* stamp, const char* level, const QString& message)
{
    return QLatin1String(stamp) + QLatin1Char(' ') + QLatin1String(level) + QLatin1String(" types:") + message;
}

// botlib's compact logger (spec §4.3).
QStringList wrap(const QString& line)
{
    QStringList out { line.left(100) };
    for (qsizetype at = 100; at < line.size(); at += 75)
        out.append(QString(25, QLatin1Char(' ')) + line.mid(at, 75));
    return out;
}

const QString kSkip
    = QStringLiteral("Skipping salesbot.gbai/salesbot.gbdialog/broken.bas \u2014 failed 5 times (max 5). "
                     "Remove from Drive or fix the file to retry.");

struct Fixture
{
    QPlainTextEdit edit;
    LineBuffer buffer { 5000 };
    LineJoiner joiner;
    LogRowsView view { &edit, &buffer };

    Fixture()
    {
        edit.setReadOnly(true);
        edit.resize(500, 300);
        edit.show();
    }
    void feed(const QStringList& physical)
    {
        view.rowsAdded(buffer.append(joiner.feed(physical)));
        view.rowsAdded(buffer.append(joiner.flush()));
    }
    QStringList blocks() const
    {
        QStringList out;
        for (QTextBlock b = edit.document()->firstBlock(); b.isValid(); b = b.next())
            out.append(b.text());
        return out;
    }
};

} // namespace

class TestLogRowsView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void wrappedMessageIsOneBlockWrappedToTheView()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.edit));
        const QString message = record("20260519153341.123", "error",
            QStringLiteral("Failed to compile /opt/gbo/work/helpdesk.gbai/helpdesk.gbdialog/open-ticket.bas: ")
                + QString(200, QLatin1Char('e')) + QStringLiteral(" END"));
        f.feed(wrap(message) + QStringList { record("20260519153342.000", "info", QStringLiteral("next")) });
        f.view.flush();
        QCOMPARE(f.blocks(), (QStringList { message, record("20260519153342.000", "info", QStringLiteral("next")) }));
        // The view wraps the message to its own width: narrow → more lines, wide → fewer.
        // (QPlainTextEdit lays blocks out when it paints them.)
        auto lines = [&] { return f.edit.document()->firstBlock().layout()->lineCount(); };
        QTRY_VERIFY2(lines() >= 3, qPrintable(QString::number(lines())));
        const int narrow = lines();
        f.edit.resize(1800, 300);
        QTRY_VERIFY(lines() > 0 && lines() < narrow);
        // Colour by level, on the whole message.
        const QTextBlock b = f.edit.document()->firstBlock();
        QCOMPARE(b.begin().fragment().charFormat().foreground().color(), StatusDelegate::red());
        QCOMPARE(b.begin().fragment().length(), message.size());
        // Search finds text across the place where botserver cut the line.
        const qsizetype cut = 100 - 3;
        const QString across = message.mid(cut, 6);
        f.edit.moveCursor(QTextCursor::Start);
        QVERIFY(f.edit.find(across));
    }

    void repeatsUpdateTheLastRowInPlace()
    {
        Fixture f;
        f.feed({ record("20260519153340.000", "info", QStringLiteral("before")) });
        f.feed(wrap(record("20260519153341.200", "warn", kSkip)));
        f.view.flush();
        QCOMPARE(f.blocks().size(), 2);
        QSignalSpy changes(f.edit.document(), &QTextDocument::blockCountChanged);
        f.feed(wrap(record("20260519153343.200", "warn", kSkip)));
        f.view.flush();
        f.feed(wrap(record("20260519153345.250", "warn", kSkip)));
        f.view.flush();
        const QStringList blocks = f.blocks();
        QCOMPARE(blocks.size(), 2);
        QCOMPARE(blocks[1],
            record("20260519153341.200", "warn", kSkip)
                + QStringLiteral("  (×3, first 15:33:41.200, last 15:33:45.250)"));
        QCOMPARE(changes.size(), 0); // rewritten, never appended
        // Another message ends the fold.
        f.feed({ record("20260519153346.000", "info", QStringLiteral("after")) });
        f.view.flush();
        QCOMPARE(f.blocks().size(), 3);
        QVERIFY(f.blocks()[1].endsWith(QStringLiteral("(×3, first 15:33:41.200, last 15:33:45.250)")));
        // Across midnight the dates are shown.
        Logs::LogEntry e;
        e.count = 2;
        e.firstStamp = QStringLiteral("20260519235959.900");
        e.lastStamp = QStringLiteral("20260520000001.100");
        QCOMPARE(LogRowsView::foldSuffix(e),
            QStringLiteral("  (×2, first 2026-05-19 23:59:59.900, last 2026-05-20 00:00:01.100)"));
    }

    void filterMatchesTheContinuation()
    {
        Fixture f;
        f.view.setFilter(LogFilter(Preset::Bot, QStringLiteral("salesbot"), {}, false));
        const QString longOne
            = record("20260519153341.123", "info", QString(80, QLatin1Char('x')) + QStringLiteral(" salesbot"));
        QVERIFY(!wrap(longOne).first().contains(QLatin1String("salesbot")));
        f.feed(wrap(longOne) + QStringList { record("20260519153342.000", "info", QStringLiteral("helpdesk")) });
        f.view.flush();
        QCOMPARE(f.blocks(), QStringList { longOne });
        // A hidden row whose late continuation makes it match shows up then.
        const QString late = record("20260519153343.000", "info", QString(70, QLatin1Char('y')));
        QCOMPARE(late.size(), 100);
        f.view.rowsAdded(f.buffer.append(f.joiner.feed({ late })));
        f.view.rowsAdded(f.buffer.append(f.joiner.flush()));
        f.view.flush();
        QCOMPARE(f.blocks().size(), 1);
        f.view.rowsAdded(
            f.buffer.append(f.joiner.feed({ QString(25, QLatin1Char(' ')) + QStringLiteral("salesbot!") })));
        f.view.flush();
        QCOMPARE(f.blocks(), (QStringList { longOne, late + QStringLiteral("salesbot!") }));
    }

    void fastStreamIsBatched()
    {
        Fixture f;
        QSignalSpy edits(f.edit.document(), &QTextDocument::contentsChange);
        for (int i = 0; i < 2000; ++i)
            f.feed({ record("20260519153341.123", "info", QStringLiteral("line %1").arg(i)) });
        // The first row is shown at once, the rest within one update interval, in a few edits.
        QCOMPARE(f.blocks().size(), 1);
        QTRY_COMPARE(f.blocks().size(), 2000);
        QVERIFY2(edits.size() < 20, qPrintable(QString::number(edits.size())));
        QVERIFY(f.blocks().last().endsWith(QLatin1String("line 1999")));
    }

    void pausesWhileTheUserReadsAbove()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.edit));
        QStringList many;
        for (int i = 0; i < 300; ++i)
            many.append(record("20260519153341.123", "info", QStringLiteral("line %1").arg(i)));
        f.feed(many);
        f.view.flush();
        QScrollBar* bar = f.edit.verticalScrollBar();
        QCOMPARE(bar->value(), bar->maximum());
        bar->setValue(5);
        QVERIFY(f.view.isPaused());
        QSignalSpy pending(&f.view, &LogRowsView::pendingChanged);
        f.feed({ record("20260519153341.123", "info", QStringLiteral("new one")),
            record("20260519153341.123", "info", QStringLiteral("new two")) });
        f.view.flush();
        QCOMPARE(f.view.pendingRows(), 2);
        QVERIFY(!pending.isEmpty());
        QCOMPARE(bar->value(), 5);
        QVERIFY(!f.view.visibleText().contains(QLatin1String("new two")));
        bar->setValue(bar->maximum());
        QVERIFY(f.view.visibleText().endsWith(QLatin1String("new two")));
        QCOMPARE(f.view.pendingRows(), 0);
    }

    // The view lays long rows out after they are inserted, which grows the scroll range after the
    // view scrolled to the end: that growth is not the user scrolling up, so following continues.
    void layoutGrowthDoesNotPause()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.edit));
        for (int round = 0; round < 20; ++round) {
            QStringList rows;
            for (int i = 0; i < 40; ++i)
                rows.append(record("20260519153341.123", "error",
                    QStringLiteral("round %1 row %2 ").arg(round).arg(i) + kSkip + kSkip + kSkip));
            f.feed(rows);
            f.view.flush();
            QCoreApplication::processEvents(); // lets the edit lay the new rows out
            QVERIFY2(!f.view.isPaused(), qPrintable(QStringLiteral("paused after round %1").arg(round)));
        }
        QVERIFY(f.blocks().last().contains(QLatin1String("round 19 row 39 ")));
        QScrollBar* bar = f.edit.verticalScrollBar();
        QCOMPARE(bar->value(), bar->maximum());
        // Narrowing the window re-wraps every row; the view stays at the end.
        f.edit.resize(300, 300);
        QCoreApplication::processEvents();
        QVERIFY(!f.view.isPaused());
        QCOMPARE(bar->value(), bar->maximum());
        // A shorter view (the status line above it took a second line) stays at the end too.
        f.edit.resize(300, 250);
        QCoreApplication::processEvents();
        QVERIFY(!f.view.isPaused());
        QCOMPARE(bar->value(), bar->maximum());
        f.feed({ record("20260519153341.123", "info", QStringLiteral("after the resize")) });
        f.view.flush();
        QVERIFY(f.view.visibleText().endsWith(QLatin1String("after the resize")));
    }

    void keepsTheNewestWithinTheLimit()
    {
        Fixture f;
        f.edit.setMaximumBlockCount(100);
        QStringList many;
        for (int i = 0; i < 1000; ++i)
            many.append(record("20260519153341.123", "info", QStringLiteral("line %1").arg(i)));
        f.feed(many);
        f.view.flush();
        const QStringList blocks = f.blocks();
        QCOMPARE(blocks.size(), 100);
        QVERIFY(blocks.first().endsWith(QLatin1String("line 900")));
        QVERIFY(blocks.last().endsWith(QLatin1String("line 999")));
        // More rows later: the oldest go, as many as came.
        many.clear();
        for (int i = 1000; i < 1010; ++i)
            many.append(record("20260519153341.123", "info", QStringLiteral("line %1").arg(i)));
        f.feed(many);
        f.view.flush();
        QCOMPARE(f.blocks().size(), 100);
        QVERIFY2(f.blocks().first().endsWith(QLatin1String("line 910")), qPrintable(f.blocks().first()));
        QVERIFY(f.blocks().last().endsWith(QLatin1String("line 1009")));
    }

    void emptyMessagesStayRows()
    {
        Fixture f;
        f.feed({ QString(), QStringLiteral("a"), QString() });
        f.view.flush();
        QCOMPARE(f.blocks(), (QStringList { QString(), QStringLiteral("a"), QString() }));
    }
};

QTEST_MAIN(TestLogRowsView)
#include "tst_logrowsview.moc"
