#pragma once

#include <QList>
#include <QString>

namespace Ci {

// Status values shared by run, job, task and step (spec §2).
enum class Status : int
{
    Unknown = 0,
    Success,
    Failure,
    Cancelled,
    Skipped,
    Waiting,
    Running,
    Blocked
};

bool statusIsDone(Status s);
bool statusHasRun(Status s);
QString statusLabel(Status s);

// The task columns the mapping needs (action_task).
struct TaskRow
{
    Status status = Status::Unknown;
    qint64 started = 0; // Unix seconds
    qint64 stopped = 0;
    qint64 logLength = 0; // lines
};

// One action_task_step row, in "index" order.
struct StepRow
{
    QString name;
    Status status = Status::Waiting;
    qint64 logIndex = 0; // 0-based first line
    qint64 logLength = 0;
    qint64 started = 0;
    qint64 stopped = 0;
};

// A step as the UI shows it: "Set up job", the DB steps, "Complete job" (spec §4.2).
struct UiStep
{
    QString name;
    Status status = Status::Waiting;
    qint64 firstLine = 0; // 0-based task log line
    qint64 lineCount = 0;
    qint64 started = 0;
    qint64 stopped = 0;
    qint64 firstErrorLine = -1; // task log line, -1 when none

    qint64 endLine() const { return firstLine + lineCount; }
    // Whether Forgejo lets the step be expanded (not waiting/skipped/blocked/unknown).
    bool expandable() const;
};

// Forgejo's FullSteps: N+2 UI steps with the derived "Set up job" and "Complete job".
QList<UiStep> fullSteps(const TaskRow& task, const QList<StepRow>& steps);

// Fills firstErrorLine from the log's ascending error lines.
void assignFirstErrors(QList<UiStep>& steps, const QList<qint64>& errorLines);

// UI step (index into fullSteps) holding a task line, or -1. Empty steps never match.
qsizetype stepOfLine(const QList<UiStep>& steps, qint64 line);
// Forgejo's line number: 1-based within the step.
inline qint64 uiLineNumber(const UiStep& step, qint64 line)
{
    return line - step.firstLine + 1;
}

} // namespace Ci
