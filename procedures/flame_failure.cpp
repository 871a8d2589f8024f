// flame-failure: opening and closing time of a cooker's flame-failure device (GB 16410).
//
// Opening time: the knob is pressed (the `knob_hold` actuator, or the technician), the burner
// lit with the igniter kept sparking, and the knob released every `release_interval` after the
// flame was first seen. A release the device cannot hold lets the valve spring shut: the gas
// flow drops within `release_window`, the knob is pressed again and the igniter relights. The
// first release after which the flow persists is when the device holds; the opening time is the
// midpoint between it and the last release that failed, measured from the stamp of the first
// flame reading, less the time the flame was out after failed releases (from the stamps of the
// flow-stopped and flame-back readings); resolution: half the release interval.
// Closing time: on a warm burner held open by the device, the supply valve is closed for
// `flame_out_pulse` to put the flame out and opened again; the closing time runs from the stamp
// of the first flame-off reading to the stamp of the first gas-flow reading below
// `flow_stopped_below`.
// Every one of those stamps is only as good as the readings around it: where flame or flow
// went unread for longer than `max_reading_gap` (an instrument busy, a link outage) the event
// cannot be placed, and the trial is recorded without a value (inconclusive) naming the gap.
#include <optional>

#include "gasbench/procedures/checklist.hpp"
#include "gasbench/procedures/conditions.hpp"
#include "gasbench/procedures/registry.hpp"
#include "gasbench/procedures/step_context.hpp"

