// The moving settle window on readings made up here: noise settles to its mean, a trend does
// not settle, a repeated value is no new observation, a vented zero has an absolute band.
#include "gasbench/procedures/settle_window.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <random>

namespace gp = gasbench::procedures;
namespace u = gasbench::units;

namespace {

gasbench::Reading at(double seconds, double kPa) {
    gasbench::Reading r;
    r.stamp = gasbench::toNanos(u::seconds(seconds));
    r.value = u::kPa(kPa);
    return r;
}

// Feeds readings every `period` s of f(t) until the window settles or `until` s pass; the time
// it settled, or a negative number.
template <class F>
double feed(gp::SettleWindow& w, double period, double until, F&& f) {
    const auto condition = w.condition();
    for (double t = 0.0; t <= until; t += period) {
        if (condition(at(t, f(t)))) return t;
    }
    return -1.0;
}

}  // namespace

// Noise of 1 % of reading: the old rule (every reading within ±1 % of the window's first) never
// held for 5 s; the window's halves agree and the mean is the value.
TEST(SettleWindow, NoiseSettlesToItsMean) {
    std::mt19937_64 rng(3);
    std::normal_distribution<double> noise(0.0, 0.028);
    gp::SettleWindow w(gp::SettleSpec{});
    const double t = feed(w, 0.05, 60.0, [&](double) { return 2.8 + noise(rng); });
    ASSERT_GE(t, 5.0);
    ASSERT_TRUE(w.settled());
    const auto s = *w.settled();
    EXPECT_NEAR(u::siValue(s.mean), 2800.0, 4 * u::siValue(s.standardError()));
    EXPECT_NEAR(u::siValue(s.scatter), 28.0, 8.0);
    EXPECT_GE(s.count, 45);  // 2.5 s of readings every 50 ms
    EXPECT_NEAR(u::siValue(s.standardError()), u::siValue(s.scatter) / std::sqrt(s.count), 1e-9);
}

// A pressure still rising 3 % per 5 s has halves 1.5 % apart: not settled within 1 %.
TEST(SettleWindow, ATrendDoesNotSettle) {
    gp::SettleWindow w(gp::SettleSpec{});
    EXPECT_LT(feed(w, 0.05, 30.0, [](double t) { return 2.8 * (1.0 + 0.006 * t); }), 0.0);
    EXPECT_FALSE(w.settled());
}

// A lag still decaying settles only once the halves agree; the value is the later half's mean.
TEST(SettleWindow, AStepSettlesOnTheLaterHalf) {
    gp::SettleWindow w(gp::SettleSpec{});
    const double settledAt =
        feed(w, 0.05, 30.0, [](double t) { return 2.8 + 0.4 * std::exp(-t / 0.3); });
    ASSERT_GE(settledAt, 5.0);
    EXPECT_NEAR(u::siValue(w.settled()->mean), 2800.0, 1.0);
}

// An instrument that updates every 0.5 s polled every 50 ms: ten readings, one observation.
TEST(SettleWindow, ARepeatedValueIsNoNewObservation) {
    std::mt19937_64 rng(5);
    std::normal_distribution<double> noise(0.0, 0.01);
    double held = 2.8;
    double next = 0.0;
    gp::SettleWindow w(gp::SettleSpec{});
    ASSERT_GE(feed(w, 0.05, 60.0,
                   [&](double t) {
                       if (t >= next) {
                           held = 2.8 + noise(rng);
                           next += 0.5;
                       }
                       return held;
                   }),
              5.0);
    EXPECT_LE(w.settled()->count, 6);  // 2.5 s at 2 updates a second, give or take one
}

// Near zero a relative band is no band: the zero check gives absolute ones.
TEST(SettleWindow, AVentedZeroSettlesOnAnAbsoluteBand) {
    std::mt19937_64 rng(9);
    std::normal_distribution<double> noise(0.0, 0.005);
    gp::SettleSpec spec;
    spec.relativeChange = 0.0;
    spec.relativeScatter = 0.0;
    gp::SettleWindow relativeOnly(spec);
    EXPECT_LT(feed(relativeOnly, 0.05, 20.0, [&](double) { return noise(rng); }), 0.0);
    spec.absoluteChange = 25.0;  // Pa
    spec.absoluteScatter = 50.0;
    gp::SettleWindow w(spec);
    EXPECT_GE(feed(w, 0.05, 20.0, [&](double) { return noise(rng); }), 5.0);
    EXPECT_NEAR(u::siValue(w.settled()->mean), 0.0, 5.0);
}
