#pragma once
// A gas chromatograph as the map exposes it: writing start_analysis true starts an analysis that
// runs for `runSeconds`; then state reads done, analysis_count moves on and the component
// fractions (volume %, as fractions) show the sample's composition. Before that they show the
// previous sample's.

#include <map>

#include "memory_bench.hpp"

namespace gasbench::testing {

class AnalyzerPlant final : public Plant {
public:
    double runSeconds = 60.0;
    bool withCounter = true;
    bool fault = false;
    double detectionLimit = 0.0001;  // 0.01 %
    std::map<std::string, double> sample{{"propane", 0.30}, {"propylene", 0.10},
                                         {"n_butane", 0.35}, {"iso_butane", 0.15},
                                         {"butenes", 0.075}, {"c5_plus", 0.02},
                                         {"dme", 0.0}};
    std::map<std::string, double> previous{{"propane", 0.2}, {"propylene", 0.0},
                                           {"n_butane", 0.2}, {"iso_butane", 0.0},
                                           {"butenes", 0.0}, {"c5_plus", 0.1},
                                           {"dme", 0.5}};

    std::vector<std::string> inputs() const override {
        std::vector<std::string> in{"analyzer.state", "analyzer.detection_limit"};
        if (withCounter) in.push_back("analyzer.analysis_count");
        for (const auto& [c, v] : sample) {
            in.push_back("analyzer." + c + "_vol");
            in.push_back("analyzer." + c + "_mass");
        }
        return in;
    }
    std::vector<std::string> outputs() const override { return {"analyzer.start_analysis"}; }
    void write(const std::string& role, const units::Quantity& v) override {
        const bool on = units::siValue(v) >= 0.5;
        if (role == "analyzer.start_analysis" && on && !start_) {
            state_ = 1;
            left_ = runSeconds;
        }
        start_ = on;
    }
    units::Quantity read(const std::string& role) const override {
        if (role == "analyzer.start_analysis") return start_;
        if (role == "analyzer.state") return units::fraction(state_);
        if (role == "analyzer.analysis_count") return units::fraction(count_);
        if (role == "analyzer.detection_limit") return units::fraction(detectionLimit);
        const auto& shown = count_ > 0 ? sample : previous;
        for (const auto& [c, v] : shown) {
            if (role == "analyzer." + c + "_vol" || role == "analyzer." + c + "_mass") {
                return units::fraction(v);
            }
        }
        return units::fraction(0);
    }
    void advance(double dt) override {
        if (state_ != 1) return;
        left_ -= dt;
        if (left_ <= 0) {
            state_ = fault ? 3 : 2;
            if (!fault) ++count_;
        }
    }

private:
    bool start_ = false;
    double state_ = 2;  // done with the previous sample
    double count_ = 0;
    double left_ = 0;
};

}  // namespace gasbench::testing
