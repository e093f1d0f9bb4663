#include "core/host/journal.h"
#include "core/host/journalmodel.h"
#include "widgets/shell/journalview.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestJournalView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void filterAndExport()
    {
        QTemporaryDir dir;
        Journal journal;
        QVERIFY(journal.open(dir.filePath(QStringLiteral("j.sqlite"))).ok());
        for (const auto& [action, env] : { std::pair { QStringLiteral("Restart alm"), Environment::Prod },
                 std::pair { QStringLiteral("Edit zone"), Environment::Stage } }) {
            JournalEntry e;
            e.profile = QStringLiteral("p");
            e.environment = env;
            e.action = action;
            e.commands = { QStringLiteral("true") };
            e.result = QStringLiteral("ok");
            e.ok = true;
            QVERIFY(journal.append(e).ok());
        }
        JournalView view(&journal);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.model()->rowCount(), 2);
        view.setFilterText(QStringLiteral("zone"));
        QCOMPARE(view.model()->rowCount(), 1);
        const QString file = dir.filePath(QStringLiteral("out.csv"));
        QVERIFY(view.exportTo(file).isEmpty());
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray csv = f.readAll();
        QVERIFY(csv.contains("Edit zone"));
        QVERIFY(!csv.contains("Restart alm")); // exports what is shown
        view.setFilterText({});
        auto* env = view.findChild<QComboBox*>(QStringLiteral("environmentCombo"));
        env->setCurrentIndex(env->findData(QStringLiteral("PROD")));
        QCOMPARE(view.model()->rowCount(), 1);
        QCOMPARE(view.model()->entries().first().action, QStringLiteral("Restart alm"));
    }

    void showsWhetherTheChainIsIntact()
    {
        QTemporaryDir dir;
        Journal journal;
        QVERIFY(journal.open(dir.filePath(QStringLiteral("j.sqlite"))).ok());
        for (const char* a : { "one", "two" }) {
            JournalEntry e;
            e.profile = QStringLiteral("p");
            e.action = QLatin1String(a);
            e.result = QStringLiteral("ok");
            QVERIFY(journal.append(e).ok());
        }
        JournalView view(&journal);
        auto* chain = view.findChild<QLabel*>(QStringLiteral("chainLabel"));
        QVERIFY(chain);
        QTRY_VERIFY(chain->text().contains(QLatin1String("Chain intact")));
        QSqlQuery q(QSqlDatabase::database(journal.connectionName()));
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER entries_no_update")));
        QVERIFY(q.exec(QStringLiteral("UPDATE entries SET action = 'forged' WHERE id = 1")));
        view.setFilterText(QStringLiteral("x"));
        view.setFilterText({});
        QTRY_VERIFY2(chain->text().contains(QLatin1String("BROKEN at entry 1")), qPrintable(chain->text()));
    }
};

QTEST_MAIN(TestJournalView)
#include "tst_journalview.moc"
