// The engine's rules: teardown and safe state always run, in that order; no wait without a
// deadline; an item without a limit never passes; STOP, a lost device and a missing answer end
// the run with the right state.
#include "gasbench/procedures/engine.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "cooker_plant.hpp"
#include "gasbench/procedures/answers_file.hpp"
#include "gasbench/procedures/checklist.hpp"
#include "gasbench/procedures/conditions.hpp"
#include "gasbench/procedures/step_context.hpp"
#include "memory_bench.hpp"

namespace gp = gasbench::procedures;
namespace u = gasbench::units;
using gasbench::testing::CookerPlant;
using gasbench::testing::MemoryBench;

namespace {

gp::Profile testProfile() {
    gp::Profile p;
    p.id = "test-profile";
    p.version = 3;
    p.standard = "TEST";
    p.procedure = "test";
    gp::ProfileItem limited;
    limited.id = "closing_time";
    limited.unit = "s";
    limited.dimension = u::Dimension::duration;
    limited.limits.high = gasbench::Limit{u::seconds(60), true};
    limited.clause = "6.12";
    gp::ProfileItem unlimited;
    unlimited.id = "over_flow_trip_flow";
    unlimited.unit = "m3/h";
    p.items = {limited, unlimited};
    return p;
}

// A procedure whose one step lights the burner and waits; teardown shuts gas and igniter.
gp::ProcedureDefinition testProcedure(std::function<void(gp::StepContext&)> step) {
    gp::ProcedureDefinition d;
    d.id = "test";
    d.roles = {{"supply_valve", true}, {"flame", true}, {"knob_hold", false}};
    d.steps = {{"light", [](gp::StepContext& ctx) {
                    ctx.set("knob_hold", u::Quantity{true});
                    ctx.set("supply_valve", u::Quantity{true});
                    ctx.set("igniter", u::Quantity{true});
                }},
               {"work", std::move(step)}};
    d.teardown = [](gp::StepContext& ctx) {
        ctx.set("igniter", u::Quantity{false});
        ctx.set("supply_valve", u::Quantity{false});
    };
    return d;
}

void expectTeardownThenSafeState(const MemoryBench& bench) {
    const auto teardown = bench.indexOf("set igniter=0.000000");
    ASSERT_NE(teardown, std::string::npos);
    const auto safe = bench.indexOf("safe-state", teardown);
    EXPECT_NE(safe, std::string::npos) << "safe state after teardown";
    EXPECT_EQ(bench.safeStates(), 1);
    EXPECT_FALSE(std::get<bool>(bench.output("supply_valve")));
    EXPECT_FALSE(std::get<bool>(bench.output("igniter")));
    EXPECT_FALSE(std::get<bool>(bench.output("knob_hold")));
}

// Writes down what it is told, typed calls as "kind:detail", in order.
class Watcher : public gp::RunObserver {
public:
    void stepBegun(const std::string& step, gasbench::Nanos) override { calls.push_back("step:" + step); }
    void timedWait(const gp::TimedWait& w) override {
        calls.push_back("timed:" + w.what + " " + std::to_string(u::inSeconds(w.length)));
    }
    void measurement(const gasbench::Measurement& m) override { calls.push_back("measure:" + m.item); }
    void prompt(const gp::Prompt& p) override { calls.push_back("prompt:" + p.id); }
    void ended(const gp::RunRecord& r) override {
        calls.push_back("ended");
        records.push_back(r);
    }
    std::vector<std::string> calls;
    std::vector<gp::RunRecord> records;
};

// Refuses every measurement, as the recorder refuses one it cannot store.
class Refuser : public gp::RunObserver {
public:
    void measurement(const gasbench::Measurement& m) override {
        throw std::runtime_error("refused " + m.item);
    }
};

}  // namespace

