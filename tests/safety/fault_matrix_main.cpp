// safety_fault_matrix: runs every procedure under every simulator fault (fault_cases.cpp) and
// prints the matrix as markdown — what scripts/fault-matrix writes to docs/fault-matrix.md.
//   safety_fault_matrix [--runs N] [--time-scale X] [--procedure ID]... [--fault NAME]...
// Exit 1 when any run did not fail safe (a defined end, the gas shut, committed data intact).
#include <QCoreApplication>
#include <algorithm>
#include <cstdio>
#include <iostream>
#include <map>
#include <sstream>

#include "fault_cell.hpp"

using namespace gasbench::safety;

namespace {

std::string fixed(double v, int decimals = 0) {
    std::ostringstream s;
    s.setf(std::ios::fixed);
    s.precision(decimals);
    s << v;
    return s.str();
}

std::string escaped(std::string s) {
    std::replace(s.begin(), s.end(), '|', '/');
    std::replace(s.begin(), s.end(), '\n', ' ');
    return s;
}

// One row: every run of a cell folded together.
std::string row(const std::vector<CellResult>& runs) {
    std::map<std::string, int> outcomes;
    std::vector<double> latencies;
    std::map<std::string, int> shutBy;
    int shut = 0, zero = 0, intact = 0, safe = 0, expected = 0;
    std::string cause, problem;
    for (const auto& r : runs) {
        ++outcomes[r.state + (r.verdict.empty() ? "" : " (" + r.verdict + ")")];
        if (r.shutLatencyMs) latencies.push_back(*r.shutLatencyMs);
        shut += r.gasShutAtEnd;
        zero += r.setpointsZeroAtEnd;
        ++shutBy[r.shutBy];
        intact += r.committedIntact;
        safe += r.failedSafe;
        expected += r.asExpected;
        if (cause.empty()) cause = r.cause;
        if (problem.empty()) problem = r.problem;
    }
    std::string outcome;
    for (const auto& [o, n] : outcomes) outcome += (outcome.empty() ? "" : ", ") + o + " " + std::to_string(n);
    std::string by;
    for (const auto& [b, n] : shutBy) by += (by.empty() ? "" : ", ") + b + " " + std::to_string(n);
    std::string latency = "—";
    if (!latencies.empty()) {
        std::sort(latencies.begin(), latencies.end());
        latency = fixed(latencies[latencies.size() / 2]) + " / " + fixed(latencies.back());
    }
    const std::size_t n = runs.size();
    auto ofN = [n](int k) { return std::to_string(k) + "/" + std::to_string(n); };
    return "| " + runs.front().procedure + " | " + runs.front().fault + " | " + std::to_string(n) + " | " + outcome +
           " | " + escaped(cause.empty() ? "—" : cause) + " | " + ofN(shut) + " | " + ofN(zero) + " | " + by + " | " + latency + " | " +
           ofN(intact) + (problem.empty() ? "" : " (" + escaped(problem) + ")") + " | " + ofN(safe) + " | " +
           ofN(expected) + " |";
}

}  // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    int runs = 1;
    double timeScale = kMatrixTimeScale;
    std::vector<std::string> procedures, faults;
    for (int i = 1; i + 1 < argc; i += 2) {
        std::string a = argv[i];
        if (a == "--runs") runs = std::max(1, std::atoi(argv[i + 1]));
        else if (a == "--time-scale") timeScale = std::atof(argv[i + 1]);
        else if (a == "--procedure") procedures.push_back(argv[i + 1]);
        else if (a == "--fault") faults.push_back(argv[i + 1]);
        else {
            std::cerr << "usage: safety_fault_matrix [--runs N] [--time-scale X] [--procedure ID]... [--fault NAME]...\n";
            return 2;
        }
    }
    if (argc % 2 == 0 || !(timeScale > 0.0)) {
        std::cerr << "usage: safety_fault_matrix [--runs N] [--time-scale X] [--procedure ID]... [--fault NAME]...\n";
        return 2;
    }
    std::vector<ProcedureCase> rows;
    for (const auto& p : procedureCases()) {
        if (procedures.empty() || std::count(procedures.begin(), procedures.end(), p.procedure)) rows.push_back(p);
    }
    std::vector<FaultCase> columns;
    for (const auto& f : faultCases()) {
        if (faults.empty() || std::count(faults.begin(), faults.end(), f.name)) columns.push_back(f);
    }

    std::cout << "| procedure | fault | runs | outcome | cause (first run) | gas shut at end | set-points zero | "
                 "shut by | fault → gas shut, ms (median / max) | committed data intact | failed safe | as expected |\n"
              << "|---|---|---|---|---|---|---|---|---|---|---|---|\n";
    int cells = 0, good = 0, safe = 0, total = 0;
    double wall = 0;
    for (const auto& p : rows) {
        for (const auto& f : columns) {
            std::vector<CellResult> results;
            for (int i = 0; i < runs; ++i) {
                results.push_back(runCell(p, f, timeScale));
                wall += results.back().wallSeconds;
                std::cerr << p.procedure << " / " << f.name << ": " << results.back().state << " "
                          << results.back().verdict << " " << results.back().cause
                          << (results.back().failedItems.empty() ? "" : " failed: " + results.back().failedItems)
                          << (results.back().failedSafe ? "" : "  <-- NOT SAFE: " + results.back().problem)
                          << "\n";
            }
            ++cells;
            total += runs;
            good += static_cast<int>(std::count_if(results.begin(), results.end(), [](const auto& r) { return r.asExpected; }));
            safe += static_cast<int>(std::count_if(results.begin(), results.end(), [](const auto& r) { return r.failedSafe; }));
            std::cout << row(results) << "\n" << std::flush;
        }
    }
    std::cout << "\n" << cells << " cells, " << total << " runs: " << safe << " failed safe, " << good
              << " as expected; " << fixed(wall) << " s of runs.\n";
    return safe == total ? 0 : 1;
}
