#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Where and how to connect: resolved from a profile, or from an alias of ~/.ssh/config
// (SshConfig::resolve). A plain value; copy freely.
struct SshTarget
{
    enum class HostKeyPolicy
    {
        Ask, // unknown host: emit hostKeyDecisionNeeded (StrictHostKeyChecking ask / unset)
        Strict, // unknown host: refuse (StrictHostKeyChecking yes)
        AcceptNew, // unknown host: save and go on (StrictHostKeyChecking accept-new)
    };

    QString alias; // what the user typed / the profile's name (for messages); may equal host
    QString host; // real host name or address (HostName)
    int port = 22;
    QString user; // empty = local user name
    QStringList identityFiles; // absolute paths, tried in order after the agent
    // ProxyJump hops, outermost first, each "[user@]host[:port]" as in ssh_config; empty = direct.
    // The hop itself is reached with OpenSSH's client (`ssh -W`), using sshConfigFile when set.
    QStringList proxyJump;
    QString sshConfigFile; // config the jump's `ssh -W` reads (-F); empty = OpenSSH's default
    QString knownHostsFile; // empty = ~/.ssh/known_hosts; "accept and save" writes here
    // Further UserKnownHostsFile entries, and the GlobalKnownHostsFile list (OpenSSH's defaults
    // unless the config says otherwise): every one is read when checking a host key.
    QStringList moreKnownHostsFiles;
    QStringList globalKnownHostsFiles { QStringLiteral("/etc/ssh/ssh_known_hosts"),
        QStringLiteral("/etc/ssh/ssh_known_hosts2") };
    HostKeyPolicy hostKeyPolicy = HostKeyPolicy::Ask;
    bool useAgent = true; // try ssh-agent first (SSH_AUTH_SOCK)
    // Key files: identityFiles, or OpenSSH's default ~/.ssh/id_* when that list is empty.
    bool useKeyFiles = true;
    bool usePassword = true; // keyboard-interactive and password
    int connectTimeoutMs = 10000;
    int keepaliveIntervalMs = 15000; // a keepalive probe is sent after this much silence
    int keepaliveCountMax = 3; // silence of interval × count means the connection is dead
    bool autoReconnect = true;
    // Channels open at once; more commands wait in a queue. OpenSSH's sshd allows 10 (MaxSessions).
    int maxChannels = 10;

    // "user@host:port" for messages and credential keys.
    QString displayName() const
    {
        QString s = user.isEmpty() ? host : user + QLatin1Char('@') + host;
        if (port != 22)
            s += QLatin1Char(':') + QString::number(port);
        return s;
    }
};
