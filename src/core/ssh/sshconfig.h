#pragma once

#include "core/common/result.h"
#include "core/ssh/sshtarget.h"

#include <QList>
#include <QString>
#include <QStringList>

// A reader of OpenSSH's client configuration (ssh_config(5)), written for GB Admin: enough to turn
// an admin's `ssh prod` into an SshTarget. Honours Host patterns (* ? wildcards, !negation,
// several patterns per line), Match is skipped (its block never applies), Include (globs, relative
// to ~/.ssh), and the keywords HostName, User, Port, IdentityFile, ProxyJump, UserKnownHostsFile,
// StrictHostKeyChecking, ConnectTimeout, ServerAliveInterval, ServerAliveCountMax. As in OpenSSH
// the first value obtained wins (IdentityFile accumulates). Tokens %h %u %r %p %% and a leading ~
// are expanded in IdentityFile and UserKnownHostsFile.
// Case-insensitive glob with `*` and `?`, as OpenSSH matches Host patterns (and INFRA.md's
// `*.stage.*` environment rule is written).
bool globMatch(QStringView pattern, QStringView text);

class SshConfig
{
public:
    // Reads `path` and its Includes. A missing file is an empty config, not an error.
    static Result<SshConfig> load(const QString& path);
    static Result<SshConfig> parse(const QByteArray& text, const QString& baseDir = {});
    // ~/.ssh/config of the user running GB Admin.
    static QString defaultPath();

    // The alias resolved like `ssh alias` would: HostName (default: the alias itself), User
    // (default: localUser), Port (22) and the rest. sshConfigFile is set to the loaded path, so a
    // ProxyJump hop resolves the same way.
    SshTarget resolve(const QString& alias, const QString& localUser = {}) const;

    // Host patterns without wildcards or negation, in file order: what "Import ~/.ssh/config"
    // offers as profiles.
    QStringList hostAliases() const;

    // True when `host` matches the pattern list of a Host line (exposed for tests).
    static bool hostMatches(const QStringList& patterns, const QString& host);

    struct Entry
    {
        QStringList patterns; // empty = global section before the first Host
        bool isMatchBlock = false;
        QList<QPair<QString, QString>> options; // lower-cased keyword, raw value
    };

private:
    QString m_path;
    QList<Entry> m_entries;
};
