// The column decimator: bounded output whatever the input, extremes kept, and the incremental
// path (appending, scrolling at the same zoom) giving exactly what a rebuild from the raw points
// gives.
#include "decimator.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <random>

using gasbench::ui::ChartPoint;
using gasbench::ui::ColumnDecimator;

namespace {

double noisy(std::mt19937& rng, double t) {
    std::normal_distribution<double> n(0.0, 0.05);
    return std::sin(t) + n(rng);
}

bool sameOutput(const std::vector<ChartPoint>& a, const std::vector<ChartPoint>& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (a[i].t != b[i].t || a[i].v != b[i].v) return false;
    }
    return true;
}

}  // namespace

TEST(Decimator, AtMostFourPointsPerColumnInTimeOrderWithTheExtremes) {
    std::mt19937 rng(7);
    ColumnDecimator d;
    double low = 1e9;
    double high = -1e9;
    for (int i = 0; i < 1'000'000; ++i) {
        double t = i * 0.001;
        double v = noisy(rng, t);
        if (i == 500'123) v = 42.0;  // one spike: must survive
        low = std::min(low, v);
        high = std::max(high, v);
        d.append(t, v);
    }
    d.setWindow(0.0, 1000.0, 1000);
    const auto& pts = d.points();
    EXPECT_LE(pts.size(), 4000u);
    EXPECT_GE(pts.size(), 2000u);  // noise: most columns keep distinct first/low/high/last
    EXPECT_TRUE(std::is_sorted(pts.begin(), pts.end(),
                               [](const ChartPoint& a, const ChartPoint& b) { return a.t < b.t; }));
    auto [mn, mx] = std::minmax_element(
        pts.begin(), pts.end(), [](const ChartPoint& a, const ChartPoint& b) { return a.v < b.v; });
    EXPECT_EQ(mn->v, low);
    EXPECT_EQ(mx->v, 42.0);
    EXPECT_EQ(mx->t, 500'123 * 0.001);
    double lo = 0;
    double hi = 0;
    ASSERT_TRUE(d.valueRange(lo, hi));
    EXPECT_EQ(lo, low);
    EXPECT_EQ(hi, high);
}

TEST(Decimator, LiveScrollingMatchesARebuildFromTheRawPoints) {
    std::mt19937 rng(11);
    ColumnDecimator live;
    const double span = 60.0;
    const int columns = 600;
    double t = 0.0;
    for (int frame = 0; frame < 400; ++frame) {
        for (int i = 0; i < 40; ++i, t += 0.01) live.append(t, noisy(rng, t));
        // The window follows the newest point at the same zoom, as the live chart does.
        double t1 = std::max(t, span);
        live.setWindow(t1 - span, t1, columns);
        if (frame % 50 == 49) {
            ColumnDecimator fresh;
            ColumnDecimator copy = live;  // the raw points are the same
            copy.setWindow(t1 - span - 1.0, t1 - 1.0,
                           columns + 1);  // another zoom: forces a rebuild
            copy.setWindow(t1 - span, t1, columns);
            EXPECT_TRUE(sameOutput(live.points(), copy.points())) << "frame " << frame;
            EXPECT_FALSE(live.points().empty());
        }
    }
}

TEST(Decimator, ZoomingInShowsOnlyTheWindowAndMoreDetail) {
    ColumnDecimator d;
    for (int i = 0; i < 10'000; ++i) d.append(i * 0.01, i % 2 == 0 ? 1.0 : -1.0);
    d.setWindow(0.0, 100.0, 100);
    std::size_t wide = d.points().size();
    d.setWindow(10.0, 11.0, 100);  // 100 raw points over 100 columns: every one shows
    const auto& pts = d.points();
    EXPECT_LE(wide, 400u);
    ASSERT_FALSE(pts.empty());
    EXPECT_GE(pts.front().t, 10.0 - 0.01 - 1e-9);  // whole columns: the first may start left of t0
    EXPECT_LE(pts.back().t, 11.0);
    EXPECT_GE(pts.size(), 100u);
}

TEST(Decimator, TrimmingBoundsMemoryAndIgnoresOlderPoints) {
    ColumnDecimator d;
    for (int i = 0; i < 1000; ++i) d.append(i, i);
    d.append(10.0, 5.0);  // out of order: ignored
    EXPECT_EQ(d.rawCount(), 1000u);
    d.trimBefore(900.0);
    EXPECT_EQ(d.rawCount(), 100u);
    EXPECT_EQ(d.firstTime(), 900.0);
}
