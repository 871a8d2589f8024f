#include "ui_options.hpp"

#include <QCoreApplication>

#include "gasbench/storage/database.hpp"

#ifndef GASBENCH_FIXTURES_DIR
#error "GASBENCH_FIXTURES_DIR must be defined by the build"
#endif

namespace gasbench::ui {

std::optional<UiOptions> parseUiOptions(const QStringList& arguments, QString& error) {
    UiOptions o;
    o.fixturesDir = GASBENCH_FIXTURES_DIR;
    o.stationFile = o.fixturesDir + "/stations/sim-bench.json";
    o.operatorName = qEnvironmentVariable("USER", "technician");
    QString db = qEnvironmentVariable("GASBENCH_DB");
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& a = arguments[i];
        auto value = [&]() -> std::optional<QString> {
            if (i + 1 >= arguments.size()) {
                error = a + " expects a value";
                return std::nullopt;
            }
            return arguments[++i];
        };
        std::optional<QString> v;
        if (a == "--db" || a == "--station" || a == "--lang" || a == "--time-scale" ||
            a == "--operator" || a == "--screenshots") {
            v = value();
            if (!v) return std::nullopt;
        }
        if (a == "--db") {
            db = *v;
        } else if (a == "--station") {
            o.stationFile = v->toStdString();
        } else if (a == "--lang") {
            if (*v != "zh_CN" && *v != "en") {
                error = "--lang expects zh_CN or en";
                return std::nullopt;
            }
            o.language = *v;
        } else if (a == "--time-scale") {
            bool ok = false;
            o.timeScale = v->toDouble(&ok);
            if (!ok || o.timeScale <= 0 || o.timeScale > 1000) {
                error = "--time-scale expects 0 < X <= 1000";
                return std::nullopt;
            }
        } else if (a == "--screenshots") {
            o.screenshotDir = *v;
        } else if (a == "--operator") {
            o.operatorName = *v;
        } else if (a == "--opengl") {
            o.openGl = true;
        } else {
            error = "unknown argument '" + a + "'";
            return std::nullopt;
        }
    }
    o.dbPath = db.isEmpty() ? storage::defaultDatabasePath() : db.toStdString();
    return o;
}

}  // namespace gasbench::ui
