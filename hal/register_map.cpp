#include "gasbench/hal/register_map.hpp"

#include <QByteArray>
#include <algorithm>
#include <set>

#include "gasbench/core/json_fields.hpp"

namespace gasbench::hal {
namespace {

constexpr std::initializer_list<const char*> kFunctionNames = {"coil", "discreteInput",
                                                               "holdingRegister", "inputRegister"};
constexpr std::initializer_list<const char*> kTypeNames = {"bool", "u16", "i16",
                                                           "u32",  "i32", "f32"};
constexpr std::initializer_list<const char*> kOrderNames = {"abcd", "badc", "cdab", "dcba"};
constexpr std::initializer_list<const char*> kAccessNames = {"read", "write", "readWrite"};
constexpr long long kMaxAddress = 65535;

RegisterFunction functionField(const JsonFields& f, const char* key) {
    return static_cast<RegisterFunction>(f.oneOf(key, kFunctionNames));
}

// One occupied span of a table, to find overlaps; `what` names its field for the error.
struct Span {
    RegisterFunction function;
    unsigned first;
    unsigned last;      // inclusive
    std::string field;  // "channels[2].address"
    std::string what;   // "channel 'temperature'"
};

ChannelSpec readChannel(const JsonFields& c) {
    c.allowOnly({"name", "function", "address", "type", "order", "scale", "offset", "unit",
                 "access", "rangeLow", "rangeHigh", "description"});
    ChannelSpec ch;
    ch.name = c.string("name");
    if (ch.name.empty()) throw c.error("name", "expected a non-empty channel name");
    ch.function = functionField(c, "function");
    ch.address = static_cast<std::uint16_t>(c.integer("address", 0, kMaxAddress));
    ch.type = static_cast<ValueType>(c.oneOf("type", kTypeNames));
    if (c.has("order")) ch.order = static_cast<WordOrder>(c.oneOf("order", kOrderNames));
    ch.scale = c.optNumber("scale").value_or(1.0);
    ch.offset = c.optNumber("offset").value_or(0.0);
    if (ch.scale == 0.0) throw c.error("scale", "expected a non-zero scale");
    ch.unit = c.unit("unit");
    ch.access = static_cast<Access>(c.oneOf("access", kAccessNames));
    ch.rangeLow = c.optNumber("rangeLow");
    ch.rangeHigh = c.optNumber("rangeHigh");
    ch.description = c.optString("description").value_or("");

    const bool isBool = ch.type == ValueType::boolean;
    if (holdsWords(ch.function) && isBool) {
        throw c.error("type", std::string("expected a word type (u16, i16, u32, i32, f32) for a ") +
                                  std::string(registerFunctionName(ch.function)) +
                                  ", found 'bool'");
    }
    if (!holdsWords(ch.function) && !isBool) {
        throw c.error("type", std::string("expected 'bool' for a ") +
                                  std::string(registerFunctionName(ch.function)) + ", found '" +
                                  std::string(valueTypeName(ch.type)) + "'");
    }
    if (ch.writable() && !isWritableFunction(ch.function)) {
        throw c.error("access", std::string("expected 'read' for a ") +
                                    std::string(registerFunctionName(ch.function)) +
                                    " (a master cannot write it), found '" +
                                    std::string(accessName(ch.access)) + "'");
    }
    if (isBool != (ch.unit.dimension == units::Dimension::state)) {
        throw c.error("unit",
                      isBool ? "expected 'bool' for a bool channel, found '" + ch.unit.symbol + "'"
                             : "expected a measuring unit for a word channel, found 'bool'");
    }
    if (isBool && (ch.scale != 1.0 || ch.offset != 0.0)) {
        throw c.error(ch.scale != 1.0 ? "scale" : "offset",
                      "expected no scale or offset on a bool channel");
    }
    if (ch.rangeLow && ch.rangeHigh && *ch.rangeLow > *ch.rangeHigh) {
        throw c.error("rangeLow", "expected rangeLow <= rangeHigh");
    }
    if (static_cast<unsigned>(ch.address) + ch.width() - 1 > kMaxAddress) {
        throw c.error("address", "expected the value to end at or below address 65535");
    }
    return ch;
}

void refuseOverlaps(std::vector<Span> spans, const std::string& file) {
    std::stable_sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) {
        return a.function != b.function ? a.function < b.function : a.first < b.first;
    });
    for (std::size_t i = 1; i < spans.size(); ++i) {
        const Span& a = spans[i - 1];
        const Span& b = spans[i];
        if (a.function == b.function && b.first <= a.last) {
            throw ConfigError(file, b.field,
                              b.what + " overlaps " + a.what + " in the " +
                                  std::string(registerFunctionName(a.function)) +
                                  " table at address " + std::to_string(b.first) +
                                  "; expected addresses that do not overlap");
        }
    }
}

}  // namespace

