#pragma once

#include <QMainWindow>

#include <memory>

class AppSettings;

namespace Ui {
class MainWindow;
}

// The main window only composes: each tab is its own widget class, built elsewhere.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(AppSettings* settings, QWidget* parent = nullptr);
    ~MainWindow() override;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    std::unique_ptr<Ui::MainWindow> m_ui;
    AppSettings* m_settings;
};
