#pragma once

#include "core/common/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>

// What an upload of local files and folders sends: every file under the chosen paths (folders
// recursively, symbolic links left out so a link to a parent cannot loop) with the object key it
// becomes under `prefix`. Every key is checked (RemoteLocation::validate: hostile names are fine,
// names mc cannot address are refused) and no two files may share one. Pure and blocking: the
// Drive pane runs it off the GUI thread; `cancel` (may be null) stops it between entries.
class LocalUploadScan
{
public:
    enum ErrorCode
    {
        Failed = 1,
        Cancelled = 2,
    };
    struct File
    {
        QString path;
        QString key;
        qint64 size = 0;
    };
    struct Found
    {
        QList<File> files;
        bool folders = false; // a folder was among the paths (the existing objects are listed recursively)
    };

    static Result<Found> scan(const QStringList& localPaths, const QString& bucket, const QString& prefix,
        const std::atomic_bool* cancel = nullptr);
};
