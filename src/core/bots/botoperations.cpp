#include "core/bots/botoperations.h"

#include "core/host/psql.h"

#include <QCoreApplication>

namespace BotOperations {

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
