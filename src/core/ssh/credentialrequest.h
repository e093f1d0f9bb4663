#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

// A secret the session needs from the user (SshSession::credentialNeeded). Answer with
// SshSession::provideCredential(request.id, ...) or cancelCredential(request.id).
struct CredentialRequest
{
    enum class Kind
    {
        KeyPassphrase, // passphrase of identity file `detail`
        Password, // SSH password of target
        KeyboardInteractive, // prompts[] to answer, in order (echo[i] says whether to show input)
        SudoPassword, // sudo on the host printed its password prompt
    };
    quint64 id = 0;
    Kind kind = Kind::Password;
    QString target; // "user@host:port"
    QString detail; // key file path (KeyPassphrase) or the server's instruction (KeyboardInteractive)
    QStringList prompts; // KeyboardInteractive only
    QList<bool> echo; // KeyboardInteractive only
    QString previousError; // non-empty when a previous answer was wrong ("Wrong password")
    // The key under which CredentialStore keeps this secret; see CredentialStore::keyFor().
    QString storeKey;
};
Q_DECLARE_METATYPE(CredentialRequest)
