#include "widgets/common/autosaverecoverywidget.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

namespace {
AutosaveEntry entry(const QString& path, const QByteArray& bytes, int minutesAgo)
{
    AutosaveEntry e;
    e.profile = QStringLiteral("prod");
    e.location = RemoteLocation::containerFile(QStringLiteral("dns"), path);
    e.bytes = bytes;
    e.savedAt = QDateTime::currentDateTimeUtc().addSecs(-60 * minutesAgo);
    e.baseVersion.exists = true;
    e.baseVersion.size = 3;
    e.baseVersion.mtime = QStringLiteral("1.0");
    e.baseVersion.sha256 = QString(64, u'a');
    return e;
}
} // namespace

class TestAutosaveRecoveryWidget : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void offersRestoresAndDiscards()
    {
        AutosaveRecoveryWidget w;
        QVERIFY(w.isHidden());
        auto* list = w.findChild<QTreeWidget*>(QStringLiteral("entryList"));
        auto* restore = w.findChild<QPushButton*>(QStringLiteral("restoreButton"));
        auto* discard = w.findChild<QPushButton*>(QStringLiteral("discardButton"));
        QVERIFY(list && restore && discard);

        const QList<AutosaveEntry> entries { entry(QStringLiteral("/opt/gbo/data/example.com.zone"), "a\r\n", 2),
            entry(QStringLiteral("/opt/gbo/data/new\nline.zone"), QByteArray(2048, 'x'), 30) };
        w.setEntries(entries, { QStringLiteral("The unsaved edit of x in /y is damaged.") });
        w.resize(640, 280);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(list->topLevelItemCount(), 2);
        QCOMPARE(w.currentIndex(), 0);
        QVERIFY(!list->topLevelItem(1)->text(0).contains(u'\n'));
        QVERIFY(list->topLevelItem(1)->toolTip(0).contains(u'\n'));
        const QString shot = qEnvironmentVariable("GBADMIN_SCREENSHOT_DIR");
        if (!shot.isEmpty())
            QVERIFY(w.grab().save(shot + QStringLiteral("/autosave-recovery.png")));

        QSignalSpy restored(&w, &AutosaveRecoveryWidget::restoreRequested);
        QSignalSpy discarded(&w, &AutosaveRecoveryWidget::discardRequested);
        // Discard asks first: "no" keeps the entry.
        int asked = 0;
        w.setDiscardConfirmation([&](const AutosaveEntry&) { return ++asked > 1; });
        w.setCurrentIndex(1);
        discard->click();
        QCOMPARE(asked, 1);
        QCOMPARE(discarded.size(), 0);
        QCOMPARE(list->topLevelItemCount(), 2);
        discard->click();
        QCOMPARE(discarded.size(), 1);
        QCOMPARE(discarded.first().at(0).value<AutosaveEntry>().bytes, QByteArray(2048, 'x'));
        QCOMPARE(list->topLevelItemCount(), 1);

        restore->click();
        QCOMPARE(restored.size(), 1);
        const AutosaveEntry back = restored.first().at(0).value<AutosaveEntry>();
        QCOMPARE(back.bytes, QByteArray("a\r\n"));
        QCOMPARE(back.location, entries.first().location);
        QCOMPARE(back.baseVersion, entries.first().baseVersion);
        QCOMPARE(list->topLevelItemCount(), 0);
        QVERIFY(w.isHidden()); // nothing left to offer
        QVERIFY(!restore->isEnabled());
    }

    void laterHides()
    {
        AutosaveRecoveryWidget w;
        w.setEntries({ entry(QStringLiteral("/a"), "x", 1) });
        w.show();
        w.findChild<QPushButton*>(QStringLiteral("laterButton"))->click();
        QVERIFY(w.isHidden());
        QCOMPARE(w.entries().size(), 1); // still kept
        w.setEntries({});
        QVERIFY(w.isHidden());
    }
};

QTEST_MAIN(TestAutosaveRecoveryWidget)
#include "tst_autosaverecoverywidget.moc"
