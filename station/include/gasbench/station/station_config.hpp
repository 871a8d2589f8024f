#pragma once
// A station config (fixtures/stations/*.json): the buses, the devices on them with their
// register maps, the channel roles procedures use, the safe state, and the lab's details for
// reports. Loading checks everything up front and refuses a config with a ConfigError naming
// the file, the field and what was expected.

#include <chrono>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "gasbench/hal/bus_config.hpp"
#include "gasbench/core/reading.hpp"
#include "gasbench/hal/register_map.hpp"

namespace gasbench::station {

struct LabDetails {
    std::string name;  // zh
    std::string nameEn;
    std::string address;
    std::string accreditation;        // e.g. "CNAS L0000"
    std::string reportNumberPattern;  // "GBL-{year}-{seq:4}"
};

struct StationDevice {
    std::string name;  // "inlet", "outputs", "gc"
    std::string bus;
    int unitId = 1;
    std::shared_ptr<const hal::DeviceMap> map;
    bool critical = true;                             // its loss puts the bench in its safe state
    std::chrono::milliseconds lossTimeout{2000};      // how long it may be silent before that
};

struct StationChannel {
    ChannelId id = 0;
    std::string device;
    std::string qualifiedName;  // "inlet.pressure"
    const hal::ChannelSpec* spec = nullptr;  // points into the device's map
    int unitId = 1;
    std::string bus;
    double rateHz = 0.0;  // 0: not polled
    int priority = 0;
};

struct SafeStateOutput {
    ChannelId channel = 0;
    units::Quantity value;
};

struct StationConfig {
    std::string id;
    int version = 1;
    std::string sourceFile;
    LabDetails lab;
    std::vector<hal::BusConfig> buses;
    std::vector<StationDevice> devices;
    std::vector<StationChannel> channels;  // index == ChannelId
    std::map<std::string, ChannelId> roles;            // channel roles
    std::map<std::string, std::string> deviceRoles;    // device roles: "analyzer" -> "gc"
    std::vector<SafeStateOutput> safeState;

    const StationChannel& channel(ChannelId channelId) const { return channels.at(channelId); }
    const StationChannel* findChannel(const std::string& qualifiedName) const;
    const StationDevice* findDevice(const std::string& name) const;
    std::optional<ChannelId> role(const std::string& name) const;
    // The device a device role names (the analyzer), if wired.
    const StationDevice* deviceRole(const std::string& name) const;
    // Channel names of the analyzer device ("dme_vol") resolve to its channels.
    std::optional<ChannelId> analyzerChannel(const std::string& name) const;
    // Points every TCP bus at one address (the in-process simulator's port).
    void retargetTcp(const std::string& host, std::uint16_t port);
};

// Reads and checks a station config; map paths are relative to the config file's folder.
StationConfig loadStationConfig(const std::string& path);

}  // namespace gasbench::station
