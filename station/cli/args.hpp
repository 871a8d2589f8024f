#pragma once
// A small command-line reader: options `--name value`, flags `--name`, and positionals in
// order. A verb takes what it knows and calls finish(), which refuses anything left over, so a
// wrong argument always ends in the verb's usage and a non-zero exit.

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace gasbench::cli {

class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class Args {
public:
    explicit Args(std::vector<std::string> words) : words_(std::move(words)) {}

    // `--name VALUE`, once at most.
    std::optional<std::string> option(const std::string& name);
    std::string require(const std::string& name);
    // `--name` with no value.
    bool flag(const std::string& name);
    // Every `--name VALUE`, in order (for options that repeat).
    std::vector<std::string> options(const std::string& name);
    // The next word that is not an option; nullopt when none is left.
    std::optional<std::string> positional();
    std::string requirePositional(const std::string& what);
    // Refuses whatever is left unread.
    void finish();

    // Parsers that turn a bad number into a UsageError naming the option.
    static double toDouble(const std::string& name, const std::string& value);
    static long toInt(const std::string& name, const std::string& value);

private:
    std::vector<std::string> words_;
};

}  // namespace gasbench::cli
