#pragma once
// A household cooker burner with a thermoelectric flame-failure device. The thermocouple's EMF
// follows the flame as a first-order lag; the magnet valve holds once the EMF passes the hold
// threshold and lets go when it falls below the drop-out threshold. The heating and cooling
// time constants are derived from the true opening and closing times, so the truth is exact:
//   opening = tauHeat * ln(E / (E - Ehold))   (from ignition, cold thermocouple)
//   closing = tauCool * ln(E / Edrop)         (from flame-out, burner run warm: >= 5 tauHeat)
// Gas reaches the burner while the supply is open and the magnet holds, or the knob is held.
// The knob is held by the knob actuator (the outputs' knob_hold coil), by the technician
// (setKnobHeld, the control unit) and, when knobFollowsIgniter, whenever the igniter is on.

#include "gasbench/core/json_fields.hpp"
#include "gasbench/sim/sample_model.hpp"

namespace gasbench::sim {

struct CookerParams {
    units::Duration openingTime = units::seconds(6.0);
    units::Duration closingTime = units::seconds(42.0);
    units::Voltage thermocoupleSteady = units::millivolts(15.0);  // EMF of the warm burner
    units::Voltage holdThreshold = units::millivolts(12.0);       // magnet holds at or above
    units::Voltage dropOutThreshold = units::millivolts(4.0);     // magnet lets go below
    units::VolumeFlow burnerFlow = units::litresPerHour(160.0);   // at the rated pressure
    units::Pressure ratedPressure = units::kPa(2.8);  // used when no pressure set-point is written
    units::Current ionisation = units::microamperes(6.0);
    bool knobFollowsIgniter = false;

    // Reads the "model.parameters" object of a cooker scenario; refuses inconsistent thresholds.
    static CookerParams fromJson(const JsonFields& f);
};

class CookerModel final : public SampleModel {
  public:
    explicit CookerModel(CookerParams p);

    std::string_view kind() const override { return "cooker"; }
    void advance(units::Duration dt, const BenchOutputs& outputs) override;
    void publish(Signals& board) const override;
    void setKnobHeld(bool held) override { knobHeld_ = held; }
    void blowOut() override { lit_ = false; }

    units::Duration heatingTimeConstant() const { return tauHeat_; }
    units::Duration coolingTimeConstant() const { return tauCool_; }
    bool magnetHolding() const { return magnetHolding_; }
    bool flameLit() const { return lit_; }

  private:
    CookerParams p_;
    units::Duration tauHeat_;
    units::Duration tauCool_;
    double emfMv_ = 0.0;
    bool lit_ = false;
    bool magnetHolding_ = false;
    bool knobHeld_ = false;
    units::Pressure inlet_ = units::kPa(0.0);
    units::Pressure burnerPressure_ = units::kPa(0.0);
    units::VolumeFlow flow_ = units::litresPerHour(0.0);
    double totalLitres_ = 0.0;
};

}  // namespace gasbench::sim
