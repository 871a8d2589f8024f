#pragma once
// The roles procedures know. Most name a channel, with the quantity it must carry; a few name a
// whole device of a kind (the analyzer: a gas chromatograph, its channels analyzer.<channel>).
// A station config that wires a role to the wrong thing (a pressure role on a temperature
// channel, the analyzer on a flow meter) is refused when it is loaded, not when a run reaches
// the step.

#include <optional>
#include <string_view>
#include <vector>

#include "gasbench/core/units.hpp"

namespace gasbench::station {

enum class RoleDirection { input, output };
enum class RoleTarget { channel, device };

struct RoleInfo {
    std::string_view name;
    units::Dimension dimension;  // a channel role's quantity
    RoleDirection direction;
    std::string_view description;
    RoleTarget target = RoleTarget::channel;
    std::string_view deviceKind = {};  // a device role's map kind: "gas-chromatograph"
};

const std::vector<RoleInfo>& roleCatalog();
std::optional<RoleInfo> findRole(std::string_view name);

}  // namespace gasbench::station
