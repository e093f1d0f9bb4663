#include "core/app/componentversions.h"

#include "core/common/version.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

#include <libssh/libssh.h>
#include <zstd.h>

namespace {

QString sqliteVersion()
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return QCoreApplication::translate("ComponentVersions", "driver missing");
    QString version;
    const QString name = QStringLiteral("gbadmin-version-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT sqlite_version()")) && query.next())
                version = query.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return version;
}

} // namespace

QList<ComponentVersion> componentVersions()
{
    const QString qtRuntime = QString::fromLatin1(qVersion());
    const QString qtBuilt = QStringLiteral(QT_VERSION_STR);
    const QString qt = qtRuntime == qtBuilt
        ? qtRuntime
        : QCoreApplication::translate("ComponentVersions", "%1 (built with %2)").arg(qtRuntime, qtBuilt);
    // ssh_version(0) also names the crypto backend: "0.10.4/openssl/zlib".
    return {
        { QStringLiteral("GB Admin"), GbAdmin::version() },
        { QStringLiteral("Qt"), qt },
        { QStringLiteral("libssh"), QString::fromLatin1(ssh_version(0)) },
        { QStringLiteral("zstd"), QString::fromLatin1(ZSTD_versionString()) },
        { QStringLiteral("QtKeychain"), QStringLiteral(GBADMIN_QTKEYCHAIN_VERSION) },
        { QStringLiteral("SQLite"), sqliteVersion() },
    };
}

QString componentVersionsText(const QList<ComponentVersion>& versions)
{
    QString text;
    for (const ComponentVersion& c : versions)
        text += c.name + QLatin1Char(' ') + c.version + QLatin1Char('\n');
    return text;
}
