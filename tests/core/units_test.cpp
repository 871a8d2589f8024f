#include <gtest/gtest.h>

#include "gasbench/core/clock.hpp"
#include "gasbench/core/units.hpp"

using namespace gasbench;
using namespace gasbench::units;

TEST(Units, KilopascalIsAScaledPascal) {
    Pressure p = kPa(2.8);
    EXPECT_DOUBLE_EQ(p.value(), 2800.0);
    EXPECT_DOUBLE_EQ(inKPa(p), 2.8);
    bu::quantity<kilopascal_unit> asKpa(p);
    EXPECT_NEAR(asKpa.value(), 2.8, 1e-12);
}

TEST(Units, ParseKnownSymbolsToSi) {
    UnitSpec u;
    ASSERT_TRUE(parseUnit("kPa", u));
    EXPECT_EQ(u.dimension, Dimension::pressure);
    EXPECT_DOUBLE_EQ(siValue(u.toQuantity(3.5)), 3500.0);

    ASSERT_TRUE(parseUnit("degC", u));
    EXPECT_NEAR(std::get<Temperature>(u.toQuantity(20.0)).value(), 293.15, 1e-9);
    EXPECT_NEAR(u.fromQuantity(celsius(20.0)), 20.0, 1e-9);

    ASSERT_TRUE(parseUnit("L/h", u));
    EXPECT_NEAR(inLitresPerHour(std::get<VolumeFlow>(u.toQuantity(0.5))), 0.5, 1e-12);

    ASSERT_TRUE(parseUnit("%", u));
    EXPECT_NEAR(std::get<Fraction>(u.toQuantity(5.0)).value(), 0.05, 1e-12);
}

TEST(Units, UnknownSymbolIsRefusedAndTheKnownOnesListed) {
    UnitSpec u;
    EXPECT_FALSE(parseUnit("psi-ish", u));
    EXPECT_NE(knownUnitSymbols().find("kPa"), std::string::npos);
}

TEST(Units, VariantOrderMatchesDimension) {
    for (auto d : {Dimension::state, Dimension::dimensionless, Dimension::pressure,
                   Dimension::temperature, Dimension::volumeFlow, Dimension::voltage,
                   Dimension::current, Dimension::duration, Dimension::volume}) {
        EXPECT_EQ(dimensionOf(fromSi(d, 1.0)), d) << dimensionName(d);
    }
}

TEST(Units, ShowingAValueInAUnitOfAnotherDimensionIsRefused) {
    UnitSpec u;
    ASSERT_TRUE(parseUnit("kPa", u));
    EXPECT_THROW(u.fromQuantity(seconds(1.0)), std::invalid_argument);
}

TEST(Clock, ScaledClockRunsFasterThanWall) {
    ScaledSteadyClock clock(20.0);
    EXPECT_EQ(clock.toWall(20'000'000'000).count(), 1'000'000'000);
    Nanos a = clock.now();
    Nanos b = clock.now();
    EXPECT_LE(a, b);
    EXPECT_THROW(ScaledSteadyClock(0.0), std::invalid_argument);
}
