#include "widgets/shell/appearance.h"

#include "core/settings/appsettings.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace Appearance {

namespace {
struct SystemLook
{
    QString style;
    QPalette palette;
};

const SystemLook& systemLook()
{
    // Taken before the first change, so "System" can restore it without a restart.
    static const SystemLook look { QApplication::style()->name(), QApplication::palette() };
    return look;
}

void useStyle(const QString& name)
{
    if (QApplication::style()->name().compare(name, Qt::CaseInsensitive) != 0)
        if (QStyle* style = QStyleFactory::create(name))
            QApplication::setStyle(style);
}
} // namespace

void apply(const QString& appearance)
{
    const SystemLook& system = systemLook();
    if (appearance == Light || appearance == Dark) {
        useStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(appearance == Dark ? darkPalette() : QApplication::style()->standardPalette());
    } else {
        useStyle(system.style);
        QApplication::setPalette(system.palette);
    }
}

void follow(AppSettings* settings)
{
    apply(settings->get(Settings::Keys::ColorScheme));
    QObject::connect(settings, &AppSettings::changed, settings, [settings](const QString& key) {
        if (key == QLatin1String(Settings::Keys::ColorScheme.name))
            apply(settings->get(Settings::Keys::ColorScheme));
    });
}

QPalette darkPalette()
{
    const QColor window(0x2d, 0x2f, 0x31), base(0x1e, 0x20, 0x22), text(0xe4, 0xe4, 0xe4), disabled(0x7a, 0x7f, 0x85);
    QPalette p(window);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x27, 0x29, 0x2c));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x38, 0x3b, 0x3e));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x7b, 0x72));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4e, 0x52));
    p.setColor(QPalette::Midlight, QColor(0x40, 0x43, 0x46));
    p.setColor(QPalette::Mid, QColor(0x25, 0x27, 0x29));
    p.setColor(QPalette::Dark, QColor(0x1a, 0x1b, 0x1c));
    p.setColor(QPalette::Shadow, QColor(0x10, 0x10, 0x10));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x6f, 0xb4));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x79, 0xb8, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xc2, 0x97, 0xff));
    p.setColor(QPalette::ToolTipBase, QColor(0x38, 0x3b, 0x3e));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9f, 0xa5));
    for (const auto role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x45, 0x48, 0x4b));
    return p;
}

} // namespace Appearance
