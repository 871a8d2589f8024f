#include "gasbench/sim/regulator_model.hpp"

#include <algorithm>
#include <cmath>

namespace gasbench::sim {
namespace {

// Below this the flow-control valve counts as shut: the regulator locks up.
constexpr double kNoFlowLph = 1.0;

units::Pressure approach(units::Pressure from, units::Pressure to, units::Duration dt,
                         units::Duration tau) {
    return to + (from - to) * std::exp(-dt.value() / tau.value());
}

}  // namespace

RegulatorParams RegulatorParams::fromJson(const JsonFields& f) {
    f.allowOnly({"reference_outlet_kpa", "reference_inlet_mpa", "inlet_gain_kpa_per_mpa",
                 "droop_kpa_per_m3h", "lock_up_kpa", "over_flow_trip_lph", "adjustment_kpa",
                 "lag_s"});
    RegulatorParams p;
    p.referenceOutlet = units::kPa(f.number("reference_outlet_kpa"));
    if (auto v = f.optNumber("reference_inlet_mpa")) p.referenceInlet = units::MPa(*v);
    if (auto v = f.optNumber("inlet_gain_kpa_per_mpa")) p.inletGainKPaPerMPa = *v;
    if (auto v = f.optNumber("droop_kpa_per_m3h")) p.droopKPaPerCubicMetreHour = *v;
    p.lockUp = units::kPa(f.number("lock_up_kpa"));
    if (auto v = f.optNumber("over_flow_trip_lph")) p.overFlowTrip = units::litresPerHour(*v);
    if (auto v = f.optNumber("adjustment_kpa")) p.adjustment = units::kPa(*v);
    if (auto v = f.optNumber("lag_s")) p.lag = units::seconds(*v);
    if (!(p.referenceOutlet.value() > 0.0))
        throw f.error("reference_outlet_kpa", "expected a pressure above 0");
    if (!(p.lockUp.value() > 0.0)) throw f.error("lock_up_kpa", "expected a pressure above 0");
    if (!(p.overFlowTrip.value() > 0.0))
        throw f.error("over_flow_trip_lph", "expected a flow above 0");
    if (!(p.lag.value() > 0.0)) throw f.error("lag_s", "expected a time above 0 s");
    return p;
}

units::Pressure RegulatorParams::steadyOutlet(units::Pressure inlet, units::VolumeFlow flow) const {
    double kpa = units::inKPa(lockUp + adjustment);
    if (units::inLitresPerHour(flow) >= kNoFlowLph) {
        kpa = units::inKPa(referenceOutlet) +
              inletGainKPaPerMPa * (inlet.value() - referenceInlet.value()) / 1e6 -
              droopKPaPerCubicMetreHour * units::inLitresPerHour(flow) / 1000.0 +
              units::inKPa(adjustment);
    }
    // A regulator cannot give more than it gets.
    return units::kPa(std::clamp(kpa, 0.0, units::inKPa(inlet)));
}

void RegulatorModel::advance(units::Duration dt, const BenchOutputs& out) {
    units::Pressure source = out.supplyValve ? out.pressureSetpoint : units::kPa(0.0);
    inlet_ = approach(inlet_, source, dt, p_.lag);
    if (!out.supplyValve) tripped_ = false;  // the over-flow device resets when the supply closes
    units::VolumeFlow demand = out.flowSetpoint;
    if (units::inLitresPerHour(demand) < 0.0) demand = units::litresPerHour(0.0);
    if (demand > p_.overFlowTrip && inlet_.value() > 0.0) tripped_ = true;

    units::Pressure target = units::kPa(0.0);
    if (!tripped_ && out.supplyValve) target = p_.steadyOutlet(inlet_, demand);
    outlet_ = approach(outlet_, target, dt, p_.lag);
    flow_ = (tripped_ || !out.supplyValve || units::inKPa(outlet_) <= 0.0)
                ? units::litresPerHour(0.0)
                : demand;
    totalLitres_ += units::inLitresPerHour(flow_) * dt.value() / 3600.0;
}

void RegulatorModel::publish(Signals& s) const {
    s.set(kInletPressure, inlet_);
    s.set(kOutletPressure, outlet_);
    s.set(kFlow, flow_);
    s.set(kTotal, units::litres(totalLitres_));
}

}  // namespace gasbench::sim
