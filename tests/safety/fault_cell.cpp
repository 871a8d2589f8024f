// Runs one cell of the fault-injection matrix (see fault_cell.hpp).
#include "fault_cell.hpp"

#include <sqlite3.h>

#include <QTemporaryDir>
#include <atomic>
#include <mutex>
#include <thread>

#include <unistd.h>

#include "committed_records.hpp"
#include "demo_records.hpp"
#include "gasbench/procedures/answers_file.hpp"
#include "gasbench/sim/bench_layout.hpp"
#include "gasbench/sim/scenario.hpp"
#include "gasbench/sim/sim_bench.hpp"
#include "gasbench/sim/sim_server.hpp"
#include "gasbench/station/run_session.hpp"
#include "gasbench/storage/audit_log.hpp"
#include "gasbench/storage/run_records.hpp"
#include "gasbench/storage/run_recovery.hpp"
#include "pty_pair.hpp"
#include "small_disk.hpp"
#include "station_file.hpp"

namespace gasbench::safety {
namespace {

using Clock = std::chrono::steady_clock;
using namespace std::chrono_literals;

const std::string kFixtures = GASBENCH_FIXTURES_DIR;

struct BenchState {
    Clock::time_point at;
    bool driven = false;
    bool gasShut = false;  // solenoids closed, knob released, igniter off
    bool setpointsZero = false;
    bool vented = false;
    bool lapsed = false;
};

bool flag(const sim::SimBench& bench, const char* name) {
    auto v = bench.signal(name);
    return v && units::dimensionOf(*v) == units::Dimension::state && std::get<bool>(*v);
}

double number(const sim::SimBench& bench, const char* name) {
    auto v = bench.signal(name);
    return v ? units::siValue(*v) : 0.0;
}

// The bench as a PLC would have it now: the simulator evaluates its watchdog on each Modbus
// request (tick), so with no traffic (the link down) a lapse would show late; tick it first.
BenchState stateOf(sim::SimBench& bench) {
    bench.tick(bench.clock().now());
    BenchState s;
    s.at = Clock::now();
    bool open = false;
    for (const char* name : {"supply_valve", "igniter", "isolation_valve", "knob_hold"}) open = open || flag(bench, name);
    bool setpoints = number(bench, "pressure_setpoint") > 0 || number(bench, "flow_setpoint") > 0;
    s.driven = open || setpoints || number(bench, "state") == 1.0;  // the chromatograph analysing
    s.gasShut = !open;
    s.setpointsZero = !setpoints;
    s.vented = flag(bench, "vent_valve");
    s.lapsed = bench.watchdogLapsed();
    return s;
}

// Watches the simulated bench from a thread: every state, time-stamped.
class BenchWatch {
  public:
    explicit BenchWatch(sim::SimBench& bench) : bench_(bench) {
        thread_ = std::jthread([this](std::stop_token stop) {
            while (!stop.stop_requested()) {
                BenchState s = stateOf(bench_);
                {
                    std::lock_guard lock(mutex_);
                    seen_.push_back(s);
                }
                std::this_thread::sleep_for(2ms);
            }
        });
    }
    void stop() { thread_ = {}; }
    // The moment after `t` from which the gas stayed shut to the end of the watch.
    std::optional<BenchState> shutForGoodAfter(Clock::time_point t) const {
        std::lock_guard lock(mutex_);
        std::optional<BenchState> since;
        for (const auto& s : seen_) {
            if (s.at < t) continue;
            if (!s.gasShut) since.reset();
            else if (!since) since = s;
        }
        return since;
    }

