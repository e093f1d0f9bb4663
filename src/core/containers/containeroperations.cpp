#include "core/containers/containeroperations.h"

#include <QCoreApplication>

namespace ContainerOperations {

namespace {

RemoteCommand incus(QStringList args, const QString& description)
{
    args.prepend(QStringLiteral("incus"));
    RemoteCommand c = RemoteCommand::of(std::move(args));
    c.sudo = true;
    c.timeoutMs = 300000; // stopping a busy container can take a while
    c.description = description;
    return c;
}

QString verb(Lifecycle action)
{
    switch (action) {
    case Lifecycle::Start:
        return QStringLiteral("start");
    case Lifecycle::Stop:
        return QStringLiteral("stop");
    case Lifecycle::Restart:
        return QStringLiteral("restart");
    }
    return {};
}

QString actionTitle(Lifecycle action, const QStringList& containers)
{
    const QString list = containers.join(QLatin1String(", "));
    switch (action) {
    case Lifecycle::Start:
        return containers.size() == 1
            ? QCoreApplication::translate("ContainerOperations", "Start container %1").arg(list)
            : QCoreApplication::translate("ContainerOperations", "Start containers %1").arg(list);
    case Lifecycle::Stop:
        return containers.size() == 1
            ? QCoreApplication::translate("ContainerOperations", "Stop container %1").arg(list)
            : QCoreApplication::translate("ContainerOperations", "Stop containers %1").arg(list);
    case Lifecycle::Restart:
        return containers.size() == 1
            ? QCoreApplication::translate("ContainerOperations", "Restart container %1").arg(list)
            : QCoreApplication::translate("ContainerOperations", "Restart containers %1").arg(list);
    }
    return {};
}

Result<void> checkAll(const QStringList& names, const char* what)
{
    if (names.isEmpty())
        return Error::of(QCoreApplication::translate("ContainerOperations", "No container selected."));
    for (const QString& n : names)
        if (auto ok = checkName(n, what); !ok)
            return ok;
    return {};
}

} // namespace

Result<void> checkName(const QString& name, const char* what)
{
    const QString kind = QString::fromLatin1(what);
    if (name.isEmpty())
        return Error::of(QCoreApplication::translate("ContainerOperations", "The %1 name is empty.").arg(kind));
    if (name.startsWith(QLatin1Char('-')))
        return Error::of(QCoreApplication::translate("ContainerOperations",
            "The %1 name \"%2\" starts with '-', which incus would read as an option; refusing to run it.")
                             .arg(kind, name));
    for (const QChar c : name) {
        if (c == QLatin1Char('/') || c.category() == QChar::Other_Control)
            return Error::of(QCoreApplication::translate(
                "ContainerOperations", "The %1 name \"%2\" contains '/' or a control character; refusing to run it.")
                                 .arg(kind, name));
    }
    return {};
}

QString snapshotNameFor(const QDateTime& when)
{
    return QStringLiteral("pre-change-") + when.toString(QStringLiteral("yyyyMMddHHmmss"));
}

Result<Operation> lifecycle(Lifecycle action, const QStringList& containers)
{
    if (auto ok = checkAll(containers, "container"); !ok)
        return ok.error();
    Operation op;
    op.action = actionTitle(action, containers);
    op.targets = containers;
    // One name to type even for a bulk action: all of them, as listed in the dialog.
    op.confirmationName = containers.join(QLatin1Char(' '));
    op.independentSteps = true; // one container failing must not leave the others untouched
    for (const QString& c : containers)
        op.commands.append(incus({ verb(action), c }, actionTitle(action, { c })));
    if (action == Lifecycle::Stop)
        for (const QString& c : containers)
            op.undo.append(incus({ QStringLiteral("start"), c },
                QCoreApplication::translate("ContainerOperations", "Start container %1").arg(c)));
    return op;
}

Result<Operation> createSnapshot(const QStringList& containers, const QDateTime& when)
{
    if (auto ok = checkAll(containers, "container"); !ok)
        return ok.error();
    const QString name = snapshotNameFor(when);
    Operation op;
    op.action = containers.size() == 1
        ? QCoreApplication::translate("ContainerOperations", "Snapshot container %1 as %2")
              .arg(containers.first(), name)
        : QCoreApplication::translate("ContainerOperations", "Snapshot containers %1 as %2")
              .arg(containers.join(QLatin1String(", ")), name);
    op.targets = containers;
    op.confirmationName = containers.join(QLatin1Char(' '));
    op.independentSteps = true;
    for (const QString& c : containers) {
        op.commands.append(incus({ QStringLiteral("snapshot"), QStringLiteral("create"), c, name },
            QCoreApplication::translate("ContainerOperations", "Snapshot %1").arg(c)));
        op.undo.append(incus({ QStringLiteral("snapshot"), QStringLiteral("delete"), c, name },
            QCoreApplication::translate("ContainerOperations", "Delete snapshot %1 of %2").arg(name, c)));
    }
    return op;
}

Result<Operation> snapshotThenRestart(const QString& container, const QDateTime& when)
{
    if (auto ok = checkName(container, "container"); !ok)
        return ok.error();
    const QString name = snapshotNameFor(when);
    Operation op;
    op.action = QCoreApplication::translate("ContainerOperations", "Snapshot container %1 as %2, then restart it")
                    .arg(container, name);
    op.targets = { container };
    op.backup = incus({ QStringLiteral("snapshot"), QStringLiteral("create"), container, name },
        QCoreApplication::translate("ContainerOperations", "Snapshot %1").arg(container));
    op.backupPath = container + QLatin1Char('/') + name;
    op.commands.append(incus({ QStringLiteral("restart"), container },
        QCoreApplication::translate("ContainerOperations", "Restart container %1").arg(container)));
    op.undo.append(incus({ QStringLiteral("snapshot"), QStringLiteral("restore"), container, name },
        QCoreApplication::translate("ContainerOperations", "Restore snapshot %1 of %2").arg(name, container)));
    return op;
}

Result<Operation> restoreSnapshot(const QString& container, const QString& snapshot)
{
    if (auto ok = checkName(container, "container"); !ok)
        return ok.error();
    if (auto ok = checkName(snapshot, "snapshot"); !ok)
        return ok.error();
    Operation op;
    op.action = QCoreApplication::translate("ContainerOperations", "Restore container %1 to snapshot %2")
                    .arg(container, snapshot);
    op.targets = { container };
    op.commands.append(
        incus({ QStringLiteral("snapshot"), QStringLiteral("restore"), container, snapshot }, op.action));
    return op;
}

Result<Operation> deleteSnapshot(const QString& container, const QString& snapshot)
{
    if (auto ok = checkName(container, "container"); !ok)
        return ok.error();
    if (auto ok = checkName(snapshot, "snapshot"); !ok)
        return ok.error();
    Operation op;
    op.action = QCoreApplication::translate("ContainerOperations", "Delete snapshot %2 of container %1")
                    .arg(container, snapshot);
    op.targets = { container + QLatin1Char('/') + snapshot };
    op.confirmationName = snapshot;
    op.commands.append(incus({ QStringLiteral("snapshot"), QStringLiteral("delete"), container, snapshot }, op.action));
    return op;
}

Result<Operation> restartService(const QString& container, const QString& unit)
{
    if (auto ok = checkName(container, "container"); !ok)
        return ok.error();
    if (auto ok = checkName(unit, "service"); !ok)
        return ok.error();
    Operation op;
    op.action
        = QCoreApplication::translate("ContainerOperations", "Restart service %2 in container %1").arg(container, unit);
    op.targets = { container };
    op.commands.append(incus({ QStringLiteral("exec"), container, QStringLiteral("--"), QStringLiteral("systemctl"),
                                 QStringLiteral("restart"), unit },
        op.action));
    return op;
}

RemoteCommand listCommand()
{
    RemoteCommand c = incus({ QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json") },
        QCoreApplication::translate("ContainerOperations", "List containers"));
    c.timeoutMs = 30000;
    return c;
}

RemoteCommand logCommand(const QString& container)
{
    RemoteCommand c = incus({ QStringLiteral("info"), container, QStringLiteral("--show-log") },
        QCoreApplication::translate("ContainerOperations", "Log of container %1").arg(container));
    c.timeoutMs = 30000;
    return c;
}

RemoteCommand serviceStateCommand(const QString& container, const QStringList& units)
{
    QStringList args { QStringLiteral("exec"), container, QStringLiteral("--"), QStringLiteral("systemctl"),
        QStringLiteral("is-active") };
    args += units;
    RemoteCommand c
        = incus(args, QCoreApplication::translate("ContainerOperations", "Service states in %1").arg(container));
    c.timeoutMs = 30000;
    return c;
}

} // namespace ContainerOperations
