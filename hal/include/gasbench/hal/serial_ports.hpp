#pragma once
// The serial ports this machine has, described for device set-up (which USB-RS485 adapter is
// which). Enumeration only: Modbus traffic goes through libmodbus.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace gasbench::hal {

struct SerialPortInfo {
    std::string name;                       // "ttyUSB0"
    std::string systemLocation;             // "/dev/ttyUSB0": what a BusConfig's device takes
    std::string description;                // "USB-RS485 Cable"
    std::string manufacturer;               // "FTDI"
    std::optional<std::uint16_t> vendorId;  // USB ids, when the port is a USB device
    std::optional<std::uint16_t> productId;
    std::string serialNumber;
};

// Sorted by system location.
std::vector<SerialPortInfo> listSerialPorts();

}  // namespace gasbench::hal
