#pragma once

#include "core/host/environment.h"

#include <QWidget>

class EnvironmentBanner;

// A tab page: the environment banner above the pane it frames. The main window creates the frames
// first and their panes over the next event-loop turns (setPane).
class PaneFrame : public QWidget
{
    Q_OBJECT
public:
    explicit PaneFrame(QWidget* parent = nullptr);

    // Once: the frame shows this pane under the banners.
    void setPane(QWidget* pane);
    QWidget* pane() const { return m_pane; }
    EnvironmentBanner* banner() const { return m_banner; }
    void setTarget(const QString& profile, const QString& destination, Environment environment, bool readOnly);

private:
    EnvironmentBanner* m_banner;
    QWidget* m_pane = nullptr;
};
