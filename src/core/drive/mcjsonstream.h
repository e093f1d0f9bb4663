#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

// One entry of `mc ls --json` (spec §6.2).
struct DriveEntry
{
    QString key; // relative to the listed prefix; folders end with '/'
    bool isFolder = false;
    qint64 size = 0;
    QDateTime modified;
    QString etag; // without quotes; empty for folders
};

// The role of a key inside a {bot}.gbai bucket: the package folder it lives in (spec §2.1).
QString driveRole(const QString& bucket, const QString& fullKey);

// Splits mc's --json output into messages as the bytes arrive: JSON Lines for successes, but
// error objects indented over several lines (spec §6.1), so the split follows braces and strings,
// never newlines. Keys are UTF-8 and may hold anything JSON escapes (quotes, newlines, `$()`).
class McJsonStream
{
public:
    struct Batch
    {
        QList<DriveEntry> entries;
        QStringList errors; // mc's error messages ("Unable to list folder. Bucket … does not exist.")
        int malformed = 0; // messages that were not JSON objects
    };
    // Feeds more bytes; returns what became complete.
    Batch feed(const QByteArray& bytes);
    // At the end of the output: anything left over is a truncated message.
    Batch finish();

    static Batch parseAll(const QByteArray& bytes);

private:
    void parseMessage(const char* data, qsizetype size, Batch& out) const;

    QByteArray m_pending; // bytes of the current incomplete message
    int m_depth = 0;
    bool m_inString = false;
    bool m_escape = false;
};
