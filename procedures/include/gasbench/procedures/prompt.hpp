#pragma once
// Asking the operator. A procedure describes what it needs (Prompt); whatever PromptResponder
// the station installed answers it: the terminal, an answers file for unattended runs, a GUI
// dialog. Prompt ids are stable: answers files key on them ("flame-failure.hold-knob").

#include <optional>
#include <stop_token>
#include <string>
#include <string_view>
#include <vector>

#include "gasbench/core/units.hpp"
#include "gasbench/procedures/measurement.hpp"

namespace gasbench::procedures {

enum class PromptKind {
    confirm,    // do something, then confirm (or skip when skippable)
    value,      // enter a value with its unit
    choice,     // pick one of a list
    checklist,  // an inspection checklist: each entry conforms / nonconforming / not applicable
};
std::string_view promptKindName(PromptKind k);

struct ChecklistEntry {
    std::string id;  // the profile item id it answers: "outlet_not_adjustable"
    std::string textZh;
    std::string textEn;
};

struct Prompt {
    std::string id;
    PromptKind kind = PromptKind::confirm;
    std::string instructionZh;
    std::string instructionEn;
    std::optional<std::string> imagePath;  // relative to the fixtures folder
    bool skippable = false;
    // kind == value: what to enter, and the unit shown and parsed ("a", "kPa").
    units::Dimension valueDimension = units::Dimension::dimensionless;
    std::string valueUnit;
    // kind == choice
    std::vector<std::string> choices;
    // kind == checklist
    std::vector<ChecklistEntry> checklist;
};

enum class CheckResult { conforms, nonconforming, notApplicable };
std::string_view checkResultName(CheckResult r);

struct CheckAnswer {
    std::string id;  // ChecklistEntry::id
    CheckResult result = CheckResult::notApplicable;
    std::string note;
};

enum class PromptOutcome {
    answered,    // confirmed, or a value / choice / checklist given
    skipped,     // the operator skipped a skippable prompt
    stopped,     // STOP or abort while waiting for the operator
    unanswered,  // the responder has no answer (e.g. missing in the answers file): run fails
};

struct PromptAnswer {
    PromptOutcome outcome = PromptOutcome::unanswered;
    std::optional<units::Quantity> value;  // kind == value
    std::optional<std::size_t> choice;     // kind == choice: index into Prompt::choices
    std::vector<CheckAnswer> checks;       // kind == checklist, one per entry answered
    std::string message;                   // why unanswered, operator remark
};

class PromptResponder {
public:
    virtual ~PromptResponder() = default;
    // Blocks until answered; an interactive responder returns `stopped` once `stop` is requested.
    virtual PromptAnswer answer(const Prompt& prompt, std::stop_token stop) = 0;
};

}  // namespace gasbench::procedures
