#include "gasbench/station/demo_campaign.hpp"

#include <QDir>
#include <QFileInfo>

#include "gasbench/core/json_fields.hpp"

namespace gasbench::station {
namespace {

std::string besideFile(const JsonFields& f, const char* key) {
    std::string rel = f.string(key);
    QDir dir = QFileInfo(QString::fromStdString(f.file())).absoluteDir();
    QString path = QDir::cleanPath(dir.filePath(QString::fromStdString(rel)));
    if (!QFileInfo::exists(path)) throw f.error(key, "no file at " + path.toStdString());
    return path.toStdString();
}

}  // namespace

DemoCampaign loadDemoCampaign(const std::string& path) {
    JsonFields top = JsonFields::fromFile(path);
    top.allowOnly({"campaign", "description", "station", "time_scale", "runs"});
    DemoCampaign c;
    c.id = top.string("campaign");
    c.stationFile = besideFile(top, "station");
    c.timeScale = top.optNumber("time_scale").value_or(50.0);
    if (c.timeScale <= 0 || c.timeScale > 1000) throw top.error("time_scale", "expected 0 < X <= 1000");
    for (const auto& r : top.objects("runs")) {
        r.allowOnly({"sample", "procedure", "scenario", "answers"});
        c.runs.push_back(DemoRun{r.string("sample"), r.string("procedure"), besideFile(r, "scenario"),
                                 besideFile(r, "answers")});
    }
    if (c.runs.empty()) throw top.error("runs", "expected at least one run");
    return c;
}

}  // namespace gasbench::station
