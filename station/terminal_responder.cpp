#include "gasbench/station/terminal_responder.hpp"

#include <poll.h>
#include <unistd.h>

#include <cstdlib>

namespace gasbench::station {

using namespace gasbench::procedures;

std::optional<std::string> TerminalResponder::readLine(std::stop_token stop, bool& endOfInput) {
    endOfInput = false;
    for (;;) {
        auto nl = pending_.find('\n');
        if (nl != std::string::npos) {
            std::string line = pending_.substr(0, nl);
            pending_.erase(0, nl + 1);
            if (!line.empty() && line.back() == '\r') line.pop_back();
            return line;
        }
        if (stop.stop_requested()) return std::nullopt;
        pollfd p{inputFd_, POLLIN, 0};
        int ready = ::poll(&p, 1, 100);
        if (ready <= 0) continue;
        char buf[256];
        ssize_t n = ::read(inputFd_, buf, sizeof buf);
        if (n <= 0) {
            endOfInput = true;
            return std::nullopt;
        }
        pending_.append(buf, static_cast<std::size_t>(n));
    }
}

PromptAnswer TerminalResponder::answer(const Prompt& prompt, std::stop_token stop) {
    PromptAnswer a;
    out_ << "\n== " << prompt.instructionZh << "\n   " << prompt.instructionEn << '\n';
    if (prompt.imagePath) out_ << "   (image: " << *prompt.imagePath << ")\n";

    auto ask = [&](const std::string& question) -> std::optional<std::string> {
        out_ << question << std::flush;
        bool eof = false;
        auto line = readLine(stop, eof);
        if (!line) {
            a.outcome = eof ? PromptOutcome::unanswered : PromptOutcome::stopped;
            a.message = eof ? "end of input before prompt " + prompt.id + " was answered" : "stopped";
        }
        return line;
    };

    switch (prompt.kind) {
        case PromptKind::confirm: {
            for (;;) {
                auto line = ask(prompt.skippable ? "   Enter = done 完成, s = skip 跳过: " : "   Enter = done 完成: ");
                if (!line) return a;
                if (line->empty() || *line == "y") {
                    a.outcome = PromptOutcome::answered;
                    return a;
                }
                if (prompt.skippable && *line == "s") {
                    a.outcome = PromptOutcome::skipped;
                    return a;
                }
            }
        }
        case PromptKind::value: {
            units::UnitSpec unit;
            if (!units::parseUnit(prompt.valueUnit, unit)) {
                a.message = "prompt " + prompt.id + " asks for an unknown unit " + prompt.valueUnit;
                return a;
            }
            for (;;) {
                auto line = ask("   value 数值 [" + prompt.valueUnit + "]: ");
                if (!line) return a;
                if (prompt.skippable && *line == "s") {
                    a.outcome = PromptOutcome::skipped;
                    return a;
                }
                char* end = nullptr;
                double v = std::strtod(line->c_str(), &end);
                if (!line->empty() && *end == '\0') {
                    a.value = unit.toQuantity(v);
                    a.outcome = PromptOutcome::answered;
                    return a;
                }
                out_ << "   not a number 不是数字\n";
            }
        }
        case PromptKind::choice: {
            for (std::size_t i = 0; i < prompt.choices.size(); ++i) out_ << "   " << i + 1 << ") " << prompt.choices[i] << '\n';
            for (;;) {
                auto line = ask("   choice 选择 [1-" + std::to_string(prompt.choices.size()) + "]: ");
                if (!line) return a;
                char* end = nullptr;
                long v = std::strtol(line->c_str(), &end, 10);
                if (!line->empty() && *end == '\0' && v >= 1 && static_cast<std::size_t>(v) <= prompt.choices.size()) {
                    a.choice = static_cast<std::size_t>(v - 1);
                    a.outcome = PromptOutcome::answered;
                    return a;
                }
            }
        }
        case PromptKind::checklist: {
            for (const auto& entry : prompt.checklist) {
                out_ << "   - " << entry.textZh << " / " << entry.textEn << '\n';
                for (;;) {
                    auto line = ask("     y = conforms 符合, n = nonconforming 不符合, na = not applicable 不适用: ");
                    if (!line) return a;
                    CheckAnswer c;
                    c.id = entry.id;
                    if (*line == "y") c.result = CheckResult::conforms;
                    else if (*line == "n") c.result = CheckResult::nonconforming;
                    else if (*line == "na") c.result = CheckResult::notApplicable;
                    else continue;
                    a.checks.push_back(c);
                    break;
                }
            }
            a.outcome = PromptOutcome::answered;
            return a;
        }
    }
    return a;
}

}  // namespace gasbench::station
