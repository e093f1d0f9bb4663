#include "widgets/dns/recorddialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

namespace {
QStringList sl(std::initializer_list<const char*> items)
{
    QStringList out;
    for (const char* i : items)
        out.append(QString::fromUtf8(i));
    return out;
}
} // namespace

class TestRecordDialog : public QObject
{
    Q_OBJECT

    static bool okEnabled(RecordDialog& d)
    {
        return d.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled();
    }
    static void type(QWidget* editor, const QString& text)
    {
        if (auto* line = qobject_cast<QLineEdit*>(editor)) {
            line->clear();
            QTest::keyClicks(line, text);
        } else if (auto* plain = qobject_cast<QPlainTextEdit*>(editor)) {
            plain->clear();
            plain->insertPlainText(text);
        }
    }

private Q_SLOTS:
    void perType_data()
    {
        QTest::addColumn<QString>("rrtype");
        QTest::addColumn<QStringList>("good");
        QTest::addColumn<QStringList>("bad");
        QTest::addColumn<QString>("data");
        QTest::newRow("A") << "A" << sl({ "10.0.0.5" }) << sl({ "10.0.0.256" }) << "10.0.0.5";
        QTest::newRow("AAAA") << "AAAA" << sl({ "2001:db8::5" }) << sl({ "10.0.0.5" }) << "2001:db8::5";
        QTest::newRow("CNAME") << "CNAME" << sl({ "chat" }) << sl({ "a..b" }) << "chat";
        QTest::newRow("MX") << "MX" << sl({ "10", "mail.example.com." }) << sl({ "ten", "mail" })
                            << "10 mail.example.com.";
        QTest::newRow("SRV") << "SRV" << sl({ "0", "5", "5060", "sip" }) << sl({ "0", "5", "70000", "sip" })
                             << "0 5 5060 sip";
        QTest::newRow("CAA") << "CAA" << sl({ "0", "issue", "letsencrypt.org" })
                             << sl({ "0", "is sue", "letsencrypt.org" }) << "0 issue \"letsencrypt.org\"";
        QTest::newRow("NS") << "NS" << sl({ "ns3.example.net." }) << sl({ "ns3..example" }) << "ns3.example.net.";
        QTest::newRow("PTR") << "PTR" << sl({ "host.example.com." }) << sl({ "" }) << "host.example.com.";
        QTest::newRow("TXT") << "TXT" << sl({ "v=spf1 -all \"quoted\"" }) << sl({}) << "\"v=spf1 -all \\\"quoted\\\"\"";
        QTest::newRow("other as text") << "SSHFP" << sl({ "1 1 0123456789abcdef" }) << sl({ "1 1 xyz" })
                                       << "1 1 0123456789abcdef";
    }
    void perType()
    {
        QFETCH(QString, rrtype);
        QFETCH(QStringList, good);
        QFETCH(QStringList, bad);
        QFETCH(QString, data);
        RecordDialog d(QStringLiteral("example.com"), 3600);
        d.nameEdit()->setText(QStringLiteral("host"));
        d.setType(rrtype);
        const QList<QWidget*> editors = d.fieldEditors();
        QCOMPARE(editors.size(), good.size());
        if (!bad.isEmpty()) {
            for (int i = 0; i < editors.size(); ++i)
                type(editors.at(i), bad.at(i));
            QVERIFY2(!okEnabled(d), qPrintable(rrtype));
            QVERIFY(!d.problem().isEmpty());
        }
        for (int i = 0; i < editors.size(); ++i)
            type(editors.at(i), good.at(i));
        QVERIFY2(okEnabled(d), qPrintable(d.problem()));
        const ZoneDocument::Record r = d.record();
        QCOMPARE(r.type, rrtype);
        QCOMPARE(r.data, data);
        QCOMPARE(r.owner, QStringLiteral("host"));
        QVERIFY(!r.ttlExplicit);
    }

    void longTxtIsSplit()
    {
        RecordDialog d(QStringLiteral("example.com"), 3600);
        d.nameEdit()->setText(QStringLiteral("dkim._domainkey"));
        d.setType(QStringLiteral("TXT"));
        type(d.fieldEditors().first(), QString(600, u'k'));
        QVERIFY(okEnabled(d));
        QCOMPARE(d.record().data.count(QLatin1Char('"')), 6); // three strings: 255 + 255 + 90
    }

    void ttlAndEditingKeepsFields()
    {
        RecordDialog d(QStringLiteral("example.com"), 3600);
        d.setRecord({ QStringLiteral("mail"), 300, true, QStringLiteral("IN"), QStringLiteral("MX"),
            QStringLiteral("20 mx2.example.com.") });
        QCOMPARE(d.fieldEditors().size(), 2);
        QCOMPARE(qobject_cast<QLineEdit*>(d.fieldEditors().at(1))->text(), QStringLiteral("mx2.example.com."));
        QCOMPARE(d.ttlEdit()->text(), QStringLiteral("300"));
        QVERIFY(okEnabled(d));
        d.ttlEdit()->setText(QStringLiteral("1h"));
        QCOMPARE(d.record().ttl, 3600u);
        d.ttlEdit()->setText(QStringLiteral("soon"));
        QVERIFY(!okEnabled(d));
        d.ttlEdit()->clear();
        d.nameEdit()->clear();
        QVERIFY(!okEnabled(d));
    }
};

QTEST_MAIN(TestRecordDialog)
#include "tst_recorddialog.moc"
