#pragma once

#include <QColor>
#include <QString>

class QPalette;

// Colours that carry meaning (an error, a warning, an added or removed line) picked for the
// palette they are drawn on: the dark reds that read well on a light window are hard to read on a
// dark one, so each role has a light-window and a dark-window shade.
namespace ThemeColors {

enum class Role
{
    Error,
    Warning,
    Success,
    Info
};

bool isDark(const QPalette& palette);
QColor text(Role role, const QPalette& palette);
// "color: #rrggbb;" for a widget's style sheet (labels whose text turns red on a problem).
QString textStyleSheet(Role role, const QPalette& palette);
// WCAG 2 relative luminance (0 black to 1 white) and contrast ratio of two colours (1 to 21); text
// needs 4.5, large or bold text 3.
double luminance(const QColor& color);
double contrast(const QColor& a, const QColor& b);

} // namespace ThemeColors
