#pragma once

#include <QString>

namespace GbAdmin {
QString version();
QString applicationName();
QString organizationName();
} // namespace GbAdmin
