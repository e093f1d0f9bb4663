#include "core/drive/basicblocks.h"
#include "core/drive/basiclint.h"

#include "support/testhelpers.h"

#include <QDir>
#include <QDirIterator>
#include <QTest>

// One sample per [quirk] rule of spec §1.2–1.3 (position, sentence, quick fix) and no warning on
// clean scripts (the simhost's .bas files and the spec's own example).
Q_DECLARE_METATYPE(LintIssue::Rule)

class TstBasicLint : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void eachRule_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<LintIssue::Rule>("rule");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("fixed"); // the script after the quick fix; empty = no fix offered

        using R = LintIssue::Rule;
        QTest::newRow("ELSE IF") << "IF a THEN\n  TALK 1\nELSE IF b THEN\n  TALK 2\nEND IF\n"
                                 << R::ElseIf << 3 << 1 << "IF a THEN\n  TALK 1\nELSEIF b THEN\n  TALK 2\nEND IF\n";
        QTest::newRow("single-line IF") << "  IF x = 1 THEN TALK \"one\"\n"
                                        << R::SingleLineIf << 1 << 16
                                        << "  IF x = 1 THEN\n    TALK \"one\"\n  END IF\n";
        QTest::newRow("single-line IF ELSE has no fix") << "IF x THEN TALK 1 ELSE TALK 2\n"
                                                        << R::SingleLineIf << 1 << 10 << QString();
        QTest::newRow("trailing quote comment")
            << "TIMEOUT 1800  ' 30 minutes\n"
            << R::TrailingQuoteComment << 1 << 15 << "TIMEOUT 1800  // 30 minutes\n";
        QTest::newRow("REMEMBER") << "REMEMBER \"k\", v, \"1d\"\n" << R::RemPrefix << 1 << 1 << QString();
        QTest::newRow("SELECT CASE") << "SELECT CASE x\nCASE \"a\"\nEND SELECT\n"
                                     << R::SelectCase << 1 << 1 << "SELECT x\nCASE \"a\"\nEND SELECT\n";
        QTest::newRow("CASE ELSE") << "SELECT x\n  CASE ELSE\nEND SELECT\n" << R::CaseElse << 2 << 3 << QString();
        QTest::newRow("& beside a string") << "TALK \"Hi \" & name\n"
                                           << R::AmpersandConcat << 1 << 12 << "TALK \"Hi \" + name\n";
        QTest::newRow("& between variables has no fix") << "x = a & b\n" << R::AmpersandConcat << 1 << 7 << QString();
        QTest::newRow("_ continuation") << "TALK \"a\" + _\n  \"b\"\n"
                                        << R::UnderscoreContinuation << 1 << 12 << QString();
        QTest::newRow("END FOR") << "FOR EACH row IN rows\n  TALK row\nEND FOR\n"
                                 << R::EndFor << 3 << 1 << "FOR EACH row IN rows\n  TALK row\nNEXT row\n";
        QTest::newRow("PARAM OPTIONAL") << "PARAM phone AS STRING LIKE \"1\" DESCRIPTION \"Phone\" OPTIONAL\n"
                                        << R::ParamOptional << 1 << 52 << QString();
        QTest::newRow("lower-case param") << "param name AS STRING\n"
                                          << R::UpperCaseOnly << 1 << 1 << "PARAM name AS STRING\n";
        QTest::newRow("mixed-case For Each") << "For Each x IN y\nNEXT x\n"
                                             << R::UpperCaseOnly << 1 << 1 << "FOR EACH x IN y\nNEXT x\n";
        QTest::newRow("lower-case set schedule") << "set schedule \"0 * * * *\"\n"
                                                 << R::UpperCaseOnly << 1 << 1 << "SET SCHEDULE \"0 * * * *\"\n";
        QTest::newRow("lower-case group by")
            << "r = GROUP_BY(x)\ny = group by x, \"k\"\n"
            << R::UpperCaseOnly << 2 << 5 << "r = GROUP_BY(x)\ny = GROUP BY x, \"k\"\n";
        QTest::newRow("lower-case add suggestion") << "add suggestion \"a\" AS \"b\"\n"
                                                   << R::UpperCaseOnly << 1 << 1 << "ADD SUGGESTION \"a\" AS \"b\"\n";
        QTest::newRow("lower-case rem") << "rem note\n" << R::UpperCaseOnly << 1 << 1 << "REM note\n";
        QTest::newRow("CRLF keeps its line breaks")
            << "IF a THEN\r\nELSE IF b THEN\r\nEND IF\r\n"
            << R::ElseIf << 2 << 1 << "IF a THEN\r\nELSEIF b THEN\r\nEND IF\r\n";
    }
    void eachRule()
    {
        QFETCH(QString, script);
        QFETCH(LintIssue::Rule, rule);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, fixed);
        const QList<LintIssue> issues = BasicLint::lint(script);
        const auto it = std::find_if(issues.begin(), issues.end(), [&](const LintIssue& i) { return i.rule == rule; });
        QVERIFY2(it != issues.end(), "rule not reported");
        QCOMPARE(it->line, line);
        QCOMPARE(it->column, column);
        QVERIFY(!it->message.isEmpty());
        QVERIFY(!it->message.contains(QLatin1Char('\n')));
        QCOMPARE(it->hasFix, !fixed.isEmpty());
        if (it->hasFix) {
            QCOMPARE(BasicLint::applyFix(script, *it), fixed);
            // The fix removes the warning of that rule.
            const QList<LintIssue> after = BasicLint::lint(BasicLint::applyFix(script, *it));
            QVERIFY(std::none_of(after.begin(), after.end(), [&](const LintIssue& i) { return i.rule == rule; }));
        }
    }

    void cleanScriptsHaveNoWarnings_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<int>("expected");
        QTest::newRow("spec example") << QStringLiteral(
            "' greet.bas\nPARAM name AS STRING LIKE \"Ana\" DESCRIPTION \"Who to greet\"\nDESCRIPTION \"Greets a "
            "user\"\nUSE KB \"faq\"\nIF name = \"\" THEN\n  TALK \"Hello!\"\nELSE\n  TALK \"Hello, \" + name + "
            "\"!\"\nEND IF\nADD SUGGESTION \"help\" AS \"What can you do?\"\n")
                                      << 0;
        QTest::newRow("strings hide traps") << QStringLiteral(
            "TALK \"Tom & Jerry ' ELSE IF _\"\nx = \"a\" + \"\"\"quoted\"\"\" // it's fine\ny = a && b\nc = 'x'\n"
            "description = \"not a keyword\"\nparam = 1\n")
                                            << 0;
        const QString dir
            = QString::fromLocal8Bit(qgetenv("GBADMIN_SOURCE_DIR")) + QStringLiteral("/tests/simhost/data/drive");
        QDirIterator it(dir, { QStringLiteral("*.bas") }, QDir::Files, QDirIterator::Subdirectories);
        int n = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            const QString text = QString::fromUtf8(TestHelpers::readFile(path));
            // create-ticket.bas is a real template with PARAM … OPTIONAL (spec §1.9): that one warning.
            QTest::newRow(qPrintable(QDir(dir).relativeFilePath(path)))
                << text << (path.endsWith(QLatin1String("create-ticket.bas")) ? 1 : 0);
            ++n;
        }
        QVERIFY(n > 0);
    }
    void cleanScriptsHaveNoWarnings()
    {
        QFETCH(QString, script);
        QFETCH(int, expected);
        const QList<LintIssue> issues = BasicLint::lint(script);
        for (const LintIssue& i : issues)
            qWarning().noquote() << i.line << i.column << i.message;
        QCOMPARE(issues.size(), expected);
        if (expected == 1)
            QCOMPARE(issues.first().rule, LintIssue::Rule::ParamOptional);
    }

    void blockPartners()
    {
        const QStringList lines
            = QStringLiteral("IF a THEN\n  FOR EACH x IN y\n    IF b THEN TALK 1\n  NEXT x\nELSEIF c "
                             "THEN\n  DO WHILE z\n  LOOP\nELSE\nEND IF\nBEGIN TALK\n  IF text\nEND TALK")
                  .split(QLatin1Char('\n'));
        auto at = [&](int line, int column) {
            QStringList out;
            for (const auto& k : BasicBlocks::partners(lines, line, column))
                out << QStringLiteral("%1:%2:%3").arg(k.line).arg(k.column).arg(k.length);
            return out.join(QLatin1Char(' '));
        };
        QCOMPARE(at(1, 1), QStringLiteral("1:1:2 5:1:6 8:1:4 9:1:6"));
        QCOMPARE(at(9, 5), QStringLiteral("1:1:2 5:1:6 8:1:4 9:1:6"));
        QCOMPARE(at(2, 3), QStringLiteral("2:3:3 4:3:4"));
        QCOMPARE(at(6, 4), QStringLiteral("6:3:2 7:3:4"));
        QCOMPARE(at(3, 5), QString()); // a single-line IF opens no block
        QCOMPARE(at(10, 1), QStringLiteral("10:1:10 12:1:8"));
        QCOMPARE(at(11, 3), QString()); // text inside BEGIN TALK
        QCOMPARE(at(4, 20), QString()); // not on a keyword
        const QStringList open = QStringLiteral("IF a THEN\n  TALK 1\n").split(QLatin1Char('\n'));
        QCOMPARE(BasicBlocks::partners(open, 1, 1).size(), 0); // unclosed
    }
};

QTEST_MAIN(TstBasicLint)
#include "tst_basiclint.moc"
