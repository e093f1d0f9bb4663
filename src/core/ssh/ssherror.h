#pragma once

#include <QString>

struct ssh_session_struct;

// THE one function mapping libssh's errors to sentences a person understands. `doing` says what
// was attempted ("connect to prod.example.com:22"); the libssh text is kept at the end in
// parentheses for support, but the sentence leads.
QString sshErrorMessage(ssh_session_struct* session, const QString& doing);
// Same, for a libssh error text obtained elsewhere (e.g. copied before the session was freed).
QString sshErrorMessage(const QString& libsshText, const QString& doing);
