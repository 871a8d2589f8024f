#include "gasbench/hal/gas_chromatograph.hpp"

#include <cmath>

namespace gasbench::hal {

GasChromatograph::GasChromatograph(Device& device, ModbusLink& link)
    : device_(device), link_(link) {
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
        out.error = LinkError{
            LinkErrorKind::badLength, 0,
            device_.describe() + ": analysis state " + std::to_string(*r.value) + " is not 0..3"};
    } else if (r.value) {
        out.value = static_cast<AnalysisState>(*r.value);
    }
    return out;
}

LinkResult<ComponentTable> GasChromatograph::componentTable() {
    std::vector<std::string> names;
    for (const char* c : kLpgComponents) {
        names.push_back(std::string(c) + "_vol");
        names.push_back(std::string(c) + "_mass");
    }
    names.push_back("detection_limit");
    names.push_back("analysis_count");
    // One request for the whole table, so that it comes from one analysis.
    auto r = device_.readMany(link_, names);
    LinkResult<ComponentTable> out{std::nullopt, r.error, r.started, r.finished, r.attempts};
    if (!r.ok()) return out;
    const std::vector<units::Quantity>& v = *r.value;
    ComponentTable table;
    for (std::size_t i = 0; i < kLpgComponents.size(); ++i) {
        table.components.push_back({kLpgComponents[i], std::get<units::Fraction>(v[2 * i]),
                                    std::get<units::Fraction>(v[2 * i + 1])});
    }
    table.detectionLimit = std::get<units::Fraction>(v[v.size() - 2]);
    table.analysisCount =
        static_cast<int>(std::lround(std::get<units::Fraction>(v.back()).value()));
    out.value = std::move(table);
    return out;
}

}  // namespace gasbench::hal