TEST(Engine, CompletedRunJudgesAndHandsTheRecordToTheObservers) {
    CookerPlant plant;
    MemoryBench bench(plant);
    Watcher sink;
    bench.watch(&sink);
    const auto record = gp::runProcedure(
        testProcedure([](gp::StepContext& ctx) {
            const auto lit = ctx.waitFor("flame", gp::isTrue(), u::seconds(5));
            ASSERT_TRUE(lit.met());
            ctx.measure("closing_time", u::Quantity{u::seconds(42)});
        }),
        testProfile(), bench);
    EXPECT_EQ(record.state, gasbench::RunState::completed);
    EXPECT_EQ(record.verdict, gasbench::Verdict::pass);
    EXPECT_EQ(record.profileId, "test-profile");
    EXPECT_EQ(record.profileVersion, 3);
    ASSERT_EQ(record.measurements.size(), 1u);
    EXPECT_EQ(record.measurements[0].clause, "6.12");
    ASSERT_EQ(sink.records.size(), 1u);
    EXPECT_EQ(sink.records[0].verdict, gasbench::Verdict::pass);
    ASSERT_EQ(bench.measurements().size(), 1u) << "recorded through the bench";
    ASSERT_EQ(bench.ended().size(), 1u);
    expectTeardownThenSafeState(bench);
}

TEST(Engine, ObserversAreToldEachStepTimedWaitPromptAndMeasurementTypedAndInOrder) {
    CookerPlant plant;
    MemoryBench bench(plant);
    Watcher watcher;
    bench.watch(&watcher);
    gp::ProcedureDefinition procedure = testProcedure([](gp::StepContext& ctx) {
        ctx.pause(u::seconds(2), "warm-up");
        ctx.measure("closing_time", u::Quantity{u::seconds(42)});
    });
    const auto record = gp::runProcedure(procedure, testProfile(), bench);
    ASSERT_EQ(record.state, gasbench::RunState::completed) << record.abortCause;
    std::vector<std::string> expected;
    for (const auto& step : procedure.steps) expected.push_back("step:" + step.name);
    // The measuring step is the last one: its pause and its measurement follow its begin.
    expected.insert(expected.end(), {"timed:warm-up 2.000000", "measure:closing_time", "step:teardown", "ended"});
    EXPECT_EQ(watcher.calls, expected);
    // The record and the bench's own keeper hold them as the event log does.
    auto kept = [](const std::vector<gp::Event>& events, const std::string& kind, const std::string& text) {
        return std::any_of(events.begin(), events.end(),
                           [&](const gp::Event& e) { return e.kind == kind && e.text == text; });
    };
    EXPECT_TRUE(kept(record.events, "timed", "warm-up 2 s"));
    EXPECT_TRUE(kept(bench.events(), "timed", "warm-up 2 s"));
    EXPECT_TRUE(kept(bench.events(), "step", "teardown"));
}

TEST(Engine, AMeasurementAnObserverRefusesIsNotCountedAndLaterObserversNeverSeeIt) {
    CookerPlant plant;
    MemoryBench bench(plant);
    Refuser refuser;
    Watcher after;
    bench.watch(&refuser);
    bench.watch(&after);
    const auto record = gp::runProcedure(
        testProcedure([](gp::StepContext& ctx) { ctx.measure("closing_time", u::Quantity{u::seconds(42)}); }),
        testProfile(), bench);
    EXPECT_NE(record.state, gasbench::RunState::completed);
    EXPECT_NE(record.abortCause.find("refused closing_time"), std::string::npos) << record.abortCause;
    EXPECT_TRUE(record.measurements.empty());
    EXPECT_EQ(std::count(after.calls.begin(), after.calls.end(), "measure:closing_time"), 0);
    EXPECT_NE(record.verdict, gasbench::Verdict::pass);
    expectTeardownThenSafeState(bench);
}

TEST(Engine, StopMidWaitRunsTeardownThenSafeState) {
    CookerPlant plant;
    MemoryBench bench(plant);
    bench.stopAt(bench.clock().now() + gasbench::toNanos(u::seconds(3)));
    const auto record = gp::runProcedure(
        testProcedure([](gp::StepContext& ctx) {
            // Waits for something that will not come before STOP.
            ctx.waitFor("flame", [](const gasbench::Reading&) { return false; }, u::seconds(100));
            ctx.measure("closing_time", u::Quantity{u::seconds(1)});
        }),
        testProfile(), bench);
    EXPECT_EQ(record.state, gasbench::RunState::aborted);
    EXPECT_NE(record.abortCause.find("STOP"), std::string::npos);
    EXPECT_TRUE(record.measurements.empty()) << "the step after the wait never ran";
    EXPECT_EQ(record.verdict, gasbench::Verdict::inconclusive);
    const auto stop = bench.indexOf("STOP");
    ASSERT_NE(stop, std::string::npos);
    EXPECT_LT(stop, bench.indexOf("set igniter=0.000000"));
    expectTeardownThenSafeState(bench);
}

