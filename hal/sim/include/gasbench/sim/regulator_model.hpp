#pragma once
// A bottled-LPG regulator. The bench's pressure controller sets its inlet (pressure_setpoint
// through the supply valve, 0.03-1.56 MPa) and the flow-control valve draws flow_setpoint from
// its outlet. The outlet is linear in inlet and flow, so its extremes over a test grid sit at
// the grid's corners:
//   outlet = reference + inletGain * (inlet - referenceInlet) - droop * flow + adjustment
// At zero flow the regulator locks up at lockUp + adjustment. Above the over-flow threshold the
// shut-off trips: outlet and flow drop to 0 until the supply is closed (reset). A tampered or
// adjustable unit carries a non-zero adjustment. Inlet and outlet follow with short lags.

#include "gasbench/core/json_fields.hpp"
#include "gasbench/sim/sample_model.hpp"

namespace gasbench::sim {

struct RegulatorParams {
    units::Pressure referenceOutlet = units::kPa(2.8);
    units::Pressure referenceInlet = units::MPa(0.3);
    double inletGainKPaPerMPa = 0.1;         // outlet rise per MPa of inlet
    double droopKPaPerCubicMetreHour = 0.3;  // outlet fall per m3/h of flow
    units::Pressure lockUp = units::kPa(3.2);
    units::VolumeFlow overFlowTrip = units::litresPerHour(1500.0);
    units::Pressure adjustment = units::kPa(0.0);
    units::Duration lag = units::seconds(0.3);

    static RegulatorParams fromJson(const JsonFields& f);
    // The steady outlet at a given inlet and flow (no trip, no lag): the truth's curve.
    units::Pressure steadyOutlet(units::Pressure inlet, units::VolumeFlow flow) const;
};

class RegulatorModel final : public SampleModel {
  public:
    explicit RegulatorModel(RegulatorParams p) : p_(p) {}

    std::string_view kind() const override { return "regulator"; }
    void advance(units::Duration dt, const BenchOutputs& outputs) override;
    void publish(Signals& board) const override;
    bool tripped() const { return tripped_; }

  private:
    RegulatorParams p_;
    units::Pressure inlet_ = units::kPa(0.0);
    units::Pressure outlet_ = units::kPa(0.0);
    units::VolumeFlow flow_ = units::litresPerHour(0.0);
    double totalLitres_ = 0.0;
    bool tripped_ = false;
};

}  // namespace gasbench::sim
