#include "core/logs/botserverlogs.h"

#include <QCoreApplication>

namespace Logs {

QString pathOf(File file)
{
    return file == File::Errors ? QStringLiteral("/opt/gbo/logs/err.log") : QStringLiteral("/opt/gbo/logs/out.log");
}

RemoteCommand followCommand(File file, int backlogLines)
{
    RemoteCommand c = RemoteCommand::of({ QStringLiteral("incus"), QStringLiteral("exec"), QStringLiteral("system"),
        QStringLiteral("--"), QStringLiteral("tail"), QStringLiteral("-n"), QString::number(std::max(0, backlogLines)),
        QStringLiteral("-F"), pathOf(file) });
    c.sudo = true;
    c.output = RemoteCommand::Output::Stream;
    c.description = QCoreApplication::translate("Logs", "Follow %1").arg(pathOf(file));
    return c;
}

} // namespace Logs
