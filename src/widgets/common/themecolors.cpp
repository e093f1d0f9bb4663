#include "themecolors.h"

#include <QPalette>

#include <cmath>

namespace ThemeColors {

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

QColor text(Role role, const QPalette& palette)
{
    const bool dark = isDark(palette);
    switch (role) {
    case Role::Error:
        return dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xb7, 0x1c, 0x1c);
    case Role::Warning:
        return dark ? QColor(0xe3, 0xb3, 0x41) : QColor(0x8a, 0x5a, 0x00);
    case Role::Success:
        return dark ? QColor(0x56, 0xd3, 0x64) : QColor(0x14, 0x6c, 0x2e);
    case Role::Info:
        break;
    }
    return dark ? QColor(0x79, 0xb8, 0xff) : QColor(0x1f, 0x5f, 0xbf);
}

QString textStyleSheet(Role role, const QPalette& palette)
{
    return QStringLiteral("color: %1;").arg(text(role, palette).name());
}

double luminance(const QColor& color)
{
    const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
}

double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace ThemeColors
