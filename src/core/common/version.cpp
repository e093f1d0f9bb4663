#include "core/common/version.h"

#include "gbadmin-config.h"

namespace GbAdmin {
QString version()
{
    return QStringLiteral(GBADMIN_VERSION_STRING);
}

QString applicationName()
{
    return QStringLiteral("gbadmin");
}

QString organizationName()
{
    return QStringLiteral("generalbots");
}
} // namespace GbAdmin
