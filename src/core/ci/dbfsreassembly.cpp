#include "dbfsreassembly.h"

#include <algorithm>
#include <cstring>

namespace Ci {

Result<QByteArray> reassembleDbfs(const QList<DbfsBlock>& blocks, qint64 fileSize, qint64 blockSize)
{
    if (fileSize < 0 || blockSize <= 0)
        return Error::of(
            QStringLiteral("DBFS file has an invalid size (%1) or block size (%2)").arg(fileSize).arg(blockSize));
    QList<const DbfsBlock*> sorted;
    sorted.reserve(blocks.size());
    for (const DbfsBlock& b : blocks) {
        if (b.blobOffset < 0 || b.blobOffset % blockSize != 0)
            return Error::of(QStringLiteral("DBFS block at offset %1 is not aligned to the block size %2")
                                 .arg(b.blobOffset)
                                 .arg(blockSize),
                int(qMin<qint64>(b.blobOffset, INT_MAX)));
        if (b.data.size() > blockSize)
            return Error::of(QStringLiteral("DBFS block at offset %1 holds %2 bytes, more than the block size %3")
                                 .arg(b.blobOffset)
                                 .arg(b.data.size())
                                 .arg(blockSize),
                int(qMin<qint64>(b.blobOffset, INT_MAX)));
        sorted.append(&b);
    }
    std::stable_sort(sorted.begin(), sorted.end(), [](const DbfsBlock* a, const DbfsBlock* b) {
        return a->blobOffset != b->blobOffset ? a->blobOffset < b->blobOffset : a->revision < b->revision;
    });
    QByteArray out(fileSize, '\0'); // missing blocks read as zeros, like Forgejo's reader
    for (const DbfsBlock* b : sorted) {
        if (b->blobOffset >= fileSize)
            continue;
        const qint64 n = qMin<qint64>(b->data.size(), fileSize - b->blobOffset);
        std::memcpy(out.data() + b->blobOffset, b->data.constData(), size_t(n)); // later revisions overwrite
    }
    return out;
}

} // namespace Ci
