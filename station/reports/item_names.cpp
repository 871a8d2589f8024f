#include "gasbench/reports/item_names.hpp"

#include <map>

namespace gasbench::reports {
namespace {

struct Names {
    const char* zh;
    const char* en;
};

const std::map<std::string, Names>& names() {
    static const std::map<std::string, Names> all{
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
    };
    return all;
}

}  // namespace

std::string itemName(const std::string& itemId, bool chinese) {
    auto it = names().find(itemId);
    if (it != names().end()) return chinese ? it->second.zh : it->second.en;
    std::string words = itemId;
    for (char& c : words)
        if (c == '_') c = ' ';
    return words;
}

}  // namespace gasbench::reports
