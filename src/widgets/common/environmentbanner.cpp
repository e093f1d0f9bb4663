#include "widgets/common/environmentbanner.h"

EnvironmentBanner::EnvironmentBanner(QWidget* parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("environmentBanner"));
    setAlignment(Qt::AlignCenter);
    setMargin(4);
    setAutoFillBackground(true);
    setTextFormat(Qt::PlainText);
    setTarget({}, {}, Environment::Other, false);
}

QColor EnvironmentBanner::background(Environment environment)
{
    switch (environment) {
    case Environment::Prod:
        return QColor(0xc6, 0x28, 0x28);
    case Environment::Stage:
        return QColor(0xff, 0xb3, 0x00);
    case Environment::Other:
        break;
    }
    return QColor(0x45, 0x5a, 0x64);
}

QColor EnvironmentBanner::foreground(Environment environment)
{
    return environment == Environment::Stage ? QColor(Qt::black) : QColor(Qt::white);
}

void EnvironmentBanner::setTarget(
    const QString& profile, const QString& destination, Environment environment, bool readOnly)
{
    m_profile = profile;
    m_environment = environment;
    QPalette pal = palette();
    QFont f = font();
    if (profile.isEmpty()) {
        pal.setColor(QPalette::Window, QColor(0xe0, 0xe0, 0xe0));
        pal.setColor(QPalette::WindowText, QColor(0x42, 0x42, 0x42));
        f.setBold(false);
        setText(tr("Not connected"));
    } else {
        pal.setColor(QPalette::Window, background(environment));
        pal.setColor(QPalette::WindowText, foreground(environment));
        f.setBold(true);
        QString text = environmentName(environment) + QStringLiteral("  ·  ") + profile;
        if (!destination.isEmpty() && destination != profile)
            text += QStringLiteral(" (") + destination + u')';
        if (readOnly)
            text += QStringLiteral("  ·  ") + tr("read-only");
        setText(text);
    }
    setPalette(pal);
    setFont(f);
    setAccessibleName(text());
}
