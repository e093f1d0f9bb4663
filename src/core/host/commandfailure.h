#pragma once

#include "core/ssh/remotecommand.h"

#include <QString>

// The one place where a failed remote command becomes the sentence a user reads: the error of a
// command that could not run (not connected, dropped, cancelled, timed out), a signal, or the
// first lines of stderr with the exit status. `what` names the attempt ("List the containers").
QString describeFailure(const CommandResult& result);
QString describeFailure(const QString& what, const CommandResult& result);
