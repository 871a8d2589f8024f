// hose-leakage: pressure-decay airtightness of a gas hose and its marking checklist (GB 29993,
// GB 41317; figures from the profile, the laboratory method where the standard has none).
//
// The hose is pressurized through the supply valve (to `test_pressure`, with the pressure
// controller when one is wired), isolated, left to stabilise, and held; the drop is the pressure
// at the start of the hold minus the pressure at its end, both from fresh readings of
// `test_pressure`. Where a `temperature` role is wired the end pressure is brought back to the
// starting temperature by the gas law on absolute pressure: drop + p_end,abs · (T_end − T_start)
// / T_end. Where the bench can vent the line, the transducer's zero is read before pressurizing
// and after venting again (zero_check.hpp): a drifting zero looks like a leak, so a moved zero
// leaves the drop without a value, naming the transducer.
#include <optional>
#include <sstream>

#include "gasbench/procedures/checklist.hpp"
#include "gasbench/procedures/conditions.hpp"
#include "gasbench/procedures/registry.hpp"
#include "gasbench/procedures/step_context.hpp"
#include "gasbench/procedures/zero_check.hpp"

namespace gasbench::procedures {
namespace {

using units::Pressure;

const units::Duration kFreshReadingTimeout = units::seconds(10);

// A reading taken after now: the value at this moment, not a cached one.
Reading freshReading(StepContext& ctx, std::string_view role) {
    const WaitResult r = ctx.waitFor(role, anyReading(), kFreshReadingTimeout);
    if (!r.met()) {
        throw RunInterrupted(RunState::aborted, "no reading of '" + std::string(role) + "'");
    }
    return *r.reading;
}

template <class Q>
Q freshValue(StepContext& ctx, std::string_view role, Nanos* stamp = nullptr) {
    const Reading r = freshReading(ctx, role);
    const Q* q = std::get_if<Q>(&r.value);
    if (!q) {
        throw RunInterrupted(RunState::failedToRun,
                             "role '" + std::string(role) + "' has the wrong dimension");
    }
    if (stamp) *stamp = r.stamp;
    return *q;
}

void marking(StepContext& ctx) {
    ctx.checklist(checklistPrompt(ctx.profile(), "hose-leakage.marking", "检查软管标志",
                                  "Inspect the hose's marking"));
    Prompt life;
    life.id = "hose-leakage.service-life";
    life.kind = PromptKind::value;
    life.instructionZh = "输入软管标注的使用年限";
    life.instructionEn = "Enter the service life marked on the hose";
    life.valueDimension = units::Dimension::duration;
    life.valueUnit = "a";
    life.skippable = true;  // no service life marked: the item stays unmeasured
    const PromptAnswer a = ctx.ask(life);
    ctx.measure("service_life", a.outcome == PromptOutcome::answered ? a.value : std::nullopt,
                std::nullopt, a.outcome == PromptOutcome::answered ? "" : "no service life marked");
}

void connect(StepContext& ctx) {
    ctx.ask(confirmPrompt("hose-leakage.connect", "将软管接入试验台并封堵末端",
                          "Connect the hose to the bench and plug its far end"));
}

// The test transducer's zero with the hose vented; none when the bench has no vent valve (the
// event log says so).
std::optional<ZeroReading> ventedZero(StepContext& ctx, std::string_view when) {
    ctx.set(role::supplyValve, units::Quantity{false});
    if (!ctx.wired(role::ventValve)) {
        ctx.event("zero-check", std::string(when) + " " + std::string(role::testPressure) +
                                    ": not checked, the bench has no vent valve");
        return std::nullopt;
    }
    ctx.set(role::ventValve, units::Quantity{true});
    return readZero(ctx, role::testPressure,
                    units::Quantity{ctx.parameter<Pressure>("zero_tolerance", units::kPa(0.03))},
                    ctx.parameter<units::Duration>("zero_settle_time", units::seconds(5)),
                    ctx.parameter<units::Duration>("zero_timeout", units::seconds(60)), when);
}

void pressureDecay(StepContext& ctx) {
    const ProfileParameter* testPressure = ctx.profile().findParameter("test_pressure");
    if (!testPressure) {
        ctx.measure("pressure_drop", std::nullopt, std::nullopt,
                    "the profile gives no test pressure: not tested");
        return;
    }
    const auto target = ctx.parameter<Pressure>("test_pressure");
    const auto reachBand = ctx.parameter<units::Fraction>("pressurize_tolerance", units::percent(2));
    const auto pressurizeTimeout = ctx.parameter<units::Duration>("pressurize_timeout");
    const auto stabilise = ctx.parameter<units::Duration>("stabilise_time");
    const auto hold = ctx.parameter<units::Duration>("hold_time");
    const auto atmosphere = ctx.parameter<Pressure>("atmospheric_pressure", units::kPa(101.325));

    const std::optional<ZeroReading> zeroAtStart = ventedZero(ctx, "start");
    if (ctx.wired(role::ventValve)) ctx.set(role::ventValve, units::Quantity{false});
    if (ctx.wired(role::pressureSetpoint)) ctx.set(role::pressureSetpoint, units::Quantity{target});
    if (ctx.wired(role::isolationValve)) ctx.set(role::isolationValve, units::Quantity{true});
    ctx.set(role::supplyValve, units::Quantity{true});
    const Pressure reach = target * (1.0 - reachBand.value());
    if (!ctx.waitFor(role::testPressure, atLeast(units::Quantity{reach}), pressurizeTimeout).met()) {
        ctx.set(role::supplyValve, units::Quantity{false});
        // A hose that cannot even be brought to pressure leaks grossly; but the bench might not
        // deliver it either, so the drop is not measured rather than guessed.
        ctx.measure("pressure_drop", std::nullopt, std::nullopt,
                    "test pressure not reached within pressurize_timeout");
        return;
    }
    // Isolate: the valve next to the sample when there is one, else the supply.
    if (ctx.wired(role::isolationValve)) {
        ctx.set(role::isolationValve, units::Quantity{false});
    } else {
        ctx.set(role::supplyValve, units::Quantity{false});
    }
    ctx.pause(stabilise, "stabilise");
    const bool corrected = ctx.wired(role::temperature);
    Nanos startStamp = 0;
    Nanos endStamp = 0;
    const Pressure start = freshValue<Pressure>(ctx, role::testPressure, &startStamp);
    const units::Temperature tStart = corrected
                                          ? freshValue<units::Temperature>(ctx, role::temperature)
                                          : units::celsius(20);
    ctx.pause(hold, "hold");
    const Pressure end = freshValue<Pressure>(ctx, role::testPressure, &endStamp);
    const units::Temperature tEnd = corrected
                                        ? freshValue<units::Temperature>(ctx, role::temperature)
                                        : tStart;
    Pressure drop = start - end;
    std::ostringstream note;
    note << "hold " << static_cast<double>(endStamp - startStamp) * 1e-9 << " s, from "
         << units::inKPa(start) << " kPa to " << units::inKPa(end) << " kPa";
    if (corrected) {
        drop = drop + (end + atmosphere) * ((tEnd - tStart) / tEnd);
        note << "; corrected for " << (tEnd - tStart).value() << " K (raw drop "
             << units::inKPa(start - end) << " kPa)";
    }
    const std::optional<ZeroReading> zeroAtEnd = ventedZero(ctx, "end");
    const std::string zeroNote = zeroAtStart && zeroAtEnd ? zeroProblem(*zeroAtStart, *zeroAtEnd) : "";
    if (!zeroNote.empty()) {
        ctx.measure("pressure_drop", std::nullopt, std::nullopt, zeroNote + "; " + note.str());
        return;
    }
    ctx.measure("pressure_drop", units::Quantity{drop}, std::nullopt, note.str());
}

void teardown(StepContext& ctx) {
    ctx.set(role::supplyValve, units::Quantity{false});
    if (ctx.wired(role::pressureSetpoint)) ctx.set(role::pressureSetpoint, units::Quantity{units::kPa(0)});
    if (ctx.wired(role::ventValve)) ctx.set(role::ventValve, units::Quantity{true});
}

}  // namespace

ProcedureDefinition hoseLeakageProcedure() {
    ProcedureDefinition d;
    d.id = "hose-leakage";
    d.titleZh = "燃气软管气密性与标志";
    d.titleEn = "Gas hose airtightness and marking";
    d.categories = {"gas-hose"};
    d.profiles = {"lab-hose-airtightness-v1", "gb-29993-2013", "metal-hose-gb-41317-2024"};
    d.roles = {{std::string(role::supplyValve), true},     {std::string(role::testPressure), true},
               {std::string(role::isolationValve), false}, {std::string(role::ventValve), false},
               {std::string(role::temperature), false},    {std::string(role::pressureSetpoint), false}};
    d.items = {"pressure_drop", "service_life"};
    d.steps = {{"marking checklist", marking},
               {"connect", connect},
               {"pressure decay", pressureDecay}};
    d.teardown = teardown;
    return d;
}

}  // namespace gasbench::procedures
