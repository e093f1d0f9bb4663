#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Checks a presented host key against every known_hosts file (the user files, then the global
// ones), read in full by us: libssh 0.10 reads one file, truncates long lines and ignores @revoked
// and @cert-authority, which made a host with such an entry look like a first contact.
//
// Rules (OpenSSH's, made stricter where it cannot ask): a @revoked entry for the presented key
// stops everything; a matching plain entry is trusted; a plain entry of the same key type with
// another key is a changed key; any other entry for the host that cannot be used (@revoked for
// another key, @cert-authority, an unknown marker, an unparsable key) means the host is NOT new:
// it must never be appended silently.
class KnownHosts
{
public:
    enum class Verdict
    {
        Known,
        Revoked,
        Changed,
        Unusable, // the host has entries, none usable: never a first contact
        OtherType, // known with another key type only
        Unknown, // no entry at all
    };
    struct Result
    {
        Verdict verdict = Verdict::Unknown;
        QString file; // where the deciding entry is (Revoked, Changed, Unusable)
        int line = 0;
        QString reason; // Unusable: why the entry cannot be used, for the person
    };

    // `host`/`port` as connected to ("[host]:port" is matched for ports other than 22);
    // keyType as in known_hosts ("ssh-ed25519"), keyBlob the raw public key blob.
    static Result check(
        const QStringList& files, const QString& host, int port, const QString& keyType, const QByteArray& keyBlob);

    // The name a known_hosts entry carries for this host.
    static QString entryName(const QString& host, int port);
};
