#include "core/dns/dnshost.h"

#include "core/containers/incusparser.h"

#include <QCoreApplication>

namespace {
QString container()
{
    return QString::fromLatin1(DnsHost::kContainer);
}
} // namespace

namespace DnsHost {

QString failureText(const CommandResult& r)
{
    const QString err = QString::fromUtf8(r.stderrData).trimmed();
    switch (r.status) {
    case CommandResult::Status::Exited:
        return err.isEmpty()
            ? QCoreApplication::translate("DnsHost", "The command failed with exit status %1.").arg(r.exitCode)
            : QCoreApplication::translate("DnsHost", "The command failed (exit status %1): %2")
                  .arg(r.exitCode)
                  .arg(err);
    case CommandResult::Status::Signalled:
        return QCoreApplication::translate("DnsHost", "The command was killed by signal %1.").arg(r.exitSignal);
    case CommandResult::Status::Cancelled:
        return QCoreApplication::translate("DnsHost", "The command was cancelled.");
    case CommandResult::Status::TimedOut:
        return QCoreApplication::translate("DnsHost", "The command did not finish in time.");
    case CommandResult::Status::Failed:
        break;
    }
    return r.error.isEmpty() ? QCoreApplication::translate("DnsHost", "The command could not run.") : r.error;
}

RemoteCommand readFile(const QString& path)
{
    RemoteCommand c = RemoteCommand::of({ QStringLiteral("incus"), QStringLiteral("exec"), container(),
        QStringLiteral("--"), QStringLiteral("cat"), QStringLiteral("--"), path });
    c.sudo = true;
    c.timeoutMs = 60000;
    c.description = QCoreApplication::translate("DnsHost", "Read %1").arg(path);
    return c;
}

RemoteCommand listContainer()
{
    RemoteCommand c = RemoteCommand::of({ QStringLiteral("incus"), QStringLiteral("list"),
        QStringLiteral("^%1$").arg(container()), QStringLiteral("--format"), QStringLiteral("json") });
    c.sudo = true;
    c.timeoutMs = 30000;
    c.description = QCoreApplication::translate("DnsHost", "Find the DNS container's address");
    return c;
}

Result<QString> parseContainerAddress(const CommandResult& r)
{
    if (!r.succeeded())
        return Error::of(failureText(r));
    const auto list = Incus::parseList(r.stdoutData);
    if (!list)
        return list.error();
    const ContainerInfo* info = Incus::findByName(*list, container());
    if (!info)
        return Error::of(QCoreApplication::translate("DnsHost", "There is no container named dns on this host."));
    if (!info->isRunning())
        return Error::of(QCoreApplication::translate("DnsHost", "The dns container is %1.").arg(info->status));
    for (const QString& a : info->ipv4) {
        const QString address = a.section(QLatin1Char(' '), 0, 0);
        if (!address.isEmpty())
            return address;
    }
    return Error::of(QCoreApplication::translate("DnsHost", "The dns container has no IPv4 address."));
}

RemoteCommand dig(const Server& server, const QString& name, const QString& type)
{
    RemoteCommand c = RemoteCommand::of({ QStringLiteral("dig"), QStringLiteral("+time=2"), QStringLiteral("+tries=1"),
        QStringLiteral("+short"), QStringLiteral("@") + server.address, QStringLiteral("-p"),
        QString::number(server.port), QStringLiteral("-t"), type, QStringLiteral("-q"), name });
    c.timeoutMs = 15000;
    c.description = QCoreApplication::translate("DnsHost", "Ask the DNS server for %1 %2").arg(name, type);
    return c;
}

Result<QStringList> parseAnswers(const CommandResult& r)
{
    if (!r.succeeded())
        return Error::of(failureText(r));
    QStringList out;
    for (const QByteArray& line : r.stdoutData.split('\n')) {
        const QString l = QString::fromUtf8(line).trimmed();
        // dig +short prints ";; connection timed out…" on stdout when nothing answers.
        if (l.startsWith(QLatin1String(";;")))
            return Error::of(
                QCoreApplication::translate("DnsHost", "The DNS server did not answer: %1").arg(l.mid(2).trimmed()));
        if (!l.isEmpty())
            out.append(l);
    }
    return out;
}

Result<quint32> parseSoaSerial(const CommandResult& r)
{
    const auto answers = parseAnswers(r);
    if (!answers)
        return answers.error();
    if (answers->isEmpty())
        return Error::of(
            QCoreApplication::translate("DnsHost", "The DNS server does not serve this zone (no SOA record)."));
    const QStringList f = answers->first().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    bool ok = false;
    const quint32 serial = f.size() >= 3 ? f.at(2).toUInt(&ok) : 0;
    if (!ok)
        return Error::of(QCoreApplication::translate("DnsHost", "Unexpected SOA answer: %1").arg(answers->first()));
    return serial;
}

RemoteCommand reloadSignal()
{
    RemoteCommand c
        = RemoteCommand::of({ QStringLiteral("incus"), QStringLiteral("exec"), container(), QStringLiteral("--"),
            QStringLiteral("pkill"), QStringLiteral("-USR1"), QStringLiteral("-x"), QStringLiteral("coredns") });
    c.sudo = true;
    c.timeoutMs = 30000;
    c.description = QCoreApplication::translate("DnsHost", "Reload CoreDNS (SIGUSR1)");
    return c;
}

RemoteCommand syncZones()
{
    RemoteCommand c = RemoteCommand::of({ QString::fromLatin1(kSyncZones) });
    c.sudo = true;
    c.timeoutMs = 300000;
    c.description = QCoreApplication::translate("DnsHost", "Copy the zones to the secondary name server");
    return c;
}

} // namespace DnsHost