TEST(Engine, StopDuringAPauseAlsoEndsTheRun) {
    CookerPlant plant;
    MemoryBench bench(plant);
    bench.stopAt(bench.clock().now() + gasbench::toNanos(u::seconds(1)));
    const auto record = gp::runProcedure(
        testProcedure([](gp::StepContext& ctx) { ctx.pause(u::seconds(900)); }), testProfile(),
        bench);
    EXPECT_EQ(record.state, gasbench::RunState::aborted);
    EXPECT_LT(bench.clock().now(), gasbench::toNanos(u::seconds(10))) << "did not sit out the pause";
    expectTeardownThenSafeState(bench);
}

TEST(Engine, AWaitWithoutADeadlineFailsTheRunNotTheSample) {
    CookerPlant plant;
    MemoryBench bench(plant);
    for (double timeout : {std::numeric_limits<double>::infinity(), 0.0, -1.0}) {
        const auto record = gp::runProcedure(
            testProcedure([timeout](gp::StepContext& ctx) {
                ctx.waitFor("flame", gp::isTrue(), u::seconds(timeout));
            }),
            testProfile(), bench);
        EXPECT_EQ(record.state, gasbench::RunState::failedToRun) << timeout;
        EXPECT_NE(record.abortCause.find("deadline"), std::string::npos) << record.abortCause;
    }
    EXPECT_EQ(bench.safeStates(), 3);
}

TEST(Engine, AnItemWithoutALimitNeverPasses) {
    CookerPlant plant;
    MemoryBench bench(plant);
    const auto record = gp::runProcedure(
        testProcedure([](gp::StepContext& ctx) {
            ctx.measure("closing_time", u::Quantity{u::seconds(42)});
            ctx.measure("over_flow_trip_flow", u::Quantity{u::cubicMetresPerHour(3)});
            ctx.measure("not_in_the_profile", u::Quantity{u::kPa(1)});
        }),
        testProfile(), bench);
    EXPECT_EQ(record.state, gasbench::RunState::completed);
    ASSERT_EQ(record.measurements.size(), 3u);
    EXPECT_EQ(record.measurements[0].verdict, gasbench::Verdict::pass);
    EXPECT_EQ(record.measurements[1].verdict, gasbench::Verdict::inconclusive);
    EXPECT_EQ(record.measurements[2].verdict, gasbench::Verdict::inconclusive);
    EXPECT_EQ(record.verdict, gasbench::Verdict::inconclusive);
}

TEST(Engine, TrialsAreKeptOneByOneAndCombinedWorstCase) {
    CookerPlant plant;
    MemoryBench bench(plant);
    const auto record = gp::runProcedure(
        testProcedure([](gp::StepContext& ctx) {
            ctx.measure("closing_time", u::Quantity{u::seconds(40)}, 1);
            ctx.measure("closing_time", u::Quantity{u::seconds(61)}, 2);
            ctx.measure("closing_time", u::Quantity{u::seconds(50)}, 3);
        }),
        testProfile(), bench);
    ASSERT_EQ(record.measurements.size(), 4u);
    const auto& combined = record.measurements.back();
    EXPECT_FALSE(combined.trial.has_value());
    EXPECT_DOUBLE_EQ(u::siValue(*combined.value), 61.0);
    EXPECT_EQ(combined.verdict, gasbench::Verdict::fail);
    EXPECT_EQ(record.verdict, gasbench::Verdict::fail);
}

TEST(Engine, AMissingRequiredRoleFailsBeforeAnyStep) {
    CookerPlant plant;
    MemoryBench bench(plant);
    auto procedure = testProcedure([](gp::StepContext&) {});
    procedure.roles.push_back({"outlet_pressure", true});
    const auto record = gp::runProcedure(procedure, testProfile(), bench);
    EXPECT_EQ(record.state, gasbench::RunState::failedToRun);
    EXPECT_NE(record.abortCause.find("outlet_pressure"), std::string::npos);
    EXPECT_EQ(bench.indexOf("set knob_hold=1.000000"), std::string::npos) << "no step ran";
    EXPECT_EQ(bench.safeStates(), 1);
}

