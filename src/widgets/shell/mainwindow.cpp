#include "widgets/shell/mainwindow.h"

#include "core/common/version.h"
#include "core/settings/appsettings.h"

#include <QCloseEvent>

#include "ui_mainwindow.h"

MainWindow::MainWindow(AppSettings* settings, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_settings(settings)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("GB Admin %1").arg(GbAdmin::version()));
    restoreGeometry(m_settings->get(Settings::Keys::MainWindowGeometry));
    restoreState(m_settings->get(Settings::Keys::MainWindowState));
}

MainWindow::~MainWindow() = default;

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_settings->set(Settings::Keys::MainWindowGeometry, saveGeometry());
    m_settings->set(Settings::Keys::MainWindowState, saveState());
    QMainWindow::closeEvent(event);
}
