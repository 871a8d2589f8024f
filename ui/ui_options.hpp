#pragma once
// What the station program is started with: the database (--db, GASBENCH_DB, or the per-user
// default), the station config (--station, default the simulated bench), the language (--lang,
// else the last one chosen, else Chinese) and the bench clock's time scale (--time-scale, for
// demonstrations and tests on the simulated bench), and whether the charts may use OpenGL
// (--opengl; else the last choice of View ▸ OpenGL charts; raster where there is no GL).

#include <QString>
#include <QStringList>
#include <optional>
#include <string>

namespace gasbench::ui {

struct UiOptions {
    std::string dbPath;
    std::string stationFile;
    std::string fixturesDir;
    QString language;  // "zh_CN" or "en"; empty: the saved choice
    double timeScale = 1.0;
    QString operatorName;
    bool openGl = false;
    QString screenshotDir;  // --screenshots DIR: save every section as PNG and quit
};

// Refuses unknown options and bad values with a message (nullopt, `error` set).
std::optional<UiOptions> parseUiOptions(const QStringList& arguments, QString& error);

}  // namespace gasbench::ui
