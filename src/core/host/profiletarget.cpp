#include "core/host/profiletarget.h"

#include "core/host/environment.h"
#include "core/host/hostprofile.h"
#include "core/ssh/sshconfig.h"

#include <QCoreApplication>
#include <QDir>

Result<SshTarget> sshTargetFor(const HostProfile& profile)
{
    const QString name = profile.sshAlias.isEmpty() ? profile.host : profile.sshAlias;
    if (name.isEmpty())
        return Error::of(
            QCoreApplication::translate("HostProfile", "The profile \"%1\" names no host.").arg(profile.name));
    const QString configPath = profile.sshConfigFile.isEmpty() ? SshConfig::defaultPath() : profile.sshConfigFile;
    const Result<SshConfig> config = SshConfig::load(configPath);
    if (!config)
        return config.error();
    SshTarget target = config->resolve(name);
    if (!profile.sshAlias.isEmpty() && !profile.host.isEmpty())
        target.host = profile.host;
    if (!profile.user.isEmpty())
        target.user = profile.user;
    if (profile.port > 0)
        target.port = profile.port;
    if (!profile.identityFile.isEmpty()) {
        QString key = profile.identityFile;
        if (key.startsWith(QLatin1String("~/")))
            key = QDir::homePath() + key.mid(1);
        target.identityFiles.removeAll(key);
        target.identityFiles.prepend(key);
    }
    if (!profile.proxyJump.isEmpty()) {
        target.proxyJump = profile.proxyJump.split(u',', Qt::SkipEmptyParts);
        for (QString& hop : target.proxyJump)
            hop = hop.trimmed();
        if (profile.proxyJump.trimmed().compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
            target.proxyJump.clear();
    }
    switch (profile.auth) {
    case AuthMethod::Agent:
        target.useAgent = true;
        target.useKeyFiles = false;
        target.usePassword = false;
        break;
    case AuthMethod::KeyFile:
        target.useAgent = false;
        target.usePassword = false;
        break;
    case AuthMethod::Password:
        target.useAgent = false;
        target.useKeyFiles = false;
        break;
    case AuthMethod::Automatic:
        break;
    }
    target.alias = profile.name;
    return target;
}

QStringList opensshCommandFor(const HostProfile& profile)
{
    QStringList argv { QStringLiteral("ssh") };
    if (!profile.sshConfigFile.isEmpty())
        argv << QStringLiteral("-F") << profile.sshConfigFile;
    if (!profile.user.isEmpty())
        argv << QStringLiteral("-l") << profile.user;
    if (profile.port > 0)
        argv << QStringLiteral("-p") << QString::number(profile.port);
    if (!profile.identityFile.isEmpty())
        argv << QStringLiteral("-i") << profile.identityFile;
    if (!profile.proxyJump.isEmpty())
        argv << QStringLiteral("-J") << profile.proxyJump;
    // A profile that overrides its alias's HostName must open the shell on THAT host (the GUI
    // shows the profile's environment), not on the alias's.
    if (!profile.sshAlias.isEmpty() && !profile.host.isEmpty())
        argv << QStringLiteral("-o") << QStringLiteral("HostName=") + profile.host;
    // "--" so that a host name can never be read as an option.
    argv << QStringLiteral("--") << (profile.sshAlias.isEmpty() ? profile.host : profile.sshAlias);
    return argv;
}

HostProfile profileForAlias(const QString& alias, const QString& sshConfigFile)
{
    HostProfile p;
    p.name = alias;
    p.sshAlias = alias;
    p.sshConfigFile = sshConfigFile;
    return p;
}

Environment detectEnvironment(const HostProfile& profile, const EnvironmentRules& rules)
{
    const Result<SshTarget> target = sshTargetFor(profile);
    const QString resolved = target ? target->host : QString();
    const Environment byName = rules.detect(profile.detectionHost(), resolved);
    return byName;
}
