// Fuzz target: an answers file for unattended runs (procedures::AnswersFileResponder::load).
#include "fuzz_support.hpp"
#include "gasbench/procedures/answers_file.hpp"

extern "C" int GASBENCH_FUZZ_ENTRY(const std::uint8_t* data, std::size_t size) {
    static const gasbench::fuzz::ScratchDir scratch;
    std::string file = scratch.write("fuzz-answers.json", data, size);
    gasbench::fuzz::refusedOnlyWithConfigError([&] { gasbench::procedures::AnswersFileResponder::load(file); });
    return 0;
}
