// gasbench-gui: the technician's station program. The sections arrive with the UI work; this
// opens the main window so the build, the launcher and the screenshot tooling have a target.
#include <QApplication>
#include <QLabel>
#include <QMainWindow>

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName("gasbench");
    QApplication::setApplicationName("gasbench");
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("gasbench 燃气器具检测工位"));
    auto* label = new QLabel(QStringLiteral("gasbench"));
    label->setAlignment(Qt::AlignCenter);
    window.setCentralWidget(label);
    window.resize(1280, 800);
    window.show();
    return QApplication::exec();
}
