#pragma once
// A cooker with a thermoelectric flame-failure device, as a first-order thermocouple: while the
// flame burns its EMF rises toward emfMax with time constant tauHeat, otherwise it falls with
// tauCool; the magnet holds the valve open (it cannot pull it open) while the EMF is at least
// holdEmf. The knob opens the valve by hand. Truth: opening time = tauHeat ln(emfMax / (emfMax -
// holdEmf)) from a cold start; closing time = tauCool ln(e0 / holdEmf) from a flame-out at e0.

#include <cmath>

#include "memory_bench.hpp"

namespace gasbench::testing {

class CookerPlant final : public Plant {
public:
    double emfMax = 20.0;  // mV
    double holdEmf = 12.0;
    double dropEmf = 12.0;  // the magnet lets go below this (hysteresis when below holdEmf)
    double tauHeat = 4.0;  // s
    double tauCool = 15.0;
    double flowLh = 150.0;  // L/h through the open valve

    // From a thermocouple at startEmf (an opening trial starts once it cooled below the
    // profile's cool_signal_below).
    double openingTruth(double startEmf = 0.0) const {
        return tauHeat * std::log((emfMax - startEmf) / (emfMax - holdEmf));
    }
    double closingTruthWarm() const { return tauCool * std::log(emfMax / dropEmf); }
    // A device with the given true times, as the simulator's cooker scenarios state them.
    void setTruth(double opening, double closing) {
        tauHeat = opening / std::log(emfMax / (emfMax - holdEmf));
        tauCool = closing / std::log(emfMax / dropEmf);
    }

    std::vector<std::string> inputs() const override { return {"flame", "flame_signal", "gas_flow"}; }
    std::vector<std::string> outputs() const override {
        return {"supply_valve", "igniter", "knob_hold"};
    }
    void write(const std::string& role, const units::Quantity& v) override {
        const bool on = units::siValue(v) >= 0.5;
        if (role == "supply_valve") supply_ = on;
        if (role == "igniter") igniter_ = on;
        if (role == "knob_hold") knob_ = on;
    }
    units::Quantity read(const std::string& role) const override {
        if (role == "flame") return flame_;
        if (role == "flame_signal") return units::millivolts(emf_);
        if (role == "gas_flow") return units::litresPerHour(flowing() ? flowLh : 0.0);
        if (role == "supply_valve") return supply_;
        if (role == "igniter") return igniter_;
        return knob_;
    }
    void advance(double dt) override {
        const double target = flame_ ? emfMax : 0.0;
        const double tau = flame_ ? tauHeat : tauCool;
        emf_ += (target - emf_) * (1.0 - std::exp(-dt / tau));
        if (emf_ >= holdEmf) held_ = true;
        if (emf_ < dropEmf) held_ = false;
        deviceOpen_ = knob_ || held_;
        if (!flowing()) {
            flame_ = false;
        } else if (igniter_) {
            flame_ = true;
        }
    }

private:
    bool flowing() const { return supply_ && deviceOpen_; }

    bool supply_ = false, igniter_ = false, knob_ = false;
    bool deviceOpen_ = false, flame_ = false, held_ = false;
    double emf_ = 0.0;
};

}  // namespace gasbench::testing
