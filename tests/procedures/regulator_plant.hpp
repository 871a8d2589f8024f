#pragma once
// A bottled-LPG regulator on a bench with a pressure controller and a flow-control valve. The
// outlet pressure follows a first-order lag (tau) toward
//   nominal - droop * flow/rated + inletGain * inlet (MPa), or lockUp at zero flow;
// above tripFlow the over-flow shut-off closes (outlet 0) until the flow is stopped. The outlet
// transducer may add what real ones do: noise, a zero offset, and a drift from a given time.

#include <cmath>
#include <random>

#include "memory_bench.hpp"

namespace gasbench::testing {

class RegulatorPlant final : public Plant {
public:
    double nominalKPa = 2.80;
    double droopKPa = 0.30;       // at rated flow
    double inletGainKPa = 0.10;   // per MPa of inlet
    double lockUpKPa = 3.20;
    double ratedM3h = 2.0;
    double tripM3h = 2.9;
    double tau = 0.5;  // s
    // The outlet transducer.
    double noiseSdKPa = 0.0;
    double zeroOffsetKPa = 0.0;
    double driftKPaPerS = 0.0;
    double driftFromS = 0.0;

    double steady(double inletMPa, double flowM3h) const {
        if (flowM3h <= 0.0) return lockUpKPa;
        return nominalKPa - droopKPa * flowM3h / ratedM3h + inletGainKPa * inletMPa;
    }

    std::vector<std::string> inputs() const override { return {"outlet_pressure", "inlet_pressure"}; }
    std::vector<std::string> outputs() const override {
        return {"pressure_setpoint", "flow_setpoint", "supply_valve"};
    }
    void write(const std::string& role, const units::Quantity& v) override {
        if (role == "pressure_setpoint") inletMPa_ = units::siValue(v) / 1e6;
        if (role == "flow_setpoint") flowM3h_ = units::siValue(v) * 3600.0;
        if (role == "supply_valve") supply_ = units::siValue(v) >= 0.5;
    }
    units::Quantity read(const std::string& role) const override {
        if (role == "outlet_pressure") {
            const double drift = time_ > driftFromS ? driftKPaPerS * (time_ - driftFromS) : 0.0;
            const double noise =
                noiseSdKPa > 0.0 ? std::normal_distribution<double>(0.0, noiseSdKPa)(rng_) : 0.0;
            return units::kPa(outletKPa_ + zeroOffsetKPa + drift + noise);
        }
        if (role == "inlet_pressure") return units::MPa(inletMPa_);
        if (role == "pressure_setpoint") return units::MPa(inletMPa_);
        if (role == "flow_setpoint") return units::cubicMetresPerHour(flowM3h_);
        return supply_;
    }
    void advance(double dt) override {
        time_ += dt;
        if (flowM3h_ > tripM3h) tripped_ = true;
        if (flowM3h_ <= 0.0) tripped_ = false;
        const double target = (!supply_ || tripped_) ? 0.0 : steady(inletMPa_, flowM3h_);
        outletKPa_ += (target - outletKPa_) * (1.0 - std::exp(-dt / tau));
    }

private:
    double inletMPa_ = 0.0, flowM3h_ = 0.0, outletKPa_ = 0.0, time_ = 0.0;
    mutable std::mt19937_64 rng_{7};
    bool supply_ = false, tripped_ = false;
};

}  // namespace gasbench::testing
