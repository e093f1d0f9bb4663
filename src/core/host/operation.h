#pragma once

#include "core/common/result.h"
#include "core/ssh/remotecommand.h"

#include <QDateTime>
#include <QList>
#include <QString>

class AppSettings;
#include <QStringList>

#include <optional>

struct HostProfile;

// A mutating action as a value: what it touches, the exact commands, the backup taken first and
// how to undo it. Panes build these; the confirmation dialog shows them; the runner executes them
// and the journal records them.
struct Operation
{
    QString action; // "Restart container alm" — a sentence for the task panel and the journal
    QStringList targets; // what the action touches ("alm", "/opt/gbo/conf/config.csv")
    QString confirmationName; // what the user types on PROD; empty: the first target
    bool mutating = true;
    std::optional<RemoteCommand> backup; // runs first; a failed backup runs nothing else
    QString backupPath; // where `backup` puts the copy (recorded in the journal)
    // Bulk actions copy more than one thing: `commands[command]` takes the copy at `path`. The journal
    // records every copy that was really made, `backupPath` first.
    struct StepBackup
    {
        int command = 0;
        QString path;
    };
    QList<StepBackup> stepBackups;
    QList<RemoteCommand> commands;
    QList<RemoteCommand> undo; // optional: restores the previous state (shown, not run automatically)
    // Bulk actions on several targets: each command stands alone, so a failing one is recorded and
    // the others still run (the result names every failure). Otherwise the first failure stops.
    bool independentSteps = false;

    QString nameToType() const { return confirmationName.isEmpty() ? targets.value(0) : confirmationName; }
    // Every command that will run, as shell text a person can paste (backup first). Sudo commands
    // show as `sudo …`, which is what they are on the host.
    QStringList commandLines() const;
    QStringList undoLines() const;
    // backupPath (when there is a backup) and every stepBackups path, in that order.
    QStringList backupPaths() const;
    int stepCount() const { return int(commands.size()) + (backup ? 1 : 0); }

    // The INFRA.md backup rule: a copy at /tmp/<file name>.<YYYYmmdd-HHMMSS> in the same container.
    static QString backupPathFor(const QString& remotePath, const QDateTime& when);
    // `incus exec <container> -- cp -a -- <path> <backupPath>` run with sudo.
    static RemoteCommand containerFileBackup(
        const QString& container, const QString& remotePath, const QString& backupPath);
};

// A confirmation a pane's own dialog already obtained, so the user is asked once (e.g. the zone
// save dialog: the diff, the exact commands and the typed name together). HostConnection::
// performWithConsent runs an operation only when its exact command lines were among those shown; the
// typed name is checked by the OperationRunner like any other.
struct OperationConsent
{
    QStringList shownCommands; // Operation::commandLines() of every operation the dialog showed
    QString typedName; // what the user typed (needed where OperationPolicy::needsTypedName)
};

// Shell text of one command as the user should read it ("sudo incus restart alm").
QString commandLineOf(const RemoteCommand& command);

// The safety rules of INFRA.md made code. Widgets ask these; the runner enforces them again.
namespace OperationPolicy {
// Read-only profiles refuse every mutating operation.
Result<void> permitted(const Operation& operation, const HostProfile& profile);
// A mutating operation on PROD needs the target's name typed by the user; so does one on a host of
// unknown environment (OTHER) unless that was relaxed (Preferences, UnknownEnvironmentNeedsTypedName).
bool needsTypedName(const Operation& operation, const HostProfile& profile);
// The process-wide answer for OTHER hosts (default true); the confirmation dialog and the runner
// both ask needsTypedName(), so they always agree.
void setUnknownEnvironmentNeedsTypedName(bool needed);
bool unknownEnvironmentNeedsTypedName();
// Keeps the answer equal to the settings key, now and whenever it changes (call once at start-up).
void followSettings(AppSettings* settings);
// Exact, case-sensitive comparison (after trimming surrounding blanks): "ALM" is not "alm".
bool typedNameMatches(const Operation& operation, const QString& typed);
// The operation's command lines appear, in order and together, among those the consent shows.
bool consentCovers(const Operation& operation, const OperationConsent& consent);
// What a confirmation needs before its Run/Save button may be pressed: permitted, and the typed
// name where it is required. The dialogs ask this; the runner checks the typed name again.
bool canConfirm(const Operation& operation, const HostProfile& profile, const QString& typed);
} // namespace OperationPolicy
