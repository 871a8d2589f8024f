#include "gasbench/sim/control_unit.hpp"

#include <bit>

namespace gasbench::sim {
namespace {

float f32(std::span<const std::uint16_t> r, int at) {
    auto bits = (static_cast<std::uint32_t>(r[static_cast<std::size_t>(at)]) << 16) |
                r[static_cast<std::size_t>(at) + 1];
    return std::bit_cast<float>(bits);
}

}  // namespace

ControlRequest readControl(std::span<const std::uint16_t> r, Nanos now) {
    using namespace control;
    auto at = [&](int i) { return r[static_cast<std::size_t>(i)]; };
    ControlRequest c;
    c.knobHeld = at(kKnobHeld) != 0;
    c.blowOut = at(kBlowOut) != 0;
    c.restart = std::chrono::milliseconds(at(kRestartMs));

    Fault base;
    base.unitId = at(kLinkFaultUnit);
    base.from = now;
    auto add = [&](FaultKind kind) {
        Fault f = base;
        f.kind = kind;
        c.faults.push_back(f);
        return &c.faults.back();
    };
    if (at(kRefuseConnections) != 0) add(FaultKind::refuseConnections);
    if (at(kDropConnections) != 0) add(FaultKind::dropConnections);
    if (at(kDelayMs) != 0) add(FaultKind::delay)->delay = units::milliseconds(at(kDelayMs));
    if (at(kCorruptCrc) != 0) add(FaultKind::corruptCrc);
    if (at(kExceptionCode) != 0) {
        Fault* f = add(FaultKind::exception);
        f->exceptionCode = at(kExceptionCode);
        f->firstAddress = at(kExceptionFirst);
        f->lastAddress = at(kExceptionLast);
    }
    if (at(kChannelUnit) != 0) {
        base.unitId = at(kChannelUnit);
        c.channelIndex = at(kChannelIndex);
        if (at(kFreeze) != 0) add(FaultKind::freeze);
        if (float sd = f32(r, kNoiseSd); sd != 0.0f) add(FaultKind::noise)->amount = sd;
        if (float rate = f32(r, kDriftPerS); rate != 0.0f) add(FaultKind::drift)->amount = rate;
    }
    return c;
}

}  // namespace gasbench::sim
