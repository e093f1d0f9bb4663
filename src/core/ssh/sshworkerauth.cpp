// SshWorker, authentication: methods in order, credential requests to the session and answers.

#include "core/ssh/sshworker.h"
#include "core/ssh/sshworkerjob.h"

#include "core/ssh/credentialstore.h"
#include "core/ssh/knownhosts.h"
#include "core/ssh/proxyjump.h"
#include "core/ssh/shellquote.h"
#include "core/ssh/sshconfig.h"
#include "core/ssh/ssherror.h"
#include "core/ssh/sshsession.h"
#include "core/ssh/sudogate.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QSocketNotifier>
#include <QTemporaryFile>
#include <QThread>
#include <QTimer>

#include <algorithm>

quint64 SshWorker::requestCredential(CredentialRequest req)
{
    req.id = m_nextRequestId++;
    req.target = m_target.displayName();
    SshSession* owner = m_owner.data();
    QMetaObject::invokeMethod(
        owner, [owner, req] { owner->onCredentialNeeded(req); }, Qt::QueuedConnection);
    return req.id;
}

void SshWorker::provideCredential(quint64 requestId, const QStringList& answers)
{
    // sudo passwords belong to a command, not to the login.
    for (auto& [id, job] : m_jobs) {
        if (job->sudoRequest == requestId && job->sudo) {
            job->sudoRequest = 0;
            m_sudoPassword = answers.value(0);
            m_sudoPasswordVerified = false;
            m_acceptedRequests.append(requestId);
            job->answeredRequest = requestId;
            answerSudoPrompt(*job);
            return;
        }
    }
    if (requestId != m_awaitedCredential || !m_session)
        return;
    m_awaitedCredential = 0;
    m_acceptedRequests.append(requestId);
    switch (m_awaitedKind) {
    case CredentialRequest::Kind::KeyPassphrase:
        m_passphrases.insert(m_keys.value(m_keyIndex), answers.value(0));
        break;
    case CredentialRequest::Kind::Password:
        m_password = answers.value(0);
        m_passwordFromKbd = false;
        break;
    case CredentialRequest::Kind::KeyboardInteractive:
        m_kbdAnswers = answers;
        m_kbdHaveAnswers = true;
        // The answer to the host's password prompt is the session's password: kept for reconnects.
        if (m_passwordFromKbd)
            m_password = answers.value(0);
        break;
    case CredentialRequest::Kind::SudoPassword:
        break;
    }
    continueAuth();
}

void SshWorker::cancelCredential(quint64 requestId)
{
    for (auto& [id, job] : m_jobs) {
        if (job->sudoRequest == requestId && job->sudo) {
            // sudo waits for the password on stdin: closing it makes sudo give up without running
            // anything; the result then says why.
            job->sudoRequest = 0;
            job->sudoRefusedInput = true;
            job->pendingStdin.clear();
            job->closeStdin = true;
            schedulePump();
            return;
        }
    }
    if (requestId != m_awaitedCredential || !m_session)
        return;
    m_awaitedCredential = 0;
    switch (m_awaitedKind) {
    case CredentialRequest::Kind::KeyPassphrase:
        ++m_keyIndex; // skip this key, as OpenSSH does when the passphrase prompt is dismissed
        m_keyPubChecked = false;
        m_passphraseAttempts = 0;
        continueAuth();
        return;
    case CredentialRequest::Kind::KeyboardInteractive:
        // Dismissing the host's password prompt means "do not log in", not "ask for the same
        // password again through the password method"; other prompts (a token) may be skipped.
        if (!m_passwordFromKbd) {
            m_authStep = AuthStep::Password;
            continueAuth();
            return;
        }
        [[fallthrough]];
    default:
        failConnect(tr("Login to %1 was cancelled.").arg(m_target.displayName()), true);
        return;
    }
}

