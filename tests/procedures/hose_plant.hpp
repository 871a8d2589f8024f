#pragma once
// A hose on a pressure-decay bench. The gas in it is an amount `a` in kPa(abs) at the reference
// temperature: p_abs = a * T / Tref. The supply fills it toward the set-point (tau 1 s); isolated
// it leaks at leakKPaPerS; the temperature drifts at driftKPerS from Tref; vented it is at the
// atmosphere. The test transducer's zero may drift.

#include <cmath>

#include "memory_bench.hpp"

namespace gasbench::testing {

class HosePlant final : public Plant {
public:
    double leakKPaPerS = 0.001;
    double driftKPerS = 0.0;
    double trefK = 293.15;
    double atmosphereKPa = 101.325;
    bool withTemperature = true;
    double transducerDriftKPaPerS = 0.0;  // the test transducer's zero, moving

    std::vector<std::string> inputs() const override {
        if (withTemperature) return {"test_pressure", "temperature"};
        return {"test_pressure"};
    }
    std::vector<std::string> outputs() const override {
        return {"supply_valve", "pressure_setpoint", "vent_valve"};
    }
    void write(const std::string& role, const units::Quantity& v) override {
        if (role == "supply_valve") supply_ = units::siValue(v) >= 0.5;
        if (role == "vent_valve") vent_ = units::siValue(v) >= 0.5;
        if (role == "pressure_setpoint") setpointKPa_ = units::siValue(v) / 1000.0;
    }
    units::Quantity read(const std::string& role) const override {
        if (role == "test_pressure") return units::kPa(gaugeKPa() + transducerDriftKPaPerS * t_);
        if (role == "temperature") return units::Temperature::from_value(temperatureK());
        if (role == "pressure_setpoint") return units::kPa(setpointKPa_);
        if (role == "vent_valve") return vent_;
        return supply_;
    }
    void advance(double dt) override {
        t_ += dt;
        if (vent_) {
            amount_ = atmosphereKPa * trefK / temperatureK();  // vented: at atmosphere, warm or not
        } else if (supply_) {
            const double target = (setpointKPa_ + atmosphereKPa) * trefK / temperatureK();
            amount_ += (target - amount_) * (1.0 - std::exp(-dt));
        } else {
            amount_ = std::max(atmosphereKPa, amount_ - leakKPaPerS * dt);
        }
    }
    // The drop over a hold at the reference temperature: what a corrected measurement recovers.
    double trueDropKPa(double holdSeconds) const { return leakKPaPerS * holdSeconds; }

private:
    double temperatureK() const { return trefK + driftKPerS * t_; }
    double gaugeKPa() const { return amount_ * temperatureK() / trefK - atmosphereKPa; }

    bool supply_ = false, vent_ = false;
    double setpointKPa_ = 0.0, amount_ = 101.325, t_ = 0.0;
};

}  // namespace gasbench::testing
