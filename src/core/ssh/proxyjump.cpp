#include "core/ssh/proxyjump.h"

#include "core/ssh/shellquote.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace ProxyJump {

Result<QStringList> argv(const SshTarget& target)
{
    QStringList hops;
    for (const QString& raw : target.proxyJump) {
        const QString hop = raw.trimmed();
        if (hop.isEmpty())
            continue;
        if (hop.startsWith(QLatin1Char('-')))
            return Error::of(QCoreApplication::translate("ProxyJump",
                "The jump host \"%1\" starts with '-', which ssh would read as an option; it was not used.")
                                 .arg(hop));
        hops << hop;
    }
    if (hops.isEmpty())
        return Error::of(QCoreApplication::translate("ProxyJump", "The ProxyJump setting names no jump host."));
    QStringList a { QStringLiteral("ssh"), QStringLiteral("-o"), QStringLiteral("BatchMode=yes") };
    // A config that does not exist would make ssh fail outright; OpenSSH's defaults apply instead.
    if (!target.sshConfigFile.isEmpty() && QFileInfo(target.sshConfigFile).isFile())
        a << QStringLiteral("-F") << target.sshConfigFile;
    a << QStringLiteral("-o")
      << (target.hostKeyPolicy == SshTarget::HostKeyPolicy::AcceptNew
                 ? QStringLiteral("StrictHostKeyChecking=accept-new")
                 : QStringLiteral("StrictHostKeyChecking=yes"));
    if (!target.knownHostsFile.isEmpty())
        a << QStringLiteral("-o") << (QStringLiteral("UserKnownHostsFile=") + target.knownHostsFile);
    const QString last = hops.takeLast();
    if (!hops.isEmpty())
        a << QStringLiteral("-J") << hops.join(QLatin1Char(','));
    a << QStringLiteral("-W") << QStringLiteral("[%1]:%2").arg(target.host).arg(target.port);
    a << QStringLiteral("--") << (last.contains(QLatin1Char(':')) ? QStringLiteral("ssh://") + last : last);
    return a;
}

Result<QString> proxyCommand(const SshTarget& target, const QString& stderrFile)
{
    auto a = argv(target);
    if (!a)
        return a.error();
    auto line = ShellQuote::commandLine(*a);
    if (!line)
        return line.error();
    QString command = *line;
    if (!stderrFile.isEmpty())
        command += QStringLiteral(" 2>") + ShellQuote::quote(stderrFile);
    // libssh expands %-tokens in ProxyCommand; a literal % must be doubled.
    return command.replace(QLatin1Char('%'), QLatin1String("%%"));
}

QString stderrTail(const QString& stderrFile)
{
    QFile f(stderrFile);
    if (stderrFile.isEmpty() || !f.open(QIODevice::ReadOnly))
        return {};
    if (f.size() > 4096)
        f.seek(f.size() - 4096);
    QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (QString& l : lines)
        l = l.trimmed();
    lines.removeAll(QString());
    return lines.mid(std::max<qsizetype>(0, lines.size() - 3)).join(QStringLiteral(" / "));
}

} // namespace ProxyJump
