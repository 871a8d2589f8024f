#pragma once
// A gas hose under a pressure-decay test. While the supply and isolation valves are both open
// the bench's pressure controller holds it at pressure_setpoint; closing either isolates it.
// Isolated, the gauge pressure leaks away first-order (leak flow proportional to pressure,
// time constant volume / leak coefficient), and the gas temperature moves the reading:
//   p_reported = (p_leak + p_atm) * T_gas / T_at_isolation - p_atm
// T_gas = ambient + drift * t + the compression heat of filling, which decays within the
// stabilisation time. The leak coefficient is derived from the true pressure drop over the
// scenario's protocol (isolate, stabilise stabilise_s, hold hold_s, at test_pressure_kpa), so
// the temperature-corrected drop over the hold is the truth. The vent valve empties the hose.

#include "gasbench/core/json_fields.hpp"
#include "gasbench/sim/sample_model.hpp"

namespace gasbench::sim {

struct HoseParams {
    units::Volume volume = units::litres(0.5);
    units::Pressure testPressure = units::kPa(10.0);
    units::Duration stabiliseTime = units::seconds(30.0);
    units::Duration holdTime = units::seconds(120.0);
    units::Pressure pressureDrop = units::kPa(0.05);  // true leak drop over the hold
    double ambientCelsius = 20.0;
    double temperatureDriftKPerMin = 0.0;
    double compressionHeatKPerKPa = 0.05;  // gas overtemperature per kPa of filling

    static HoseParams fromJson(const JsonFields& f);
    // The leak's time constant that gives pressureDrop over the protocol (large-tau root).
    units::Duration leakTimeConstant() const;
};

class HoseModel final : public SampleModel {
  public:
    explicit HoseModel(HoseParams p);

    std::string_view kind() const override { return "hose"; }
    void advance(units::Duration dt, const BenchOutputs& outputs) override;
    void publish(Signals& board) const override;

    // Leak coefficient: leak flow per unit gauge pressure (m3/s per Pa).
    double leakCoefficient() const { return p_.volume.value() / tauLeak_.value(); }
    units::Duration leakTimeConstant() const { return tauLeak_; }

  private:
    double gasKelvin() const;
    units::Pressure reported() const;

    HoseParams p_;
    units::Duration tauLeak_;
    units::Duration tauStabilise_;
    double elapsedS_ = 0.0;
    double pLeakPa_ = 0.0;  // gauge pressure the leak acts on (at the isolation temperature)
    double overTemperatureK_ = 0.0;
    double supplyPa_ = 0.0;
    bool connected_ = false;  // to the supply
    bool open_ = false;       // to the supply or, through the vent, to the atmosphere
    double kelvinAtIsolation_ = 293.15;
};

}  // namespace gasbench::sim
