#include "args.hpp"

#include <cstdlib>

namespace gasbench::cli {

std::optional<std::string> Args::option(const std::string& name) {
    std::optional<std::string> found;
    for (std::size_t i = 0; i < words_.size(); ++i) {
        if (words_[i] != name) continue;
        if (i + 1 >= words_.size()) throw UsageError(name + " needs a value");
        if (found) throw UsageError(name + " given twice");
        found = words_[i + 1];
        words_.erase(words_.begin() + static_cast<long>(i), words_.begin() + static_cast<long>(i) + 2);
        --i;
    }
    return found;
}

std::string Args::require(const std::string& name) {
    auto v = option(name);
    if (!v) throw UsageError(name + " is required");
    return *v;
}

bool Args::flag(const std::string& name) {
    bool found = false;
    for (std::size_t i = 0; i < words_.size(); ++i) {
        if (words_[i] == name) {
            found = true;
            words_.erase(words_.begin() + static_cast<long>(i));
            --i;
        }
    }
    return found;
}

std::vector<std::string> Args::options(const std::string& name) {
    std::vector<std::string> all;
    for (std::size_t i = 0; i < words_.size(); ++i) {
        if (words_[i] != name) continue;
        if (i + 1 >= words_.size()) throw UsageError(name + " needs a value");
        all.push_back(words_[i + 1]);
        words_.erase(words_.begin() + static_cast<long>(i), words_.begin() + static_cast<long>(i) + 2);
        --i;
    }
    return all;
}

std::optional<std::string> Args::positional() {
    for (std::size_t i = 0; i < words_.size(); ++i) {
        if (words_[i].rfind("--", 0) == 0) continue;
        std::string w = words_[i];
        words_.erase(words_.begin() + static_cast<long>(i));
        return w;
    }
    return std::nullopt;
}

std::string Args::requirePositional(const std::string& what) {
    auto w = positional();
    if (!w) throw UsageError(what + " is required");
    return *w;
}

void Args::finish() {
    if (words_.empty()) return;
    std::string left;
    for (const auto& w : words_) left += (left.empty() ? "" : " ") + w;
    throw UsageError("unexpected argument(s): " + left);
}

double Args::toDouble(const std::string& name, const std::string& value) {
    char* end = nullptr;
    double v = std::strtod(value.c_str(), &end);
    if (value.empty() || *end != '\0') throw UsageError(name + " expects a number, got '" + value + "'");
    return v;
}

long Args::toInt(const std::string& name, const std::string& value) {
    char* end = nullptr;
    long v = std::strtol(value.c_str(), &end, 10);
    if (value.empty() || *end != '\0') throw UsageError(name + " expects a whole number, got '" + value + "'");
    return v;
}

}  // namespace gasbench::cli
