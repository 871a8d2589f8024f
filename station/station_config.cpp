#include "gasbench/station/station_config.hpp"

#include <QDir>
#include <QFileInfo>
#include <cstdio>
#include <set>

#include "gasbench/hal/codec.hpp"
#include "gasbench/core/json_fields.hpp"
#include "gasbench/station/role_catalog.hpp"

namespace gasbench::station {
namespace {

std::string resolveBeside(const std::string& configFile, const std::string& relative) {
    QFileInfo rel(QString::fromStdString(relative));
    if (rel.isAbsolute()) return relative;
    QDir dir = QFileInfo(QString::fromStdString(configFile)).absoluteDir();
    return QDir::cleanPath(dir.filePath(rel.filePath())).toStdString();
}

hal::BusConfig readBus(const JsonFields& f) {
    f.allowOnly({"name", "transport", "host", "port", "device", "baud", "parity", "data_bits",
                 "stop_bits", "timeout_ms", "retries", "retry_backoff_ms", "reconnect_ms"});
    hal::BusConfig b;
    b.name = f.string("name");
    b.transport = f.oneOf("transport", {"tcp", "rtu"}) == 0 ? hal::Transport::tcp : hal::Transport::rtu;
    if (b.transport == hal::Transport::tcp) {
        b.host = f.string("host");
        b.port = static_cast<std::uint16_t>(f.integer("port", 1, 65535));
    } else {
        b.device = f.string("device");
        b.baud = static_cast<int>(f.optInteger("baud", 300, 4'000'000).value_or(9600));
        if (f.has("parity")) b.parity = "NEO"[f.oneOf("parity", {"N", "E", "O"})];
        b.dataBits = static_cast<int>(f.optInteger("data_bits", 7, 8).value_or(8));
        b.stopBits = static_cast<int>(f.optInteger("stop_bits", 1, 2).value_or(1));
    }
    if (auto t = f.optInteger("timeout_ms", 10, 60'000)) b.responseTimeout = std::chrono::milliseconds(*t);
    if (auto r = f.optInteger("retries", 0, 10)) b.retries = static_cast<int>(*r);
    if (auto r = f.optInteger("retry_backoff_ms", 0, 10'000)) b.retryBackoff = std::chrono::milliseconds(*r);
    if (auto r = f.optInteger("reconnect_ms", 10, 60'000)) b.reconnectInterval = std::chrono::milliseconds(*r);
    return b;
}

}  // namespace

const StationChannel* StationConfig::findChannel(const std::string& qualifiedName) const {
    for (const auto& c : channels) {
        if (c.qualifiedName == qualifiedName) return &c;
    }
    return nullptr;
}

const StationDevice* StationConfig::findDevice(const std::string& name) const {
    for (const auto& d : devices) {
        if (d.name == name) return &d;
    }
    return nullptr;
}

std::optional<ChannelId> StationConfig::role(const std::string& name) const {
    auto it = roles.find(name);
    if (it == roles.end()) return std::nullopt;
    return it->second;
}

const StationDevice* StationConfig::deviceRole(const std::string& name) const {
    auto it = deviceRoles.find(name);
    return it == deviceRoles.end() ? nullptr : findDevice(it->second);
}

std::optional<ChannelId> StationConfig::analyzerChannel(const std::string& name) const {
    const StationDevice* analyzer = deviceRole("analyzer");
    if (!analyzer) return std::nullopt;
    const StationChannel* c = findChannel(analyzer->name + "." + name);
    if (!c) return std::nullopt;
    return c->id;
}

void StationConfig::retargetTcp(const std::string& host, std::uint16_t port) {
    for (auto& b : buses) {
        if (b.transport == hal::Transport::tcp) {
            b.host = host;
            b.port = port;
        }
    }
}

namespace {

LabDetails readLab(const JsonFields& top) {
    JsonFields lab = top.object("lab");
    lab.allowOnly({"name", "name_en", "address", "accreditation", "report_number_pattern"});
    LabDetails out;
    out.name = lab.string("name");
    out.nameEn = lab.optString("name_en").value_or(out.name);
    out.address = lab.optString("address").value_or("");
    out.accreditation = lab.optString("accreditation").value_or("");
    out.reportNumberPattern = lab.optString("report_number_pattern").value_or("{station}-{year}-{seq:4}");
    return out;
}

std::vector<hal::BusConfig> readBuses(const JsonFields& top) {
    std::vector<hal::BusConfig> buses;
    for (const auto& b : top.objects("buses")) {
        hal::BusConfig bus = readBus(b);
        for (const auto& other : buses) {
            if (other.name == bus.name) throw b.error("name", "bus '" + bus.name + "' is named twice");
        }
        buses.push_back(bus);
    }
    if (buses.empty()) throw top.error("buses", "expected at least one bus");
    return buses;
}

// The device's channels, each polled at the device's rate unless its "poll" entry says otherwise.
void addChannels(StationConfig& cfg, const StationDevice& dev, const JsonFields& d, double deviceRate) {
    std::optional<JsonFields> poll = d.optObject("poll");
    if (poll) {
        for (auto it = poll->raw().begin(); it != poll->raw().end(); ++it) {
            if (!dev.map->find(it.key().toStdString())) {
                throw poll->error(it.key().toStdString().c_str(),
                                  "map " + dev.map->id + " has no channel of that name");
            }
        }
    }
    for (const auto& spec : dev.map->channels) {
        StationChannel ch;
        ch.id = static_cast<ChannelId>(cfg.channels.size());
        ch.device = dev.name;
        ch.qualifiedName = dev.name + "." + spec.name;
        ch.spec = &spec;
        ch.unitId = dev.unitId;
        ch.bus = dev.bus;
        ch.rateHz = spec.readable() ? deviceRate : 0.0;
        if (poll && poll->has(spec.name.c_str())) {
            JsonFields p = poll->object(spec.name.c_str());
            p.allowOnly({"rate_hz", "priority"});
            ch.rateHz = p.optNumber("rate_hz").value_or(ch.rateHz);
            if (ch.rateHz < 0 || ch.rateHz > 1000) throw p.error("rate_hz", "expected 0 to 1000 Hz");
            if (ch.rateHz > 0 && !spec.readable()) throw p.error("rate_hz", "a write-only channel cannot be polled");
            ch.priority = static_cast<int>(p.optInteger("priority", -100, 100).value_or(0));
        }
        cfg.channels.push_back(ch);
    }
}

void readDevices(StationConfig& cfg, const JsonFields& top, const std::string& path) {
    std::set<std::pair<std::string, int>> unitsOnBus;
    for (const auto& d : top.objects("devices")) {
        d.allowOnly({"name", "bus", "unit", "map", "critical", "loss_timeout_ms", "rate_hz", "poll"});
        StationDevice dev;
        dev.name = d.string("name");
        if (cfg.findDevice(dev.name)) throw d.error("name", "device '" + dev.name + "' is named twice");
        dev.bus = d.string("bus");
        bool busKnown = false;
        for (const auto& b : cfg.buses) busKnown = busKnown || b.name == dev.bus;
        if (!busKnown) throw d.error("bus", "unknown bus '" + dev.bus + "'");
        dev.unitId = static_cast<int>(d.integer("unit", 1, 247));
        if (!unitsOnBus.insert({dev.bus, dev.unitId}).second) {
            throw d.error("unit", "two devices answer at unit " + std::to_string(dev.unitId) +
                                      " on bus '" + dev.bus + "'");
        }
        std::string mapPath = resolveBeside(path, d.string("map"));
        if (!QFileInfo::exists(QString::fromStdString(mapPath))) {
            throw d.error("map", "no register map at " + mapPath);
        }
        dev.map = std::make_shared<const hal::DeviceMap>(hal::loadDeviceMap(mapPath));
        dev.critical = d.optBoolean("critical").value_or(true);
        dev.lossTimeout = std::chrono::milliseconds(d.optInteger("loss_timeout_ms", 50, 600'000).value_or(2000));
        double deviceRate = d.optNumber("rate_hz").value_or(10.0);
        if (deviceRate < 0 || deviceRate > 1000) throw d.error("rate_hz", "expected 0 to 1000 Hz");
        addChannels(cfg, dev, d, deviceRate);
        cfg.devices.push_back(std::move(dev));
    }
}

void readDeviceRole(StationConfig& cfg, const JsonFields& roles, const RoleInfo& info, const std::string& target) {
    const std::string role(info.name);
    const StationDevice* dev = cfg.findDevice(target);
    if (!dev) throw roles.error(role.c_str(), "unknown device '" + target + "'");
    if (dev->map->kind != info.deviceKind) {
        throw roles.error(role.c_str(), "device '" + target + "' is a " + dev->map->kind + ", expected a " +
                                            std::string(info.deviceKind));
    }
    cfg.deviceRoles[role] = target;
}

void readChannelRole(StationConfig& cfg, const JsonFields& roles, const RoleInfo& info, const std::string& target) {
    const std::string role(info.name);
    const StationChannel* ch = cfg.findChannel(target);
    if (!ch) throw roles.error(role.c_str(), "unknown channel '" + target + "', expected DEVICE.CHANNEL");
    if (ch->spec->unit.dimension != info.dimension) {
        throw roles.error(role.c_str(), "channel '" + target + "' carries " +
                                            std::string(units::dimensionName(ch->spec->unit.dimension)) +
                                            ", the role needs " + std::string(units::dimensionName(info.dimension)));
    }
    if (info.direction == RoleDirection::output && !ch->spec->writable()) {
        throw roles.error(role.c_str(), "channel '" + target + "' cannot be written; the role is an output");
    }
    if (info.direction == RoleDirection::input && !ch->spec->readable()) {
        throw roles.error(role.c_str(), "channel '" + target + "' cannot be read; the role is an input");
    }
    cfg.roles[role] = ch->id;
}

void readRoles(StationConfig& cfg, const JsonFields& top) {
    JsonFields roles = top.object("roles");
    for (auto it = roles.raw().begin(); it != roles.raw().end(); ++it) {
        std::string role = it.key().toStdString();
        std::string target = roles.string(role.c_str());
        auto info = findRole(role);
        if (!info) throw roles.error(role.c_str(), "unknown role");
        if (info->target == RoleTarget::device) {
            readDeviceRole(cfg, roles, *info, target);
        } else {
            readChannelRole(cfg, roles, *info, target);
        }
    }
}

std::string rangeText(const std::optional<double>& bound) {
    if (!bound) return "unbounded";
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", *bound);
    return buf;
}

// The safe state is checked here, not found wanting at the end of a run: every output the
// station can drive has a value, the gas and ignition roles hold closed/off, set-points are
// zero, and each value lies inside its channel's range.
void readSafeState(StationConfig& cfg, const JsonFields& top) {
    const std::set<std::string> mustBeOff{"supply_valve", "igniter", "knob_hold"};
    const std::set<std::string> mustBeZero{"flow_setpoint", "pressure_setpoint"};
    std::set<ChannelId> listed;
    for (const auto& s : top.objects("safe_state")) {
        s.allowOnly({"channel", "value"});
        std::string name = s.string("channel");
        const StationChannel* ch = cfg.findChannel(name);
        if (!ch) throw s.error("channel", "unknown channel '" + name + "'");
        if (!ch->spec->writable()) throw s.error("channel", "channel '" + name + "' cannot be written");
        if (!listed.insert(ch->id).second) throw s.error("channel", "channel '" + name + "' is listed twice");
        SafeStateOutput out;
        out.channel = ch->id;
        if (ch->spec->unit.dimension == units::Dimension::state) {
            out.value = s.boolean("value");
        } else {
            out.value = ch->spec->unit.toQuantity(s.number("value"));
        }
        if (!hal::inRange(*ch->spec, out.value)) {
            throw s.error("value", "outside the range of '" + name + "': expected " + rangeText(ch->spec->rangeLow) +
                                       " to " + rangeText(ch->spec->rangeHigh) + " " + ch->spec->unit.symbol);
        }
        for (const auto& [role, id] : cfg.roles) {
            if (id != ch->id) continue;
            if (mustBeOff.count(role) && units::siValue(out.value) != 0.0) {
                throw s.error("value", "'" + name + "' is the " + role + ": its safe value is false (closed/off)");
            }
            if (mustBeZero.count(role) && units::siValue(out.value) != 0.0) {
                throw s.error("value", "'" + name + "' is the " + role + ": its safe value is 0");
            }
        }
        cfg.safeState.push_back(out);
    }
    if (cfg.safeState.empty()) throw top.error("safe_state", "expected the outputs of the bench's safe state");
    for (const auto& ch : cfg.channels) {
        if (ch.spec->writable() && !listed.count(ch.id)) {
            throw top.error("safe_state", "output '" + ch.qualifiedName +
                                              "' has no safe value: list every output the station can drive");
        }
    }
}

}  // namespace

StationConfig loadStationConfig(const std::string& path) {
    JsonFields top = JsonFields::fromFile(path);
    top.allowOnly({"station", "version", "lab", "buses", "devices", "roles", "safe_state", "description"});
    StationConfig cfg;
    cfg.sourceFile = path;
    cfg.id = top.string("station");
    cfg.version = static_cast<int>(top.integer("version", 1, 1'000'000));
    cfg.lab = readLab(top);
    cfg.buses = readBuses(top);
    readDevices(cfg, top, path);
    readRoles(cfg, top);
    readSafeState(cfg, top);
    return cfg;
}

}  // namespace gasbench::station
