#include "core/dns/recordform.h"
#include "core/dns/zonedocument.h"

#include <QTest>

class TestRecordForm : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void txtSplitsInto255ByteStrings()
    {
        const QString text = QString(300, u'a') + QStringLiteral("\"q\" \\ é");
        const QString data = RecordForm::quoteTxt(text);
        QVERIFY(data.startsWith(QLatin1Char('"') + QString(255, u'a') + QLatin1String("\" \"")));
        QCOMPARE(RecordForm::unquoteTxt(data), text);
        // The engine (like BIND) accepts it and counts no string over 255.
        ZoneDocument::Record r { QStringLiteral("txt"), 3600, false, QStringLiteral("IN"), QStringLiteral("TXT"),
            data };
        QCOMPARE(RecordForm::check(QStringLiteral("example.com"), r), QString());
        // A multi-byte character is never cut between two strings.
        const QString accents = QString(200, u'é');
        for (const QString& part : RecordForm::quoteTxt(accents).split(QStringLiteral("\" \"")))
            QVERIFY(!part.contains(QChar::ReplacementCharacter));
        QCOMPARE(RecordForm::unquoteTxt(RecordForm::quoteTxt(accents)), accents);
        QCOMPARE(RecordForm::quoteTxt(QString()), QStringLiteral("\"\""));
        QCOMPARE(RecordForm::unquoteTxt(QStringLiteral("\"a\\059b\" \"c\"")), QStringLiteral("a;bc"));
    }

    void fieldsRoundTrip_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("data");
        QTest::addColumn<int>("fields");
        QTest::newRow("A") << "A"
                           << "10.0.0.1" << 1;
        QTest::newRow("AAAA") << "AAAA"
                              << "2001:db8::1" << 1;
        QTest::newRow("MX") << "MX"
                            << "10 mail.example.com." << 2;
        QTest::newRow("SRV") << "SRV"
                             << "0 1 587 mail" << 4;
        QTest::newRow("CAA") << "CAA"
                             << "0 issue \"letsencrypt.org\"" << 3;
        QTest::newRow("CNAME") << "CNAME"
                               << "chat" << 1;
        QTest::newRow("NS") << "NS"
                            << "ns1.example.com." << 1;
        QTest::newRow("PTR") << "PTR"
                             << "host.example.com." << 1;
        QTest::newRow("other") << "SSHFP"
                               << "1 1 0123456789abcdef0123456789abcdef01234567" << 1;
    }
    void fieldsRoundTrip()
    {
        QFETCH(QString, type);
        QFETCH(QString, data);
        QFETCH(int, fields);
        const QStringList f = RecordForm::split(type, data);
        QCOMPARE(f.size(), fields);
        QCOMPARE(RecordForm::compose(type, f), data);
    }

    void checkUsesTheEngine()
    {
        auto rec = [](const char* type, const char* data) {
            return ZoneDocument::Record { QStringLiteral("x"), 3600, false, QStringLiteral("IN"),
                QString::fromLatin1(type), QString::fromLatin1(data) };
        };
        QVERIFY(!RecordForm::check(QStringLiteral("example.com"), rec("A", "10.0.0.256")).isEmpty());
        QVERIFY(!RecordForm::check(QStringLiteral("example.com"), rec("MX", "mail")).isEmpty());
        QVERIFY(!RecordForm::check(QStringLiteral("example.com"), rec("SRV", "0 1 70000 t")).isEmpty());
        QVERIFY(!RecordForm::check(QStringLiteral("example.com"), rec("CAA", "256 issue \"x\"")).isEmpty());
        QVERIFY(RecordForm::check(QStringLiteral("example.com"), rec("CAA", "0 issue \"x\"")).isEmpty());
        QVERIFY(!RecordForm::check(QStringLiteral("example.com"), rec("A", "1.2.3.4\n5")).isEmpty());
        ZoneDocument::Record noName = rec("A", "1.2.3.4");
        noName.owner.clear();
        QVERIFY(!RecordForm::check(QStringLiteral("example.com"), noName).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRecordForm)
#include "tst_recordform.moc"
