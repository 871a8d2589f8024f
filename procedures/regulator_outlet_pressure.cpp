// regulator-outlet-pressure: a bottled-LPG regulator's outlet pressure across its inlet and
// flow range, its lock-up pressure, the 50 kPa ceiling, the over-flow shut-off and the
// structural checklist (GB 35844-2018).
//
// With the line vented, the gauge transducers' zeros are read (zero_check.hpp). At each inlet
// pressure point (`pressure_setpoint`) the flow (`flow_setpoint`) steps through
// `flow_fractions` of `rated_flow`; at each point the outlet pressure is taken as the mean of a
// settle window (settle_window.hpp: `settle_time`, halves within `settle_band`, scatter within
// `settle_scatter`). Then the flow is stopped and the settled outlet pressure is one lock-up
// trial. Last, the flow is raised past rated to see the over-flow shut-off trip. The zeros are
// read again, and only then is anything judged: the lowest and highest settled outlet
// pressures against the band, the lock-up trials (worst case over the inlet points), every
// outlet reading seen against the 50 kPa ceiling and the trip — or, when a zero was off or
// moved, each without a value, naming the transducer.
#include <algorithm>
#include <map>
#include <optional>
#include <sstream>

#include "gasbench/procedures/checklist.hpp"
#include "gasbench/procedures/conditions.hpp"
#include "gasbench/procedures/registry.hpp"
#include "gasbench/procedures/settle_window.hpp"
#include "gasbench/procedures/step_context.hpp"
#include "gasbench/procedures/zero_check.hpp"

