#include "gasbench/reports/sample_results.hpp"

#include <algorithm>
#include <map>

namespace gasbench::reports {

SampleResults sampleResults(storage::Database& db, const std::string& sampleCode) {
    SampleResults out;
    // A procedure run again replaces its earlier result.
    std::map<std::string, storage::StoredRun> latest;
    for (auto& run : storage::listRuns(db, sampleCode)) {
        if (run.state == gasbench::RunState::completed) latest[run.info.procedureId] = run;
    }
    for (auto& [procedure, run] : latest) out.runs.push_back(run);
    std::sort(out.runs.begin(), out.runs.end(),
              [](const auto& a, const auto& b) { return a.id < b.id; });
    bool anyFail = false, allPass = true;
    for (std::size_t r = 0; r < out.runs.size(); ++r) {
        const auto& run = out.runs[r];
        // The item's last row without a trial number is its combined result; an item measured
        // once has only that row.
        std::map<std::string, storage::StoredMeasurement> byItem;
        std::vector<std::string> order;
        for (auto& m : storage::measurementsOfRun(db, run.id)) {
            auto it = byItem.find(m.item);
            if (it == byItem.end()) {
                order.push_back(m.item);
                byItem.emplace(m.item, m);
            } else if (!m.trial || it->second.trial) {
                it->second = m;
            }
        }
        for (const auto& item : order) {
            const auto& m = byItem.at(item);
            anyFail = anyFail || m.verdict == gasbench::Verdict::fail;
            allPass = allPass && m.verdict == gasbench::Verdict::pass;
            out.items.push_back({r, m});
        }
    }
    if (!out.runs.empty()) {
        out.conclusion = anyFail                      ? gasbench::Verdict::fail
                         : allPass && !out.items.empty() ? gasbench::Verdict::pass
                                                      : gasbench::Verdict::inconclusive;
    }
    return out;
}

}  // namespace gasbench::reports
