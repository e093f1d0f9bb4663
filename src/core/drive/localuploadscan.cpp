#include "core/drive/localuploadscan.h"

#include "core/host/remotelocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QSet>

namespace {
bool cancelled(const std::atomic_bool* cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

Error cancelledError()
{
    return Error::of(
        QCoreApplication::translate("LocalUploadScan", "Reading the files was cancelled."), LocalUploadScan::Cancelled);
}
} // namespace

Result<LocalUploadScan::Found> LocalUploadScan::scan(
    const QStringList& localPaths, const QString& bucket, const QString& prefix, const std::atomic_bool* cancel)
{
    Found found;
    for (const QString& path : localPaths) {
        if (cancelled(cancel))
            return cancelledError();
        const QFileInfo info(path);
        if (info.isDir()) {
            found.folders = true;
            const QDir root(info.absoluteFilePath());
            QDirIterator it(
                root.absolutePath(), QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                if (cancelled(cancel))
                    return cancelledError();
                it.next();
                const QFileInfo f = it.fileInfo();
                found.files << File { f.absoluteFilePath(),
                    prefix + info.fileName() + u'/' + root.relativeFilePath(f.absoluteFilePath()), f.size() };
            }
        } else if (info.isFile()) {
            found.files << File { info.absoluteFilePath(), prefix + info.fileName(), info.size() };
        } else {
            return Error::of(
                QCoreApplication::translate("LocalUploadScan", "%1 is not a file or folder that can be read.")
                    .arg(path),
                Failed);
        }
    }
    QSet<QString> keys;
    for (const File& f : std::as_const(found.files)) {
        if (const Result<void> ok = RemoteLocation::minioObject(bucket, f.key).validate(); !ok)
            return Error::of(QCoreApplication::translate("LocalUploadScan", "%1 cannot be uploaded under that name: %2")
                                 .arg(f.path, ok.errorMessage()),
                Failed);
        if (keys.contains(f.key))
            return Error::of(
                QCoreApplication::translate("LocalUploadScan", "Two of the files would both become %1.").arg(f.key),
                Failed);
        keys.insert(f.key);
    }
    return found;
}
