#include "gasbench/procedures/catalogue.hpp"

#include <map>
#include <utility>

namespace gasbench::procedures {
namespace {

struct Names {
    const char* zh;
    const char* en;
};

using Catalogue = std::map<std::pair<Named, std::string>, Names>;

const Catalogue& catalogue() {
    static const Catalogue all = [] {
        Catalogue c;
        auto add = [&c](Named kind, std::initializer_list<std::pair<const char*, Names>> names) {
            for (const auto& [id, n] : names) c.emplace(std::pair{kind, std::string(id)}, n);
        };
        add(Named::step, {
            {"prepare", {"准备", "prepare"}},
            {"opening-time trials", {"开阀时间试验", "opening-time trials"}},
            {"closing-time trials", {"闭阀时间试验", "closing-time trials"}},
            {"marking checklist", {"标志检查", "marking checklist"}},
            {"connect", {"连接试样", "connect"}},
            {"pressure decay", {"气密性（压降）试验", "pressure decay"}},
            {"connect sample", {"连接气样", "connect sample"}},
            {"chromatograph analysis", {"色谱分析", "chromatograph analysis"}},
            {"composition", {"组分判定", "composition"}},
            {"structure checklist", {"结构检查", "structure checklist"}},
            {"outlet pressure sweep", {"出口压力扫描", "outlet pressure sweep"}},
            {"over-flow shut-off", {"过流切断试验", "over-flow shut-off"}},
            {"zero check", {"零点检查（泄压）", "zero check (line vented)"}},
            {"zero check and judgement", {"复查零点并判定", "zero check again and judgement"}},
            {"teardown", {"收尾：关气、复位", "teardown"}},
        });
        add(Named::wait, {
            {"stabilise", {"稳压", "stabilise"}},
            {"hold", {"保压", "hold"}},
            {"burner held open by the device; warming", {"熄火保护装置保持燃烧器开启，预热",
                                                         "burner held open by the device; warming"}},
        });
        add(Named::item, {
            {"opening_time", {"熄火保护装置开阀时间", "flame-failure device opening time"}},
            {"closing_time", {"熄火保护装置闭阀时间", "flame-failure device closing time"}},
            {"outlet_pressure_min", {"出口压力（最小值）", "outlet pressure (lowest)"}},
            {"outlet_pressure_max", {"出口压力（最大值）", "outlet pressure (highest)"}},
            {"lock_up_pressure", {"关闭压力", "lock-up pressure"}},
            {"peak_outlet_pressure", {"出口压力峰值", "peak outlet pressure"}},
            {"over_flow_shut_off", {"过流切断", "over-flow shut-off"}},
            {"outlet_not_adjustable", {"出口压力不可调", "outlet not adjustable"}},
            {"setting_parts_sealed", {"压力设定部件密封", "setting parts sealed"}},
            {"shut_off_device", {"切断安全装置", "shut-off safety device"}},
            {"threaded_outlet", {"螺纹出口", "threaded outlet"}},
            {"body_colour", {"阀体颜色", "body colour"}},
            {"body_marking", {"产品标志", "body marking"}},
            {"pressure_drop", {"气密性（压降）", "airtightness (pressure drop)"}},
            {"marking_name", {"标志：产品名称", "marking: product name"}},
            {"marking_size", {"标志：规格尺寸", "marking: size"}},
            {"marking_producer", {"标志：生产企业", "marking: producer"}},
            {"marking_standard", {"标志：执行标准", "marking: standard"}},
            {"marking_production_date", {"标志：生产日期", "marking: production date"}},
            {"marking_service_life", {"标志：使用年限", "marking: service life"}},
            {"service_life", {"使用年限", "service life"}},
            {"dme_fraction", {"二甲醚含量", "dimethyl ether (DME) content"}},
            {"c3_c4_fraction", {"C3+C4 烃类组分", "C3+C4 hydrocarbons"}},
            {"c5_plus_fraction", {"C5 及以上组分", "C5 and heavier"}},
        });
        return c;
    }();
    return all;
}

}  // namespace

bool catalogued(Named kind, const std::string& id) { return catalogue().count({kind, id}) != 0; }

std::string nameOf(Named kind, const std::string& id, bool chinese) {
    auto it = catalogue().find({kind, id});
    if (it != catalogue().end()) return chinese ? it->second.zh : it->second.en;
    std::string words = id;
    for (char& c : words)
        if (c == '_') c = ' ';
    return words;
}

}  // namespace gasbench::procedures
