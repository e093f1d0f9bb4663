#include "core/ssh/ssherror.h"

#include <QCoreApplication>
#include <libssh/libssh.h>

QString sshErrorMessage(ssh_session_struct* session, const QString& doing)
{
    const char* text = session ? ssh_get_error(session) : nullptr;
    return sshErrorMessage(text ? QString::fromUtf8(text) : QString(), doing);
}

QString sshErrorMessage(const QString& libsshText, const QString& doing)
{
    const QString t = libsshText.toLower();
    auto has = [&t](const char* s) { return t.contains(QLatin1String(s)); };
    QString sentence;
    if (has("connection refused"))
        sentence = QStringLiteral("The host refused the connection: no SSH server listens on that port, or a "
                                  "firewall rejects it.");
    else if (has("timeout") || has("timed out"))
        sentence = QStringLiteral("The host did not answer in time. Check the address, the port and the network "
                                  "(VPN?).");
    else if (has("resolve") || has("name or service not known") || has("getaddrinfo"))
        sentence = QCoreApplication::translate(
            "SshError", "The host name could not be resolved. Check its spelling or your DNS.");
    else if (has("no route") || has("network is unreachable") || has("host is unreachable"))
        sentence = QStringLiteral("The host cannot be reached from this computer (no route). Check the network or "
                                  "VPN.");
    else if (has("socket error: disconnected") || has("connection reset") || has("broken pipe")
        || has("socket exception") || has("disconnected") || has("eof"))
        sentence = QCoreApplication::translate("SshError", "The connection to the host was closed unexpectedly.");
    else if (has("proxy") || has("proxycommand"))
        sentence
            = QCoreApplication::translate("SshError", "The jump host (ProxyJump) could not be used to reach the host.");
    else if (has("kex") || has("key exchange") || has("no match for method") || has("algorithm"))
        sentence = QCoreApplication::translate(
            "SshError", "This computer and the host have no encryption method in common.");
    else if (has("access denied") || has("authentication") || has("permission denied"))
        sentence = QStringLiteral("The host refused the login: none of the offered keys or passwords was "
                                  "accepted.");
    else if (has("channel") && (has("denied") || has("refused") || has("administratively")))
        sentence = QCoreApplication::translate(
            "SshError", "The host refused to open another command channel (MaxSessions reached?).");
    else if (has("passphrase") || has("private key") || has("import"))
        sentence = QCoreApplication::translate(
            "SshError", "The key file could not be read (wrong passphrase or unsupported format).");
    else if (t.isEmpty())
        sentence = QCoreApplication::translate("SshError", "The SSH connection failed for an unknown reason.");
    else
        sentence = QCoreApplication::translate("SshError", "The SSH connection reported an error.");
    QString msg
        = doing.isEmpty() ? sentence : QCoreApplication::translate("SshError", "Could not %1. %2").arg(doing, sentence);
    if (!libsshText.isEmpty())
        msg += QStringLiteral(" (libssh: %1)").arg(libsshText);
    return msg;
}
