#include "core/dns/zonedocument.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

// BIND's named-checkzone is the outside judge. Flags, chosen to match what a zone loader refuses:
//   -k ignore  CoreDNS does not apply BIND's check-names host-name rules (underscores are fine)
//   -i local   integrity checks inside the zone (NS → CNAME, in-zone NS without address)
// everything else at BIND's defaults (MX/SRV → CNAME, out-of-zone data: warnings).
class TestZoneOracle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_checker = QStandardPaths::findExecutable(QStringLiteral("named-checkzone"));
        if (m_checker.isEmpty())
            m_checker = QStandardPaths::findExecutable(
                QStringLiteral("named-checkzone"), { QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin") });
        QVERIFY2(!m_checker.isEmpty(), "named-checkzone (Debian bind9-utils) is required");
        m_dir = qEnvironmentVariable("GBADMIN_TESTDATA_DIR") + QStringLiteral("/dns/oracle");
        QVERIFY(QDir(m_dir).exists());
    }

    void corpusIsLargeEnough()
    {
        const QDir d(m_dir);
        QVERIFY(d.entryList({ QStringLiteral("valid-*.zone") }).size() >= 20);
        QVERIFY(d.entryList({ QStringLiteral("broken-*.zone") }).size() >= 20);
    }

    void agreesWithNamedCheckzone_data()
    {
        QTest::addColumn<QString>("file");
        const QDir d(m_dir);
        for (const QString& f : d.entryList({ QStringLiteral("*.zone") }, QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(f)) << d.filePath(f);
    }

    void agreesWithNamedCheckzone()
    {
        QFETCH(QString, file);
        QProcess p;
        p.start(m_checker,
            { QStringLiteral("-k"), QStringLiteral("ignore"), QStringLiteral("-i"), QStringLiteral("local"),
                QStringLiteral("example.com"), file });
        QVERIFY(p.waitForFinished(60000));
        const bool bindAccepts = p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
        const QString bindSays = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());

        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        ZoneDocument doc;
        doc.load(bytes, QStringLiteral("example.com"));
        QString engineSays;
        for (const auto& d : doc.diagnostics())
            engineSays += QStringLiteral("%1:%2 %3 %4\n")
                              .arg(d.line)
                              .arg(d.column)
                              .arg(d.isError() ? QStringLiteral("error") : QStringLiteral("warning"), d.message);
        QVERIFY2(bindAccepts == !doc.hasErrors(),
            qPrintable(
                QStringLiteral("BIND %1:\n%2\nengine:\n%3")
                    .arg(bindAccepts ? QStringLiteral("accepts") : QStringLiteral("rejects"), bindSays, engineSays)));
        // The corpus is meaningful only if the names say what BIND does.
        const bool named = QFileInfo(file).fileName().startsWith(QLatin1String("valid-"));
        QCOMPARE(bindAccepts, named);
        // Whatever the verdict, an untouched document saves byte for byte.
        QCOMPARE(doc.save(), bytes);
        // Every rejection is explained with a place (or names the whole zone).
        if (!bindAccepts)
            QVERIFY(!engineSays.isEmpty());
    }

private:
    QString m_checker;
    QString m_dir;
};

QTEST_GUILESS_MAIN(TestZoneOracle)
#include "tst_zoneoracle.moc"