namespace gasbench::procedures {
namespace {

using units::Duration;

struct Settings {
    int trials = 3;
    Duration ignitionTimeout, releaseInterval, releaseWindow, maxHold, flameOutPulse,
        flowResumeTimeout, closingTimeout, coolDownTimeout, warmUp, rewarm, pollPeriod,
        maxReadingGap;
    units::VolumeFlow flowStopped;
    units::Voltage coolSignal;
};

Settings settingsOf(const StepContext& ctx) {
    Settings s;
    s.trials = ctx.count("trials", 3);
    s.ignitionTimeout = ctx.parameter<Duration>("ignition_timeout", units::seconds(10));
    s.releaseInterval = ctx.parameter<Duration>("release_interval", units::seconds(0.25));
    s.releaseWindow = ctx.parameter<Duration>("release_window", units::seconds(0.2));
    s.maxHold = ctx.parameter<Duration>("max_hold_time", units::seconds(30));
    s.flameOutPulse = ctx.parameter<Duration>("flame_out_pulse", units::seconds(0.5));
    s.flowResumeTimeout = ctx.parameter<Duration>("flow_resume_timeout", units::seconds(2));
    s.closingTimeout = ctx.parameter<Duration>("closing_timeout", units::seconds(180));
    s.coolDownTimeout = ctx.parameter<Duration>("cool_down_timeout", units::seconds(900));
    s.warmUp = ctx.parameter<Duration>("warm_up_time", units::seconds(900));
    s.rewarm = ctx.parameter<Duration>("rewarm_time", units::seconds(120));
    s.pollPeriod = ctx.parameter<Duration>("poll_period", units::milliseconds(10));
    s.maxReadingGap = ctx.parameter<Duration>("max_reading_gap", units::seconds(1));
    s.flowStopped = ctx.parameter<units::VolumeFlow>("flow_stopped_below", units::litresPerHour(1));
    s.coolSignal = ctx.parameter<units::Voltage>("cool_signal_below", units::millivolts(2));
    return s;
}

double secondsBetween(Nanos from, Nanos to) { return static_cast<double>(to - from) * 1e-9; }

// Presses or releases the knob: through the actuator when wired, else by asking the technician.
Nanos setKnob(StepContext& ctx, bool pressed) {
    if (ctx.wired(role::knobHold)) return ctx.set(role::knobHold, units::Quantity{pressed});
    if (pressed) {
        ctx.ask(confirmPrompt("flame-failure.press-knob", "按下并按住旋钮", "Press and hold the knob"));
    } else {
        ctx.ask(confirmPrompt("flame-failure.release-knob", "松开旋钮", "Release the knob"));
    }
    return ctx.now();
}

void pauseUntil(StepContext& ctx, Nanos until) {
    const Nanos left = until - ctx.now();
    if (left > 0) ctx.pause(toDuration(left));
}

struct Ignition {
    Nanos firstFlame = 0;               // stamp of the first flame reading
    std::optional<Nanos> held;          // the release after which the device held the valve
    std::optional<Nanos> lastFailedRelease;
    Nanos dark = 0;                     // time without flame after failed releases
    std::string problem;                // why it did not hold
    std::string unresolved;             // a gap in the readings: the opening time is unknown
};

// Notes the first gap in the readings that leaves the ignition unresolved; true when there is.
bool unresolved(Ignition& ign, std::string_view role, const WaitResult& r, const Settings& s) {
    if (ign.unresolved.empty()) ign.unresolved = StepContext::readingGap(role, r, s.maxReadingGap);
    return !ign.unresolved.empty();
}

// Lights the burner with the knob pressed and releases the knob at intervals until the device
// holds the valve open by itself (see the file comment). Leaves the burner lit when it held,
// and the supply shut otherwise.
Ignition igniteAndHold(StepContext& ctx, const Settings& s) {
    Ignition out;
    ctx.ask(confirmPrompt("flame-failure.hold-knob", "按下并按住旋钮，准备点火",
                          "Press and hold the knob for ignition"));
    if (ctx.wired(role::knobHold)) ctx.set(role::knobHold, units::Quantity{true});
    const Nanos opened = ctx.set(role::supplyValve, units::Quantity{true});
    ctx.set(role::igniter, units::Quantity{true});
    const WaitResult lit = ctx.waitFor(role::flame, isTrue(), s.ignitionTimeout, opened);
    if (unresolved(out, role::flame, lit, s)) {
        out.problem = "ignition not seen";
    } else if (!lit.met()) {
        out.problem = "no flame within the ignition timeout";
    } else {
        out.firstFlame = lit.reading->stamp;
        const Nanos interval = toNanos(s.releaseInterval);
        for (Nanos next = out.firstFlame + interval; next - out.firstFlame <= toNanos(s.maxHold);
             next += interval) {
            if (next < ctx.now()) continue;  // a slow relight skipped this release
            pauseUntil(ctx, next);
            const Nanos released = setKnob(ctx, false);
            const WaitResult shut =
                ctx.waitFor(role::gasFlow, below(units::Quantity{s.flowStopped}), s.releaseWindow,
                            released);
            if (unresolved(out, role::gasFlow, shut, s)) break;
            if (!shut.met()) {
                out.held = released;
                break;
            }
            out.lastFailedRelease = released;
            const Nanos pressed = setKnob(ctx, true);
            const WaitResult relit = ctx.waitFor(role::flame, isTrue(), s.ignitionTimeout, pressed);
            if (unresolved(out, role::flame, relit, s)) break;
            if (!relit.met()) {
                out.problem = "no flame after pressing the knob again";
                break;
            }
            // The thermocouple did not heat while the flame was out: that time is the method's,
            // not the device's.
            out.dark += relit.reading->stamp - shut.reading->stamp;
        }
        if (!out.held && out.problem.empty() && out.unresolved.empty()) {
            out.problem = "the device did not hold";
        }
    }
    ctx.set(role::igniter, units::Quantity{false});
    if (!out.held) {
        setKnob(ctx, false);
        ctx.set(role::supplyValve, units::Quantity{false});
    }
    return out;
}

// Lights the burner for a closing-time trial the way a technician does: knob pressed, igniter
// until the flame shows, the knob kept pressed for `max_hold_time` (longer than any device
// should need to hold), then released once. No opening time is measured here, so there are no
// repeated releases whose dark moments would cool the thermocouple. Leaves the burner lit and
// held by the device, or the supply shut with the problem said.
Ignition lightForClosingTrial(StepContext& ctx, const Settings& s) {
    Ignition out;
    setKnob(ctx, true);
    const Nanos opened = ctx.set(role::supplyValve, units::Quantity{true});
    ctx.set(role::igniter, units::Quantity{true});
    const WaitResult lit = ctx.waitFor(role::flame, isTrue(), s.ignitionTimeout, opened);
    ctx.set(role::igniter, units::Quantity{false});
    if (!lit.met()) {
        out.problem = "no flame within the ignition timeout";
    } else {
        out.firstFlame = lit.reading->stamp;
        pauseUntil(ctx, out.firstFlame + toNanos(s.maxHold));
        const Nanos released = setKnob(ctx, false);
        const WaitResult shut = ctx.waitFor(role::gasFlow, below(units::Quantity{s.flowStopped}),
                                            s.releaseWindow, released);
        if (shut.met()) {
            out.problem = "the device did not hold after " +
                          std::to_string(units::inSeconds(s.maxHold)) + " s with the knob pressed";
        } else {
            out.held = released;
        }
    }
    if (!out.held) {
        setKnob(ctx, false);
        ctx.set(role::supplyValve, units::Quantity{false});
    }
    return out;
}

void prepare(StepContext& ctx) {
    if (ctx.wired(role::pressureSetpoint)) {
        if (const ProfileParameter* p = ctx.profile().findParameter("supply_pressure")) {
            ctx.set(role::pressureSetpoint, p->values.front());
        }
    }
    ctx.ask(confirmPrompt("flame-failure.connect", "连接灶具并将燃烧器置于冷态",
                          "Connect the cooker; the burner must be cold"));
}

void openingTrials(StepContext& ctx) {
    const Settings s = settingsOf(ctx);
    FasterPolling fastFlame(ctx.bench(), role::flame, s.pollPeriod);
    FasterPolling fastFlow(ctx.bench(), role::gasFlow, s.pollPeriod);
    for (int trial = 1; trial <= s.trials; ++trial) {
        std::string note;
        if (ctx.wired(role::flameSignal)) {
            // Each trial starts on a cold thermocouple. The latest reading counts, older ones
            // do not: the station keeps a history, and the cold start of the run is in it.
            const auto latest = ctx.latest(role::flameSignal);
            if (!ctx.waitFor(role::flameSignal, below(units::Quantity{s.coolSignal}),
                             s.coolDownTimeout, latest ? latest->stamp : ctx.now())
                     .met()) {
                note = "thermocouple not cooled below the start signal; ";
            }
        }
        const Ignition ign = igniteAndHold(ctx, s);
        if (!ign.unresolved.empty()) {
            ctx.measure("opening_time", std::nullopt, trial, note + ign.unresolved);
            if (ign.held) ctx.set(role::supplyValve, units::Quantity{false});
            continue;
        }
        if (!ign.held) {
            const bool lit = ign.firstFlame != 0;
            // Not held within max_hold_time: the opening time is at least that long.
            ctx.measure("opening_time",
                        lit ? std::optional<units::Quantity>(units::Quantity{s.maxHold})
                            : std::nullopt,
                        trial, note + ign.problem + (lit ? " (value is a lower bound)" : ""));
            continue;
        }
        const double dark = static_cast<double>(ign.dark) * 1e-9;
        const double upper = secondsBetween(ign.firstFlame, *ign.held) - dark;
        double value = upper;
        if (ign.lastFailedRelease) {
            const double lower = secondsBetween(ign.firstFlame, *ign.lastFailedRelease) - dark;
            value = 0.5 * (upper + lower);
            note += "held between " + std::to_string(lower) + " s and " + std::to_string(upper) +
                    " s of flame (" + std::to_string(dark) + " s without flame after releases " +
                    "not counted)";
        } else {
            note += "held at the first release, " + std::to_string(upper) + " s after ignition";
        }
        ctx.measure("opening_time", units::Quantity{units::seconds(value)}, trial, note);
        ctx.set(role::supplyValve, units::Quantity{false});
    }
}

// One closing-time trial on a lit, held burner; leaves the supply shut.
void closingTrial(StepContext& ctx, const Settings& s, int trial) {
    const units::Quantity stopped{s.flowStopped};
    const Nanos shut = ctx.set(role::supplyValve, units::Quantity{false});
    const WaitResult out = ctx.waitFor(role::flame, isFalse(), s.closingTimeout, shut);
    if (const auto gap = StepContext::readingGap(role::flame, out, s.maxReadingGap); !gap.empty()) {
        ctx.set(role::supplyValve, units::Quantity{false});
        ctx.measure("closing_time", std::nullopt, trial, gap);
        return;
    }
    if (!out.met()) {
        ctx.measure("closing_time", std::nullopt, trial, "the flame did not go out");
        return;
    }
    const Nanos flameOut = out.reading->stamp;
    pauseUntil(ctx, shut + toNanos(s.flameOutPulse));
    const Nanos reopened = ctx.set(role::supplyValve, units::Quantity{true});
    const WaitResult resumed = ctx.waitFor(role::gasFlow, above(stopped), s.flowResumeTimeout,
                                           reopened);
    if (const auto gap = StepContext::readingGap(role::gasFlow, resumed, s.maxReadingGap);
        !gap.empty()) {
        ctx.set(role::supplyValve, units::Quantity{false});
        ctx.measure("closing_time", std::nullopt, trial, gap);
        return;
    }
    if (!resumed.met()) {
        ctx.set(role::supplyValve, units::Quantity{false});
        ctx.measure("closing_time",
                    units::Quantity{units::seconds(secondsBetween(flameOut, reopened))}, trial,
                    "closed during the flame-out pulse (value is an upper bound)");
        return;
    }
    const WaitResult closed = ctx.waitFor(role::gasFlow, below(stopped), s.closingTimeout,
                                          resumed.reading->stamp);
    ctx.set(role::supplyValve, units::Quantity{false});
    if (const auto gap = StepContext::readingGap(role::gasFlow, closed, s.maxReadingGap);
        !gap.empty()) {
        ctx.measure("closing_time", std::nullopt, trial, gap);
    } else if (closed.met()) {
        ctx.measure("closing_time",
                    units::Quantity{units::seconds(secondsBetween(flameOut, closed.reading->stamp))},
                    trial);
    } else {
        ctx.measure("closing_time",
                    units::Quantity{units::seconds(secondsBetween(flameOut, ctx.now()))}, trial,
                    "gas still flowing at the closing timeout (value is a lower bound)");
    }
}

void closingTrials(StepContext& ctx) {
    const Settings s = settingsOf(ctx);
    for (int trial = 1; trial <= s.trials; ++trial) {
        // The first trial runs on the burner warmed by the warm-up step; later ones relight
        // and rewarm. Flame and flow are polled fast only while something is timed, not
        // through the minutes of warming.
        const Duration warm = trial == 1 ? s.warmUp : s.rewarm;
        Ignition ign;
        {
            FasterPolling fastFlame(ctx.bench(), role::flame, s.pollPeriod);
            FasterPolling fastFlow(ctx.bench(), role::gasFlow, s.pollPeriod);
            ign = lightForClosingTrial(ctx, s);
        }
        if (!ign.held) {
            ctx.measure("closing_time", std::nullopt, trial,
                        "could not light and hold the burner: " + ign.problem);
            continue;
        }
        ctx.pause(warm, "burner held open by the device; warming");
        const auto flame = ctx.latest(role::flame);
        if (!flame || units::siValue(flame->value) < 0.5) {
            ctx.measure("closing_time", std::nullopt, trial, "the flame went out while warming");
            ctx.set(role::supplyValve, units::Quantity{false});
            continue;
        }
        FasterPolling fastFlame(ctx.bench(), role::flame, s.pollPeriod);
        FasterPolling fastFlow(ctx.bench(), role::gasFlow, s.pollPeriod);
        closingTrial(ctx, s, trial);
    }
}

void teardown(StepContext& ctx) {
    ctx.set(role::igniter, units::Quantity{false});
    ctx.set(role::supplyValve, units::Quantity{false});
    if (ctx.wired(role::knobHold)) ctx.set(role::knobHold, units::Quantity{false});
}

}  // namespace

ProcedureDefinition flameFailureProcedure() {
    ProcedureDefinition d;
    d.id = "flame-failure";
    d.titleZh = "熄火保护装置开阀时间和闭阀时间";
    d.titleEn = "Flame-failure device opening and closing time";
    d.categories = {"household-cooker", "commercial-cooker"};
    d.profiles = {"gb-16410-2020", "gb-16410-2007", "gb-35848-2024"};
    d.roles = {{std::string(role::supplyValve), true}, {std::string(role::igniter), true},
               {std::string(role::flame), true},       {std::string(role::gasFlow), true},
               {std::string(role::flameSignal), false}, {std::string(role::knobHold), false},
               {std::string(role::pressureSetpoint), false}};
    d.items = {"opening_time", "closing_time"};
    d.steps = {{"prepare", prepare},
               {"opening-time trials", openingTrials},
               {"closing-time trials", closingTrials}};
    d.teardown = teardown;
    return d;
}

}  // namespace gasbench::procedures
