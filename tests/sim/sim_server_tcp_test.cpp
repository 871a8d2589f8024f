// The simulator's Modbus TCP server, read and written by libmodbus clients over loopback: every
// unit of the layout, outputs driving the model, the watchdog, several clients at once.
#include <cerrno>

#include "sim_server_fixture.hpp"

namespace gasbench::sim {
namespace {

using test::eventually;
using test::readFloat;
using test::writeFloat;

class SimServerTcp : public test::SimServerTest {};

TEST_F(SimServerTcp, EveryUnitAnswersWithItsIdentity) {
    serve("regulator-pass", 20.0);
    for (const auto& dev : bench_->layout().devices) {
        auto c = client(dev.unitId);
        ASSERT_TRUE(c);
        std::uint16_t identity = 0;
        ASSERT_EQ(modbus_read_input_registers(c.get(), dev.map.identity->address, 1, &identity), 1)
            << dev.name;
        EXPECT_EQ(identity, dev.map.identity->expected) << dev.name;
    }
    auto absent = client(9);
    std::uint16_t word = 0;
    EXPECT_EQ(modbus_read_input_registers(absent.get(), 0, 1, &word), -1);
    EXPECT_EQ(errno, EMBXGTAR);  // a gateway's "target device failed to respond"
    // Beyond a map's registers: illegal data address, from libmodbus's own reply.
    auto inlet = client(1);
    std::uint16_t words[4];
    EXPECT_EQ(modbus_read_input_registers(inlet.get(), 100, 4, words), -1);
    EXPECT_EQ(errno, EMBXILADD);
}

TEST_F(SimServerTcp, OutputsDriveTheRegulatorAndTheInstrumentsShowIt) {
    serve("regulator-pass", 20.0);
    auto outputs = client(5);
    ASSERT_TRUE(writeFloat(outputs.get(), 2, 300.0f));    // pressure_setpoint, kPa
    ASSERT_TRUE(writeFloat(outputs.get(), 0, 1000.0f));   // flow_setpoint, L/h
    ASSERT_EQ(modbus_write_bit(outputs.get(), 0, 1), 1);  // supply_valve
    benchSleep(5.0);
    auto inlet = client(1), outlet = client(2), flow = client(4);
    EXPECT_NEAR(*readFloat(inlet.get(), 2), 300.0, 0.5);
    EXPECT_NEAR(*readFloat(outlet.get(), 2), 2.80 - 0.20, 0.01);  // droop 0.2 kPa per m3/h
    EXPECT_NEAR(*readFloat(flow.get(), 2), 1000.0, 0.01);
    EXPECT_NEAR(units::inKPa(std::get<units::Pressure>(*bench_->signal("pressure_setpoint"))),
                300.0, 1e-3);
}

TEST_F(SimServerTcp, TheWatchdogClosesTheValvesWhenItLapses) {
    serve("cooker-ffd-pass", 20.0);
    auto outputs = client(5);
    ASSERT_EQ(modbus_write_register(outputs.get(), 10, 1), 1);  // arm the watchdog
    std::uint8_t on[5] = {1, 1, 0, 1, 1};
    ASSERT_EQ(modbus_write_bits(outputs.get(), 0, 5, on), 5);
    // Refreshed, the coils stay as written for longer than the 2 s timeout.
    for (int i = 0; i < 8; ++i) {
        benchSleep(0.5);
        ASSERT_EQ(modbus_write_register(outputs.get(), 10, static_cast<std::uint16_t>(i)), 1);
    }
    std::uint8_t coils[5] = {};
    ASSERT_EQ(modbus_read_bits(outputs.get(), 0, 5, coils), 5);
    EXPECT_EQ(coils[0], 1);
    EXPECT_EQ(coils[1], 1);
    EXPECT_FALSE(bench_->watchdogLapsed());

    // Not refreshed: after 2 s of bench time everything is off and the lapse is reported.
    EXPECT_TRUE(eventually([&] { return bench_->watchdogLapsed(); }));
    ASSERT_EQ(modbus_read_bits(outputs.get(), 0, 5, coils), 5);
    for (std::uint8_t c : coils) EXPECT_EQ(c, 0);
    std::uint16_t lapsed = 0;
    ASSERT_EQ(modbus_read_registers(outputs.get(), 11, 1, &lapsed), 1);
    EXPECT_EQ(lapsed, 1);
    // A lapsed device keeps its valves shut until the watchdog is written again.
    ASSERT_EQ(modbus_write_bit(outputs.get(), 0, 1), 1);
    ASSERT_EQ(modbus_read_bits(outputs.get(), 0, 1, coils), 1);
    EXPECT_EQ(coils[0], 0);
    ASSERT_EQ(modbus_write_register(outputs.get(), 10, 99), 1);
    ASSERT_EQ(modbus_read_registers(outputs.get(), 11, 1, &lapsed), 1);
    EXPECT_EQ(lapsed, 0);
    ASSERT_EQ(modbus_write_bit(outputs.get(), 0, 1), 1);
    ASSERT_EQ(modbus_read_bits(outputs.get(), 0, 1, coils), 1);
    EXPECT_EQ(coils[0], 1);
}

TEST_F(SimServerTcp, SeveralClientsAtOnce) {
    serve("lpg-clean", 20.0);
    std::vector<test::ModbusClient> clients;
    for (int unit = 1; unit <= 6; ++unit) clients.push_back(client(unit));
    for (int round = 0; round < 50; ++round) {
        for (std::size_t i = 0; i < clients.size(); ++i) {
            std::uint16_t word = 0;
            ASSERT_EQ(modbus_read_input_registers(clients[i].get(), 0, 1, &word), 1);
            EXPECT_EQ(word, bench_->layout().devices[i].map.identity->expected);
        }
    }
}

TEST_F(SimServerTcp, ReportsItsThroughput) {
    serve("lpg-clean", 20.0);
    auto gc = client(6);
    std::uint16_t words[10];
    constexpr int kReads = 3000;
    auto start = std::chrono::steady_clock::now();
    for (int i = 0; i < kReads; ++i)
        ASSERT_EQ(modbus_read_input_registers(gc.get(), 2, 10, words), 10);
    double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::cout << "[ measured ] 10-register TCP reads, one client: " << kReads / seconds << "/s\n";
    EXPECT_NEAR(modbus_get_float_abcd(words), 0.0, 1e-9);  // no analysis yet: the table is empty
}

TEST_F(SimServerTcp, TheFlameFailureDeviceClosesOnTimeThroughModbus) {
    // cooker-ffd-pass at 20x: warm the burner, put the flame out by closing the supply briefly,
    // and time, on the bench clock, until the flow meter reads no flow.
    serve("cooker-ffd-pass", 20.0);
    auto outputs = client(5), flame = client(3), flow = client(4);
    ASSERT_EQ(modbus_write_bit(outputs.get(), 0, 1), 1);  // supply
    ASSERT_EQ(modbus_write_bit(outputs.get(), 4, 1), 1);  // knob held
    ASSERT_EQ(modbus_write_bit(outputs.get(), 1, 1), 1);  // igniter
    std::uint8_t lit = 0;
    ASSERT_TRUE(eventually(
        [&] { return modbus_read_input_bits(flame.get(), 0, 1, &lit) == 1 && lit == 1; }));
    benchSleep(12.0);  // past the 6 s opening time
    ASSERT_EQ(modbus_write_bit(outputs.get(), 1, 0), 1);
    ASSERT_EQ(modbus_write_bit(outputs.get(), 4, 0), 1);  // released: the device holds
    benchSleep(20.0);                                     // warm: > 5 heating time constants
    ASSERT_EQ(modbus_read_input_bits(flame.get(), 0, 1, &lit), 1);
    ASSERT_EQ(lit, 1);
    EXPECT_GT(*readFloat(flame.get(), 2), 29.0);  // thermocouple mV, warm

    ASSERT_EQ(modbus_write_bit(outputs.get(), 0, 0), 1);  // flame-out pulse
    Nanos flameOut = clock_->now();
    benchSleep(0.5);
    ASSERT_EQ(modbus_write_bit(outputs.get(), 0, 1), 1);
    ASSERT_EQ(modbus_read_input_bits(flame.get(), 0, 1, &lit), 1);
    EXPECT_EQ(lit, 0);
    EXPECT_GT(*readFloat(flow.get(), 2), 100.0);  // unburnt gas until the magnet lets go
    Nanos stopped = 0;
    ASSERT_TRUE(eventually(
        [&] {
            auto f = readFloat(flow.get(), 2);
            stopped = clock_->now();
            return f && *f < 1.0f;
        },
        std::chrono::milliseconds(10000)));
    EXPECT_NEAR(units::inSeconds(toDuration(stopped - flameOut)), 42.0, 0.5);
}

}  // namespace
}  // namespace gasbench::sim
