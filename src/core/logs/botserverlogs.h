#pragma once

#include "core/ssh/remotecommand.h"

#include <QString>

// botserver's logs in the `system` container (INFRA.md "Logs") and the command that follows one.
namespace Logs {

enum class File
{
    Errors, // /opt/gbo/logs/err.log
    Output, // /opt/gbo/logs/out.log
};

QString pathOf(File file);

// `sudo incus exec system -- tail -n BACKLOG -F PATH`, streamed: the last lines, then what is written.
RemoteCommand followCommand(File file, int backlogLines = 500);

} // namespace Logs
