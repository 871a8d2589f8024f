#include "gasbench/hal/gas_chromatograph.hpp"

namespace gasbench::hal {

GasChromatograph::GasChromatograph(Device& device, ModbusLink& link) : device_(device), link_(link) {
    requireChannel(device.map(), "start_analysis", units::Dimension::state);
    requireChannel(device.map(), "state", units::Dimension::dimensionless);
    for (const char* c : kLpgComponents) {
        requireChannel(device.map(), std::string(c) + "_vol", units::Dimension::dimensionless);
        requireChannel(device.map(), std::string(c) + "_mass", units::Dimension::dimensionless);
    }
    requireChannel(device.map(), "detection_limit", units::Dimension::dimensionless);
    requireChannel(device.map(), "analysis_count", units::Dimension::dimensionless);
}

LinkResult<AnalysisState> GasChromatograph::state() {
    LinkResult<int> r = readCount(device_, link_, "state");
    LinkResult<AnalysisState> out{std::nullopt, r.error, r.started, r.finished, r.attempts};
    if (r.value && (*r.value < 0 || *r.value > 3)) {
        out.error = LinkError{LinkErrorKind::badLength, 0,
                              device_.describe() + ": analysis state " + std::to_string(*r.value) + " is not 0..3"};
    } else if (r.value) {
        out.value = static_cast<AnalysisState>(*r.value);
    }
    return out;
}

LinkResult<ComponentTable> GasChromatograph::componentTable() {
    LinkResult<ComponentTable> out;
    ComponentTable table;
    auto fraction = [&](const std::string& channel) -> std::optional<units::Fraction> {
        auto r = readAs<units::Fraction>(device_, link_, channel);
        if (out.attempts == 0) out.started = r.started;
        out.finished = r.finished;
        out.attempts += r.attempts;
        if (!r.ok()) out.error = r.error;
        return r.value;
    };
    for (const char* c : kLpgComponents) {
        auto vol = fraction(std::string(c) + "_vol");
        if (!vol) return out;
        auto mass = fraction(std::string(c) + "_mass");
        if (!mass) return out;
        table.components.push_back({c, *vol, *mass});
    }
    auto limit = fraction("detection_limit");
    if (!limit) return out;
    table.detectionLimit = *limit;
    LinkResult<int> count = readCount(device_, link_, "analysis_count");
    out.finished = count.finished;
    if (!count.ok()) {
        out.error = count.error;
        return out;
    }
    table.analysisCount = *count.value;
    out.value = std::move(table);
    return out;
}

}  // namespace gasbench::hal
