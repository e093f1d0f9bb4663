#include "core/common/version.h"
#include "core/settings/appsettings.h"
#include "widgets/shell/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>

int main(int argc, char* argv[])
{
    // --version must work without a display (cron, packaging checks).
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--version" || arg == "-v") {
            std::printf("%s %s\n", qPrintable(GbAdmin::applicationName()), qPrintable(GbAdmin::version()));
            return 0;
        }
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(GbAdmin::applicationName());
    QApplication::setOrganizationName(GbAdmin::organizationName());
    QApplication::setApplicationVersion(GbAdmin::version());
    QApplication::setApplicationDisplayName(QStringLiteral("GB Admin"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/gbadmin.svg")));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator appTranslator;
    if (appTranslator.load(QLocale(), QStringLiteral("gbadmin"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&appTranslator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Desktop administration for General Bots hosts"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    AppSettings settings;
    MainWindow window(&settings);
    window.show();
    return QApplication::exec();
}
