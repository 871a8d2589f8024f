#include "gasbench/sim/fault.hpp"

#include <array>

namespace gasbench::sim {

namespace {

// In the order of FaultKind: the names scenario files use.
constexpr std::array<const char*, 9> kFaultKindNames = {"refuse_connections",
                                                        "drop_connections",
                                                        "delay",
                                                        "corrupt_crc",
                                                        "exception",
                                                        "restart",
                                                        "freeze",
                                                        "noise",
                                                        "drift"};

FaultKind parseKind(const JsonFields& f) {
    std::string kind = f.string("kind");
    for (std::size_t i = 0; i < kFaultKindNames.size(); ++i) {
        if (kind == kFaultKindNames[i]) return static_cast<FaultKind>(i);
    }
    std::string expected;
    for (const char* name : kFaultKindNames)
        expected += (expected.empty() ? "" : ", ") + std::string(name);
    throw f.error("kind", "expected one of " + expected + ", found \"" + kind + "\"");
}

}  // namespace

std::string_view faultKindName(FaultKind k) {
    return kFaultKindNames[static_cast<std::size_t>(k)];
}

Fault parseFault(const JsonFields& f) {
    f.allowOnly({"kind", "unit_id", "channel", "from_s", "until_s", "delay_ms", "code",
                 "first_address", "last_address", "sd", "rate_per_s", "seed", "note"});
    Fault fault;
    fault.kind = parseKind(f);
    fault.unitId = static_cast<int>(f.optInteger("unit_id", 0, 247).value_or(0));
    if (auto v = f.optNumber("from_s")) fault.from = toNanos(units::seconds(*v));
    if (auto v = f.optNumber("until_s")) fault.until = toNanos(units::seconds(*v));
    if (fault.until <= fault.from) throw f.error("until_s", "expected a time after from_s");
    switch (fault.kind) {
        case FaultKind::delay:
            fault.delay =
                units::milliseconds(static_cast<double>(f.integer("delay_ms", 1, 600000)));
            break;
        case FaultKind::exception:
            fault.exceptionCode = static_cast<int>(f.optInteger("code", 1, 11).value_or(4));
            fault.firstAddress =
                static_cast<std::uint16_t>(f.optInteger("first_address", 0, 65535).value_or(0));
            fault.lastAddress =
                static_cast<std::uint16_t>(f.optInteger("last_address", 0, 65535).value_or(65535));
            if (fault.lastAddress < fault.firstAddress)
                throw f.error("last_address", "expected >= first_address");
            break;
        case FaultKind::restart:
            if (!f.has("from_s") || !f.has("until_s"))
                throw f.error("until_s", "a restart needs from_s and until_s");
            break;
        case FaultKind::noise:
            fault.amount = f.number("sd");
            break;
        case FaultKind::drift:
            fault.amount = f.number("rate_per_s");
            break;
        default:
            break;
    }
    if (fault.onChannel()) {
        fault.channel = f.string("channel");
        if (fault.unitId == 0)
            throw f.error("unit_id", "a channel fault needs the unit id of its device");
        fault.seed = static_cast<std::uint64_t>(f.optInteger("seed", 0, 1LL << 52).value_or(1));
    }
    return fault;
}

}  // namespace gasbench::sim
