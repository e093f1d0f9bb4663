#include "stepmap.h"

#include <QCoreApplication>

#include <algorithm>

namespace Ci {

bool statusIsDone(Status s)
{
    return s == Status::Success || s == Status::Failure || s == Status::Cancelled || s == Status::Skipped;
}

bool statusHasRun(Status s)
{
    return s == Status::Success || s == Status::Failure;
}

QString statusLabel(Status s)
{
    switch (s) {
    case Status::Unknown:
        return QCoreApplication::translate("Ci", "Unknown");
    case Status::Success:
        return QCoreApplication::translate("Ci", "Success");
    case Status::Failure:
        return QCoreApplication::translate("Ci", "Failure");
    case Status::Cancelled:
        return QCoreApplication::translate("Ci", "Canceled");
    case Status::Skipped:
        return QCoreApplication::translate("Ci", "Skipped");
    case Status::Waiting:
        return QCoreApplication::translate("Ci", "Waiting");
    case Status::Running:
        return QCoreApplication::translate("Ci", "Running");
    case Status::Blocked:
        return QCoreApplication::translate("Ci", "Blocked");
    }
    return {};
}

bool UiStep::expandable() const
{
    return status != Status::Waiting && status != Status::Skipped && status != Status::Blocked
        && status != Status::Unknown;
}

namespace {

const QString& setUpName()
{
    static const QString n = QStringLiteral("Set up job");
    return n;
}
const QString& completeName()
{
    static const QString n = QStringLiteral("Complete job");
    return n;
}

QList<UiStep> fullStepsOfEmptySteps(const TaskRow& task)
{
    UiStep pre { setUpName(), Status::Running, 0, task.logLength, task.started, task.stopped, -1 };
    UiStep post { completeName(), Status::Waiting, task.logLength, 0, task.stopped, task.stopped, -1 };
    if (statusIsDone(task.status)) {
        pre.status = task.status;
        post.status = task.status == Status::Success ? Status::Success
            : task.status == Status::Skipped         ? Status::Skipped
                                                     : Status::Cancelled;
    }
    return { pre, post };
}

} // namespace

QList<UiStep> fullSteps(const TaskRow& task, const QList<StepRow>& steps)
{
    if (steps.isEmpty())
        return fullStepsOfEmptySteps(task);

    qsizetype firstStep = -1; // first step that has run or is running
    qsizetype lastHasRunStep = -1; // last step with success/failure
    qint64 logIndex = 0;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const StepRow& s = steps[i];
        if (firstStep < 0 && (statusHasRun(s.status) || s.status == Status::Running))
            firstStep = i;
        if (statusHasRun(s.status))
            lastHasRunStep = i;
        logIndex += s.logLength;
    }

    UiStep pre { setUpName(), Status::Running, 0, task.logLength, task.started, 0, -1 };
    if (firstStep < 0) {
        pre.stopped = task.stopped;
        pre.status = task.status;
    } else {
        pre.lineCount = steps[firstStep].logIndex;
        pre.stopped = steps[firstStep].started;
        pre.status = Status::Success;
    }
    logIndex += pre.lineCount;

    // Without a step that has run, Forgejo falls back to the set-up step itself.
    const Status lastStatus = lastHasRunStep >= 0 ? steps[lastHasRunStep].status : pre.status;
    const qint64 lastStopped = lastHasRunStep >= 0 ? steps[lastHasRunStep].stopped : pre.stopped;
    UiStep post { completeName(), Status::Waiting, 0, 0, 0, 0, -1 };
    if (lastStatus == Status::Failure || lastHasRunStep == steps.size() - 1) {
        post.firstLine = logIndex;
        post.lineCount = task.logLength - logIndex;
        post.started = lastStopped;
        post.status = Status::Running;
    }
    if (statusIsDone(task.status)) {
        post.status = task.status;
        post.stopped = task.stopped;
    }

    QList<UiStep> out;
    out.reserve(steps.size() + 2);
    out.append(pre);
    for (const StepRow& s : steps)
        out.append(UiStep { s.name, s.status, s.logIndex, s.logLength, s.started, s.stopped, -1 });
    out.append(post);
    return out;
}

void assignFirstErrors(QList<UiStep>& steps, const QList<qint64>& errorLines)
{
    for (UiStep& s : steps) {
        s.firstErrorLine = -1;
        if (s.lineCount <= 0)
            continue;
        const auto it = std::lower_bound(errorLines.cbegin(), errorLines.cend(), s.firstLine);
        if (it != errorLines.cend() && *it < s.endLine())
            s.firstErrorLine = *it;
    }
}

qsizetype stepOfLine(const QList<UiStep>& steps, qint64 line)
{
    for (qsizetype i = 0; i < steps.size(); ++i)
        if (steps[i].lineCount > 0 && line >= steps[i].firstLine && line < steps[i].endLine())
            return i;
    return -1;
}

} // namespace Ci
