#pragma once
// What every fuzz target shares. A target is one function named GASBENCH_FUZZ_ENTRY: libFuzzer's
// LLVMFuzzerTestOneInput in the fuzz preset, a plain function the replay test calls otherwise.
// A parser may refuse its input only with ConfigError (the project's rule for bad files);
// any other exception escapes, and libFuzzer reports it as a crash.

#include <unistd.h>

#include <QByteArray>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <string>

#include "gasbench/core/config_error.hpp"

#ifndef GASBENCH_FUZZ_ENTRY
#define GASBENCH_FUZZ_ENTRY LLVMFuzzerTestOneInput
#endif

namespace gasbench::fuzz {

inline QByteArray bytesOf(const std::uint8_t* data, std::size_t size) {
    return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

// Runs `parse`; a ConfigError is a proper refusal, anything else escapes.
inline void refusedOnlyWithConfigError(const std::function<void()>& parse) {
    try {
        parse();
    } catch (const ConfigError&) {
    }
}

// A private folder for parsers that read files: `dir()/name` gets each input.
class ScratchDir {
  public:
    ScratchDir() {
        char pattern[] = "/tmp/gasbench-fuzz-XXXXXX";
        if (::mkdtemp(pattern) == nullptr) std::abort();
        dir_ = pattern;
    }
    ~ScratchDir() {
        std::error_code ec;
        std::filesystem::remove_all(dir_, ec);
    }
    const std::filesystem::path& dir() const { return dir_; }

    // Writes the input to dir()/relative and returns that path.
    std::string write(const std::string& relative, const std::uint8_t* data, std::size_t size) const {
        std::filesystem::path p = dir_ / relative;
        std::filesystem::create_directories(p.parent_path());
        std::FILE* f = std::fopen(p.c_str(), "wb");
        if (f == nullptr) std::abort();
        if (size > 0 && std::fwrite(data, 1, size, f) != size) std::abort();
        std::fclose(f);
        return p.string();
    }

  private:
    std::filesystem::path dir_;
};

}  // namespace gasbench::fuzz
