#include "gasbench/station/role_catalog.hpp"

namespace gasbench::station {

using units::Dimension;

const std::vector<RoleInfo>& roleCatalog() {
    static const std::vector<RoleInfo> roles{
        {"inlet_pressure", Dimension::pressure, RoleDirection::input, "pressure upstream of the sample"},
        {"outlet_pressure", Dimension::pressure, RoleDirection::input, "pressure downstream of the sample"},
        {"test_pressure", Dimension::pressure, RoleDirection::input, "pressure in the sample under an airtightness test"},
        {"flame", Dimension::state, RoleDirection::input, "flame present"},
        {"flame_signal", Dimension::voltage, RoleDirection::input, "thermocouple signal"},
        {"ionisation_signal", Dimension::current, RoleDirection::input, "ionisation current"},
        {"gas_flow", Dimension::volumeFlow, RoleDirection::input, "gas flow to the sample"},
        {"temperature", Dimension::temperature, RoleDirection::input, "gas or sample temperature"},
        {"supply_valve", Dimension::state, RoleDirection::output, "gas supply solenoid"},
        {"igniter", Dimension::state, RoleDirection::output, "igniter"},
        {"vent_valve", Dimension::state, RoleDirection::output, "vent to atmosphere"},
        {"isolation_valve", Dimension::state, RoleDirection::output, "isolates the sample from the supply"},
        {"knob_hold", Dimension::state, RoleDirection::output, "the appliance knob held pressed"},
        {"flow_setpoint", Dimension::volumeFlow, RoleDirection::output, "flow-control valve set-point"},
        {"pressure_setpoint", Dimension::pressure, RoleDirection::output, "pressure-controller set-point"},
        {"analyzer", Dimension::dimensionless, RoleDirection::input,
         "the gas chromatograph; procedures read its channels as analyzer.<channel>", RoleTarget::device,
         "gas-chromatograph"},
    };
    return roles;
}

std::optional<RoleInfo> findRole(std::string_view name) {
    for (const auto& r : roleCatalog()) {
        if (r.name == name) return r;
    }
    return std::nullopt;
}

}  // namespace gasbench::station
