#include "gasbench/core/verdict.hpp"

#include <array>

namespace gasbench {
namespace {

constexpr std::array<std::string_view, 3> kVerdicts = {"pass", "fail", "inconclusive"};
constexpr std::array<std::string_view, 2> kNonconformities = {"structural", "marking"};

template <typename E, std::size_t N>
std::optional<E> parseId(const std::array<std::string_view, N>& ids, std::string_view id) {
    for (std::size_t i = 0; i < N; ++i) {
        if (ids[i] == id) return static_cast<E>(i);
    }
    return std::nullopt;
}

}  // namespace

std::string_view verdictId(Verdict v) { return kVerdicts.at(static_cast<std::size_t>(v)); }
std::optional<Verdict> parseVerdict(std::string_view id) { return parseId<Verdict>(kVerdicts, id); }

std::string_view nonconformityId(Nonconformity n) {
    return kNonconformities.at(static_cast<std::size_t>(n));
}
std::optional<Nonconformity> parseNonconformity(std::string_view id) {
    return parseId<Nonconformity>(kNonconformities, id);
}

}  // namespace gasbench