std::uint16_t ChannelSpec::width() const {
    switch (type) {
        case ValueType::boolean:
        case ValueType::u16:
        case ValueType::i16:
            return 1;
        case ValueType::u32:
        case ValueType::i32:
        case ValueType::f32:
            return 2;
    }
    return 1;
}

const ChannelSpec* DeviceMap::find(const std::string& name) const {
    for (const ChannelSpec& c : channels) {
        if (c.name == name) return &c;
    }
    return nullptr;
}

bool holdsWords(RegisterFunction f) {
    return f == RegisterFunction::holdingRegister || f == RegisterFunction::inputRegister;
}

bool isWritableFunction(RegisterFunction f) {
    return f == RegisterFunction::coil || f == RegisterFunction::holdingRegister;
}

namespace {

DeviceMap readDeviceMap(const JsonFields& top) {
    const std::string& file = top.file();
    top.allowOnly({"id", "version", "kind", "vendor", "model", "description", "identity",
                   "watchdog", "channels"});
    DeviceMap map;
    map.sourceFile = file;
    map.id = top.string("id");
    map.version = static_cast<int>(top.integer("version", 1, 1000000));
    map.kind = top.string("kind");
    map.vendor = top.string("vendor");
    map.model = top.string("model");
    std::vector<Span> spans;
    if (auto id = top.optObject("identity")) {
        id->allowOnly({"function", "address", "expected"});
        IdentitySpec spec;
        spec.function = functionField(*id, "function");
        if (!holdsWords(spec.function)) {
            throw id->error("function",
                            "expected inputRegister or holdingRegister (the identity is a word)");
        }
        spec.address = static_cast<std::uint16_t>(id->integer("address", 0, kMaxAddress));
        spec.expected = static_cast<std::uint16_t>(id->integer("expected", 0, 65535));
        map.identity = spec;
        spans.push_back({spec.function, spec.address, spec.address, "identity.address",
                         "the identity register"});
    }
    if (auto wd = top.optObject("watchdog")) {
        wd->allowOnly({"address", "timeoutMs"});
        WatchdogSpec spec;
        spec.address = static_cast<std::uint16_t>(wd->integer("address", 0, kMaxAddress));
        spec.timeoutMs = static_cast<std::uint32_t>(wd->integer("timeoutMs", 100, 600000));
        map.watchdog = spec;
        spans.push_back({RegisterFunction::holdingRegister, spec.address, spec.address,
                         "watchdog.address", "the watchdog register"});
    }
    std::vector<JsonFields> channels = top.objects("channels");
    if (channels.empty()) throw top.error("channels", "expected at least one channel");
    std::set<std::string> names;
    for (std::size_t i = 0; i < channels.size(); ++i) {
        ChannelSpec ch = readChannel(channels[i]);
        if (!names.insert(ch.name).second) {
            throw channels[i].error(
                "name", "expected a unique channel name, '" + ch.name + "' is used twice");
        }
        spans.push_back({ch.function, ch.address,
                         static_cast<unsigned>(ch.address) + ch.width() - 1u,
                         channels[i].fieldPath("address"), "channel '" + ch.name + "'"});
        map.channels.push_back(std::move(ch));
    }
    refuseOverlaps(std::move(spans), file);
    return map;
}

}  // namespace

DeviceMap loadDeviceMap(const std::string& path) {
    return readDeviceMap(JsonFields::fromFile(path));
}

DeviceMap parseDeviceMap(const QByteArray& bytes, const std::string& file) {
    return readDeviceMap(JsonFields::fromBytes(bytes, file));
}

std::string_view registerFunctionName(RegisterFunction f) {
    return *(kFunctionNames.begin() + static_cast<int>(f));
}

std::string_view valueTypeName(ValueType t) {
    return *(kTypeNames.begin() + static_cast<int>(t));
}

std::string_view wordOrderName(WordOrder o) {
    return *(kOrderNames.begin() + static_cast<int>(o));
}

std::string_view accessName(Access a) {
    return *(kAccessNames.begin() + static_cast<int>(a));
}

}  // namespace gasbench::hal
