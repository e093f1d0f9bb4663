#include "core/host/operation.h"

#include "core/host/hostprofile.h"
#include "core/settings/appsettings.h"
#include "core/ssh/shellquote.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <atomic>

QString commandLineOf(const RemoteCommand& command)
{
    const Result<QString> line = ShellQuote::commandLine(command.argv);
    const QString text
        = line ? *line : QCoreApplication::translate("Operation", "<invalid command: %1>").arg(line.errorMessage());
    return command.sudo ? QStringLiteral("sudo ") + text : text;
}

QStringList Operation::commandLines() const
{
    QStringList out;
    if (backup)
        out.append(commandLineOf(*backup));
    for (const RemoteCommand& c : commands)
        out.append(commandLineOf(c));
    return out;
}

QStringList Operation::undoLines() const
{
    QStringList out;
    for (const RemoteCommand& c : undo)
        out.append(commandLineOf(c));
    return out;
}

QStringList Operation::backupPaths() const
{
    QStringList out;
    if (backup && !backupPath.isEmpty())
        out << backupPath;
    for (const StepBackup& b : stepBackups)
        out << b.path;
    return out;
}

QString Operation::backupPathFor(const QString& remotePath, const QDateTime& when)
{
    QString name = QFileInfo(remotePath).fileName();
    if (name.isEmpty())
        name = QStringLiteral("backup");
    return QStringLiteral("/tmp/") + name + u'.' + when.toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

RemoteCommand Operation::containerFileBackup(
    const QString& container, const QString& remotePath, const QString& backupPath)
{
    RemoteCommand c
        = RemoteCommand::of({ QStringLiteral("incus"), QStringLiteral("exec"), container, QStringLiteral("--"),
            QStringLiteral("cp"), QStringLiteral("-a"), QStringLiteral("--"), remotePath, backupPath });
    c.sudo = true;
    c.description = QCoreApplication::translate("Operation", "Back up %1").arg(remotePath);
    return c;
}

namespace OperationPolicy {

Result<void> permitted(const Operation& operation, const HostProfile& profile)
{
    if (operation.mutating && profile.readOnly)
        return Error::of(QCoreApplication::translate(
            "Operation", "The profile \"%1\" is read-only: \"%2\" would change the host and was not run.")
                             .arg(profile.name, operation.action));
    if (operation.mutating && operation.nameToType().isEmpty())
        return Error::of(QCoreApplication::translate("Operation", "\"%1\" names no target.").arg(operation.action));
    return {};
}

namespace {
std::atomic<bool> s_unknownNeedsTypedName { true };
}

bool needsTypedName(const Operation& operation, const HostProfile& profile)
{
    return operation.mutating
        && (profile.environment == Environment::Prod
            || (profile.environment == Environment::Other && s_unknownNeedsTypedName.load()));
}

void setUnknownEnvironmentNeedsTypedName(bool needed)
{
    s_unknownNeedsTypedName.store(needed);
}

bool unknownEnvironmentNeedsTypedName()
{
    return s_unknownNeedsTypedName.load();
}

void followSettings(AppSettings* settings)
{
    using Settings::Keys::UnknownEnvironmentNeedsTypedName;
    setUnknownEnvironmentNeedsTypedName(settings->get(UnknownEnvironmentNeedsTypedName));
    QObject::connect(settings, &AppSettings::changed, settings, [settings](const QString& key) {
        if (key == QLatin1String(UnknownEnvironmentNeedsTypedName.name))
            setUnknownEnvironmentNeedsTypedName(settings->get(UnknownEnvironmentNeedsTypedName));
    });
}

bool typedNameMatches(const Operation& operation, const QString& typed)
{
    const QString expected = operation.nameToType();
    return !expected.isEmpty() && typed.trimmed() == expected;
}

bool consentCovers(const Operation& operation, const OperationConsent& consent)
{
    const QStringList lines = operation.commandLines();
    if (lines.isEmpty())
        return false;
    for (qsizetype start = 0; start + lines.size() <= consent.shownCommands.size(); ++start) {
        if (consent.shownCommands.mid(start, lines.size()) == lines)
            return true;
    }
    return false;
}

bool canConfirm(const Operation& operation, const HostProfile& profile, const QString& typed)
{
    if (!permitted(operation, profile))
        return false;
    return !needsTypedName(operation, profile) || typedNameMatches(operation, typed);
}

} // namespace OperationPolicy
