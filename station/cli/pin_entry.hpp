#pragma once
// Where the command line takes a PIN from: an environment variable (for scripts), else the
// terminal with echo off, else one line of standard input. Never an argument: arguments are
// visible to every user of the machine in the process list.

#include <string>

namespace gasbench::cli {

// `variable` first (GASBENCH_PIN, GASBENCH_NEW_PIN); UsageError when there is none anywhere.
std::string readPin(const char* variable, const std::string& prompt);

}  // namespace gasbench::cli
