#include "core/health/healthcommand.h"

#include "core/health/healthrunner.h"
#include "core/host/hostconnection.h"
#include "core/host/hostprofile.h"
#include "core/host/hostprompts.h"
#include "core/host/profiletarget.h"
#include "core/ssh/credentialstore.h"
#include "core/ssh/sshsession.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QRegularExpression>
#include <QTextStream>
#include <QTimer>

namespace HealthCommand {

namespace { } // namespace

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

namespace {
// Nobody is there to answer: unknown host keys are refused, and a secret that is not in the
// keyring ends the attempt with a sentence saying how to make cron work.
class UnattendedPrompts : public HostPrompts
{
public:
    UnattendedPrompts(QTextStream& err, QString target)
        : m_err(err)
        , m_target(std::move(target))
    { }
    void attach(SshSession* session) override
    {
        QObject::connect(session, &SshSession::hostKeyDecisionNeeded, session,
            [session](const HostKeyInfo&) { session->rejectHostKey(); });
        QObject::connect(session, &SshSession::credentialNeeded, session, [this, session](const CredentialRequest& r) {
            m_err << QCoreApplication::translate("HealthCommand",
                "gbadmin: %1 needs a password or passphrase that is not in the keyring; use ssh-agent or "
                "save it from the app first.")
                         .arg(m_target)
                  << Qt::endl;
            session->cancelCredential(r.id);
        });
    }

private:
    QTextStream& m_err;
    QString m_target;
};
} // namespace

int run(const QString& profileOrAlias, const QString& sshConfigFile, AppSettings* settings, QTextStream& out,
    QTextStream& err, int timeoutMs)
{
    ProfileStore profiles(settings);
    const std::optional<HostProfile> saved = profiles.find(profileOrAlias);
    const HostProfile profile = saved ? *saved : profileForAlias(profileOrAlias, sshConfigFile);
    const auto target = sshTargetFor(profile);
    if (!target) {
        err << terminalSafe(QCoreApplication::translate("HealthCommand", "gbadmin: %1").arg(target.errorMessage()))
            << Qt::endl;
        return CannotConnect;
    }

    CredentialStore store;
    HostConnection host(nullptr); // read-only work: no journal needed
    host.setCredentialStore(&store);
    host.setPrompts(std::make_unique<UnattendedPrompts>(err, target->displayName()));
    HealthRunner runner(host.runner());

    QEventLoop loop;
    int exitCode = CannotConnect;
    bool connected = false;
    QObject::connect(&host, &HostConnection::message, &loop, [&](const QString& message, bool) {
        err << terminalSafe(QCoreApplication::translate("HealthCommand", "gbadmin: %1").arg(message)) << Qt::endl;
    });
    QObject::connect(&host, &HostConnection::connected, &loop, [&] {
        if (connected)
            return;
        connected = true;
        runner.runAll();
    });
    QObject::connect(&host, &HostConnection::stateChanged, &loop, [&](SshSession::State state) {
        if ((state == SshSession::State::Disconnected || state == SshSession::State::Lost) && !connected) {
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
        err << QCoreApplication::translate("HealthCommand", "gbadmin: no answer from %1 within %2 s")
                   .arg(target->displayName())
                   .arg(timeoutMs / 1000)
            << Qt::endl;
        exitCode = connected ? NotGreen : CannotConnect;
        loop.quit();
    });

    host.connectTo(profile, HostConnection::ConnectOptions { .unattended = true });
    loop.exec();
    runner.cancel();
    host.disconnectFromHost();
    out.flush();
    err.flush();
    return exitCode;
}

} // namespace HealthCommand
