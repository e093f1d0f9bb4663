#pragma once

#include <QByteArray>
#include <QString>

// A line-based diff of two byte arrays, the one diff of the app: the "remote changed: show the
// difference" path of a remote file edit and the zone save confirmation. Lines are compared as
// exact bytes: a line is everything up to and including '\n', so "a\r\n" and "a\n" differ, a BOM belongs to the first
// line, invalid UTF-8 compares as it is, and a last line without '\n' differs from the same line with one. Myers'
// O((N+M)·D) algorithm in linear space (the middle-snake recursion), so a large zone file with few changes is fast.
// Pure functions: call them on a worker thread for large inputs.
namespace ByteDiff {

// GNU `diff -u` output: "--- labelA", "+++ labelB", hunks "@@ -l,n +l,n @@" with `context` lines
// around each change (hunks closer than 2·context merge), " "/"-"/"+" lines carrying the exact bytes
// of each line, and "\ No newline at end of file" after a line that has no '\n'. Empty when equal.
QByteArray unified(const QByteArray& a, const QByteArray& b, const QString& labelA = QStringLiteral("remote"),
    const QString& labelB = QStringLiteral("local"), int context = 3);

// How many lines the diff removes and adds (a summary for a banner: "3 lines changed on the host").
struct Stats
{
    int removed = 0;
    int added = 0;
};
Stats stats(const QByteArray& a, const QByteArray& b);

} // namespace ByteDiff
