#pragma once
// Answers for unattended runs (fixtures/answers/*.json): one answer per prompt id. A bad file is
// refused at load with ConfigError naming the field; a prompt the file does not answer, or
// answers with the wrong kind, gets `unanswered` with a message naming the prompt and the file,
// and the run fails clearly.
//
//   {"id": "all-conforming", "answers": [
//     {"prompt": "flame-failure.hold-knob", "confirm": true},
//     {"prompt": "hose-leakage.service-life", "value": 10, "unit": "a"},
//     {"prompt": "regulator-outlet-pressure.structure", "otherChecks": "conforms",
//      "checks": [{"id": "outlet_not_adjustable", "result": "nonconforming", "note": "..."}]},
//     {"prompt": "some.choice", "choice": "LPG 20Y"},
//     {"prompt": "some.optional", "skip": true}]}

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "gasbench/procedures/prompt.hpp"

namespace gasbench::procedures {

class AnswersFileResponder final : public PromptResponder {
public:
    static AnswersFileResponder load(const std::string& file);

    PromptAnswer answer(const Prompt& prompt, std::stop_token stop) override;
    const std::string& file() const { return file_; }

private:
    enum class Kind { confirm, skip, value, choice, checklist };
    struct Entry {
        Kind kind = Kind::confirm;
        std::optional<units::Quantity> value;
        std::string choice;
        std::vector<CheckAnswer> checks;
        std::optional<CheckResult> otherChecks;  // for checklist entries not listed
        std::string note;
    };

    std::string file_;
    std::map<std::string, Entry> answers_;
};

}  // namespace gasbench::procedures
