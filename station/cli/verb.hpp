#pragma once
// The `gasbench` program is a set of verbs, like git. Each verb lives in its own file in this
// folder and registers itself with GASBENCH_VERB; main.cpp dispatches by name.

#include <functional>
#include <map>
#include <string>

#include "args.hpp"

namespace gasbench::cli {

struct Verb {
    std::string name;     // "batch", "run", "sim"
    std::string summary;  // one line for `gasbench help`
    std::string usage;    // the full usage text, printed on a usage error
    std::function<int(Args&)> run;
    // Lays out text (the reports' PDFs): main() then starts a QGuiApplication (on the offscreen
    // platform when no display is named) instead of a QCoreApplication.
    bool laysOutText = false;
};

std::map<std::string, Verb>& verbs();

struct VerbRegistration {
    explicit VerbRegistration(Verb v);
};

}  // namespace gasbench::cli

#define GASBENCH_VERB_CONCAT2(a, b) a##b
#define GASBENCH_VERB_CONCAT(a, b) GASBENCH_VERB_CONCAT2(a, b)
#define GASBENCH_VERB(...)                                                                      \
    static const ::gasbench::cli::VerbRegistration GASBENCH_VERB_CONCAT(gasbenchVerb, __LINE__)( \
        ::gasbench::cli::Verb{__VA_ARGS__})
