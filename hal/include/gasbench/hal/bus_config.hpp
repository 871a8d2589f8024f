#pragma once
// How to reach one bus: a Modbus TCP gateway or an RS-485 line (RTU). One bus is owned by
// exactly one worker thread, which serialises every request on it.

#include <chrono>
#include <cstdint>
#include <string>

namespace gasbench::hal {

enum class Transport { tcp, rtu };

struct BusConfig {
    std::string name;  // "bus0", "rs485-a"
    Transport transport = Transport::tcp;
    // TCP
    std::string host = "127.0.0.1";
    std::uint16_t port = 502;
    // RTU
    std::string device;  // "/dev/ttyUSB0", or a socat pseudo-terminal in tests
    int baud = 9600;
    char parity = 'N';  // 'N', 'E', 'O'
    int dataBits = 8;
    int stopBits = 1;
    // Every request
    std::chrono::milliseconds responseTimeout{1000};  // libmodbus's 500 ms is short for some analyzers
    int retries = 2;                                   // after the first try
    std::chrono::milliseconds retryBackoff{50};        // doubled on each retry
    std::chrono::milliseconds reconnectInterval{500};  // between attempts while the link is down
};

}  // namespace gasbench::hal
