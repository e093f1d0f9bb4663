#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace Ci {

// action_task.log_indexes (spec §3.5): Go binary.PutVarint values (ZigZag + LEB128), concatenated,
// no length prefix. Element i is the byte offset of line i in the uncompressed log.
namespace LogIndexes {

// Whole-blob decode; an error names the byte offset of the first malformed varint.
Result<QList<qint64>> decode(QByteArrayView blob);
QByteArray encode(const QList<qint64>& offsets);
void appendVarint(QByteArray& out, qint64 value);
// Number of values in a well-formed blob (bytes without the continuation bit); cheap.
qint64 count(QByteArrayView blob);
// The same, noting in `starts` the byte where value k × every begins (k = 0, 1, …), so value i is
// found by decoding at most `every` values from starts[i / every] (readValue).
qint64 count(QByteArrayView blob, qint64 every, QList<qsizetype>* starts);
// The value at byte *pos, which moves past it; false when the blob ends inside it or it is too long.
bool readValue(QByteArrayView blob, qsizetype* pos, qint64* value);

} // namespace LogIndexes
} // namespace Ci