void SshWorker::continueAuth()
{
    ssh_session s = m_session.get();
    const QString who = m_target.displayName();
    // Wrong passwords in all, over keyboard-interactive and password together: OpenSSH's
    // NumberOfPasswordPrompts, and what people expect from "three tries".
    constexpr int maxPasswordAttempts = 3;
    const auto failPasswordRefused = [this, &who] {
        failConnect(QStringLiteral("The host %1 did not accept the password (%2 attempts). Check the user name and "
                                   "the password.")
                        .arg(who)
                        .arg(maxPasswordAttempts),
            true);
    };
    while (s) {
        switch (m_authStep) {
        case AuthStep::None: {
            const int rc = ssh_userauth_none(s, nullptr);
            if (rc == SSH_AUTH_SUCCESS) {
                authSucceeded();
                return;
            }
            if (rc == SSH_AUTH_ERROR) {
                failConnect(sshErrorMessage(s, QStringLiteral("log in to %1").arg(who)), false);
                return;
            }
            m_authMethods = ssh_userauth_list(s, nullptr);
            m_authStep = AuthStep::Agent;
            m_keys = m_target.useKeyFiles ? m_target.identityFiles : QStringList();
            if (m_keys.isEmpty() && m_target.useKeyFiles) {
                for (const char* name : { "id_ed25519", "id_ecdsa", "id_rsa" }) {
                    const QString p = QDir::homePath() + QStringLiteral("/.ssh/") + QLatin1String(name);
                    if (QFileInfo::exists(p))
                        m_keys << p;
                }
            }
            m_keyIndex = 0;
            m_keyPubChecked = false;
            m_passphraseAttempts = 0;
            m_passwordAttempts = 0;
            m_passwordFromKbd = false;
            m_kbdHaveAnswers = false;
            qCDebug(lcSsh) << "auth: methods offered by" << who << Qt::showbase << Qt::hex << m_authMethods;
            break;
        }
        case AuthStep::Agent: {
            m_authStep = AuthStep::Keys;
            if ((m_authMethods & SSH_AUTH_METHOD_PUBLICKEY) && m_target.useAgent
                && !qEnvironmentVariableIsEmpty("SSH_AUTH_SOCK")) {
                const int rc = ssh_userauth_agent(s, nullptr);
                if (rc == SSH_AUTH_SUCCESS) {
                    authSucceeded();
                    return;
                }
                if (!ssh_is_connected(s)) {
                    failConnect(sshErrorMessage(s, QStringLiteral("log in to %1 with ssh-agent").arg(who)), false);
                    return;
                }
            }
            break;
        }
        case AuthStep::Keys: {
            if (!(m_authMethods & SSH_AUTH_METHOD_PUBLICKEY) || m_keyIndex >= m_keys.size()) {
                m_authStep = AuthStep::KbdInt;
                break;
            }
            const QString path = m_keys.at(m_keyIndex);
            const auto nextKey = [this] {
                ++m_keyIndex;
                m_keyPubChecked = false;
                m_passphraseAttempts = 0;
            };
            if (!QFileInfo::exists(path)) {
                nextKey();
                break;
            }
            if (!m_keyPubChecked) {
                // Offer the public half first, so a key the host does not know never costs a
                // passphrase prompt.
                ssh_key pubRaw = nullptr;
                const QByteArray pubPath = (path + QStringLiteral(".pub")).toUtf8();
                if (ssh_pki_import_pubkey_file(pubPath.constData(), &pubRaw) == SSH_OK) {
                    SshHandles::Key pub(pubRaw);
                    if (ssh_userauth_try_publickey(s, nullptr, pub.get()) != SSH_AUTH_SUCCESS) {
                        nextKey();
                        break;
                    }
                }
                m_keyPubChecked = true;
            }
            const QByteArray file = path.toUtf8();
            const bool havePass = m_passphrases.contains(path);
            const QByteArray pass = m_passphrases.value(path).toUtf8();
            ssh_key privRaw = nullptr;
            const int rc = ssh_pki_import_privkey_file(
                file.constData(), havePass ? pass.constData() : nullptr, nullptr, nullptr, &privRaw);
            if (rc != SSH_OK) {
                m_passphrases.remove(path);
                if (m_passphraseAttempts >= 3) {
                    nextKey();
                    break;
                }
                CredentialRequest req;
                req.kind = CredentialRequest::Kind::KeyPassphrase;
                req.detail = path;
                req.storeKey = CredentialStore::keyFor(CredentialStore::Kind::KeyPassphrase, path);
                if (havePass)
                    req.previousError = tr("The passphrase did not unlock the key.");
                ++m_passphraseAttempts;
                m_awaitedKind = req.kind;
                m_awaitedCredential = requestCredential(req);
                return;
            }
            SshHandles::Key priv(privRaw);
            if (ssh_userauth_publickey(s, nullptr, priv.get()) == SSH_AUTH_SUCCESS) {
                authSucceeded();
                return;
            }
            if (!ssh_is_connected(s)) {
                failConnect(sshErrorMessage(s, QStringLiteral("log in to %1 with %2").arg(who, path)), false);
                return;
            }
            nextKey();
            break;
        }
        case AuthStep::KbdInt: {
            if (!(m_authMethods & SSH_AUTH_METHOD_INTERACTIVE) || !m_target.usePassword) {
                m_authStep = AuthStep::Password;
                break;
            }
            if (m_kbdHaveAnswers) {
                for (int i = 0; i < m_kbdAnswers.size(); ++i)
                    ssh_userauth_kbdint_setanswer(s, unsigned(i), m_kbdAnswers.at(i).toUtf8().constData());
                m_kbdHaveAnswers = false;
                m_kbdAnswers.clear();
            }
            const int rc = ssh_userauth_kbdint(s, nullptr, nullptr);
            if (rc == SSH_AUTH_SUCCESS) {
                authSucceeded();
                return;
            }
            if (rc == SSH_AUTH_INFO) {
                const int n = ssh_userauth_kbdint_getnprompts(s);
                CredentialRequest req;
                req.kind = CredentialRequest::Kind::KeyboardInteractive;
                req.detail = QString::fromUtf8(ssh_userauth_kbdint_getinstruction(s));
                for (int i = 0; i < n; ++i) {
                    char echo = 0;
                    req.prompts << QString::fromUtf8(ssh_userauth_kbdint_getprompt(s, unsigned(i), &echo));
                    req.echo << bool(echo);
                }
                if (n == 0) {
                    m_kbdHaveAnswers = true; // an empty round: answer with nothing
                    break;
                }
                // One hidden "Password:" prompt (PAM's) asks for the login password; m_passwordFromKbd
                // marks this round as that prompt until it is answered, refused or cancelled.
                m_passwordFromKbd = n == 1 && !req.echo.at(0) && req.prompts.at(0).contains(QLatin1String("assword"));
                qCDebug(lcSsh) << "auth: keyboard-interactive round," << n
                               << "prompt(s), password prompt:" << m_passwordFromKbd;
                if (m_passwordFromKbd && !m_password.isEmpty()) {
                    // Known and not refused yet (a reconnect, or given for the password method).
                    m_kbdAnswers = QStringList { m_password };
                    m_kbdHaveAnswers = true;
                    ++m_passwordAttempts;
                    break;
                }
                if (m_passwordFromKbd) {
                    req.storeKey = CredentialStore::keyFor(CredentialStore::Kind::SshPassword, who);
                    if (m_passwordAttempts > 0)
                        req.previousError = tr("The host did not accept the password.");
                    ++m_passwordAttempts;
                }
                m_awaitedKind = req.kind;
                m_awaitedCredential = requestCredential(req);
                return;
            }
            if (rc == SSH_AUTH_ERROR || !ssh_is_connected(s)) {
                failConnect(sshErrorMessage(s, QStringLiteral("log in to %1").arg(who)), false);
                return;
            }
            if (m_passwordFromKbd && rc == SSH_AUTH_DENIED) {
                // The password given at the host's prompt was refused: a new round asks again, as
                // OpenSSH does, instead of asking once more through the password method.
                qCDebug(lcSsh) << "auth: password refused at keyboard-interactive, attempt" << m_passwordAttempts;
                m_passwordFromKbd = false;
                m_password.clear();
                if (m_passwordAttempts >= maxPasswordAttempts) {
                    failPasswordRefused();
                    return;
                }
                break;
            }
            m_passwordFromKbd = false;
            m_authStep = AuthStep::Password; // denied or partial
            break;
        }
        case AuthStep::Password: {
            if (!(m_authMethods & SSH_AUTH_METHOD_PASSWORD) || !m_target.usePassword) {
                failConnect(noMethodLeftMessage(), true);
                return;
            }
            // m_password is empty once refused, so a refused one is never sent again.
            if (m_password.isEmpty()) {
                if (m_passwordAttempts >= maxPasswordAttempts) {
                    failPasswordRefused();
                    return;
                }
                CredentialRequest req;
                req.kind = CredentialRequest::Kind::Password;
                req.storeKey = CredentialStore::keyFor(CredentialStore::Kind::SshPassword, who);
                if (m_passwordAttempts > 0)
                    req.previousError = tr("The host did not accept the password.");
                m_passwordFromKbd = false;
                m_awaitedKind = req.kind;
                m_awaitedCredential = requestCredential(req);
                return;
            }
            ++m_passwordAttempts;
            qCDebug(lcSsh) << "auth: password method, attempt" << m_passwordAttempts;
            const int rc = ssh_userauth_password(s, nullptr, m_password.toUtf8().constData());
            if (rc == SSH_AUTH_SUCCESS) {
                authSucceeded();
                return;
            }
            if (rc == SSH_AUTH_ERROR || !ssh_is_connected(s)) {
                failConnect(sshErrorMessage(s, QStringLiteral("log in to %1").arg(who)), false);
                return;
            }
            m_password.clear();
            break;
        }
        case AuthStep::Done:
            return;
        }
    }
}

