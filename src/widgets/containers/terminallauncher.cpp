#include "widgets/containers/terminallauncher.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

namespace TerminalLauncher {

QStringList commandFor(const QString& terminal, const QStringList& argv, const QString& title)
{
    const QString name = QFileInfo(terminal).fileName();
    QStringList cmd { terminal };
    if (name == QLatin1String("gnome-terminal") || name == QLatin1String("kgx")) {
        cmd << QStringLiteral("--title") << title << QStringLiteral("--");
    } else if (name == QLatin1String("konsole")) {
        cmd << QStringLiteral("-p") << QStringLiteral("tabtitle=") + title << QStringLiteral("-e");
    } else if (name == QLatin1String("xterm")) {
        cmd << QStringLiteral("-T") << title << QStringLiteral("-e");
    } else {
        cmd << QStringLiteral("-e"); // x-terminal-emulator, xfce4-terminal and most others
    }
    return cmd + argv;
}

Result<void> open(const QStringList& argv, const QString& title)
{
    QStringList candidates;
    const QString preferred = qEnvironmentVariable("TERMINAL");
    if (!preferred.isEmpty())
        candidates << preferred;
    candidates << QStringLiteral("x-terminal-emulator") << QStringLiteral("konsole") << QStringLiteral("gnome-terminal")
               << QStringLiteral("xfce4-terminal") << QStringLiteral("xterm");
    for (const QString& c : std::as_const(candidates)) {
        const QString path = QStandardPaths::findExecutable(c);
        if (path.isEmpty())
            continue;
        QStringList cmd = commandFor(path, argv, title);
        const QString program = cmd.takeFirst();
        if (QProcess::startDetached(program, cmd))
            return {};
    }
    return Error::of(QCoreApplication::translate(
        "TerminalLauncher", "No terminal emulator found. Install one (e.g. xterm) or set $TERMINAL; the command is: %1")
                         .arg(argv.join(QLatin1Char(' '))));
}

} // namespace TerminalLauncher
