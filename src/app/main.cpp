#include "core/common/version.h"
#include "core/health/healthcommand.h"
#include "core/host/hostprofile.h"
#include "core/host/journal.h"
#include "core/host/profiletarget.h"
#include "core/settings/appsettings.h"
#include "core/ssh/credentialstore.h"
#include "widgets/shell/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

namespace {

void setIdentity()
{
    QCoreApplication::setApplicationName(GbAdmin::applicationName());
    QCoreApplication::setOrganizationName(GbAdmin::organizationName());
    QCoreApplication::setApplicationVersion(GbAdmin::version());
}

// `gbadmin --health <profile or alias>`: no window, no display needed (cron, monitoring).
int runHealthCheck(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    setIdentity();
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main",
        "Runs the daily health checks on a host and prints a report. Exit status: 0 all checks passed, "
        "1 some check failed, 2 the host could not be reached (an unknown or changed host key counts)."));
    parser.addHelpOption();
    const QCommandLineOption healthOption(QStringLiteral("health"),
        QCoreApplication::translate("main", "Check the saved profile or ssh config alias <host>."),
        QStringLiteral("host"));
    const QCommandLineOption sshConfigOption(QStringLiteral("ssh-config"),
        QCoreApplication::translate("main", "Read host aliases from <file> instead of ~/.ssh/config."),
        QStringLiteral("file"));
    parser.addOptions({ healthOption, sshConfigOption });
    parser.process(app);
    AppSettings settings;
    QTextStream out(stdout);
    QTextStream err(stderr);
    return HealthCommand::run(parser.value(healthOption), parser.value(sshConfigOption), &settings, out, err);
}

} // namespace

int main(int argc, char* argv[])
{
    // --version and --health must work without a display (cron, packaging checks).
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--version" || arg == "-v") {
            std::printf("%s %s\n", qPrintable(GbAdmin::applicationName()), qPrintable(GbAdmin::version()));
            return 0;
        }
        if (arg == "--health" || arg.startsWith("--health="))
            return runHealthCheck(argc, argv);
    }

    QApplication app(argc, argv);
    setIdentity();
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
    const QCommandLineOption sshConfigOption(QStringLiteral("ssh-config"),
        QApplication::translate("main", "Read host aliases from <file> instead of ~/.ssh/config."),
        QStringLiteral("file"));
    const QCommandLineOption connectOption(QStringLiteral("connect"),
        QApplication::translate("main", "Connect to the ssh config alias <alias> at start (not saved as a profile)."),
        QStringLiteral("alias"));
    const QCommandLineOption profileOption(QStringLiteral("profile"),
        QApplication::translate("main", "Connect to the saved profile <name> at start."), QStringLiteral("name"));
    const QCommandLineOption environmentOption(QStringLiteral("environment"),
        QApplication::translate(
            "main", "With --connect: treat the host as PROD, STAGE or OTHER instead of detecting it."),
        QStringLiteral("env"));
    const QCommandLineOption tabOption(QStringLiteral("tab"),
        QApplication::translate("main", "Open on the tab <name> (Health, Containers, … Logs)."),
        QStringLiteral("name"));
    parser.addOptions({ sshConfigOption, connectOption, profileOption, environmentOption, tabOption });
    parser.process(app);

    AppSettings settings;
    ProfileStore profiles(&settings);
    // The journal is required for every change to a host; without it the window still opens
    // (read-only work stays possible) and says why changes are disabled.
    Journal journal;
    if (const auto opened = journal.open(Journal::defaultPath()); !opened)
        std::fprintf(stderr, "gbadmin: %s\n", qPrintable(opened.errorMessage()));
    // Secrets typed with "remember" go to the desktop keyring, where --health finds them too.
    CredentialStore credentials;
    MainWindow window(&settings, &journal, &credentials);
    if (parser.isSet(sshConfigOption))
        window.setSshConfigFile(parser.value(sshConfigOption));
    window.show();
    if (parser.isSet(tabOption) && !window.showTab(parser.value(tabOption)))
        std::fprintf(stderr, "gbadmin: no tab called \"%s\"\n", qPrintable(parser.value(tabOption)));

    if (parser.isSet(connectOption)) {
        HostProfile p = profileForAlias(parser.value(connectOption), parser.value(sshConfigOption));
        if (parser.isSet(environmentOption)) {
            p.environment = environmentFromName(parser.value(environmentOption));
            p.environmentFromRules = false;
        } else {
            p.environment = detectEnvironment(p, profiles.environmentRules());
        }
        window.connectToProfile(p);
    } else if (parser.isSet(profileOption)) {
        const auto p = profiles.find(parser.value(profileOption));
        if (!p) {
            std::fprintf(stderr, "gbadmin: no profile called \"%s\"\n", qPrintable(parser.value(profileOption)));
            return 2;
        }
        window.connectToProfile(*p);
    } else {
        // Nothing to connect to yet: start where the user has to go anyway.
        QTimer::singleShot(0, &window, &MainWindow::openConnectionDialog);
    }
    return QApplication::exec();
}
