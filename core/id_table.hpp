#pragma once
// An enum's ids in the enum's order, for the core's xxxId / parseXxx pairs (private to core/).

#include <array>
#include <optional>
#include <string_view>

namespace gasbench::detail {

template <typename E, std::size_t N>
std::string_view idOf(const std::array<std::string_view, N>& ids, E value) {
    return ids.at(static_cast<std::size_t>(value));
}

template <typename E, std::size_t N>
std::optional<E> parseId(const std::array<std::string_view, N>& ids, std::string_view id) {
    for (std::size_t i = 0; i < N; ++i) {
        if (ids[i] == id) return static_cast<E>(i);
    }
    return std::nullopt;
}

}  // namespace gasbench::detail
