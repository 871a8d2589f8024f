#pragma once
// One bus (a Modbus TCP connection or an RTU serial line) over libmodbus. Every request has the
// bus's response timeout, is retried with a doubling back-off, and ends in a value or a typed
// LinkError with the request's start and end on the bench clock. After the link is lost the
// next request reconnects (no restart needed); failed connects are spaced by reconnectInterval.
//
// Not thread-safe by design: one owner thread per bus (a libmodbus context is not either).

#include <cstdint>
#include <span>
#include <vector>

#include "gasbench/hal/bus_config.hpp"
#include "gasbench/core/clock.hpp"
#include "gasbench/hal/link_error.hpp"
#include "gasbench/hal/register_map.hpp"

struct _modbus;  // libmodbus's context, kept out of our headers

namespace gasbench::hal {

class ModbusLink {
  public:
    ModbusLink(BusConfig config, const Clock& clock);
    ~ModbusLink();
    ModbusLink(const ModbusLink&) = delete;
    ModbusLink& operator=(const ModbusLink&) = delete;

    // Reads `count` holding or input registers (functions 3, 4).
    LinkResult<std::vector<std::uint16_t>> readRegisters(int unitId, RegisterFunction function,
                                                         std::uint16_t address,
                                                         std::uint16_t count);
    // Reads `count` coils or discrete inputs (functions 1, 2); one byte (0/1) per bit.
    LinkResult<std::vector<std::uint8_t>> readBits(int unitId, RegisterFunction function,
                                                   std::uint16_t address, std::uint16_t count);
    // Writes holding registers: function 6 for one word, 16 for more.
    LinkResult<Done> writeRegisters(int unitId, std::uint16_t address,
                                    std::span<const std::uint16_t> words);
    // Writes one coil (function 5).
    LinkResult<Done> writeBit(int unitId, std::uint16_t address, bool value);

    // Opens the link now (requests also do it on demand). Returns the error if it cannot.
    std::optional<LinkError> connect();
    // Opens the link unless it is open; after a failed attempt, the next one waits for
    // reconnectInterval (until then this returns linkDown at once).
    std::optional<LinkError> open();
    void close();
    bool connected() const { return connected_; }
    const BusConfig& config() const { return config_; }
    // "tcp 127.0.0.1:1502" or "rtu /dev/pts/3 9600 8N1", for messages.
    std::string describe() const;

  private:
    // What a request is, made into text only when it fails (the fast path builds no strings).
    struct RequestName {
        const char* verb;
        int unitId;
        std::size_t address;
        std::size_t count;
        std::string text() const;
    };
    template <typename T, typename Call>
    LinkResult<T> request(const RequestName& what, Call call);
    LinkError errorFromErrno(int err, const RequestName& what) const;

    BusConfig config_;
    const Clock& clock_;
    _modbus* ctx_ = nullptr;
    bool connected_ = false;
    std::chrono::steady_clock::time_point
        lastConnectAttempt_{};  // wall time: it spares a real link
    bool everAttempted_ = false;
};

}  // namespace gasbench::hal
