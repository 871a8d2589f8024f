#pragma once
// The Bench: everything a procedure may do to the test station, by channel role, never by
// register. station/ implements it on top of the Modbus layer; tests implement it in memory.
//
// Contract for implementers (station/):
// - Roles are the names below; a station config wires each to a channel. A procedure declares
//   the roles it needs (required / optional); `wired(role)` says whether one is present.
// - Times are bench time (Clock, nanoseconds). Every reading carries the stamp the bus worker
//   gave it; timing measurements use reading stamps, never the time a call returned.
// - waitFor() calls the condition on every Ok reading of the role stamped at or after
//   `since`, in stamp order, exactly once each, from one thread: a condition may keep state
//   (e.g. "settled within ±1 % for 5 s"). The latest reading already published counts when it
//   is stamped at or after `since` (since = 0: whatever the latest is). It is woken by new
//   readings (no sleep-and-poll) and always has a deadline. The condition must not call back
//   into the Bench.
// - setOutput() works also after STOP was requested (teardown needs it); it throws BenchError
//   when the write cannot be made.
// - enterSafeState() is the station's safe state (all gas valves closed, igniter off, vented);
//   the engine calls it at the end of every run, whatever happened, and raises an alarm when it
//   returns false (the bench could not be confirmed safe).

#include <functional>
#include <optional>
#include <stdexcept>
#include <stop_token>
#include <string>
#include <string_view>
#include <utility>

#include "gasbench/core/clock.hpp"
#include "gasbench/core/reading.hpp"
#include "gasbench/core/units.hpp"
#include "gasbench/procedures/event.hpp"
#include "gasbench/procedures/run_observer.hpp"
#include "gasbench/procedures/measurement.hpp"
#include "gasbench/procedures/prompt.hpp"

namespace gasbench::procedures {

// Channel roles. Inputs:
namespace role {
inline constexpr std::string_view inletPressure = "inlet_pressure";    // pressure
inline constexpr std::string_view outletPressure = "outlet_pressure";  // pressure
inline constexpr std::string_view testPressure = "test_pressure";  // pressure in a sample under test
inline constexpr std::string_view flame = "flame";                     // state: flame present
inline constexpr std::string_view flameSignal = "flame_signal";        // voltage: thermocouple
inline constexpr std::string_view gasFlow = "gas_flow";                // volume flow
inline constexpr std::string_view temperature = "temperature";         // temperature
// Outputs:
inline constexpr std::string_view supplyValve = "supply_valve";        // state: open
inline constexpr std::string_view igniter = "igniter";                 // state: sparking
inline constexpr std::string_view ventValve = "vent_valve";            // state: open
inline constexpr std::string_view isolationValve = "isolation_valve";  // state: open
inline constexpr std::string_view flowSetpoint = "flow_setpoint";      // volume flow
inline constexpr std::string_view pressureSetpoint = "pressure_setpoint";  // pressure (inlet side)
// Holds a cooker's knob pressed: a mechanical actuator on a real bench, or the simulator's
// operator stand-in. When it is not wired the technician is prompted to press and release.
inline constexpr std::string_view knobHold = "knob_hold";  // state: pressed
// The gas chromatograph, by its map's channels: "analyzer.start_analysis" (output, state),
// "analyzer.analysis_count" (input, completed analyses; optional),
// "analyzer.state" (input, dimensionless code, see AnalyzerState), "analyzer.<component>_vol"
// and "analyzer.<component>_mass" (input, fraction), "analyzer.detection_limit" (fraction).
inline constexpr std::string_view analyzer = "analyzer";
inline std::string analyzerChannel(std::string_view channel) {
    return std::string(analyzer) + "." + std::string(channel);
}
}  // namespace role

// Codes of "analyzer.state".
enum class AnalyzerState { idle = 0, running = 1, done = 2, error = 3 };

enum class WaitOutcome {
    met,         // the condition held on `reading`
    deadline,    // the deadline passed first
    stopped,     // STOP / abort was requested
    deviceLost,  // the role's device stopped answering for longer than its timeout
};
std::string_view waitOutcomeName(WaitOutcome w);

struct WaitResult {
    WaitOutcome outcome = WaitOutcome::deadline;
    // met: the reading that met the condition (use its stamp for timing); otherwise the last
    // Ok reading seen, if any.
    std::optional<Reading> reading;
    // Filled by StepContext::waitFor (a Bench leaves them alone), so that a procedure can tell
    // whether the readings resolve what it times. `bracketStart`: met: the stamp of the Ok
    // reading before the one that met (or `since` when the first one met) -- the event lies
    // between it and `reading`'s stamp. `longestGap`: the longest stretch of the wait (from
    // `since`, to the reading that met or to the end of the wait) without an Ok reading.
    // `readingsSeen`: how many Ok readings the condition was offered.
    Nanos bracketStart = 0;
    Nanos longestGap = 0;
    int readingsSeen = 0;

