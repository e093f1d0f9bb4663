#include "core/app/selfcheck.h"
#include "core/app/uilanguage.h"
#include "core/common/version.h"
#include "core/health/healthcommand.h"
#include "core/host/hostprofile.h"
#include "core/host/journal.h"
#include "core/host/operation.h"
#include "core/host/profiletarget.h"
#include "core/settings/appsettings.h"
#include "core/ssh/credentialstore.h"
#include "widgets/shell/appearance.h"
#include "widgets/shell/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QIcon>
#include <QLocale>
#include <QPixmap>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

namespace {

void setIdentity()
{
    QCoreApplication::setApplicationName(GbAdmin::applicationName());
    QCoreApplication::setOrganizationName(GbAdmin::organizationName());
    QCoreApplication::setApplicationVersion(GbAdmin::version());
}

// The system's language or the one chosen in Preferences (read here, so a change applies at the next start).
void installTranslations(QCoreApplication* app, const AppSettings& settings)
{
    const QString setting = settings.get(Settings::Keys::InterfaceLanguage);
    UiLanguage::setStartSetting(setting);
    UiLanguage::install(app, UiLanguage::localeFor(setting));
}

// `gbadmin --self-check`: no window, no host; proves the installation works (see SelfCheck).
int runSelfCheck(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    setIdentity();
    AppSettings settings;
    installTranslations(&app, settings);
    QTextStream out(stdout);
    out << GbAdmin::applicationName() << ' ' << GbAdmin::version() << '\n';
    return SelfCheck::run({}, out) ? 0 : 1;
}

// `gbadmin --health <profile or alias>`: no window, no display needed (cron, monitoring).
int runHealthCheck(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    setIdentity();
    AppSettings settings;
    installTranslations(&app, settings);
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
        if (arg == "--self-check")
            return runSelfCheck(argc, argv);
    }

    QApplication app(argc, argv);
    setIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("GB Admin"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/gbadmin.svg")));

    AppSettings settings;
    installTranslations(&app, settings);
    Appearance::follow(&settings);

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
    const QCommandLineOption selfCheckOption(QStringLiteral("self-check"),
        QApplication::translate(
            "main", "Check without a window that this installation works (SQLite driver, journal, translations)."));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        QApplication::translate("main", "Open the window, save a picture of it to <file> (PNG) and quit."),
        QStringLiteral("file"));
    parser.addOptions({ sshConfigOption, connectOption, profileOption, environmentOption, tabOption, selfCheckOption,
        screenshotOption });
    parser.process(app);

    OperationPolicy::followSettings(&settings);
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
    if (parser.isSet(screenshotOption)) {
        // grab() lays out and paints the window itself, so once the event loop runs it is complete.
        QTimer::singleShot(0, &window, [&window, file = parser.value(screenshotOption)] {
            const bool saved = window.grab().save(file, "PNG");
            if (!saved)
                std::fprintf(stderr, "gbadmin: could not write %s\n", qPrintable(file));
            QCoreApplication::exit(saved ? 0 : 1);
        });
        return QApplication::exec();
    }

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
    } else if (!profiles.profiles().isEmpty()) {
        // Nothing to connect to yet: start where the user has to go anyway. Without any profile
        // the window shows its welcome page instead.
        QTimer::singleShot(0, &window, &MainWindow::openConnectionDialog);
    }
    return QApplication::exec();
}
