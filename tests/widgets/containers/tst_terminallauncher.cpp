#include "widgets/containers/terminallauncher.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {
// A stand-in terminal: writes each argument it gets on its own line (NUL-free test data), so the
// test sees the exact argv the launcher produced.
QString fakeTerminal(const QTemporaryDir& dir, const QString& name, const QString& outFile)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write("#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done > \"$0.tmp\" && mv \"$0.tmp\" '"
        + outFile.toUtf8() + "'\n");
    f.close();
    f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return path;
}
QStringList readLines(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}
} // namespace

class TestTerminalLauncher : public QObject
{
    Q_OBJECT
private:
    const QStringList m_argv { QStringLiteral("ssh"), QStringLiteral("-t"), QStringLiteral("prod"),
        QStringLiteral("sudo incus exec 'a b' -- bash") };

private Q_SLOTS:
    void bareProgramGetsItsFlags()
    {
        QTemporaryDir dir;
        const QString xterm = fakeTerminal(dir, QStringLiteral("xterm"), dir.filePath(QStringLiteral("out")));
        const auto cmd = TerminalLauncher::commandForSetting(xterm, m_argv, QStringLiteral("alm on prod"));
        QVERIFY2(cmd.ok(), qPrintable(cmd.errorMessage()));
        QCOMPARE(*cmd,
            QStringList({ xterm, QStringLiteral("-T"), QStringLiteral("alm on prod"), QStringLiteral("-e") }) + m_argv);
    }

    // xfce4-terminal's -e takes one string and splits it again: the argv must follow -x.
    void xfceTerminalGetsDashX()
    {
        QTemporaryDir dir;
        const QString xfce = fakeTerminal(dir, QStringLiteral("xfce4-terminal"), dir.filePath(QStringLiteral("out")));
        const auto cmd = TerminalLauncher::commandForSetting(xfce, m_argv, QStringLiteral("alm on prod"));
        QVERIFY2(cmd.ok(), qPrintable(cmd.errorMessage()));
        QCOMPARE(*cmd,
            QStringList({ xfce, QStringLiteral("--title"), QStringLiteral("alm on prod"), QStringLiteral("-x") })
                + m_argv);
    }

    void programWithArgumentsIsUsedAsWritten()
    {
        QTemporaryDir dir;
        const QString term = fakeTerminal(dir, QStringLiteral("my term"), dir.filePath(QStringLiteral("out")));
        const QString setting = QStringLiteral("\"%1\" start --cwd \"/a dir\" --").arg(term);
        const auto cmd = TerminalLauncher::commandForSetting(setting, m_argv, QStringLiteral("t"));
        QVERIFY2(cmd.ok(), qPrintable(cmd.errorMessage()));
        QCOMPARE(*cmd,
            QStringList({ term, QStringLiteral("start"), QStringLiteral("--cwd"), QStringLiteral("/a dir"),
                QStringLiteral("--") })
                + m_argv);
    }

    void missingProgramIsAnError()
    {
        const auto cmd = TerminalLauncher::commandForSetting(QStringLiteral("no-such-terminal-gbadmin -e"), m_argv, {});
        QVERIFY(!cmd.ok());
        QVERIFY(cmd.errorMessage().contains(QLatin1String("no-such-terminal-gbadmin")));
        // An explicit choice that does not exist is reported, not replaced by another terminal.
        const auto opened = TerminalLauncher::open(m_argv, {}, QStringLiteral("no-such-terminal-gbadmin"));
        QVERIFY(!opened.ok());
        QVERIFY(opened.errorMessage().contains(QLatin1String("no-such-terminal-gbadmin")));
    }

    void openStartsTheSetTerminalWithTheExactArgv()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("argv.txt"));
        const QString term = fakeTerminal(dir, QStringLiteral("fake-terminal"), out);
        // Shell metacharacters in the argv reach the program untouched: no shell in between.
        const QStringList argv
            = m_argv + QStringList { QStringLiteral("$(touch %1)").arg(dir.filePath(QStringLiteral("pwned"))) };
        const auto opened = TerminalLauncher::open(argv, QStringLiteral("t"), term + QStringLiteral(" --hold"));
        QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(out), 20000);
        QCOMPARE(readLines(out), QStringList { QStringLiteral("--hold") } + argv);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("pwned"))));
    }
};

QTEST_GUILESS_MAIN(TestTerminalLauncher)
#include "tst_terminallauncher.moc"
