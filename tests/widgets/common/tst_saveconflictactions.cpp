// The conflict choices every remote file editor offers (Drive editor, Bots pane): which actions,
// what they hand back, and the comparison with a display filter.
#include "widgets/common/saveconflictactions.h"

#include <QAction>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QWidget>

class TstSaveConflictActions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void actionsFollowTheConflict()
    {
        QWidget parent;
        SaveConflictActions conflict(&parent);
        QVERIFY(!conflict.conflict());
        RemoteSnapshot remote;
        remote.bytes = "theirs\n";
        remote.version.exists = true;
        remote.version.size = 7;
        remote.version.etag = QStringLiteral("e9");
        conflict.setConflict(remote);
        QCOMPARE(conflict.actions(),
            (QList<QAction*> { conflict.compareAction(), conflict.reloadAction(), conflict.overwriteAction() }));

        // Overwrite hands back the version the user was shown.
        QSignalSpy overwrite(&conflict, &SaveConflictActions::overwriteRequested);
        conflict.overwriteAction()->trigger();
        QCOMPARE(overwrite.size(), 1);
        QCOMPARE(overwrite.first().first().value<RemoteVersion>().token(), QStringLiteral("etag:e9"));

        // Reload forgets the conflict.
        QSignalSpy reload(&conflict, &SaveConflictActions::reloadRequested);
        conflict.reloadAction()->trigger();
        QCOMPARE(reload.size(), 1);
        QVERIFY(!conflict.conflict());
        conflict.overwriteAction()->trigger();
        QCOMPARE(overwrite.size(), 1); // nothing to overwrite against any more

        // Deleted on the host: nothing to compare or reload.
        conflict.setConflict(RemoteSnapshot {});
        QCOMPARE(conflict.actions(), QList<QAction*> { conflict.overwriteAction() });
    }

    void compareShowsBothSidesThroughTheFilter()
    {
        QWidget parent;
        SaveConflictActions conflict(&parent);
        RemoteSnapshot remote;
        remote.bytes = "a\nsecret=host-SECRET\n";
        remote.version.exists = true;
        conflict.setConflict(remote);
        conflict.setLocalBytes([]() -> std::optional<QByteArray> { return QByteArray("a\nsecret=my-SECRET\nb\n"); });
        conflict.setDisplayFilter([](const QByteArray& bytes) {
            QByteArray out = bytes;
            return out.replace("host-SECRET", "***").replace("my-SECRET", "***");
        });
        QSignalSpy shown(&conflict, &SaveConflictActions::differenceShown);
        conflict.compareAction()->trigger();
        QVERIFY(shown.wait(5000));
        auto* dialog = shown.first().first().value<QWidget*>();
        const QString text = dialog->findChild<QPlainTextEdit*>()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("+b")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("SECRET")));
        dialog->close();
        // Unfiltered, the difference is the plain unified diff.
        QVERIFY(SaveConflictActions::difference("x\n", "y\n").contains("-x\n+y\n"));
    }
};

QTEST_MAIN(TstSaveConflictActions)
#include "tst_saveconflictactions.moc"
