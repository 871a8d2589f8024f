#pragma once
// What went wrong with one Modbus request, typed so that a caller can decide on it: retry,
// reconnect, fault the device, or show the operator the device's own exception.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "gasbench/core/clock.hpp"
#include "gasbench/core/reading.hpp"

namespace gasbench::hal {

enum class LinkErrorKind {
    timeout,      // no (complete) answer within the response timeout
    linkDown,     // not connected: refused, reset, closed, device missing
    crc,          // RTU frame with a bad CRC
    exception,    // the device answered with a Modbus exception (exceptionCode says which)
    badLength,    // an answer of the wrong length, function, transaction or unit
    config,       // the request or the bus settings cannot work (bad unit id, too many registers)
    refused,      // never sent: the device is not armed, the channel is read-only, the value is
                  // out of range or of the wrong dimension
    wrongDevice,  // the identity register holds another device's id
};

// Modbus exception codes (Modbus Application Protocol V1.1b3, 7).
enum class ModbusException : std::uint8_t {
    illegalFunction = 1,
    illegalDataAddress = 2,
    illegalDataValue = 3,
    serverDeviceFailure = 4,
    acknowledge = 5,
    serverBusy = 6,
    negativeAcknowledge = 7,
    memoryParityError = 8,
    gatewayPathUnavailable = 10,
    gatewayTargetFailedToRespond = 11,
};

struct LinkError {
    LinkErrorKind kind = LinkErrorKind::linkDown;
    int exceptionCode = 0;  // the Modbus exception code when kind == exception, else 0
    std::string text;       // for people: what, where, why
};

std::string_view linkErrorKindName(LinkErrorKind k);
// "illegal data address"; "exception 9" for a code the standard does not name.
std::string exceptionName(int code);
// How a failed read shows in its Reading.
ReadingStatus readingStatusFor(LinkErrorKind k);

// One request's outcome: its value or its error, and when the (last) attempt started and ended
// on the bench clock. `attempts` counts the first try and every retry.
template <typename T>
struct LinkResult {
    std::optional<T> value;
    std::optional<LinkError> error;
    Nanos started = 0;
    Nanos finished = 0;
    int attempts = 0;

    bool ok() const { return !error.has_value(); }
    Nanos midpoint() const { return started + (finished - started) / 2; }
};

struct Done {};  // the value of a write that succeeded

}  // namespace gasbench::hal
