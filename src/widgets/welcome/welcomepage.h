#pragma once

#include "core/app/demohost.h"

#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class WelcomePage;
}

// What the window shows on the first start (no connection profile yet) instead of an empty window:
// import the hosts of ~/.ssh/config, add a host by hand, or open the simulated host of
// scripts/demo.sh when it runs. The page only asks; the main window does the work.
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget* parent = nullptr);
    ~WelcomePage() override;

    // The ssh config the import reads (default ~/.ssh/config) and the demo's state folder.
    void setSshConfigFile(const QString& path);
    void setDemoStateDir(const QString& dir);
    // Looks again at the ssh config and the demo host; done on every show.
    void refresh();

    int importableHostCount() const { return m_hostCount; }
    std::optional<DemoHost> demoHost() const { return m_demo; }

Q_SIGNALS:
    void importRequested();
    void addHostRequested();
    void openDemoRequested(const DemoHost& host);

protected:
    void showEvent(QShowEvent* event) override;

private:
    std::unique_ptr<Ui::WelcomePage> m_ui;
    QString m_sshConfigFile;
    QString m_demoStateDir;
    int m_hostCount = 0;
    std::optional<DemoHost> m_demo;
};
