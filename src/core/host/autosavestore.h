#pragma once

#include "core/common/result.h"
#include "core/host/remotelocation.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

// Unsaved edits of remote files, kept on this machine so a crash, a kill or a dropped connection
// loses nothing. One file per (profile, location) under <AppDataLocation>/autosave — never in the
// settings. Each file is written atomically (QSaveFile): a kill mid-write leaves the previous
// complete entry. The file holds one JSON header line (profile, location, base version, time, size,
// SHA-256 of the bytes) and then the exact bytes; a damaged file is reported, never half-restored.
//
// Use: store() on every (debounced) edit, remove() after a successful save or when the user
// discards the edit, list(profile) when a pane attaches, to offer what a previous run left behind
// (AutosaveRecoveryWidget). After restoring an entry, RemoteFile::setBaseVersion(entry.baseVersion).
struct AutosaveEntry
{
    QString profile;
    RemoteLocation location;
    RemoteVersion baseVersion; // the version the edit started from (the next save checks it)
    QByteArray bytes;
    QDateTime savedAt; // UTC
    QString filePath; // where it is stored
};
Q_DECLARE_METATYPE(AutosaveEntry)

class AutosaveStore
{
public:
    // `directory` empty: defaultDirectory().
    explicit AutosaveStore(const QString& directory = {});

    // <AppDataLocation>/autosave
    static QString defaultDirectory();
    QString directory() const { return m_dir; }

    Result<void> store(const QString& profile, const RemoteLocation& location, const RemoteVersion& baseVersion,
        const QByteArray& bytes) const;
    // Nothing stored: an error with code 2.
    Result<AutosaveEntry> load(const QString& profile, const RemoteLocation& location) const;
    bool contains(const QString& profile, const RemoteLocation& location) const;
    // Removing what is not there succeeds.
    Result<void> remove(const QString& profile, const RemoteLocation& location) const;

    struct Listing
    {
        QList<AutosaveEntry> entries; // newest first
        QStringList problems; // sentences about damaged files (left in place, never deleted)
    };
    // Every entry, or those of one profile.
    Listing list(const QString& profile = {}) const;

    // The file an entry of (profile, location) lives in.
    QString filePathFor(const QString& profile, const RemoteLocation& location) const;

private:
    static Result<AutosaveEntry> readFile(const QString& path);
    QString m_dir;
};
