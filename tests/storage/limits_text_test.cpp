// One way to write a measurement's limits, for the window, the report and the CLI. Before, the
// report wrote a two-sided limit "2.5 ~ 3.3 kPa" whatever its inclusivity, while the window
// wrote "2.5 < x ≤ 3.3 kPa" for the same measurement.
#include "gasbench/storage/limits_text.hpp"

#include <gtest/gtest.h>

namespace gasbench::storage {
namespace {

StoredMeasurement withLimits(std::optional<double> low, bool lowInclusive, std::optional<double> high,
                             bool highInclusive, std::string unit = "kPa") {
    StoredMeasurement m;
    m.unit = std::move(unit);
    m.low = low;
    m.lowInclusive = lowInclusive;
    m.high = high;
    m.highInclusive = highInclusive;
    return m;
}

TEST(LimitsText, TwoSidedKeepsTheInclusivityOfEachSide) {
    EXPECT_EQ(formatLimits(withLimits(2.5, true, 3.3, true)), "2.5 ≤ x ≤ 3.3 kPa");
    EXPECT_EQ(formatLimits(withLimits(2.5, false, 3.3, true)), "2.5 < x ≤ 3.3 kPa");
    EXPECT_EQ(formatLimits(withLimits(2.5, true, 3.3, false)), "2.5 ≤ x < 3.3 kPa");
}

TEST(LimitsText, OneSidedAndNone) {
    EXPECT_EQ(formatLimits(withLimits(std::nullopt, true, 60, true, "s")), "≤ 60 s");
    EXPECT_EQ(formatLimits(withLimits(std::nullopt, true, 60, false, "s")), "< 60 s");
    EXPECT_EQ(formatLimits(withLimits(0.5, false, std::nullopt, true, "kPa")), "> 0.5 kPa");
    EXPECT_EQ(formatLimits(withLimits(3, true, std::nullopt, true, "1")), "≥ 3");
    EXPECT_EQ(formatLimits(withLimits(std::nullopt, true, std::nullopt, true)), "—");
}

TEST(LimitsText, NumbersAreNotRoundedToFourFigures) {
    // The report used four significant figures: a 1234.5 Pa limit printed as 1235.
    EXPECT_EQ(formatLimits(withLimits(std::nullopt, true, 1234.5, true, "Pa")), "≤ 1234.5 Pa");
}

}  // namespace
}  // namespace gasbench::storage