    bool met() const { return outcome == WaitOutcome::met; }
};

using ReadingCondition = std::function<bool(const Reading&)>;

struct WaitSpec {
    std::string role;
    ReadingCondition condition;
    Nanos deadline = 0;  // absolute bench time; required (the engine refuses a wait without one)
    Nanos since = 0;     // readings stamped before this do not count
};

// A write that could not be made, or a role that is not wired.
class BenchError : public std::runtime_error {
public:
    enum class Kind { notWired, deviceLost, refused };
    BenchError(Kind kind, std::string role, const std::string& what)
        : std::runtime_error(what), kind_(kind), role_(std::move(role)) {}
    Kind kind() const { return kind_; }
    const std::string& role() const { return role_; }

private:
    Kind kind_;
    std::string role_;
};

class Bench {
public:
    virtual ~Bench() = default;

    virtual const Clock& clock() const = 0;
    // Requested by STOP (the operator) or abort (the station, e.g. a critical device lost).
    virtual std::stop_token stopToken() const = 0;
    // Why the stop was requested, as the run's abort cause and event say it.
    virtual std::string stopReason() const { return "stopped by STOP or abort"; }

    virtual bool wired(std::string_view role) const = 0;
    // The latest reading of a role (value, stamp, status); empty before the first one.
    virtual std::optional<Reading> latest(std::string_view role) const = 0;
    virtual WaitResult waitFor(const WaitSpec& spec) = 0;
    // Sleeps until bench time `until` or STOP, whichever first (returns deadline or stopped).
    virtual WaitOutcome pauseUntil(Nanos until) = 0;

    // Returns the bench time at which the device acknowledged the write.
    virtual Nanos setOutput(std::string_view role, const units::Quantity& value) = 0;
    // Polls a role at least this often while a step needs it; restorePollPeriod() puts back the
    // configured period. Use FasterPolling below.
    virtual void raisePollRate(std::string_view role, units::Duration period) = 0;
    virtual void restorePollPeriod(std::string_view role) = 0;

    virtual PromptAnswer ask(const Prompt& prompt) = 0;

    // Whoever watches the run: the recorder first (it checks a measurement at once — a bad one
    // throws — and its writer commits it without the procedure waiting on storage; README,
    // Recording), then the window or the command line.
    virtual RunObserver& observer() = 0;

    // The station's safe state; must not throw. True only when the bench confirmed it (every
    // output acknowledged and read back at its safe value).
    virtual bool enterSafeState() noexcept = 0;
};

// Raises a role's poll rate for the life of a step.
class FasterPolling {
public:
    FasterPolling(Bench& bench, std::string_view role, units::Duration period)
        : bench_(bench), role_(role) {
        bench_.raisePollRate(role_, period);
    }
    ~FasterPolling() {
        try {
            bench_.restorePollPeriod(role_);
        } catch (...) {
        }
    }
    FasterPolling(const FasterPolling&) = delete;
    FasterPolling& operator=(const FasterPolling&) = delete;

private:
    Bench& bench_;
    std::string role_;
};

}  // namespace gasbench::procedures
