#pragma once
// The one error type for bad input files (register maps, station configs, scenarios, standard
// profiles, batch files, answers files): it names the file, the line or field, and what was
// expected, so a quality manager can fix the file without reading code.

#include <stdexcept>
#include <string>

namespace gasbench {

class ConfigError : public std::runtime_error {
public:
    ConfigError(std::string file, std::string field, std::string problem);

    const std::string& file() const { return file_; }
    const std::string& field() const { return field_; }  // "channels[3].unit", or "line 12"
    const std::string& problem() const { return problem_; }

private:
    std::string file_;
    std::string field_;
    std::string problem_;
};

}  // namespace gasbench
