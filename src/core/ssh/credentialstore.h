#pragma once

#include "core/common/result.h"

#include <QObject>
#include <QString>

#include <functional>

// Secrets (SSH passwords, key passphrases, sudo passwords) in the desktop keyring through
// QtKeychain — never in settings, logs or the journal. Entries live under the service name
// "gbadmin" (one per store instance, overridable for tests) with scoped keys made by keyFor():
//   "ssh-password/<user@host:port>", "key-passphrase/<absolute key path>",
//   "sudo-password/<user@host:port>".
// Calls are asynchronous (the keyring talks D-Bus); the callback runs on the store's thread and is
// dropped if `context` is destroyed first.
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    enum class Kind
    {
        SshPassword,
        KeyPassphrase,
        SudoPassword
    };

    explicit CredentialStore(const QString& service = QStringLiteral("gbadmin"), QObject* parent = nullptr);
    ~CredentialStore() override;

    static QString keyFor(Kind kind, const QString& scope);

    // Result is the secret, or an Error whose code is 1 when there is no entry (not a failure).
    void read(const QString& key, QObject* context, std::function<void(Result<QString>)> done);
    void write(const QString& key, const QString& secret, QObject* context, std::function<void(Result<>)> done);
    void remove(const QString& key, QObject* context, std::function<void(Result<>)> done);

    // Blocking variants spinning a local event loop; for tests and command-line tools only.
    Result<QString> readSync(const QString& key);
    Result<> writeSync(const QString& key, const QString& secret);
    Result<> removeSync(const QString& key);

    QString service() const { return m_service; }

private:
    QString m_service;
};
