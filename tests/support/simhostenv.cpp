#include "support/simhostenv.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>

SimHostEnv SimHostEnv::load(QString* why)
{
    SimHostEnv env;
    const QString dir = qEnvironmentVariable("SIMHOST_DIR");
    if (dir.isEmpty()) {
        if (why)
            *why = QStringLiteral("SIMHOST_DIR is not set (run through ctest, which starts the simhost)");
        return env;
    }
    QFile f(QDir(dir).filePath(QStringLiteral("env")));
    if (!f.open(QIODevice::ReadOnly)) {
        if (why)
            *why = QStringLiteral("no simhost runs in %1 (%2)").arg(dir, f.errorString());
        return env;
    }
    static const QRegularExpression line(QStringLiteral("^export (SIMHOST_[A-Z0-9_]+)='?([^']*)'?$"));
    while (!f.atEnd()) {
        const auto m = line.match(QString::fromUtf8(f.readLine()).trimmed());
        if (m.hasMatch())
            env.all.insert(m.captured(1), m.captured(2));
    }
    env.dir = dir;
    env.host = env.all.value(QStringLiteral("SIMHOST_HOST"));
    env.port = env.all.value(QStringLiteral("SIMHOST_PORT")).toInt();
    env.user = env.all.value(QStringLiteral("SIMHOST_USER"));
    env.identity = env.all.value(QStringLiteral("SIMHOST_IDENTITY"));
    env.knownHosts = env.all.value(QStringLiteral("SIMHOST_KNOWN_HOSTS"));
    env.sshConfig = env.all.value(QStringLiteral("SIMHOST_SSH_CONFIG"));
    env.passwordPort = env.all.value(QStringLiteral("SIMHOST_PASSWORD_PORT")).toInt();
    env.passwordOnlyPort = env.all.value(QStringLiteral("SIMHOST_PASSWORD_ONLY_PORT")).toInt();
    env.passwordFile = env.all.value(QStringLiteral("SIMHOST_PASSWORD_FILE"));
    env.passwordUnavailable = env.all.value(QStringLiteral("SIMHOST_PASSWORD_UNAVAILABLE"));
    env.sudoUsers = env.all.value(QStringLiteral("SIMHOST_SUDO_USERS")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    env.sudoUnavailable = env.all.value(QStringLiteral("SIMHOST_SUDO_UNAVAILABLE"));
    env.fishUser = env.all.value(QStringLiteral("SIMHOST_FISH_USER"));
    if (env.sudoUsers.isEmpty() && env.sudoUnavailable.isEmpty())
        env.sudoUnavailable = QStringLiteral("%1/env names no real-sudo users (a simhost from before)").arg(dir);
    if (!env.isValid() && why)
        *why = QStringLiteral("%1/env has no SIMHOST_PORT").arg(dir);
    return env;
}

QString SimHostEnv::password(QString* why) const
{
    const auto fail = [why](const QString& reason) {
        if (why)
            *why = reason;
        return QString();
    };
    if (!passwordUnavailable.isEmpty())
        return fail(QStringLiteral("the simhost runs no password sshd here: %1").arg(passwordUnavailable));
    if (passwordPort <= 0 || passwordFile.isEmpty())
        return fail(
            QStringLiteral("%1/env has no SIMHOST_PASSWORD_PORT (a simhost from before sshd-password?)").arg(dir));
    QFile f(passwordFile);
    if (!f.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read %1 (%2)").arg(passwordFile, f.errorString()));
    const QString pw = QString::fromUtf8(f.readAll()).trimmed();
    if (pw.isEmpty())
        return fail(QStringLiteral("%1 is empty").arg(passwordFile));
    return pw;
}

QStringList SimHostEnv::sshArgs(const QStringList& remote) const
{
    QStringList args { QStringLiteral("-F"), sshConfig, QStringLiteral("-o"), QStringLiteral("BatchMode=yes") };
    if (!controlPath.isEmpty())
        args += { QStringLiteral("-o"), QStringLiteral("ControlPath=") + controlPath };
    args += QStringLiteral("simhost");
    args += remote;
    return args;
}

bool SimHostEnv::startMaster(QString* why)
{
    // Short path: a unix socket path is limited to 108 bytes.
    const QString path = QDir::temp().filePath(
        QStringLiteral("gbadmin-simhost-%1-%2").arg(QCoreApplication::applicationPid()).arg(port));
    QProcess p;
    // `-f` forks the master into the background; it must not hold the test's pipes (ctest waits).
    p.setStandardOutputFile(QProcess::nullDevice());
    p.setStandardErrorFile(QProcess::nullDevice());
    p.start(QStringLiteral("ssh"),
        { QStringLiteral("-F"), sshConfig, QStringLiteral("-o"), QStringLiteral("BatchMode=yes"), QStringLiteral("-o"),
            QStringLiteral("ControlMaster=yes"), QStringLiteral("-o"), QStringLiteral("ControlPath=") + path,
            QStringLiteral("-o"), QStringLiteral("ControlPersist=60"), QStringLiteral("-f"), QStringLiteral("-N"),
            QStringLiteral("simhost") });
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        if (why)
            *why = QStringLiteral("could not start an ssh control master (exit %1)").arg(p.exitCode());
        return false;
    }
    controlPath = path;
    return true;
}

void SimHostEnv::stopMaster()
{
    if (controlPath.isEmpty())
        return;
    QProcess p;
    p.setStandardOutputFile(QProcess::nullDevice());
    p.setStandardErrorFile(QProcess::nullDevice());
    p.start(QStringLiteral("ssh"),
        { QStringLiteral("-o"), QStringLiteral("ControlPath=") + controlPath, QStringLiteral("-O"),
            QStringLiteral("exit"), QStringLiteral("simhost") });
    p.waitForFinished(10000);
    controlPath.clear();
}

int SimHostEnv::ssh(
    const QStringList& remote, QByteArray* out, QByteArray* err, const QByteArray& input, int timeoutMs) const
{
    QProcess p;
    p.start(QStringLiteral("ssh"), sshArgs(remote));
    if (!p.waitForStarted())
        return -1;
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return -2;
    }
    if (out)
        *out = p.readAllStandardOutput();
    if (err)
        *err = p.readAllStandardError();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -3;
}

int SimHostEnv::simhost(const QStringList& args, QByteArray* out) const
{
    QProcess p;
    const QString tool = qEnvironmentVariable("GBADMIN_SOURCE_DIR") + QStringLiteral("/tests/simhost/simhost");
    QStringList a = args;
    if (!a.isEmpty())
        a.insert(1, dir);
    p.start(tool, a);
    p.waitForFinished(120000);
    if (out)
        *out = p.readAllStandardOutput() + p.readAllStandardError();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -3;
}