namespace gasbench::procedures {
namespace {

using units::Pressure;

struct Settle {
    SettleSpec spec;
    units::Duration timeout;
};

Settle settleOf(const StepContext& ctx) {
    Settle s;
    s.spec.time = ctx.parameter<units::Duration>("settle_time", units::seconds(5));
    s.spec.relativeChange = ctx.parameter<units::Fraction>("settle_band", units::percent(1)).value();
    s.spec.relativeScatter =
        ctx.parameter<units::Fraction>("settle_scatter", units::percent(2)).value();
    s.timeout = ctx.parameter<units::Duration>("settle_timeout", units::seconds(60));
    return s;
}

// The highest outlet pressure seen during the run, fed by every wait on the outlet.
struct Peak {
    std::optional<Pressure> value;
    void see(const Reading& r) {
        if (const auto* p = std::get_if<Pressure>(&r.value)) {
            if (!value || *p > *value) value = *p;
        }
    }
};

struct Point {
    Pressure inlet;
    units::VolumeFlow flow;
    std::optional<Settled> outlet;  // none: it did not settle
};

// What the run saw, held back until the closing zero check says whether it can be judged.
struct Seen {
    std::map<std::string, ZeroReading> zeroAtStart;
    std::vector<Point> sweep;
    std::vector<Point> lockUp;  // one per inlet point, at zero flow
    Peak peak;
    bool overFlowTested = false;
    std::optional<units::VolumeFlow> tripFlow;
    units::VolumeFlow overFlowMax;
};

std::optional<Settled> settledOutlet(StepContext& ctx, const Settle& s, Peak& peak) {
    SettleWindow window(s.spec, [&peak](const Reading& x) { peak.see(x); });
    if (!ctx.waitFor(role::outletPressure, window.condition(), s.timeout).met()) return std::nullopt;
    return window.settled();
}

std::string describe(const Point& p) {
    std::ostringstream o;
    o << "{\"inlet_MPa\": " << p.inlet.value() / 1e6
      << ", \"flow_m3h\": " << units::inLitresPerHour(p.flow) / 1000.0 << ", \"outlet_kPa\": ";
    if (p.outlet) {
        o << units::inKPa(std::get<Pressure>(p.outlet->mean))
          << ", \"scatter_kPa\": " << units::siValue(p.outlet->scatter) / 1000.0
          << ", \"independent_readings\": " << p.outlet->count;
    } else {
        o << "null";
    }
    o << "}";
    return o.str();
}

// The gauge-pressure transducers the run reads, with the zero each must hold.
std::vector<std::pair<std::string_view, units::Quantity>> gauges(const StepContext& ctx) {
    std::vector<std::pair<std::string_view, units::Quantity>> out;
    out.emplace_back(role::outletPressure,
                     ctx.parameter<Pressure>("outlet_zero_tolerance", units::kPa(0.05)));
    if (ctx.wired(role::inletPressure)) {
        out.emplace_back(role::inletPressure,
                         ctx.parameter<Pressure>("inlet_zero_tolerance", units::MPa(0.01)));
    }
    return out;
}

// Supply shut, setpoints to zero, the vent open where the bench has one: the line at
// atmosphere.
void vent(StepContext& ctx) {
    ctx.set(role::flowSetpoint, units::Quantity{units::cubicMetresPerHour(0)});
    ctx.set(role::pressureSetpoint, units::Quantity{units::kPa(0)});
    if (ctx.wired(role::supplyValve)) ctx.set(role::supplyValve, units::Quantity{false});
    if (ctx.wired(role::ventValve)) ctx.set(role::ventValve, units::Quantity{true});
}

std::map<std::string, ZeroReading> readZeros(StepContext& ctx, std::string_view when) {
    const Settle s = settleOf(ctx);
    vent(ctx);
    std::map<std::string, ZeroReading> zeros;
    for (const auto& [gauge, tolerance] : gauges(ctx)) {
        zeros.emplace(std::string(gauge),
                      readZero(ctx, gauge, tolerance, s.spec.time, s.timeout, when));
    }
    if (ctx.wired(role::ventValve)) ctx.set(role::ventValve, units::Quantity{false});
    return zeros;
}

std::string flowText(units::VolumeFlow f) {
    std::ostringstream o;
    o.setf(std::ios::fixed);
    o.precision(2);
    o << units::inLitresPerHour(f) / 1000.0 << " m3/h";
    return o.str();
}

void structure(StepContext& ctx) {
    ctx.checklist(checklistPrompt(ctx.profile(), "regulator-outlet-pressure.structure",
                                  "检查调压器结构与标志", "Inspect the regulator's structure and marking"));
}

void connect(StepContext& ctx) {
    ctx.ask(confirmPrompt("regulator-outlet-pressure.connect", "将调压器接入试验台",
                          "Connect the regulator to the bench"));
    ctx.set(role::flowSetpoint, units::Quantity{units::cubicMetresPerHour(0)});
}

void zeroAtStart(StepContext& ctx) { ctx.runState<Seen>().zeroAtStart = readZeros(ctx, "start"); }

void sweep(StepContext& ctx) {
    Seen& seen = ctx.runState<Seen>();
    const Settle s = settleOf(ctx);
    const auto inlets = ctx.parameterList<Pressure>("inlet_pressure_points");
    const auto rated = ctx.parameter<units::VolumeFlow>("rated_flow");
    const auto fractions = ctx.parameterList<units::Fraction>("flow_fractions");
    if (ctx.wired(role::supplyValve)) ctx.set(role::supplyValve, units::Quantity{true});
    for (const Pressure& inlet : inlets) {
        ctx.set(role::pressureSetpoint, units::Quantity{inlet});
        for (const units::Fraction& f : fractions) {
            const units::VolumeFlow flow = f.value() * rated;
            ctx.set(role::flowSetpoint, units::Quantity{flow});
            seen.sweep.push_back({inlet, flow, settledOutlet(ctx, s, seen.peak)});
            ctx.event("sweep-point", describe(seen.sweep.back()));
        }
        ctx.set(role::flowSetpoint, units::Quantity{units::cubicMetresPerHour(0)});
        seen.lockUp.push_back({inlet, units::cubicMetresPerHour(0), settledOutlet(ctx, s, seen.peak)});
        ctx.event("lock-up-point", describe(seen.lockUp.back()));
    }
}

// Raises the flow above rated in steps at the highest inlet point until the outlet collapses.
// The shut-off being there is the requirement; its trip flow is recorded, not judged (the
// thresholds are to confirm). No trip within the test range is inconclusive for the same reason.
void overFlow(StepContext& ctx) {
    if (!ctx.profile().findItem("over_flow_shut_off")) return;
    Seen& seen = ctx.runState<Seen>();
    const Settle s = settleOf(ctx);
    const auto inlets = ctx.parameterList<Pressure>("inlet_pressure_points");
    const auto rated = ctx.parameter<units::VolumeFlow>("rated_flow");
    const auto maxFlow = ctx.parameter<units::VolumeFlow>("over_flow_test_flow_max");
    const int steps = ctx.count("over_flow_steps", 10);
    const auto tripBelow = ctx.parameter<Pressure>("over_flow_trip_below", units::kPa(0.5));
    ctx.set(role::pressureSetpoint, units::Quantity{*std::max_element(inlets.begin(), inlets.end())});
    std::optional<units::VolumeFlow> tripFlow;
    for (int i = 1; i <= steps && !tripFlow; ++i) {
        const units::VolumeFlow flow = rated + (maxFlow - rated) * (static_cast<double>(i) / steps);
        ctx.set(role::flowSetpoint, units::Quantity{flow});
        if (ctx.waitFor(role::outletPressure, below(units::Quantity{tripBelow}), s.spec.time).met()) {
            tripFlow = flow;
        }
    }
    ctx.set(role::flowSetpoint, units::Quantity{units::cubicMetresPerHour(0)});
    seen.overFlowTested = true;
    seen.tripFlow = tripFlow;
    seen.overFlowMax = maxFlow;
    if (tripFlow) ctx.event("over-flow-trip", "tripped at " + flowText(*tripFlow));
}

// The zeros again; then every item is judged, or left without a value when a zero failed.
void judge(StepContext& ctx) {
    Seen& seen = ctx.runState<Seen>();
    const auto atEnd = readZeros(ctx, "end");
    std::string zeroNote;
    for (const auto& [gauge, start] : seen.zeroAtStart) {
        if (zeroNote.empty()) zeroNote = zeroProblem(start, atEnd.at(gauge));
    }
    auto held = [&](const std::string& item, const std::optional<Settled>& v, std::optional<int> trial,
                    const std::string& note) {
        if (!zeroNote.empty()) return ctx.measure(item, std::nullopt, trial, zeroNote);
        if (!v) return ctx.measure(item, std::nullopt, trial, note);
        return ctx.measure(item, v->mean, trial, note, v->standardError());
    };
    for (std::size_t i = 0; i < seen.lockUp.size(); ++i) {
        const Point& p = seen.lockUp[i];
        held("lock_up_pressure", p.outlet, static_cast<int>(i) + 1,
             p.outlet ? "at inlet " + describe(p) : "outlet did not settle at zero flow");
    }
    // A point that never settled leaves the band unproven.
    std::string unsettled;
    const Point* lowest = nullptr;
    const Point* highest = nullptr;
    auto outletOf = [](const Point* p) { return units::siValue(p->outlet->mean); };
    for (const Point& p : seen.sweep) {
        if (!p.outlet) {
            unsettled += describe(p) + " ";
            continue;
        }
        if (!lowest || outletOf(&p) < outletOf(lowest)) lowest = &p;
        if (!highest || outletOf(&p) > outletOf(highest)) highest = &p;
    }
    const std::string note = unsettled.empty() ? "" : "did not settle: " + unsettled;
    const bool whole = unsettled.empty() && lowest;
    held("outlet_pressure_min", whole ? lowest->outlet : std::nullopt, std::nullopt,
         whole ? "at " + describe(*lowest) : note);
    held("outlet_pressure_max", whole ? highest->outlet : std::nullopt, std::nullopt,
         whole ? "at " + describe(*highest) : note);
    if (!zeroNote.empty() || !seen.peak.value) {
        ctx.measure("peak_outlet_pressure", std::nullopt, std::nullopt, zeroNote);
    } else {
        ctx.measure("peak_outlet_pressure", units::Quantity{*seen.peak.value});
    }
    if (!seen.overFlowTested) return;
    if (!zeroNote.empty()) {
        ctx.measure("over_flow_shut_off", std::nullopt, std::nullopt, zeroNote);
    } else if (seen.tripFlow) {
        ctx.measure("over_flow_shut_off", units::Quantity{true}, std::nullopt,
                    "tripped at " + flowText(*seen.tripFlow));
    } else {
        ctx.measure("over_flow_shut_off", std::nullopt, std::nullopt,
                    "no trip up to " + flowText(seen.overFlowMax) + " (over_flow_test_flow_max, to confirm)");
    }
}

void teardown(StepContext& ctx) {
    ctx.set(role::flowSetpoint, units::Quantity{units::cubicMetresPerHour(0)});
    ctx.set(role::pressureSetpoint, units::Quantity{units::kPa(0)});
    if (ctx.wired(role::supplyValve)) ctx.set(role::supplyValve, units::Quantity{false});
}

}  // namespace

ProcedureDefinition regulatorOutletPressureProcedure() {
    ProcedureDefinition d;
    d.id = "regulator-outlet-pressure";
    d.titleZh = "调压器出口压力、关闭压力与结构";
    d.titleEn = "Regulator outlet pressure, lock-up pressure and structure";
    d.categories = {"lpg-regulator"};
    d.profiles = {"gb-35844-2018-household", "gb-35844-2018-commercial",
                  "gb-35844-2018-commercial-5kpa"};
    d.roles = {{std::string(role::pressureSetpoint), true},
               {std::string(role::flowSetpoint), true},
               {std::string(role::outletPressure), true},
               {std::string(role::inletPressure), false},
               {std::string(role::supplyValve), false},
               {std::string(role::ventValve), false}};
    d.items = {"outlet_pressure_min", "outlet_pressure_max", "lock_up_pressure",
               "peak_outlet_pressure", "over_flow_shut_off"};
    d.steps = {{"structure checklist", structure},
               {"connect", connect},
               {"zero check", zeroAtStart},
               {"outlet pressure sweep", sweep},
               {"over-flow shut-off", overFlow},
               {"zero check and judgement", judge}};
    d.teardown = teardown;
    return d;
}

}  // namespace gasbench::procedures
