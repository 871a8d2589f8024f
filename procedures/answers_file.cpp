// Reading answers files and answering prompts from them.
#include "gasbench/procedures/answers_file.hpp"

#include <algorithm>

#include "gasbench/core/json_fields.hpp"

namespace gasbench::procedures {
namespace {

CheckResult checkResultOf(const JsonFields& f, const char* key) {
    switch (f.oneOf(key, {"conforms", "nonconforming", "not-applicable"})) {
        case 0: return CheckResult::conforms;
        case 1: return CheckResult::nonconforming;
        default: return CheckResult::notApplicable;
    }
}

PromptAnswer unanswered(std::string message) {
    PromptAnswer a;
    a.outcome = PromptOutcome::unanswered;
    a.message = std::move(message);
    return a;
}

std::string_view kindWord(PromptKind k) { return promptKindName(k); }

}  // namespace

AnswersFileResponder AnswersFileResponder::load(const std::string& file) {
    const JsonFields f = JsonFields::fromFile(file);
    f.allowOnly({"id", "note", "answers"});
    AnswersFileResponder r;
    r.file_ = file;
    for (const JsonFields& a : f.objects("answers")) {
        a.allowOnly({"prompt", "confirm", "skip", "value", "unit", "choice", "checks",
                     "otherChecks", "note"});
        const std::string prompt = a.string("prompt");
        Entry e;
        e.note = a.optString("note").value_or("");
        const int kinds = a.has("confirm") + a.has("skip") + a.has("value") + a.has("choice") +
                          (a.has("checks") || a.has("otherChecks"));
        if (kinds != 1) {
            throw a.error("give exactly one of confirm, skip, value (with unit), choice, or "
                          "checks/otherChecks");
        }
        if (a.has("confirm")) {
            if (!a.boolean("confirm")) throw a.error("confirm", "must be true (use skip to skip)");
            e.kind = Kind::confirm;
        } else if (a.has("skip")) {
            if (!a.boolean("skip")) throw a.error("skip", "must be true");
            e.kind = Kind::skip;
        } else if (a.has("value")) {
            e.kind = Kind::value;
            e.value = a.unit("unit").toQuantity(a.number("value"));
        } else if (a.has("choice")) {
            e.kind = Kind::choice;
            e.choice = a.string("choice");
        } else {
            e.kind = Kind::checklist;
            if (a.has("otherChecks")) e.otherChecks = checkResultOf(a, "otherChecks");
            if (a.has("checks")) {
                for (const JsonFields& c : a.objects("checks")) {
                    c.allowOnly({"id", "result", "note"});
                    e.checks.push_back(
                        {c.string("id"), checkResultOf(c, "result"), c.optString("note").value_or("")});
                }
            }
        }
        if (!r.answers_.emplace(prompt, std::move(e)).second) {
            throw a.error("prompt", "'" + prompt + "' is answered twice");
        }
    }
    return r;
}

PromptAnswer AnswersFileResponder::answer(const Prompt& prompt, std::stop_token stop) {
    if (stop.stop_requested()) {
        PromptAnswer a;
        a.outcome = PromptOutcome::stopped;
        return a;
    }
    const auto it = answers_.find(prompt.id);
    if (it == answers_.end()) {
        return unanswered("no answer for prompt '" + prompt.id + "' in " + file_);
    }
    const Entry& e = it->second;
    PromptAnswer a;
    a.outcome = PromptOutcome::answered;
    a.message = e.note;
    const auto wrongKind = [&](std::string_view given) {
        return unanswered("the answer to '" + prompt.id + "' in " + file_ + " is a " +
                          std::string(given) + ", the prompt asks for a " +
                          std::string(kindWord(prompt.kind)));
    };
    if (e.kind == Kind::skip) {
        if (!prompt.skippable) return unanswered("prompt '" + prompt.id + "' cannot be skipped (" + file_ + ")");
        a.outcome = PromptOutcome::skipped;
        return a;
    }
    switch (prompt.kind) {
        case PromptKind::confirm:
            if (e.kind != Kind::confirm) return wrongKind("different kind of answer");
            return a;
        case PromptKind::value:
            if (e.kind != Kind::value) return wrongKind("different kind of answer");
            if (units::dimensionOf(*e.value) != prompt.valueDimension) {
                return unanswered("the answer to '" + prompt.id + "' in " + file_ + " is a " +
                                  std::string(units::dimensionName(units::dimensionOf(*e.value))) +
                                  ", the prompt asks for a " +
                                  std::string(units::dimensionName(prompt.valueDimension)));
            }
            a.value = e.value;
            return a;
        case PromptKind::choice: {
            if (e.kind != Kind::choice) return wrongKind("different kind of answer");
            const auto c = std::find(prompt.choices.begin(), prompt.choices.end(), e.choice);
            if (c == prompt.choices.end()) {
                return unanswered("'" + e.choice + "' (" + file_ + ") is not a choice of '" +
                                  prompt.id + "'");
            }
            a.choice = static_cast<std::size_t>(c - prompt.choices.begin());
            return a;
        }
        case PromptKind::checklist:
            if (e.kind != Kind::checklist) return wrongKind("different kind of answer");
            for (const auto& entry : prompt.checklist) {
                const auto given = std::find_if(e.checks.begin(), e.checks.end(),
                                                [&](const CheckAnswer& c) { return c.id == entry.id; });
                if (given != e.checks.end()) {
                    a.checks.push_back(*given);
                } else if (e.otherChecks) {
                    a.checks.push_back({entry.id, *e.otherChecks, ""});
                } else {
                    return unanswered("checklist '" + prompt.id + "' entry '" + entry.id +
                                      "' has no answer in " + file_);
                }
            }
            return a;
    }
    return unanswered("unknown prompt kind");
}

}  // namespace gasbench::procedures
