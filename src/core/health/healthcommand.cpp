#include "core/health/healthcommand.h"

#include "core/health/healthrunner.h"
#include "core/host/hostprofile.h"
#include "core/host/profiletarget.h"
#include "core/host/sessioncommandrunner.h"
#include "core/ssh/credentialstore.h"
#include "core/ssh/sshsession.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QRegularExpression>
#include <QTextStream>
#include <QTimer>

namespace HealthCommand {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("HealthCommand", text);
}
} // namespace

QString terminalSafe(const QString& text)
{
    // CSI: ESC [ parameters intermediates final; OSC/DCS/PM/APC: ESC ] ... (BEL or ESC \); other
    // two-byte escapes: ESC + one character.
    static const QRegularExpression escapes(QStringLiteral(
        "\\x1b\\[[0-?]*[ -/]*[@-~]|\\x1b[\\]PX^_][^\\x07\\x1b]*(?:\\x07|\\x1b\\\\)?|\\x1b[@-Z\\\\-_]?|\\x{9b}[0-?]*[ "
        "-/]*[@-~]"));
    QString out = text;
    out.remove(escapes);
    for (QChar& c : out) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\n' && u != u'\t') || u == 0x7f || (u >= 0x80 && u <= 0x9f))
            c = QChar(QChar::ReplacementCharacter);
    }
    return out;
}

int run(const QString& profileOrAlias, const QString& sshConfigFile, AppSettings* settings, QTextStream& out,
    QTextStream& err, int timeoutMs)
{
    ProfileStore profiles(settings);
    const std::optional<HostProfile> saved = profiles.find(profileOrAlias);
    const HostProfile profile = saved ? *saved : profileForAlias(profileOrAlias, sshConfigFile);
    auto target = sshTargetFor(profile);
    if (!target) {
        err << terminalSafe(tr("gbadmin: %1").arg(target.errorMessage())) << Qt::endl;
        return CannotConnect;
    }
    // Unattended: never trust a new key, never retry forever.
    target->hostKeyPolicy = SshTarget::HostKeyPolicy::Strict;
    target->autoReconnect = false;

    CredentialStore store;
    SshSession session;
    session.setCredentialStore(&store);
    SessionCommandRunner commands(&session);
    HealthRunner runner(&commands);

    QEventLoop loop;
    int exitCode = CannotConnect;
    bool connected = false;
    QObject::connect(
        &session, &SshSession::hostKeyDecisionNeeded, &loop, [&](const HostKeyInfo&) { session.rejectHostKey(); });
    QObject::connect(&session, &SshSession::credentialNeeded, &loop, [&](const CredentialRequest& request) {
        // Nothing in the keyring and nobody to ask: cron jobs need an agent or a key without passphrase.
        err << tr("gbadmin: %1 needs a password or passphrase that is not in the keyring; use ssh-agent or save it "
                  "from the app first.")
                   .arg(target->displayName())
            << Qt::endl;
        session.cancelCredential(request.id);
    });
    QObject::connect(&session, &SshSession::errorOccurred, &loop,
        [&](const QString& message) { err << terminalSafe(tr("gbadmin: %1").arg(message)) << Qt::endl; });
    QObject::connect(&session, &SshSession::stateChanged, &loop, [&](SshSession::State state) {
        if (state == SshSession::State::Connected && !connected) {
            connected = true;
            runner.runAll();
        } else if ((state == SshSession::State::Disconnected || state == SshSession::State::Lost) && !connected) {
            exitCode = CannotConnect;
            loop.quit();
        }
    });
    QObject::connect(&runner, &HealthRunner::allFinished, &loop, [&](const QList<Health::Result>& results) {
        // Check details quote the host's own output (err.log lines, curl answers): never raw escapes.
        out << terminalSafe(Health::report(results, profile.name.isEmpty() ? profileOrAlias : profile.name, false));
        exitCode = Health::allGreen(results) ? AllGreen : NotGreen;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, [&] {
        err << tr("gbadmin: no answer from %1 within %2 s").arg(target->displayName()).arg(timeoutMs / 1000)
            << Qt::endl;
        exitCode = connected ? NotGreen : CannotConnect;
        loop.quit();
    });

    session.connectToHost(*target);
    loop.exec();
    runner.cancel();
    session.disconnectFromHost();
    out.flush();
    err.flush();
    return exitCode;
}

} // namespace HealthCommand
