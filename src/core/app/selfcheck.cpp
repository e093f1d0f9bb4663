#include "core/app/selfcheck.h"

#include "core/app/componentversions.h"
#include "core/app/uilanguage.h"
#include "core/host/journal.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QTextStream>

namespace SelfCheck {

bool run(const Options& options, QTextStream& out)
{
    bool ok = true;
    const auto report = [&](bool passed, const QString& line) {
        out << (passed ? "ok      " : "FAILED  ") << line << '\n';
        ok = ok && passed;
    };

    for (const ComponentVersion& c : componentVersions())
        out << "        " << c.name << ' ' << c.version << '\n';

    const bool sqlite = QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"));
    report(sqlite,
        sqlite ? QCoreApplication::translate("SelfCheck", "Qt SQLite driver loaded")
               : QCoreApplication::translate(
                   "SelfCheck", "Qt SQLite driver missing (Debian: libqt6sql6-sqlite); the journal cannot open"));

    if (sqlite) {
        const QString path = options.journalPath.isEmpty() ? Journal::defaultPath() : options.journalPath;
        Journal journal;
        if (const auto opened = journal.open(path); !opened) {
            report(false, QCoreApplication::translate("SelfCheck", "journal %1: %2").arg(path, opened.errorMessage()));
        } else if (const auto rows = journal.entries(); !rows) {
            report(false, QCoreApplication::translate("SelfCheck", "journal %1: %2").arg(path, rows.errorMessage()));
        } else {
            report(journal.schemaVersion() == Journal::SchemaVersion,
                QCoreApplication::translate("SelfCheck", "journal %1 opened (schema %2, %3 entries)")
                    .arg(path)
                    .arg(journal.schemaVersion())
                    .arg(rows->size()));
        }
    }

    const QString dir = options.translationsDir.isEmpty() ? UiLanguage::translationsDir() : options.translationsDir;
    QStringList missing;
    for (const QString& code : UiLanguage::available()) {
        if (code != QLatin1String("en")
            && !QFileInfo::exists(dir + QStringLiteral("/gbadmin_") + code + QStringLiteral(".qm")))
            missing << code;
    }
    report(missing.isEmpty(),
        missing.isEmpty() ? QCoreApplication::translate("SelfCheck", "translations found in %1").arg(dir)
                          : QCoreApplication::translate("SelfCheck", "translations missing in %1: %2")
                                .arg(dir, missing.join(QStringLiteral(", "))));
    return ok;
}

} // namespace SelfCheck
