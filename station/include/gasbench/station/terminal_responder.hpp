#pragma once
// Answers a procedure's prompts at the terminal (`gasbench run` without --answers): the
// instruction in Chinese and English, then one line of input. STOP (Ctrl-C, or the station
// aborting the run) ends a pending prompt.

#include <cstdio>
#include <istream>
#include <ostream>

#include "gasbench/procedures/prompt.hpp"

namespace gasbench::station {

class TerminalResponder final : public procedures::PromptResponder {
public:
    // `inputFd` is polled so that a stop request is seen while waiting for a line.
    TerminalResponder(int inputFd, std::ostream& out) : inputFd_(inputFd), out_(out) {}
    procedures::PromptAnswer answer(const procedures::Prompt& prompt, std::stop_token stop) override;

private:
    // One line, or nullopt on stop / end of input.
    std::optional<std::string> readLine(std::stop_token stop, bool& endOfInput);

    int inputFd_;
    std::ostream& out_;
    std::string pending_;
};

}  // namespace gasbench::station
