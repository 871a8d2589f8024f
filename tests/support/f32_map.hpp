#pragma once
// A made-up device map of `count` contiguous f32 channels v0, v1, ... (kPa) in one table, for
// benchmarks and scheduler tests that need neighbouring registers.

#include <QByteArray>
#include <string>

#include "gasbench/hal/register_map.hpp"

namespace gasbench::testing {

inline hal::DeviceMap contiguousF32Map(const std::string& function, int count) {
    std::string chans;
    for (int i = 0; i < count; ++i) {
        chans += std::string(i ? "," : "") + R"({"name":"v)" + std::to_string(i) +
                 R"(","function":")" + function + R"(","address":)" + std::to_string(2 * i) +
                 R"(,"type":"f32","unit":"kPa","access":"read"})";
    }
    return hal::parseDeviceMap(
        QByteArray::fromStdString(
            R"({"id":"f32-block","version":1,"kind":"test","vendor":"v","model":"m","channels":[)" +
            chans + "]}"),
        "f32-block (made up)");
}

}  // namespace gasbench::testing
