// gasbench-gui: the technician's station program.
//   gasbench-gui [--db FILE] [--station FILE] [--lang zh_CN|en] [--time-scale X] [--operator NAME]
//                [--opengl] [--screenshots DIR]
#include <QApplication>
#include <QMessageBox>
#include <iostream>

#include "gasbench/station/run_guard.hpp"
#include "language.hpp"
#include "main_window.hpp"
#include "screenshots.hpp"
#include "ui_options.hpp"

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName("gasbench");
    QApplication::setApplicationName("gasbench-gui");
    QString error;
    auto options = gasbench::ui::parseUiOptions(QApplication::arguments(), error);
    if (!options) {
        std::cerr << "gasbench-gui: " << error.toStdString() << '\n'
                  << "usage: gasbench-gui [--db FILE] [--station FILE] [--lang zh_CN|en] "
                     "[--time-scale X] [--operator NAME]\n"
                     "                    [--opengl] [--screenshots DIR]\n";
        return 2;
    }
    gasbench::ui::installLanguage(gasbench::ui::chosenLanguage(options->language));
    gasbench::station::RunGuard::installSignalHandlers();
    try {
        gasbench::ui::MainWindow window(*options);
        window.show();
        if (!options->screenshotDir.isEmpty()) {
            QString language = gasbench::ui::chosenLanguage(options->language);
            for (const QString& f :
                 gasbench::ui::saveSectionScreenshots(window, options->screenshotDir, language)) {
                std::cout << f.toStdString() << '\n';
            }
            return 0;
        }
        return QApplication::exec();
    } catch (const std::exception& e) {
        QMessageBox::critical(nullptr, "gasbench", QString::fromUtf8(e.what()));
        std::cerr << "gasbench-gui: " << e.what() << '\n';
        return 1;
    }
}