  private:
    sim::SimBench& bench_;
    mutable std::mutex mutex_;
    std::vector<BenchState> seen_;
    std::jthread thread_;
};

sim::Fault faultFor(const ProcedureCase& p, const FaultCase& f) {
    sim::Fault fault;
    fault.kind = f.kind;
    if (f.onKeySensor) fault.unitId = p.keyUnit;
    if (f.unitId != 0) fault.unitId = f.unitId;
    switch (f.kind) {
        case sim::FaultKind::delay: fault.delay = units::seconds(f.amount / 1000.0); break;
        case sim::FaultKind::exception:
            fault.exceptionCode = static_cast<int>(f.amount);
            fault.firstAddress = f.firstAddress;
            fault.lastAddress = f.lastAddress;
            break;
        case sim::FaultKind::freeze: fault.channel = p.keyChannel; break;
        case sim::FaultKind::noise:
            fault.channel = p.keyChannel;
            fault.amount = p.noise;
            fault.seed = 7;
            break;
        default: break;
    }
    return fault;
}

// After the run: the database opened again as at the next start, checked and compared.
std::string checkCommitted(testsupport::DemoRecords& records, const station::RunOutcome& outcome) {
    auto before = committedRecords(records.path());
    storage::Database db = storage::Database::open(records.path());
    storage::Statement check = db.prepare("PRAGMA integrity_check");
    if (!check.step() || check.text(0) != "ok") return "integrity_check failed";
    if (!storage::verifyAuditChain(db).ok()) return "audit chain broken";
    if (committedRecords(records.path()) != before) return "reopening changed committed records";
    auto run = storage::findRun(db, outcome.runId);
    if (!run) return "the run is not in the database";
    bool completed = outcome.record.state == gasbench::RunState::completed;
    gasbench::RunState want = completed ? gasbench::RunState::completed : gasbench::RunState::aborted;
    if (outcome.storedState == gasbench::RunState::failedToRecord) want = gasbench::RunState::failedToRecord;
    if (run->state != want) {
        return "run stored as " + std::string(gasbench::runStateId(run->state));
    }
    if (!completed && (!run->abortCause || run->abortCause->empty())) return "aborted without a cause";
    auto stored = before[outcome.runId].measurements;
    if (stored != static_cast<std::int64_t>(outcome.record.measurements.size())) {
        return std::to_string(stored) + " measurements stored of " +
               std::to_string(outcome.record.measurements.size()) + " reported";
    }
    // A run that failed to record may honestly have kept nothing: its cause must say what it kept.
    if (want == gasbench::RunState::failedToRecord) {
        if (!run->abortCause || run->abortCause->find("readings kept") == std::string::npos) {
            return "failed-to-record without what was kept";
        }
    } else if (before[outcome.runId].readings == 0) {
        return "no readings stored";
    }
    return {};
}

// The trials and items judged fail, with their value and note: what the matrix shows when a
// conforming sample was judged fail.
std::string failedItemsOf(const procedures::RunRecord& record) {
    std::string out;
    for (const auto& m : record.measurements) {
        if (m.verdict != gasbench::Verdict::fail) continue;
        out += (out.empty() ? "" : "; ") + m.item + (m.trial ? " trial " + std::to_string(*m.trial) : "") +
               " = " + (m.value ? std::to_string(units::siValue(*m.value)) + " (SI)" : "none") +
               (m.note.empty() ? "" : " [" + m.note + "]");
    }
    return out;
}

}  // namespace

bool ridesThroughAtRealTime(const FaultCase& f, double timeScale) {
    return timeScale <= 1.0 && f.hold > 0ms && f.hold < 1s && !f.storageLock && !f.diskFull;
}

CellResult runCell(const ProcedureCase& p, const FaultCase& f, double timeScale) {
    auto wallStart = Clock::now();
    CellResult result;
    result.procedure = p.procedure;
    result.fault = f.name;

    QTemporaryDir dir;
    std::optional<SmallDisk> disk;
    if (f.diskFull) {
        disk.emplace(dir.path().toStdString() + "/disk");
        if (!disk->mounted()) {
            result.state = "error";
            result.problem = "cannot mount a tmpfs for the database (not root?)";
            return result;
        }
    }
    testsupport::DemoRecords records(disk ? disk->folder() : std::string());
    ScaledSteadyClock simClock(timeScale);
    sim::SimBench bench(sim::loadBenchLayout(kFixtures + "/sim/bench-layout.json"),
                        sim::loadScenario(kFixtures + "/scenarios/" + p.scenario), simClock);
    std::optional<testing::PtyPair> pty;
    sim::SimServerConfig serverConfig;
    hal::BusConfig tcp;
    tcp.port = 0;
    serverConfig.tcp = tcp;
    if (f.rtu) {
        pty.emplace();
        hal::BusConfig rtu;
        rtu.transport = hal::Transport::rtu;
        rtu.device = pty->deviceEnd();
        rtu.baud = 115200;
        serverConfig.rtu = rtu;
        serverConfig.holdToWireTime = false;  // the matrix is about faults, not wire time
    }
    sim::SimServer server(bench, serverConfig);
    server.start();

    station::RunRequest request;
    request.stationFile = writeStationConfig(dir.path().toStdString(), server.tcpPort(),
                                             f.rtu ? std::optional<RtuLine>(RtuLine{pty->busEnd(), 115200}) : std::nullopt);
    request.procedureId = p.procedure;
    request.sampleCode = p.sample;
    request.timeScale = timeScale;
    request.fixturesDir = kFixtures;
    auto responder = procedures::AnswersFileResponder::load(kFixtures + "/answers/all-conforming.json");

    BenchWatch watch(bench);
    std::atomic<bool> injected{false};
    std::atomic<std::size_t> secondPathClosed{0};  // runs the second program found interrupted
    Clock::time_point faultAt{};
    std::jthread injector;
    station::RunHooks hooks;
    hooks.started = [&](station::Station&, std::stop_source, station::InProcessSimulator*) {
        injector = std::jthread([&](std::stop_token stop) {
            // 30 s at the matrix's time scale; as much bench time at a slower one.
            auto deadline = Clock::now() + std::chrono::duration_cast<Clock::duration>(30s * (kMatrixTimeScale / timeScale));
            while (!stop.stop_requested() && Clock::now() < deadline && !stateOf(bench).driven) {
                std::this_thread::sleep_for(2ms);
            }
            if (stop.stop_requested()) return;
            std::this_thread::sleep_for(50ms);  // inside the step that opened the gas
            faultAt = Clock::now();
            if (f.storageLock) {
                // A second connection (as `sqlite3` in a terminal would) takes the write lock.
                sqlite3* other = nullptr;
                sqlite3_open(records.path().c_str(), &other);
                sqlite3_busy_timeout(other, 5000);
                const bool locked = sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK;
                injected = locked;
                auto until = Clock::now() + f.hold;
                while (!stop.stop_requested() && Clock::now() < until) std::this_thread::sleep_for(5ms);
                sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
                sqlite3_close(other);
                return;
            }
            if (f.diskFull) {
                injected = disk->fill();
                return;
            }
            if (f.secondPath) {
                // Another program, another name for the same file.
                const std::string link = dir.path().toStdString() + "/second-path.db";
                injected = ::symlink(records.path().c_str(), link.c_str()) == 0;
                storage::Database other = storage::Database::open(link);
                secondPathClosed = storage::recoverInterruptedRuns(other).size();
                return;
            }
            if (f.kind == sim::FaultKind::restart) {
                server.restart(std::chrono::milliseconds(static_cast<int>(f.amount)));
            } else {
                bench.injectFault(faultFor(p, f));
            }
            injected = true;
            if (f.hold.count() > 0) {
                auto until = Clock::now() + f.hold;
                while (!stop.stop_requested() && Clock::now() < until) std::this_thread::sleep_for(5ms);
                bench.clearInjectedFaults();
            }
        });
    };
    hooks.finished = [&](station::InProcessSimulator*) {
        injector = {};  // stops and joins the injector
        BenchState end = stateOf(bench);
        // A controller cut off from the outputs gives up on the safe state at once; the device's
        // watchdog then shuts the gas within its timeout. Wait that long before judging.
        auto watchdogDeadline = Clock::now() + simClock.toWall(toNanos(units::seconds(2.0))) + 500ms;
        while (!end.gasShut && Clock::now() < watchdogDeadline) {
            std::this_thread::sleep_for(2ms);
            end = stateOf(bench);
        }
        result.gasShutAtEnd = end.gasShut;
        result.setpointsZeroAtEnd = end.setpointsZero;
        result.shutBy = end.lapsed ? "watchdog" : end.vented ? "controller" : "not vented";
        for (const char* name : {"supply_valve", "igniter", "isolation_valve", "knob_hold"}) {
            if (flag(bench, name)) result.openAtEnd += std::string(result.openAtEnd.empty() ? "" : ", ") + name;
        }
        for (const char* name : {"pressure_setpoint", "flow_setpoint"}) {
            if (number(bench, name) > 0) result.openAtEnd += std::string(result.openAtEnd.empty() ? "" : ", ") + name;
        }
    };

    try {
        station::RunOutcome outcome = station::runOnStation(request, records.db(), responder, hooks);
        watch.stop();
        if (disk) disk->makeRoom();  // to read back what was kept
        bench.clearInjectedFaults();
        result.faultInjected = injected;
        result.state = outcome.storedState == gasbench::RunState::failedToRecord
                           ? std::string("failed-to-record")
                           : std::string(gasbench::runStateId(outcome.record.state));
        result.verdict = outcome.record.state == gasbench::RunState::completed
                             ? std::string(gasbench::verdictId(outcome.record.verdict))
                             : "";
        result.cause = outcome.record.abortCause;
        result.failedItems = failedItemsOf(outcome.record);
        if (outcome.record.state != gasbench::RunState::completed && injected) {
            if (auto shut = watch.shutForGoodAfter(faultAt)) {
                result.shutLatencyMs = std::chrono::duration<double, std::milli>(shut->at - faultAt).count();
            }
        }
        result.problem = checkCommitted(records, outcome);
        if (secondPathClosed > 0) {
            result.problem += (result.problem.empty() ? "" : "; ") + std::string("the second path closed the live run");
        }
        result.committedIntact = result.problem.empty();
    } catch (const std::exception& e) {
        result.state = "error";
        result.problem = e.what();
    }
    server.stop();
    bool completed = result.state == "completed";
    if (!result.gasShutAtEnd) result.problem += (result.problem.empty() ? "" : "; ") + std::string("left on: ") + result.openAtEnd;
    result.failedSafe = result.faultInjected && result.gasShutAtEnd && result.committedIntact &&
                        (completed || !result.cause.empty());
    // Every row's sample conforms: a fail verdict is a wrong verdict, whatever the fault.
    const Expect expect = ridesThroughAtRealTime(f, timeScale) ? Expect::completed : f.expect;
    result.asExpected = result.failedSafe && result.verdict != "fail" &&
                        (expect == Expect::either || (expect == Expect::completed) == completed);
    result.wallSeconds = std::chrono::duration<double>(Clock::now() - wallStart).count();
    return result;
}

}  // namespace gasbench::safety
