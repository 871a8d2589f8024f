// Fuzz target: a sampling-batch file (storage::readBatchFile), as `gasbench batch add` reads it.
#include "fuzz_support.hpp"
#include "gasbench/storage/batch_file.hpp"

extern "C" int GASBENCH_FUZZ_ENTRY(const std::uint8_t* data, std::size_t size) {
    static const gasbench::fuzz::ScratchDir scratch;
    std::string file = scratch.write("fuzz-batch.json", data, size);
    gasbench::fuzz::refusedOnlyWithConfigError([&] { gasbench::storage::readBatchFile(file); });
    return 0;
}
