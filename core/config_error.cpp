#include "gasbench/core/config_error.hpp"

namespace gasbench {

ConfigError::ConfigError(std::string file, std::string field, std::string problem)
    : std::runtime_error(file + ": " + (field.empty() ? "" : field + ": ") + problem),
      file_(std::move(file)),
      field_(std::move(field)),
      problem_(std::move(problem)) {}

}  // namespace gasbench
