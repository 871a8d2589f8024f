#include "gasbench/core/verdict.hpp"

#include <array>

#include "id_table.hpp"

namespace gasbench {
namespace {

constexpr std::array<std::string_view, 3> kVerdicts = {"pass", "fail", "inconclusive"};
constexpr std::array<std::string_view, 2> kNonconformities = {"structural", "marking"};

}  // namespace

std::string_view verdictId(Verdict v) { return detail::idOf(kVerdicts, v); }
std::optional<Verdict> parseVerdict(std::string_view id) { return detail::parseId<Verdict>(kVerdicts, id); }

std::string_view nonconformityId(Nonconformity n) {
    return detail::idOf(kNonconformities, n);
}
std::optional<Nonconformity> parseNonconformity(std::string_view id) {
    return detail::parseId<Nonconformity>(kNonconformities, id);
}

}  // namespace gasbench
