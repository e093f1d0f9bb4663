#include "core/ssh/shellquote.h"

#include "hostilestrings.h"
#include "support/testhelpers.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// The quoting function against real local shells (dash, bash, busybox-free): the same contract
// the host's login shell sees. The integration test repeats this over SSH.
class TestShellQuote : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void plainWordsStayReadable()
    {
        QCOMPARE(ShellQuote::quote(QStringLiteral("incus")), QStringLiteral("incus"));
        QCOMPARE(
            ShellQuote::quote(QStringLiteral("/opt/gbo/data/a-b_c.zone")), QStringLiteral("/opt/gbo/data/a-b_c.zone"));
        QCOMPARE(ShellQuote::quote(QString()), QStringLiteral("''"));
        QCOMPARE(ShellQuote::quote(QStringLiteral("it's")), QStringLiteral("'it'\\''s'"));
        QCOMPARE(ShellQuote::quote(QStringLiteral("a b")), QStringLiteral("'a b'"));
        QCOMPARE(ShellQuote::quote(QStringLiteral("~")), QStringLiteral("'~'"));
        QCOMPARE(ShellQuote::quote(QStringLiteral("=ls")), QStringLiteral("'=ls'"));
        QCOMPARE(ShellQuote::quote(QStringLiteral("a=b")), QStringLiteral("a=b"));
    }

    void rejectsNulAndEmptyArgv()
    {
        QVERIFY(!ShellQuote::commandLine({}).ok());
        QVERIFY(!ShellQuote::commandLine({ QStringLiteral("echo"), QStringLiteral("a") + QChar(0) }).ok());
        QCOMPARE(ShellQuote::commandLine({ QStringLiteral("echo"), QStringLiteral("a b") }).value(),
            QStringLiteral("echo 'a b'"));
    }

    void hostileStringsRoundTrip_data()
    {
        QTest::addColumn<QString>("shell");
        // zsh is installed by scripts/deps.sh: its row must run (in CI a missing zsh fails);
        // ksh is checked when present.
        for (const char* sh : { "sh", "dash", "bash", "zsh", "ksh" }) {
            const QString path = QStandardPaths::findExecutable(QLatin1String(sh));
            if (!path.isEmpty() || qstrcmp(sh, "ksh") != 0)
                QTest::newRow(sh) << (path.isEmpty() ? QLatin1String(sh) : path);
        }
    }

    void hostileStringsRoundTrip()
    {
        QFETCH(QString, shell);
        if (!shell.startsWith(QLatin1Char('/')))
            GBADMIN_SKIP_UNAVAILABLE(shell + QStringLiteral(" is not installed (scripts/deps.sh installs it)"));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString canary = dir.filePath(QStringLiteral("canary"));
        const QStringList words = hostileStrings(canary);
        QVERIFY(words.size() >= 50);
        QStringList argv { QStringLiteral("printf"), QStringLiteral("%s\\0") };
        argv += words;
        const auto line = ShellQuote::commandLine(argv);
        QVERIFY(line.ok());
        QProcess p;
        p.setWorkingDirectory(dir.path());
        p.start(shell, { QStringLiteral("-c"), *line });
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 0);
        const QList<QByteArray> got = p.readAllStandardOutput().split('\0');
        QCOMPARE(got.size(), words.size() + 1); // trailing empty piece after the last NUL
        for (int i = 0; i < words.size(); ++i)
            QCOMPARE(got.at(i), words.at(i).toUtf8());
        QVERIFY2(!QFile::exists(canary), "a hostile string ran a command");
    }
};

QTEST_GUILESS_MAIN(TestShellQuote)
#include "tst_shellquote.moc"
