#include "widgets/shell/hostkeydialog.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

class TestHostKeyPrompt : public QObject
{
    Q_OBJECT
private:
    static HostKeyInfo info()
    {
        HostKeyInfo i;
        i.host = QStringLiteral("[127.0.0.1]:2222");
        i.keyType = QStringLiteral("ssh-ed25519");
        i.fingerprintSha256 = QStringLiteral("SHA256:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU");
        i.knownHostsFile = QStringLiteral("/home/a/.ssh/known_hosts");
        return i;
    }

private Q_SLOTS:
    void showsTheFingerprint()
    {
        HostKeyDialog d(info());
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QCOMPARE(d.findChild<QLabel*>(QStringLiteral("fingerprintValue"))->text(), info().fingerprintSha256);
        QCOMPARE(d.findChild<QLabel*>(QStringLiteral("fileValue"))->text(), info().knownHostsFile);
        QVERIFY(d.findChild<QLabel*>(QStringLiteral("headline"))->text().contains(QLatin1String("[127.0.0.1]:2222")));
        // Enter must not trust a key: the default button rejects.
        QVERIFY(d.findChild<QPushButton*>(QStringLiteral("rejectButton"))->isDefault());
    }

    void decisions_data()
    {
        QTest::addColumn<QString>("button");
        QTest::addColumn<int>("decision");
        QTest::addColumn<int>("result");
        QTest::newRow("reject") << "rejectButton" << int(HostKeyDialog::Decision::Reject) << int(QDialog::Rejected);
        QTest::newRow("once") << "acceptOnceButton" << int(HostKeyDialog::Decision::AcceptOnce)
                              << int(QDialog::Accepted);
        QTest::newRow("save") << "acceptSaveButton" << int(HostKeyDialog::Decision::AcceptAndSave)
                              << int(QDialog::Accepted);
    }
    void decisions()
    {
        QFETCH(QString, button);
        QFETCH(int, decision);
        QFETCH(int, result);
        HostKeyDialog d(info());
        QSignalSpy spy(&d, &HostKeyDialog::decided);
        d.show();
        QTest::mouseClick(d.findChild<QPushButton*>(button), Qt::LeftButton);
        QCOMPARE(int(d.decision()), decision);
        QCOMPARE(d.result(), result);
        QCOMPARE(spy.count(), 1);
    }

    void escapeRejects()
    {
        HostKeyDialog d(info());
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QTest::keyClick(&d, Qt::Key_Escape);
        QCOMPARE(d.decision(), HostKeyDialog::Decision::Reject);
        QCOMPARE(d.result(), int(QDialog::Rejected));
    }

    void otherKeyTypeWarns()
    {
        HostKeyInfo i = info();
        i.status = HostKeyInfo::Status::OtherType;
        HostKeyDialog d(i);
        QVERIFY(d.findChild<QLabel*>(QStringLiteral("explanation"))->text().contains(QLatin1String("intercepting")));
    }
};

QTEST_MAIN(TestHostKeyPrompt)
#include "tst_hostkeyprompt.moc"
