#include "gasbench/sim/cooker_model.hpp"

#include <cmath>

namespace gasbench::sim {

CookerParams CookerParams::fromJson(const JsonFields& f) {
    f.allowOnly({"opening_time_s", "closing_time_s", "thermocouple_steady_mv", "hold_mv",
                 "drop_out_mv", "burner_flow_lph", "rated_pressure_kpa", "ionisation_ua",
                 "knob_follows_igniter"});
    CookerParams p;
    p.openingTime = units::seconds(f.number("opening_time_s"));
    p.closingTime = units::seconds(f.number("closing_time_s"));
    if (auto v = f.optNumber("thermocouple_steady_mv"))
        p.thermocoupleSteady = units::millivolts(*v);
    if (auto v = f.optNumber("hold_mv")) p.holdThreshold = units::millivolts(*v);
    if (auto v = f.optNumber("drop_out_mv")) p.dropOutThreshold = units::millivolts(*v);
    if (auto v = f.optNumber("burner_flow_lph")) p.burnerFlow = units::litresPerHour(*v);
    if (auto v = f.optNumber("rated_pressure_kpa")) p.ratedPressure = units::kPa(*v);
    if (auto v = f.optNumber("ionisation_ua")) p.ionisation = units::microamperes(*v);
    if (auto v = f.optBoolean("knob_follows_igniter")) p.knobFollowsIgniter = *v;
    if (!(p.openingTime.value() > 0.0))
        throw f.error("opening_time_s", "expected a time above 0 s");
    if (!(p.closingTime.value() > 0.0))
        throw f.error("closing_time_s", "expected a time above 0 s");
    if (!(p.holdThreshold < p.thermocoupleSteady)) {
        throw f.error("hold_mv", "expected a hold threshold below thermocouple_steady_mv");
    }
    if (!(p.dropOutThreshold.value() > 0.0 && p.dropOutThreshold < p.holdThreshold)) {
        throw f.error("drop_out_mv", "expected a drop-out threshold above 0 and below hold_mv");
    }
    if (!(p.burnerFlow.value() > 0.0)) throw f.error("burner_flow_lph", "expected a flow above 0");
    if (!(p.ratedPressure.value() > 0.0))
        throw f.error("rated_pressure_kpa", "expected a pressure above 0");
    return p;
}

CookerModel::CookerModel(CookerParams p) : p_(p) {
    double e = p_.thermocoupleSteady.value();
    tauHeat_ = p_.openingTime / std::log(e / (e - p_.holdThreshold.value()));
    tauCool_ = p_.closingTime / std::log(e / p_.dropOutThreshold.value());
}

void CookerModel::advance(units::Duration dt, const BenchOutputs& out) {
    if (out.supplyValve) {
        inlet_ = out.pressureSetpoint.value() > 0.0 ? out.pressureSetpoint : p_.ratedPressure;
    } else {
        inlet_ = units::kPa(0.0);
    }
    bool knob = knobHeld_ || out.knobHold || (p_.knobFollowsIgniter && out.igniter);
    bool gasAtBurner = inlet_.value() > 0.0 && (magnetHolding_ || knob);
    if (!gasAtBurner) lit_ = false;
    if (gasAtBurner && out.igniter) lit_ = true;

    // The thermocouple: exact first-order step, whatever dt is.
    double target = lit_ ? p_.thermocoupleSteady.value() * 1e3 : 0.0;
    double tau = (lit_ ? tauHeat_ : tauCool_).value();
    emfMv_ = target + (emfMv_ - target) * std::exp(-dt.value() / tau);
    if (emfMv_ >= p_.holdThreshold.value() * 1e3) magnetHolding_ = true;
    if (emfMv_ < p_.dropOutThreshold.value() * 1e3) magnetHolding_ = false;

    if (gasAtBurner) {
        flow_ = p_.burnerFlow * std::sqrt(inlet_.value() / p_.ratedPressure.value());
        burnerPressure_ = inlet_;
    } else {
        flow_ = units::litresPerHour(0.0);
        burnerPressure_ = units::kPa(0.0);
    }
    totalLitres_ += units::inLitresPerHour(flow_) * dt.value() / 3600.0;
}

void CookerModel::publish(Signals& s) const {
    s.set(kInletPressure, inlet_);
    s.set(kOutletPressure, burnerPressure_);
    s.set(kFlamePresent, lit_);
    s.set(kThermocouple, units::millivolts(emfMv_));
    s.set(kIonisation, lit_ ? p_.ionisation : units::microamperes(0.0));
    s.set(kFlow, flow_);
    s.set(kTotal, units::litres(totalLitres_));
}

}  // namespace gasbench::sim
