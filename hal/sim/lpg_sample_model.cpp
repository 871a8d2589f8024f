#include "gasbench/sim/lpg_sample_model.hpp"

#include <cmath>
#include <random>

namespace gasbench::sim {

LpgParams LpgParams::fromJson(const JsonFields& f) {
    f.allowOnly({"composition_vol_percent", "analysis_time_s", "repeatability_percent",
                 "detection_limit_percent", "seed", "analyzer_fault"});
    LpgParams p;
    JsonFields comp = f.object("composition_vol_percent");
    std::initializer_list<const char*> names = {"propane", "propylene", "n_butane", "iso_butane",
                                                "butenes", "c5_plus",   "dme"};
    comp.allowOnly(names);
    double sum = 0.0;
    for (std::size_t i = 0; i < kLpgComponents.size(); ++i) {
        double v = comp.optNumber(kLpgComponents[i].name).value_or(0.0);
        if (v < 0.0 || v > 100.0)
            throw comp.error(kLpgComponents[i].name, "expected a percentage from 0 to 100");
        p.volumePercent[i] = v;
        sum += v;
    }
    if (std::fabs(sum - 100.0) > 0.01) {
        throw f.error("composition_vol_percent",
                      "expected components summing to 100 %, found " + std::to_string(sum));
    }
    if (auto v = f.optNumber("analysis_time_s")) p.analysisTime = units::seconds(*v);
    if (auto v = f.optNumber("repeatability_percent")) p.repeatability = units::percent(*v);
    if (auto v = f.optNumber("detection_limit_percent")) p.detectionLimit = units::percent(*v);
    if (auto v = f.optInteger("seed", 0, 1LL << 52)) p.seed = static_cast<std::uint64_t>(*v);
    if (auto v = f.optBoolean("analyzer_fault")) p.analyzerFault = *v;
    if (!(p.analysisTime.value() > 0.0))
        throw f.error("analysis_time_s", "expected a time above 0 s");
    if (p.repeatability.value() < 0.0) throw f.error("repeatability_percent", "expected 0 or more");
    if (p.detectionLimit.value() < 0.0)
        throw f.error("detection_limit_percent", "expected 0 or more");
    return p;
}

units::Fraction LpgParams::trueVolume(const std::string& component) const {
    for (std::size_t i = 0; i < kLpgComponents.size(); ++i) {
        if (component == kLpgComponents[i].name) return units::percent(volumePercent[i]);
    }
    return units::percent(0.0);
}

void LpgSampleModel::advance(units::Duration dt, const BenchOutputs& out) {
    clearStart_ = false;
    if (out.startAnalysis) {
        clearStart_ = true;  // the analyzer takes the start and clears the coil
        if (state_ != AnalyzerState::running) {
            state_ = AnalyzerState::running;
            runningFor_ = 0.0;
            return;
        }
    }
    if (state_ == AnalyzerState::running) {
        runningFor_ += dt.value();
        if (runningFor_ >= p_.analysisTime.value()) finishAnalysis();
    }
}

void LpgSampleModel::finishAnalysis() {
    if (p_.analyzerFault) {
        state_ = AnalyzerState::fault;
        return;
    }
    // One generator per analysis: the n-th analysis of a scenario always reads the same.
    std::mt19937_64 rng(p_.seed * 1000003ULL + count_);
    std::normal_distribution<double> noise(0.0, p_.repeatability.value());
    double sum = 0.0;
    for (std::size_t i = 0; i < vol_.size(); ++i) {
        double v = p_.volumePercent[i] * (1.0 + noise(rng));
        vol_[i] = v > 0.0 ? v : 0.0;
        sum += vol_[i];
    }
    double limit = units::inPercent(p_.detectionLimit);
    for (double& v : vol_) {
        v = v * 100.0 / sum;
        if (v < limit) v = 0.0;
    }
    double massSum = 0.0;
    for (std::size_t i = 0; i < vol_.size(); ++i) massSum += vol_[i] * kLpgComponents[i].molarMass;
    for (std::size_t i = 0; i < vol_.size(); ++i)
        mass_[i] = vol_[i] * kLpgComponents[i].molarMass * 100.0 / massSum;
    ++count_;
    state_ = AnalyzerState::done;
}

void LpgSampleModel::publish(Signals& s) const {
    if (clearStart_) s.set("start_analysis", false);
    s.set("state", units::fraction(static_cast<double>(state_)));
    s.set("analysis_count", units::fraction(count_));
    s.set("detection_limit", p_.detectionLimit);
    for (std::size_t i = 0; i < vol_.size(); ++i) {
        std::string name = kLpgComponents[i].name;
        s.set(name + "_vol", units::fraction(vol_[i] / 100.0));
        s.set(name + "_mass", units::fraction(mass_[i] / 100.0));
    }
}

}  // namespace gasbench::sim
