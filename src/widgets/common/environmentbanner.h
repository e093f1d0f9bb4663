#pragma once

#include "core/host/environment.h"

#include <QColor>
#include <QLabel>

// The coloured strip that tells which world the user is touching: PROD red, STAGE amber, other
// hosts neutral, grey while not connected. Shown in every tab so no pane can hide it.
class EnvironmentBanner : public QLabel
{
    Q_OBJECT
public:
    explicit EnvironmentBanner(QWidget* parent = nullptr);

    // An empty profile name means "not connected".
    void setTarget(const QString& profile, const QString& destination, Environment environment, bool readOnly);
    Environment environment() const { return m_environment; }
    bool isConnectedTarget() const { return !m_profile.isEmpty(); }

    static QColor background(Environment environment);
    static QColor foreground(Environment environment);

private:
    QString m_profile;
    Environment m_environment = Environment::Other;
};
