// The yardstick of bench_gui's start-up figure: the smallest Qt Widgets program with a main
// window, built in the same tree with the same options and started the same way as gbadmin.
#include <QApplication>
#include <QLabel>
#include <QMainWindow>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setCentralWidget(new QLabel(QStringLiteral("Hello"), &window));
    window.resize(1200, 800);
    window.show();
    return QApplication::exec();
}
