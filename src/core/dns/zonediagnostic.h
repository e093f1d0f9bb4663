#pragma once

#include <QList>
#include <QString>

// One finding of the zone validation, placed where the admin has to look.
struct ZoneDiagnostic
{
    enum class Severity
    {
        Error,
        Warning,
        Info
    };

    Severity severity = Severity::Error;
    int line = 0; // 1-based; 0 when about the whole zone
    int column = 0; // 1-based
    QString message;

    bool isError() const { return severity == Severity::Error; }
};

using ZoneDiagnostics = QList<ZoneDiagnostic>;
