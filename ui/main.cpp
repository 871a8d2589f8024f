// gasbench-gui: the technician's station program.
//   gasbench-gui [--db FILE] [--station FILE] [--lang zh_CN|en] [--time-scale X] [--operator NAME]
//                [--opengl] [--screenshots DIR]
#include <QApplication>
#include <QMessageBox>
#include <QTimer>
#include <iostream>

#include "gasbench/station/run_guard.hpp"
#include "gasbench/station/station_config.hpp"
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
    if (options->timeScale != 1.0) {
        // Time runs faster only on the simulated bench (a station id SIM-...): never on hardware.
        std::string id;
        try {
            id = gasbench::station::loadStationConfig(options->stationFile).id;
        } catch (const std::exception&) {
            // A station file that does not load runs nothing; the devices section says why.
        }
        if (!id.empty() && id.rfind("SIM", 0) != 0) {
            std::cerr << "gasbench-gui: --time-scale applies only to the simulated bench; station '" << id
                      << "' in " << options->stationFile << " is real hardware\n";
            return 2;
        }
    }
    gasbench::ui::installLanguage(gasbench::ui::chosenLanguage(options->language));
    gasbench::station::RunGuard::installSignalHandlers();
    try {
        gasbench::ui::MainWindow window(*options);
        // SIGINT/SIGTERM/SIGHUP only set a flag (a handler may do no more): the GUI thread looks
        // at it and quits, so an idle window ends too; a run still going is stopped by its
        // interlock, and the window's end waits for the bench's safe state.
        QTimer terminationWatch;
        QObject::connect(&terminationWatch, &QTimer::timeout, &app, [] {
            if (gasbench::station::RunGuard::terminationRequested()) QApplication::quit();
        });
        terminationWatch.start(50);
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