TEST(Engine, AProfileForAnotherProcedureIsRefused) {
    CookerPlant plant;
    MemoryBench bench(plant);
    auto profile = testProfile();
    profile.procedure = "hose-leakage";
    const auto record = gp::runProcedure(testProcedure([](gp::StepContext&) {}), profile, bench);
    EXPECT_EQ(record.state, gasbench::RunState::failedToRun);
    EXPECT_EQ(bench.safeStates(), 1);
}

TEST(Engine, ALostDeviceAbortsTheRun) {
    CookerPlant plant;
    MemoryBench bench(plant);
    bench.loseDeviceAt("flame", bench.clock().now() + gasbench::toNanos(u::seconds(2)));
    const auto record = gp::runProcedure(
        testProcedure([](gp::StepContext& ctx) {
            ctx.waitFor("flame", [](const gasbench::Reading&) { return false; }, u::seconds(100));
        }),
        testProfile(), bench);
    EXPECT_EQ(record.state, gasbench::RunState::aborted);
    EXPECT_NE(record.abortCause.find("lost"), std::string::npos);
    expectTeardownThenSafeState(bench);
}

TEST(Engine, APromptWithoutAnAnswerFailsTheRunNamingThePrompt) {
    CookerPlant plant;
    MemoryBench bench(plant);
    auto answers = gp::AnswersFileResponder::load(std::string(GASBENCH_FIXTURES_DIR) +
                                                  "/answers/all-conforming.json");
    bench.setResponder(&answers);
    const auto record = gp::runProcedure(
        testProcedure([](gp::StepContext& ctx) {
            ctx.ask(gp::confirmPrompt("test.unknown-prompt", "x", "x"));
            ctx.measure("closing_time", u::Quantity{u::seconds(1)});
        }),
        testProfile(), bench);
    EXPECT_EQ(record.state, gasbench::RunState::failedToRun);
    EXPECT_NE(record.abortCause.find("test.unknown-prompt"), std::string::npos);
    EXPECT_NE(record.abortCause.find("all-conforming.json"), std::string::npos);
    EXPECT_TRUE(record.measurements.empty());
    expectTeardownThenSafeState(bench);
}

TEST(Engine, ATeardownThatThrowsStillEndsInTheSafeState) {
    CookerPlant plant;
    MemoryBench bench(plant);
    auto procedure = testProcedure([](gp::StepContext&) {});
    procedure.teardown = [](gp::StepContext& ctx) { ctx.set("no_such_output", u::Quantity{true}); };
    const auto record = gp::runProcedure(procedure, testProfile(), bench);
    EXPECT_EQ(bench.safeStates(), 1);
    EXPECT_FALSE(std::get<bool>(bench.output("supply_valve")));
    bool noted = false;
    for (const auto& e : record.events) noted = noted || e.kind == "error";
    EXPECT_TRUE(noted);
}

TEST(Engine, ABugInAStepFailsTheRunAndStillSafeStates) {
    CookerPlant plant;
    MemoryBench bench(plant);
    const auto record = gp::runProcedure(
        testProcedure([](gp::StepContext&) { throw std::logic_error("oops"); }), testProfile(),
        bench);
    EXPECT_EQ(record.state, gasbench::RunState::failedToRun);
    EXPECT_NE(record.abortCause.find("work"), std::string::npos) << "names the step";
    expectTeardownThenSafeState(bench);
}

TEST(Engine, WaitTimingUsesTheStampOfTheReadingThatMetIt) {
    CookerPlant plant;
    MemoryBench bench(plant);
    gasbench::Nanos metStamp = 0;
    gasbench::Nanos returnedAt = 0;
    gp::runProcedure(testProcedure([&](gp::StepContext& ctx) {
                         const auto r = ctx.waitFor("flame", gp::isTrue(), u::seconds(5));
                         metStamp = r.reading->stamp;
                         returnedAt = ctx.now();
                     }),
                     testProfile(), bench);
    EXPECT_GT(metStamp, 0);
    EXPECT_LE(metStamp, returnedAt);
}
