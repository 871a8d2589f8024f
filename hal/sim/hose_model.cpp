#include "gasbench/sim/hose_model.hpp"

#include <cmath>

namespace gasbench::sim {
namespace {

constexpr double kAtmospherePa = 101325.0;

// The pressure a tau gives as drop over the hold, starting at test pressure at isolation.
double dropFor(const HoseParams& p, double tau) {
    return p.testPressure.value() * std::exp(-p.stabiliseTime.value() / tau) *
           (1.0 - std::exp(-p.holdTime.value() / tau));
}

}  // namespace

HoseParams HoseParams::fromJson(const JsonFields& f) {
    f.allowOnly({"volume_l", "test_pressure_kpa", "stabilise_s", "hold_s", "pressure_drop_kpa",
                 "ambient_degc", "temperature_drift_k_per_min", "compression_heat_k_per_kpa"});
    HoseParams p;
    p.volume = units::litres(f.number("volume_l"));
    p.testPressure = units::kPa(f.number("test_pressure_kpa"));
    p.stabiliseTime = units::seconds(f.number("stabilise_s"));
    p.holdTime = units::seconds(f.number("hold_s"));
    p.pressureDrop = units::kPa(f.number("pressure_drop_kpa"));
    if (auto v = f.optNumber("ambient_degc")) p.ambientCelsius = *v;
    if (auto v = f.optNumber("temperature_drift_k_per_min")) p.temperatureDriftKPerMin = *v;
    if (auto v = f.optNumber("compression_heat_k_per_kpa")) p.compressionHeatKPerKPa = *v;
    if (!(p.volume.value() > 0.0)) throw f.error("volume_l", "expected a volume above 0");
    if (!(p.testPressure.value() > 0.0))
        throw f.error("test_pressure_kpa", "expected a pressure above 0");
    if (!(p.stabiliseTime.value() > 0.0)) throw f.error("stabilise_s", "expected a time above 0 s");
    if (!(p.holdTime.value() > 0.0)) throw f.error("hold_s", "expected a time above 0 s");
    if (!(p.pressureDrop.value() > 0.0))
        throw f.error("pressure_drop_kpa", "expected a drop above 0");
    // The largest drop any leak can give over this protocol (see leakTimeConstant).
    double s = p.stabiliseTime.value(), h = p.holdTime.value();
    double bestTau = -h / std::log(s / (s + h));
    if (p.pressureDrop.value() >= dropFor(p, bestTau)) {
        throw f.error("pressure_drop_kpa", "expected a drop below " +
                                               std::to_string(dropFor(p, bestTau) / 1e3) +
                                               " kPa, the most a leak can give over this hold");
    }
    return p;
}

units::Duration HoseParams::leakTimeConstant() const {
    // dropFor rises from 0 (tau -> 0) to a maximum and falls back to 0 (tau -> inf); a tight or
    // leaky hose is the slow side, found by bisection between the maximum and a huge tau.
    double s = stabiliseTime.value(), h = holdTime.value();
    double low = -h / std::log(s / (s + h));
    double high = 1e12;
    for (int i = 0; i < 200; ++i) {
        double mid = std::sqrt(low * high);
        if (dropFor(*this, mid) > pressureDrop.value()) {
            low = mid;
        } else {
            high = mid;
        }
    }
    return units::seconds(std::sqrt(low * high));
}

HoseModel::HoseModel(HoseParams p)
    : p_(p), tauLeak_(p_.leakTimeConstant()), tauStabilise_(p_.stabiliseTime / 8.0) {}

double HoseModel::gasKelvin() const {
    return p_.ambientCelsius + 273.15 + p_.temperatureDriftKPerMin * elapsedS_ / 60.0 +
           overTemperatureK_;
}

units::Pressure HoseModel::reported() const {
    // Held by the supply or open to the atmosphere, the reading is what holds it; trapped, the
    // gas's temperature moves it.
    if (open_) return units::Pa(pLeakPa_);
    return units::Pa((pLeakPa_ + kAtmospherePa) * gasKelvin() / kelvinAtIsolation_ - kAtmospherePa);
}

void HoseModel::advance(units::Duration dt, const BenchOutputs& out) {
    double t = dt.value();
    elapsedS_ += t;
    overTemperatureK_ *= std::exp(-t / tauStabilise_.value());
    supplyPa_ = out.supplyValve ? out.pressureSetpoint.value() : 0.0;
    bool connect = out.supplyValve && out.isolationValve && !out.ventValve;
    bool open = connect || out.ventValve;
    if (open_ && !open) {
        // Isolating: from here on the trapped gas's temperature moves the reading.
        kelvinAtIsolation_ = gasKelvin();
    }
    if (!open_ && open) pLeakPa_ = reported().value();
    connected_ = connect;
    open_ = open;

    if (out.ventValve) {
        pLeakPa_ *= std::exp(-t / 0.2);  // the vent empties the hose within a second
    } else if (connected_) {
        double before = pLeakPa_;
        pLeakPa_ = out.pressureSetpoint.value() +
                   (pLeakPa_ - out.pressureSetpoint.value()) * std::exp(-t / 0.5);
        if (pLeakPa_ > before)
            overTemperatureK_ += p_.compressionHeatKPerKPa * (pLeakPa_ - before) / 1e3;
    } else {
        pLeakPa_ *= std::exp(-t / tauLeak_.value());
    }
}

void HoseModel::publish(Signals& s) const {
    s.set(kOutletPressure, reported());
    s.set(kInletPressure, units::Pa(supplyPa_));  // the source side of the valves
    s.set(kTemperature, units::Temperature::from_value(gasKelvin()));
}

}  // namespace gasbench::sim
