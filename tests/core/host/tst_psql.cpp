#include "core/host/psql.h"
#include "core/ssh/shellquote.h"

#include <QTest>

class TstPsql : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void valuesTravelAsVariablesNeverInSql()
    {
        const QString hostile = QStringLiteral("x'; DROP TABLE bots; -- $(touch /tmp/p)\n\"é");
        const auto c = Psql::command(QStringLiteral("botserver"), QStringLiteral("SELECT :'name'"),
            { { QStringLiteral("name"), hostile } }, QStringLiteral("q"));
        QVERIFY(c);
        QCOMPARE(c->stdinData, QByteArray("SELECT :'name'\n"));
        QVERIFY(c->sudo);
        QVERIFY(c->argv.contains(QStringLiteral("name=") + hostile));
        QCOMPARE(c->argv.mid(0, 5),
            QStringList({ QStringLiteral("incus"), QStringLiteral("exec"), QStringLiteral("tables"),
                QStringLiteral("--"), QStringLiteral("psql") }));
        QVERIFY(c->argv.contains(QStringLiteral("ON_ERROR_STOP=1")));
        QCOMPARE(c->argv.mid(c->argv.size() - 4),
            QStringList(
                { QStringLiteral("-d"), QStringLiteral("botserver"), QStringLiteral("-f"), QStringLiteral("-") }));
        QVERIFY(ShellQuote::commandLine(c->argv));
    }
    void badVariableNamesAndNulAreRefused()
    {
        QVERIFY(!Psql::command(QStringLiteral("db"), QStringLiteral("SELECT 1"), { { QStringLiteral("a b"), {} } }));
        QVERIFY(!Psql::command(QStringLiteral("db"), QStringLiteral("SELECT 1"), { { QStringLiteral("1a"), {} } }));
        QVERIFY(!Psql::command(
            QStringLiteral("db"), QStringLiteral("SELECT 1"), { { QStringLiteral("a"), QString(QChar(0)) } }));
    }
    void parsesRfc4180AsPsqlPrintsIt()
    {
        const QByteArray csv = "id,name,note\n1,plain,\n2,\"a,b\",\"say \"\"hi\"\"\"\n3,\"two\nlines\",\"\"\r\n";
        const auto t = Psql::parseCsv(csv);
        QVERIFY2(t, qPrintable(t.errorMessage()));
        QCOMPARE(t->columns, QStringList({ QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("note") }));
        QCOMPARE(t->rows.size(), 3);
        QCOMPARE(t->rows[0], QStringList({ QStringLiteral("1"), QStringLiteral("plain"), QString() }));
        QCOMPARE(t->rows[1][1], QStringLiteral("a,b"));
        QCOMPARE(t->rows[1][2], QStringLiteral("say \"hi\""));
        QCOMPARE(t->rows[2][1], QStringLiteral("two\nlines"));
        QCOMPARE(t->column(QStringLiteral("note")), 2);
    }
    void emptyOutputIsAnEmptyTable()
    {
        const auto t = Psql::parseCsv({});
        QVERIFY(t);
        QVERIFY(t->columns.isEmpty());
        const auto header = Psql::parseCsv("a,b\n");
        QVERIFY(header);
        QCOMPARE(header->rows.size(), 0);
    }
    void malformedOutputIsAnErrorNotACrash()
    {
        QVERIFY(!Psql::parseCsv("a,b\n1\n"));
        QVERIFY(!Psql::parseCsv("a\n\"open"));
        QVERIFY(!Psql::parseCsv("a\nx\"y\n"));
        QVERIFY(!Psql::parseCsv("a\n\"x\"y\n"));
    }
    void errorTextNamesTheServerError()
    {
        CommandResult r;
        r.status = CommandResult::Status::Exited;
        r.exitCode = 3;
        r.stderrData = "psql:<stdin>:1: ERROR:  relation \"nope\" does not exist\nLINE 1: SELECT\n";
        QCOMPARE(
            Psql::errorText(r), QStringLiteral("The database refused the query: relation \"nope\" does not exist"));
    }
};

QTEST_GUILESS_MAIN(TstPsql)
#include "tst_psql.moc"
