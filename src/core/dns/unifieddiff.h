#pragma once

#include <QByteArray>
#include <QString>

// A unified diff (diff -u layout) of two texts, line by line, exact bytes: what the save
// confirmation shows. Common head and tail lines are skipped before the O(ND) comparison, so a
// small edit of a 100,000-record zone costs little.
namespace UnifiedDiff {

QByteArray make(const QByteArray& before, const QByteArray& after, const QByteArray& nameBefore,
    const QByteArray& nameAfter, int context = 3);

} // namespace UnifiedDiff
