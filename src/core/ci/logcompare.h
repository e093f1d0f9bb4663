#pragma once

#include "core/ci/stepmap.h"

#include <QByteArray>
#include <QList>
#include <QString>

// Comparing a failed job with the last green run of the same workflow and job name.
namespace Ci::LogCompare {

// One line of a step with what varies between runs removed: the row timestamp, ANSI codes,
// durations ("12.3s", "2m 05s", "[0.52s]"), hex hashes of 7+ digits, temp paths (/tmp/…),
// numbers in progress counters. Lines that differ only in those compare equal.
QString normalize(QByteArrayView row);

struct StepPair
{
    QString name;
    int failedStep = -1; // index into the failed attempt's steps, -1 when missing there
    int greenStep = -1;
    Status failedStatus = Status::Unknown;
    Status greenStatus = Status::Unknown;
    qint64 failedSeconds = -1; // -1: did not run
    qint64 greenSeconds = -1;
    qint64 deltaSeconds() const { return failedSeconds >= 0 && greenSeconds >= 0 ? failedSeconds - greenSeconds : 0; }
};
// Steps side by side, matched by name in order (a step only in one run gets an empty side).
QList<StepPair> pairSteps(const QList<UiStep>& failed, const QList<UiStep>& green);

struct Difference
{
    qint64 failedLine = -1; // task log line (0-based) in the failed log, -1: none
    qint64 greenLine = -1;
    QString failedText; // normalized
    QString greenText;
    bool onlyInGreen = false; // else: a line only the failed log has
};
// The first `max` differences between two steps' lines after normalize(): a line-level LCS over
// the normalized texts (bounded: long steps are compared in a window), reporting lines of the
// failed side that the green side lacks and the other way round, each with the matching position
// on the other side for the jump.
QList<Difference> firstDifferences(const QList<QByteArray>& failedRows, qint64 failedFirstLine,
    const QList<QByteArray>& greenRows, qint64 greenFirstLine, int max = 20);

} // namespace Ci::LogCompare
