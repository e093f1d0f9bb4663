#pragma once

#include <QMetaType>
#include <QString>

// What the user must see before trusting a host key (SshSession::hostKeyDecisionNeeded).
struct HostKeyInfo
{
    enum class Status
    {
        Unknown, // no entry for this host: first contact
        NoKnownHostsFile, // known_hosts file does not exist yet (also first contact)
        OtherType, // the host is known but with a different key type (possible attack; we ask)
        Unusable, // known_hosts has entries for the host that cannot be used (detail says why): DANGER
    };
    Status status = Status::Unknown;
    QString host; // as written in known_hosts ("[host]:port" when port != 22)
    QString keyType; // "ssh-ed25519", "ecdsa-sha2-nistp256", ...
    QString fingerprintSha256; // "SHA256:base64..." exactly as `ssh-keygen -lf` prints it
    QString knownHostsFile; // where "accept and save" writes
    QString detail; // Unusable: "line 3 of /home/a/.ssh/known_hosts: the entry revokes a key"
};
Q_DECLARE_METATYPE(HostKeyInfo)