// Every allowed method failed, or the host offers none of them: say which, so the admin knows
// whether to fix the key, the user name or the profile's login method.
QString SshWorker::noMethodLeftMessage() const
{
    const QString who = m_target.displayName();
    QStringList tried;
    const bool pubkey = m_authMethods & SSH_AUTH_METHOD_PUBLICKEY;
    if (pubkey && m_target.useAgent && !qEnvironmentVariableIsEmpty("SSH_AUTH_SOCK"))
        tried << QStringLiteral("ssh-agent");
    if (pubkey && !m_keys.isEmpty())
        tried << QStringLiteral("key files");
    if ((m_authMethods & SSH_AUTH_METHOD_INTERACTIVE) && m_target.usePassword)
        tried << QStringLiteral("keyboard-interactive");
    if (!tried.isEmpty())
        return QStringLiteral("The host %1 accepted none of the login methods tried (%2). Check the user name and the "
                              "key, or add your key to the host's authorized_keys.")
            .arg(who, tried.join(QLatin1String(", ")));
    QStringList offered;
    if (pubkey)
        offered << QStringLiteral("public key");
    if (m_authMethods & SSH_AUTH_METHOD_INTERACTIVE)
        offered << QStringLiteral("keyboard-interactive");
    if (m_authMethods & SSH_AUTH_METHOD_PASSWORD)
        offered << QStringLiteral("password");
    return QStringLiteral("The host %1 offers no login method this profile allows (it offers: %2). Change the "
                          "profile's login method, or add a key file.")
        .arg(who, offered.isEmpty() ? QStringLiteral("nothing") : offered.join(QLatin1String(", ")));
}

