#pragma once
// Runs a registered procedure with a shipped profile and answers file on an in-memory bench,
// and finds an item's measurement in the record: what every procedure test does.

#include <stdexcept>
#include <string>

#include "gasbench/procedures/answers_file.hpp"
#include "gasbench/procedures/engine.hpp"
#include "gasbench/procedures/registry.hpp"
#include "memory_bench.hpp"

namespace gasbench::testing {

inline const std::string kFixtures = GASBENCH_FIXTURES_DIR;

inline procedures::RunRecord runOn(MemoryBench& bench, const std::string& procedure,
                                   const std::string& profile,
                                   const std::string& answers = "all-conforming") {
    auto responder =
        procedures::AnswersFileResponder::load(kFixtures + "/answers/" + answers + ".json");
    bench.setResponder(&responder);
    auto record = procedures::runProcedure(
        *procedures::findProcedure(procedure),
        procedures::loadProfile(kFixtures + "/standards/" + profile + ".json"), bench);
    bench.setResponder(nullptr);
    return record;
}

inline procedures::RunRecord runOn(Plant& plant, const std::string& procedure,
                                   const std::string& profile,
                                   const std::string& answers = "all-conforming") {
    MemoryBench bench(plant);
    return runOn(bench, procedure, profile, answers);
}

// The item's value without a trial number (its only or combined value).
inline const gasbench::Measurement& itemOf(const procedures::RunRecord& r, const std::string& id) {
    for (const auto& m : r.measurements) {
        if (m.item == id && !m.trial) return m;
    }
    throw std::runtime_error("no measurement " + id);
}

}  // namespace gasbench::testing
