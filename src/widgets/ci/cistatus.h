#pragma once

#include "core/ci/stepmap.h"

#include <QColor>

// Colours of Forgejo's statuses (spec §2) in every CI view: mid-tone hues legible on light and
// dark backgrounds, close to Forgejo's own (green success, red failure, blue running …).
namespace CiStatus {

inline QColor color(Ci::Status s)
{
    switch (s) {
    case Ci::Status::Success:
        return QColor(0x21, 0xa3, 0x4b);
    case Ci::Status::Failure:
        return QColor(0xdb, 0x28, 0x28);
    case Ci::Status::Cancelled:
        return QColor(0x9a, 0x6b, 0x2f);
    case Ci::Status::Skipped:
        return QColor(0x80, 0x80, 0x80);
    case Ci::Status::Waiting:
        return QColor(0xc9, 0x8a, 0x00);
    case Ci::Status::Running:
        return QColor(0x2f, 0x80, 0xed);
    case Ci::Status::Blocked:
        return QColor(0x9b, 0x51, 0xe0);
    case Ci::Status::Unknown:
        break;
    }
    return QColor(0x6b, 0x72, 0x80);
}

// `::warning` lines in the problems list (the log view's warning band has the same hue).
inline QColor warningColor()
{
    return QColor(0xb0, 0x7d, 0x00);
}

} // namespace CiStatus
