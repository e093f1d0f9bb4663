#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

// The running simulated host, as `simhost up DIR` described it in DIR/env.
struct SimHostEnv
{
    QString dir;
    QString host;
    int port = 0;
    QString user;
    QString identity;
    QString knownHosts;
    QString sshConfig;
    // sshd-password (root only): password and keyboard-interactive login through PAM on
    // passwordPort, only "password" on passwordOnlyPort; ssh_config hosts simhost-password and
    // simhost-password-only. When it cannot run here, the ports are 0 and passwordUnavailable says why.
    int passwordPort = 0;
    int passwordOnlyPort = 0;
    QString passwordFile;
    QString passwordUnavailable;
    // The real sudo beside sshd-password (root only): users gbadmin-sudo-{tty,global,ppid} (each
    // with that sudoers timestamp_type) and gbadmin-sudo-nopasswd, all with the generated password.
    QStringList sudoUsers;
    QString sudoUnavailable;
    // Beside them, gbadmin-fish, whose login shell is fish (empty when fish is not installed).
    QString fishUser;
    QMap<QString, QString> all; // every SIMHOST_* variable

    bool isValid() const { return port > 0; }

    // The generated login password of sshd-password; empty, with the reason in *why, when there is none.
    QString password(QString* why = nullptr) const;

    // Reads $SIMHOST_DIR/env. Returns an invalid value (and a reason) when no simhost runs.
    static SimHostEnv load(QString* why = nullptr);

    // OpenSSH client argv that runs `remote` (already one shell word list) on the simhost.
    QStringList sshArgs(const QStringList& remote) const;
    // Runs a command on the simhost through the OpenSSH client; returns exit code, fills out/err.
    int ssh(const QStringList& remote, QByteArray* out = nullptr, QByteArray* err = nullptr,
        const QByteArray& input = {}, int timeoutMs = 60000) const;
    // Runs the simhost tool itself (set, status ...) against this state directory.
    int simhost(const QStringList& args, QByteArray* out = nullptr) const;

    // Optional: one multiplexed OpenSSH connection that ssh()/sshArgs() then reuse (as the app runs
    // many channels over one session; also saves a handshake per command). The master exits by
    // itself 60 s after its last use if stopMaster() is never called.
    QString controlPath;
    bool startMaster(QString* why = nullptr);
    void stopMaster();
};
