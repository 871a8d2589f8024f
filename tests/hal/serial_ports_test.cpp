// Serial port enumeration: whatever this machine has, each port is described consistently.
#include "gasbench/hal/serial_ports.hpp"

#include <gtest/gtest.h>

namespace gasbench::hal {
namespace {

TEST(SerialPorts, EveryListedPortHasANameAndADevicePath) {
    std::vector<SerialPortInfo> ports = listSerialPorts();
    for (const SerialPortInfo& p : ports) {
        EXPECT_FALSE(p.name.empty());
        EXPECT_EQ(p.systemLocation.rfind("/dev/", 0), 0u) << p.systemLocation;
        EXPECT_NE(p.systemLocation.find(p.name), std::string::npos)
            << p.name << " at " << p.systemLocation;
        EXPECT_EQ(p.vendorId.has_value(), p.productId.has_value()) << p.name;
    }
    EXPECT_TRUE(std::is_sorted(ports.begin(), ports.end(), [](const auto& a, const auto& b) {
        return a.systemLocation < b.systemLocation;
    }));
}

}  // namespace
}  // namespace gasbench::hal
