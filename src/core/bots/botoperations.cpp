#include "core/bots/botoperations.h"

#include "core/host/psql.h"

#include <QCoreApplication>

namespace BotOperations {
namespace {

RemoteCommand inDrive(const QStringList& args, const QString& description)
{
    QStringList argv { QStringLiteral("incus"), QStringLiteral("exec"), QStringLiteral("drive"), QStringLiteral("--") };
    argv << args;
    RemoteCommand c = RemoteCommand::of(argv);
    c.sudo = true;
    c.description = description;
    return c;
}

// $1 mc, $2 object, $3 expected ETag ("" = must not exist). stdin: the new content.
const QString kSaveScript = QStringLiteral(
    "mc=$1; obj=$2; want=$3\n"
    "st=$(\"$mc\" stat --json \"$obj\" </dev/null 2>&1); rc=$?\n"
    "if [ -z \"$want\" ]; then\n"
    "  if [ $rc -eq 0 ]; then\n"
    "    echo \"gbadmin-conflict: $obj was created on the host since it was opened; nothing was written.\" >&2\n"
    "    exit 3\n"
    "  fi\n"
    "else\n"
    "  case $st in\n"
    "    *\"\\\"etag\\\":\\\"$want\\\"\"*) ;;\n"
    "    *) echo \"gbadmin-conflict: $obj changed on the host since it was opened (its ETag is no longer $want); "
    "nothing was written.\" >&2\n"
    "       exit 3;;\n"
    "  esac\n"
    "fi\n"
    "\"$mc\" pipe --json \"$obj\" || exit $?\n"
    "exec \"$mc\" stat --json \"$obj\" </dev/null\n");

} // namespace

Operation saveConfig(
    const QString& bot, const QString& key, const QByteArray& bytes, const QString& expectedEtag, const QDateTime& now)
{
    const QString object = BotQueries::objectPath(bot, key);
    Operation op;
    op.action = QCoreApplication::translate("BotOperations", "Save config.csv of bot %1").arg(bot);
    op.targets = { bot, object };
    op.confirmationName = bot;
    if (!expectedEtag.isEmpty()) {
        op.backupPath = Operation::backupPathFor(key, now);
        op.backup = inDrive({ BotQueries::kMc, QStringLiteral("cp"), QStringLiteral("--json"), object, op.backupPath },
            QCoreApplication::translate("BotOperations", "Back up %1 to %2").arg(object, op.backupPath));
        op.undo << inDrive({ BotQueries::kMc, QStringLiteral("cp"), QStringLiteral("--json"), op.backupPath, object },
            QCoreApplication::translate("BotOperations", "Restore %1 from %2").arg(object, op.backupPath));
    }
    RemoteCommand write = inDrive({ QStringLiteral("sh"), QStringLiteral("-c"), kSaveScript, QStringLiteral("sh"),
                                      BotQueries::kMc, object, expectedEtag },
        QCoreApplication::translate("BotOperations", "Check the version of %1 and upload it").arg(object));
    write.stdinData = bytes;
    op.commands << write;
    return op;
}

bool isConflict(const CommandResult& result)
{
    return result.status == CommandResult::Status::Exited && result.exitCode == ConflictExitCode
        && result.stderrData.contains(kConflictMarker.toUtf8());
}

bool isConflictText(const QString& journalResult)
{
    return journalResult.contains(kConflictMarker);
}

Operation resyncConfig(const QString& bot, const QString& key)
{
    const QString object = BotQueries::objectPath(bot, key);
    Operation op;
    op.action = QCoreApplication::translate("BotOperations", "Force re-sync of config.csv of bot %1").arg(bot);
    op.targets = { bot, object };
    op.confirmationName = bot;
    op.commands << inDrive({ BotQueries::kMc, QStringLiteral("cp"), QStringLiteral("--json"), object, object },
        QCoreApplication::translate("BotOperations", "Copy %1 onto itself (new ETag)").arg(object));
    return op;
}

Result<Operation> setActive(const BotSummary& bot, bool active)
{
    static const QString sql = QStringLiteral(
        "UPDATE bots SET is_active = :'active'::boolean, updated_at = now() WHERE id = :'bot_id'::uuid "
        "RETURNING id, name, is_active;\n");
    const auto command = [&](bool value) {
        return Psql::command(QStringLiteral("botserver"), sql,
            { { QStringLiteral("active"), value ? QStringLiteral("true") : QStringLiteral("false") },
                { QStringLiteral("bot_id"), bot.id } },
            value ? QCoreApplication::translate("BotOperations", "Activate bot %1").arg(bot.name)
                  : QCoreApplication::translate("BotOperations", "Deactivate bot %1").arg(bot.name));
    };
    const Result<RemoteCommand> doIt = command(active);
    if (!doIt)
        return doIt.error();
    const Result<RemoteCommand> undo = command(!active);
    if (!undo)
        return undo.error();
    Operation op;
    op.action = active ? QCoreApplication::translate("BotOperations", "Activate bot %1").arg(bot.name)
                       : QCoreApplication::translate("BotOperations", "Deactivate bot %1").arg(bot.name);
    op.targets = { bot.name };
    op.confirmationName = bot.name;
    op.commands << *doIt;
    op.undo << *undo;
    return op;
}

} // namespace BotOperations
