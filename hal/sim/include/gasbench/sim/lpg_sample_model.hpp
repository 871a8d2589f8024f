#pragma once
// An LPG sample in the gas chromatograph. Writing start_analysis starts an analysis (the
// analyzer clears the coil when it takes the start): state goes running (1) for the analysis
// time, then done (2) with the component table. Each analysis adds seeded, repeatable noise
// (the analyzer's repeatability: one standard deviation relative to each component's value),
// renormalises to 100 %, reports components
// below the detection limit as 0, and computes mass fractions from the molar masses.
// The channels are "<component>_vol" and "<component>_mass" in %, "state",
// "detection_limit", "analysis_count".

#include <array>
#include <cstdint>
#include <string>

#include "gasbench/core/json_fields.hpp"
#include "gasbench/sim/sample_model.hpp"

namespace gasbench::sim {

struct LpgComponent {
    const char* name;  // as in the channel names: "propane", "dme"
    double molarMass;  // g/mol
    bool c3c4;         // counts in C3+C4
};

inline constexpr std::array<LpgComponent, 7> kLpgComponents{{
    {"propane", 44.097, true},
    {"propylene", 42.081, true},
    {"n_butane", 58.123, true},
    {"iso_butane", 58.123, true},
    {"butenes", 56.106, true},
    {"c5_plus", 72.150, false},  // as n-pentane
    {"dme", 46.069, false},
}};

enum class AnalyzerState : std::uint16_t { idle = 0, running = 1, done = 2, fault = 3 };

struct LpgParams {
    std::array<double, kLpgComponents.size()> volumePercent{};  // true composition, sums to 100
    units::Duration analysisTime = units::seconds(120.0);
    units::Fraction repeatability = units::percent(0.2);  // one standard deviation, relative
    units::Fraction detectionLimit = units::percent(0.1);
    std::uint64_t seed = 1;
    bool analyzerFault = false;  // every analysis ends in state fault

    static LpgParams fromJson(const JsonFields& f);
    units::Fraction trueVolume(const std::string& component) const;
};

class LpgSampleModel final : public SampleModel {
  public:
    explicit LpgSampleModel(LpgParams p) : p_(p) {}

    std::string_view kind() const override { return "lpg"; }
    void advance(units::Duration dt, const BenchOutputs& outputs) override;
    void publish(Signals& board) const override;
    AnalyzerState state() const { return state_; }

  private:
    void finishAnalysis();

    LpgParams p_;
    AnalyzerState state_ = AnalyzerState::idle;
    double runningFor_ = 0.0;
    bool clearStart_ = false;
    std::uint16_t count_ = 0;
    std::array<double, kLpgComponents.size()> vol_{};
    std::array<double, kLpgComponents.size()> mass_{};
};

}  // namespace gasbench::sim
