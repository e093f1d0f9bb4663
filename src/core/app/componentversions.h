#pragma once

#include <QList>
#include <QString>

// The libraries GB Admin runs with, for the About dialog and bug reports. A version seen at run time
// is shown where the library can tell it (Qt, libssh, zstd); otherwise the one built against.
struct ComponentVersion
{
    QString name;
    QString version;
    friend bool operator==(const ComponentVersion&, const ComponentVersion&) = default;
};

// GB Admin itself, Qt, libssh, zstd, QtKeychain, SQLite (through Qt's driver) in that order. The
// widgets layer adds the syntax highlighter, which core does not link.
QList<ComponentVersion> componentVersions();

// "name version" lines, as copied to the clipboard from the About dialog.
QString componentVersionsText(const QList<ComponentVersion>& versions);
