#pragma once

#include "core/host/environment.h"

#include <QWidget>

class EnvironmentBanner;

// A tab page: the environment banner above the pane it frames.
class PaneFrame : public QWidget
{
    Q_OBJECT
public:
    explicit PaneFrame(QWidget* pane, QWidget* parent = nullptr);

    QWidget* pane() const { return m_pane; }
    EnvironmentBanner* banner() const { return m_banner; }
    void setTarget(const QString& profile, const QString& destination, Environment environment, bool readOnly);

private:
    EnvironmentBanner* m_banner;
    QWidget* m_pane;
};
