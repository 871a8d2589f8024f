#include "pin_entry.hpp"

#include <termios.h>
#include <unistd.h>

#include <cstdlib>
#include <iostream>

#include "args.hpp"

namespace gasbench::cli {

std::string readPin(const char* variable, const std::string& prompt) {
    if (const char* env = std::getenv(variable); env && *env) return env;
    const bool terminal = isatty(STDIN_FILENO) != 0;
    termios saved{};
    if (terminal) {
        std::cerr << prompt << ": " << std::flush;
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= static_cast<tcflag_t>(~ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    std::string pin;
    bool got = static_cast<bool>(std::getline(std::cin, pin));
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::cerr << '\n';
    }
    if (!got || pin.empty()) throw UsageError(prompt + ": give it on the terminal or in " + variable);
    return pin;
}

}  // namespace gasbench::cli
