#include "core/host/commandfailure.h"

#include <QCoreApplication>

namespace {
// A few lines are enough to say what went wrong; a whole stack trace belongs to the task panel.
QString firstLines(const QByteArray& data, int lines = 3)
{
    const QStringList all = QString::fromUtf8(data).trimmed().split(QLatin1Char('\n'));
    QStringList kept = all.mid(0, lines);
    if (all.size() > lines)
        kept << QStringLiteral("…");
    return kept.join(QLatin1Char('\n')).trimmed();
}
} // namespace

QString describeFailure(const CommandResult& result)
{
    switch (result.status) {
    case CommandResult::Status::Exited: {
        if (result.exitCode == 0)
            return {};
        const QString err = firstLines(result.stderrData);
        return err.isEmpty()
            ? QCoreApplication::translate("CommandFailure", "The command ended with exit status %1.")
                  .arg(result.exitCode)
            : QCoreApplication::translate("CommandFailure", "%1 (exit status %2)").arg(err).arg(result.exitCode);
    }
    case CommandResult::Status::Signalled:
        return QCoreApplication::translate("CommandFailure", "The command was killed on the host (signal %1).")
            .arg(result.exitSignal);
    case CommandResult::Status::Cancelled:
        return result.error.isEmpty() ? QCoreApplication::translate("CommandFailure", "Cancelled.") : result.error;
    case CommandResult::Status::TimedOut:
        return result.error.isEmpty()
            ? QCoreApplication::translate("CommandFailure", "The host did not answer in time.")
            : result.error;
    case CommandResult::Status::Failed:
        return result.error.isEmpty() ? QCoreApplication::translate("CommandFailure", "The command could not run.")
                                      : result.error;
    }
    return {};
}

QString describeFailure(const QString& what, const CommandResult& result)
{
    return QCoreApplication::translate("CommandFailure", "%1 failed: %2").arg(what, describeFailure(result));
}
