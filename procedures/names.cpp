// The names enums are written as in records, JSON and reports.
#include "gasbench/procedures/bench.hpp"
#include "gasbench/procedures/measurement.hpp"
#include "gasbench/procedures/prompt.hpp"

namespace gasbench::procedures {

std::string_view combineName(Combine c) {
    switch (c) {
        case Combine::worstCase: return "worst-case";
        case Combine::mean: return "mean";
    }
    return "?";
}

std::string_view promptKindName(PromptKind k) {
    switch (k) {
        case PromptKind::confirm: return "confirm";
        case PromptKind::value: return "value";
        case PromptKind::choice: return "choice";
        case PromptKind::checklist: return "checklist";
    }
    return "?";
}

std::string_view checkResultName(CheckResult r) {
    switch (r) {
        case CheckResult::conforms: return "conforms";
        case CheckResult::nonconforming: return "nonconforming";
        case CheckResult::notApplicable: return "not-applicable";
    }
    return "?";
}

std::string_view waitOutcomeName(WaitOutcome w) {
    switch (w) {
        case WaitOutcome::met: return "met";
        case WaitOutcome::deadline: return "deadline";
        case WaitOutcome::stopped: return "stopped";
        case WaitOutcome::deviceLost: return "device-lost";
    }
    return "?";
}

}  // namespace gasbench::procedures
