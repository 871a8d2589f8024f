#pragma once
// A scenario (fixtures/scenarios/*.json): the sample under test with its model parameters, the
// faults to inject, technician events, and the ground truth a procedure must recover:
//   {"id", "description", "model": {"kind": "cooker"|"regulator"|"hose"|"lpg", "parameters":
//   {...}},
//    "events": [{"at_s", "kind": "blow_out"|"knob_held"|"knob_released"}], "faults": [...],
//    "truth": {"procedure", "verdict": "pass"|"fail"|"inconclusive",
//              "measurements": {ITEM: {"value", "unit", "tolerance", "within_uncertainty"}
//                                   | {"inconclusive_because"}}}}
// A measurement `within_uncertainty` must also lie within its own stated U of the true value
// (and U within the tolerance); one `inconclusive_because` must have no value and a note that
// says so.

#include <memory>
#include <string>
#include <variant>
#include <vector>

#include "gasbench/core/clock.hpp"
#include "gasbench/core/verdict.hpp"
#include "gasbench/sim/cooker_model.hpp"
#include "gasbench/sim/fault.hpp"
#include "gasbench/sim/hose_model.hpp"
#include "gasbench/sim/lpg_sample_model.hpp"
#include "gasbench/sim/regulator_model.hpp"

namespace gasbench::sim {

struct TruthMeasurement {
    std::string item;  // "closing_time", "outlet_pressure_max", "dme_fraction"
    units::Quantity value{false};
    units::Quantity tolerance{false};  // same dimension as value
    units::UnitSpec unit;              // as written in the file, for showing it
    bool withinUncertainty = false;
    std::string inconclusiveBecause;   // set: no value expected, a note containing this
};

struct Truth {
    std::string
        procedure;  // "flame-failure", "regulator-outlet-pressure", "hose-leakage", "lpg-dme"
    Verdict verdict = Verdict::fail;
    std::vector<TruthMeasurement> measurements;

    const TruthMeasurement* find(const std::string& item) const;
};

enum class TechnicianAction { blowOut, knobHeld, knobReleased };

struct TechnicianEvent {
    Nanos at = 0;  // bench time since the simulation started
    TechnicianAction action = TechnicianAction::blowOut;
};

using ModelParams = std::variant<CookerParams, RegulatorParams, HoseParams, LpgParams>;

struct Scenario {
    std::string file;
    std::string id;
    std::string description;
    ModelParams model;
    std::vector<TechnicianEvent> events;
    std::vector<Fault> faults;
    Truth truth;
};

// Reads and checks a scenario; a bad file is refused with a ConfigError (file, field, expected).
Scenario loadScenario(const std::string& path);
Scenario parseScenario(const QByteArray& bytes, const std::string& file);

std::unique_ptr<SampleModel> makeModel(const ModelParams& params);

}  // namespace gasbench::sim
