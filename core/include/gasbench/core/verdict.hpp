#pragma once
// A result's verdict and, for a nonconforming checklist item, what the failure counts as. The
// ids are what the database, the JSON output and the report write.

#include <optional>
#include <string_view>

namespace gasbench {

enum class Verdict { pass, fail, inconclusive };
std::string_view verdictId(Verdict v);
std::optional<Verdict> parseVerdict(std::string_view id);

// The campaign statistics count these apart (STANDARDS.md, "structural" vs "marking").
enum class Nonconformity { structural, marking };
std::string_view nonconformityId(Nonconformity n);
std::optional<Nonconformity> parseNonconformity(std::string_view id);

}  // namespace gasbench
