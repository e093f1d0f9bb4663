#include "widgets/containers/terminallauncher.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

namespace TerminalLauncher {

namespace {
QStringList candidates()
{
    QStringList out;
    const QString preferred = qEnvironmentVariable("TERMINAL");
    if (!preferred.isEmpty())
        out << preferred;
    out << QStringLiteral("x-terminal-emulator") << QStringLiteral("konsole") << QStringLiteral("gnome-terminal")
        << QStringLiteral("xfce4-terminal") << QStringLiteral("xterm");
    return out;
}
} // namespace

QStringList commandFor(const QString& terminal, const QStringList& argv, const QString& title)
{
    const QString name = QFileInfo(terminal).fileName();
    QStringList cmd { terminal };
    if (name == QLatin1String("gnome-terminal") || name == QLatin1String("kgx")) {
        cmd << QStringLiteral("--title") << title << QStringLiteral("--");
    } else if (name == QLatin1String("konsole")) {
        cmd << QStringLiteral("-p") << QStringLiteral("tabtitle=") + title << QStringLiteral("-e");
    } else if (name == QLatin1String("xfce4-terminal")) {
        // Its -e takes ONE string it splits itself; -x takes the rest of the argv as it is.
        cmd << QStringLiteral("--title") << title << QStringLiteral("-x");
    } else if (name == QLatin1String("xterm")) {
        cmd << QStringLiteral("-T") << title << QStringLiteral("-e");
    } else {
        cmd << QStringLiteral("-e"); // x-terminal-emulator and most others
    }
    return cmd + argv;
}

Result<QStringList> commandForSetting(const QString& terminalSetting, const QStringList& argv, const QString& title)
{
    QStringList words = QProcess::splitCommand(terminalSetting);
    if (words.isEmpty())
        return Error::of(QCoreApplication::translate("TerminalLauncher", "No terminal is set."));
    const QString path = QStandardPaths::findExecutable(words.first());
    if (path.isEmpty()) {
        const QString text = QCoreApplication::translate(
            "TerminalLauncher", "The terminal set in Preferences, %1, is not an installed program.");
        return Error::of(text.arg(words.first()));
    }
    if (words.size() == 1)
        return commandFor(path, argv, title);
    words.first() = path;
    return words + argv;
}

QString autoDetected()
{
    for (const QString& c : candidates()) {
        const QString path = QStandardPaths::findExecutable(c);
        if (!path.isEmpty())
            return path;
    }
    return {};
}

Result<void> open(const QStringList& argv, const QString& title, const QString& terminalSetting)
{
    const auto start = [](QStringList cmd) {
        const QString program = cmd.takeFirst();
        return QProcess::startDetached(program, cmd);
    };
    if (!terminalSetting.trimmed().isEmpty()) {
        // An explicit choice is not silently replaced by another terminal.
        const auto cmd = commandForSetting(terminalSetting, argv, title);
        if (!cmd)
            return cmd.error();
        if (start(cmd.value()))
            return {};
        return Error::of(QCoreApplication::translate("TerminalLauncher", "The terminal %1 could not be started.")
                             .arg(cmd.value().first()));
    }
    for (const QString& c : candidates()) {
        const QString path = QStandardPaths::findExecutable(c);
        if (!path.isEmpty() && start(commandFor(path, argv, title)))
            return {};
    }
    return Error::of(QCoreApplication::translate("TerminalLauncher",
        "No terminal emulator found. Install one (e.g. xterm), set $TERMINAL or choose one in Preferences; the "
        "command is: %1")
                         .arg(argv.join(QLatin1Char(' '))));
}

} // namespace TerminalLauncher
