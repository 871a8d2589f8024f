// The codec against libmodbus's own float helpers and by round trips, for every type and order.
#include "gasbench/hal/codec.hpp"

#include <gtest/gtest.h>
#include <modbus.h>

#include <array>

namespace gasbench::hal {
namespace {

ChannelSpec spec(ValueType type, WordOrder order, const char* unit = "kPa") {
    ChannelSpec s;
    s.name = "x";
    s.function = RegisterFunction::holdingRegister;
    s.type = type;
    s.order = order;
    s.access = Access::readWrite;
    units::parseUnit(unit, s.unit);
    return s;
}

constexpr std::array kOrders = {WordOrder::abcd, WordOrder::badc, WordOrder::cdab, WordOrder::dcba};

TEST(Codec, F32MatchesLibmodbusGetters) {
    // libmodbus 3.1.6's modbus_get_float_* read the orders as named (its setters are buggy on
    // little-endian hosts, so they are not used as a reference).
    using Getter = float (*)(const uint16_t*);
    const std::array<Getter, 4> getters = {modbus_get_float_abcd, modbus_get_float_badc,
                                           modbus_get_float_cdab, modbus_get_float_dcba};
    for (std::size_t i = 0; i < kOrders.size(); ++i) {
        ChannelSpec s = spec(ValueType::f32, kOrders[i]);
        for (double v : {1.5, -273.125, 2.8, 1.0e6, 0.0}) {
            std::vector<std::uint16_t> w = encodeChannel(s, units::kPa(v));
            ASSERT_EQ(w.size(), 2u);
            EXPECT_FLOAT_EQ(getters[i](w.data()), static_cast<float>(v))
                << wordOrderName(kOrders[i]);
            EXPECT_NEAR(units::inKPa(std::get<units::Pressure>(decodeChannel(s, w))), v,
                        std::fabs(v) * 1e-6);
        }
    }
}

TEST(Codec, KnownWordLayouts) {
    // 1.5f is 0x3FC00000: A=3F B=C0 C=00 D=00.
    const std::array<std::array<std::uint16_t, 2>, 4> expected = {
        {{0x3FC0, 0x0000}, {0xC03F, 0x0000}, {0x0000, 0x3FC0}, {0x0000, 0xC03F}}};
    for (std::size_t i = 0; i < kOrders.size(); ++i) {
        std::vector<std::uint16_t> w =
            encodeChannel(spec(ValueType::f32, kOrders[i]), units::kPa(1.5));
        EXPECT_EQ(w[0], expected[i][0]) << wordOrderName(kOrders[i]);
        EXPECT_EQ(w[1], expected[i][1]) << wordOrderName(kOrders[i]);
    }
    std::array<std::uint16_t, 2> u32{0x5678, 0x1234};  // 0x12345678 words swapped
    EXPECT_EQ(decodeEngineering(spec(ValueType::u32, WordOrder::cdab, "1"), u32), 305419896.0);
    std::array<std::uint16_t, 1> u16{0x3412};
    EXPECT_EQ(decodeEngineering(spec(ValueType::u16, WordOrder::badc, "1"), u16), 0x1234);
    EXPECT_EQ(decodeEngineering(spec(ValueType::u16, WordOrder::cdab, "1"), u16), 0x3412);
}

TEST(Codec, IntegersRoundTripInEveryOrder) {
    struct Case {
        ValueType type;
        std::vector<double> values;
    };
    const std::vector<Case> cases = {
        {ValueType::u16, {0, 1, 258, 65535}},
        {ValueType::i16, {-32768, -1, 0, 12345, 32767}},
        {ValueType::u32, {0, 65536, 305419896, 4294967295.0}},
        {ValueType::i32, {-2147483648.0, -70000, 0, 2147483647.0}},
    };
    for (const Case& c : cases) {
        for (WordOrder o : kOrders) {
            ChannelSpec s = spec(c.type, o, "1");
            for (double v : c.values) {
                std::vector<std::uint16_t> w = encodeEngineering(s, v);
                EXPECT_EQ(w.size(), s.width());
                EXPECT_EQ(decodeEngineering(s, w), v)
                    << valueTypeName(c.type) << " " << wordOrderName(o);
            }
        }
    }
}

TEST(Codec, SignedValuesKeepTheirSign) {
    std::array<std::uint16_t, 1> w{0xFFFE};
    EXPECT_EQ(decodeEngineering(spec(ValueType::i16, WordOrder::abcd, "1"), w), -2.0);
    EXPECT_EQ(decodeEngineering(spec(ValueType::u16, WordOrder::abcd, "1"), w), 65534.0);
    std::array<std::uint16_t, 2> w32{0xFFFF, 0xFFFF};
    EXPECT_EQ(decodeEngineering(spec(ValueType::i32, WordOrder::abcd, "1"), w32), -1.0);
}

TEST(Codec, ScaleOffsetAndUnits) {
    ChannelSpec s = spec(ValueType::i16, WordOrder::abcd, "degC");
    s.scale = 0.1;
    s.offset = -40.0;
    std::array<std::uint16_t, 1> w{650};  // 650 * 0.1 - 40 = 25 degC
    units::Quantity q = decodeChannel(s, w);
    ASSERT_TRUE(std::holds_alternative<units::Temperature>(q));
    EXPECT_NEAR(units::inCelsius(std::get<units::Temperature>(q)), 25.0, 1e-9);
    EXPECT_EQ(encodeChannel(s, units::celsius(25.0)), std::vector<std::uint16_t>{650});
    // Rounds to the nearest step.
    EXPECT_EQ(encodeChannel(s, units::celsius(25.04)), std::vector<std::uint16_t>{650});
    EXPECT_EQ(encodeChannel(s, units::celsius(25.06)), std::vector<std::uint16_t>{651});

    ChannelSpec flow = spec(ValueType::f32, WordOrder::cdab, "L/h");
    std::vector<std::uint16_t> fw = encodeChannel(flow, units::litresPerHour(120.0));
    EXPECT_NEAR(units::inLitresPerHour(std::get<units::VolumeFlow>(decodeChannel(flow, fw))), 120.0,
                1e-4);
}

TEST(Codec, BoolsAndBits) {
    ChannelSpec s = spec(ValueType::boolean, WordOrder::abcd, "bool");
    s.function = RegisterFunction::coil;
    EXPECT_EQ(std::get<bool>(decodeBit(s, 1)), true);
    EXPECT_EQ(std::get<bool>(decodeBit(s, 0)), false);
    EXPECT_TRUE(encodeBit(s, true));
    EXPECT_FALSE(encodeBit(s, false));
    EXPECT_THROW(encodeBit(s, units::kPa(1.0)), EncodeError);
    std::array<std::uint16_t, 1> one{1};
    EXPECT_EQ(std::get<bool>(decodeChannel(s, one)), true);
}

TEST(Codec, RefusesWhatCannotBeWritten) {
    ChannelSpec s = spec(ValueType::u16, WordOrder::abcd, "kPa");
    EXPECT_THROW(encodeChannel(s, units::kPa(-1.0)), EncodeError);      // below u16
    EXPECT_THROW(encodeChannel(s, units::kPa(65536.0)), EncodeError);   // above u16
    EXPECT_THROW(encodeChannel(s, units::celsius(20.0)), EncodeError);  // wrong dimension
    EXPECT_THROW(encodeChannel(s, true), EncodeError);
    s.rangeLow = 0.0;
    s.rangeHigh = 10.0;
    EXPECT_THROW(requireInRange(s, units::kPa(10.5)), EncodeError);
    EXPECT_NO_THROW(requireInRange(s, units::kPa(10.0)));
    // The codec itself carries an implausible value (a simulator serving a fault does that).
    EXPECT_EQ(encodeChannel(s, units::kPa(11.0)), std::vector<std::uint16_t>{11});
    ChannelSpec f = spec(ValueType::f32, WordOrder::abcd);
    EXPECT_THROW(encodeEngineering(f, 1e39), EncodeError);
    std::array<std::uint16_t, 1> tooShort{0};
    EXPECT_THROW(decodeChannel(f, tooShort), std::invalid_argument);
}

TEST(Codec, RangeCheck) {
    ChannelSpec s = spec(ValueType::f32, WordOrder::abcd, "kPa");
    s.rangeLow = -5.0;
    s.rangeHigh = 100.0;
    EXPECT_TRUE(inRange(s, units::kPa(-5.0)));
    EXPECT_TRUE(inRange(s, units::kPa(100.0)));
    EXPECT_FALSE(inRange(s, units::kPa(100.5)));
    EXPECT_FALSE(inRange(s, units::kPa(-6.0)));
    std::array<std::uint16_t, 2> nan{0x7FC0, 0x0000};
    EXPECT_FALSE(inRange(s, decodeChannel(s, nan)));
    s.rangeLow.reset();
    EXPECT_TRUE(inRange(s, units::kPa(-1e6)));
}

}  // namespace
}  // namespace gasbench::hal