void SshWorker::authSucceeded()
{
    m_authStep = AuthStep::Done;
    ssh_session s = m_session.get();
    SshSession* owner = m_owner.data();
    const QList<quint64> accepted = m_acceptedRequests;
    m_acceptedRequests.clear();
    QMetaObject::invokeMethod(
        owner, [owner, accepted] { owner->onCredentialsAccepted(accepted); }, Qt::QueuedConnection);

    ssh_set_blocking(s, 0);
    m_event.reset(ssh_event_new());
    ssh_event_add_session(m_event.get(), s);
    const auto fd = ssh_get_fd(s);
    m_readNotifier = std::make_unique<QSocketNotifier>(fd, QSocketNotifier::Read);
    connect(m_readNotifier.get(), &QSocketNotifier::activated, this, &SshWorker::onSocketActivity);
    m_writeNotifier = std::make_unique<QSocketNotifier>(fd, QSocketNotifier::Write);
    m_writeNotifier->setEnabled(false);
    connect(m_writeNotifier.get(), &QSocketNotifier::activated, this, &SshWorker::onSocketActivity);
    m_lastActivity.start();
    m_lastKeepaliveSent = 0;
    m_housekeeping->start();
    m_wasConnected = true;
    m_reconnectAttempt = 0;
    setPhase(Connected);
    schedulePump();
}
