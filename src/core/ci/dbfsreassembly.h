#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QList>

namespace Ci {

// One dbfs_data row of a file (spec §3.2). blob_size is not trusted (the writer leaves it 0);
// the data's own length counts.
struct DbfsBlock
{
    qint64 blobOffset = 0;
    QByteArray data;
    qint64 revision = 0;
};

// Rebuilds a DBFS file as Forgejo's reader does: blocks placed at blob_offset (any order; for a
// duplicated offset the highest revision wins), gaps filled with zero bytes, the result cut to
// fileSize. Errors: negative sizes, an offset not a multiple of blockSize, a block longer than
// blockSize.
Result<QByteArray> reassembleDbfs(const QList<DbfsBlock>& blocks, qint64 fileSize, qint64 blockSize = 32768);

} // namespace Ci
