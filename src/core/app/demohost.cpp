#include "core/app/demohost.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace DemoHosts {

QString defaultStateDir()
{
    QString base = qEnvironmentVariable("XDG_STATE_HOME");
    if (base.isEmpty() || !QDir::isAbsolutePath(base))
        base = QDir::homePath() + QStringLiteral("/.local/state");
    return base + QStringLiteral("/gbadmin-demo");
}

std::optional<DemoHost> find(const QString& stateDir)
{
    QFile env(stateDir + QStringLiteral("/env"));
    if (!env.open(QIODevice::ReadOnly | QIODevice::Text))
        return std::nullopt;
    // simhost writes lines of the form: export NAME='value' (values never hold a quote).
    const QByteArray prefix = "export SIMHOST_SSH_CONFIG=";
    while (!env.atEnd()) {
        QByteArray line = env.readLine(64 * 1024).trimmed();
        if (!line.startsWith(prefix))
            continue;
        QByteArray value = line.mid(prefix.size());
        if (value.size() >= 2 && value.startsWith('\'') && value.endsWith('\''))
            value = value.mid(1, value.size() - 2);
        const QString config = QString::fromUtf8(value);
        if (config.isEmpty() || !QFileInfo(config).isFile())
            return std::nullopt;
        return DemoHost { stateDir, config, QStringLiteral("simhost") };
    }
    return std::nullopt;
}

} // namespace DemoHosts
