#pragma once
// The channel roles procedures know, with the quantity each must carry. A station config that
// wires a role to a channel of another dimension (a pressure role on a temperature channel) is
// refused when it is loaded, not when a run reaches the step.

#include <optional>
#include <string_view>
#include <vector>

#include "gasbench/core/units.hpp"

namespace gasbench::station {

enum class RoleDirection { input, output };

struct RoleInfo {
    std::string_view name;
    units::Dimension dimension;
    RoleDirection direction;
    std::string_view description;
};

const std::vector<RoleInfo>& roleCatalog();
std::optional<RoleInfo> findRole(std::string_view name);

}  // namespace gasbench::station
