#include <gtest/gtest.h>

#include <atomic>
#include <thread>

#include "gasbench/station/reading_hub.hpp"

using namespace gasbench;
using namespace gasbench::station;
using namespace std::chrono_literals;

namespace {

Reading pressureReading(ChannelId ch, Nanos stamp, double kpa, ReadingStatus status = ReadingStatus::Ok) {
    Reading r;
    r.channel = ch;
    r.stamp = stamp;
    r.value = units::kPa(kpa);
    r.status = status;
    return r;
}

double kpaOf(const Reading& r) { return units::inKPa(std::get<units::Pressure>(r.value)); }

}  // namespace

TEST(ReadingHub, RingStaysBoundedAndKeepsTheNewest) {
    ReadingHub hub(2, 8);
    for (int i = 0; i < 100; ++i) hub.publish(pressureReading(0, i, i));
    EXPECT_EQ(hub.published(0), 100u);
    auto all = hub.snapshot(0, 0);
    ASSERT_EQ(all.size(), 8u);
    EXPECT_EQ(all.front().stamp, 92);
    EXPECT_EQ(all.back().stamp, 99);
    EXPECT_EQ(hub.snapshot(0, 97).size(), 3u);
    EXPECT_FALSE(hub.latest(1));
}

TEST(ReadingHub, LatestOkSkipsFailedReadings) {
    ReadingHub hub(1, 8);
    hub.publish(pressureReading(0, 1, 2.8));
    hub.publish(pressureReading(0, 2, 0.0, ReadingStatus::Timeout));
    EXPECT_EQ(hub.latest(0)->status, ReadingStatus::Timeout);
    EXPECT_DOUBLE_EQ(kpaOf(*hub.latestOk(0)), 2.8);
}

TEST(ReadingHub, SubscribersSeeEveryReading) {
    ReadingHub hub(1, 4);
    int seen = 0;
    hub.subscribe([&](const Reading&) { ++seen; });
    for (int i = 0; i < 10; ++i) hub.publish(pressureReading(0, i, 1.0));
    EXPECT_EQ(seen, 10);
}

TEST(ReadingHub, WaitIsWokenByAReadingAndReportsItsStamp) {
    ScaledSteadyClock clock(1.0);
    ReadingHub hub(1, 64);
    std::jthread producer([&] {
        std::this_thread::sleep_for(20ms);
        for (int i = 0; i < 5; ++i) hub.publish(pressureReading(0, 1000 + i, 1.0 + i));
    });
    std::optional<Reading> last;
    ReadingHub::WaitRequest req;
    req.channel = 0;
    req.deadline = clock.now() + 5'000'000'000;
    req.condition = [](const Reading& r) { return kpaOf(r) >= 3.0; };
    std::stop_source stop;
    EXPECT_EQ(hub.wait(req, clock, stop.get_token(), last), HubWait::met);
    ASSERT_TRUE(last);
    EXPECT_EQ(last->stamp, 1002);
}

TEST(ReadingHub, ConditionSeesEachReadingOnceInOrderFromSince) {
    ScaledSteadyClock clock(1.0);
    ReadingHub hub(1, 64);
    for (int i = 0; i < 10; ++i) hub.publish(pressureReading(0, i * 10, i));
    hub.publish(pressureReading(0, 55, 99.0, ReadingStatus::Crc));  // not Ok: never offered
    std::vector<Nanos> offered;
    std::optional<Reading> last;
    ReadingHub::WaitRequest req;
    req.channel = 0;
    req.since = 50;
    req.deadline = clock.now() + 50'000'000;  // 50 ms: nothing more arrives
    req.condition = [&](const Reading& r) {
        offered.push_back(r.stamp);
        return false;
    };
    std::stop_source stop;
    EXPECT_EQ(hub.wait(req, clock, stop.get_token(), last), HubWait::deadline);
    EXPECT_EQ(offered, (std::vector<Nanos>{50, 60, 70, 80, 90}));
}

TEST(ReadingHub, StopEndsAWaitAndDeviceLossIsReported) {
    ScaledSteadyClock clock(1.0);
    ReadingHub hub(1, 8);
    std::optional<Reading> last;
    ReadingHub::WaitRequest req;
    req.channel = 0;
    req.deadline = clock.now() + 60'000'000'000;
    req.condition = [](const Reading&) { return true; };
    std::stop_source stop;
    std::jthread stopper([&] {
        std::this_thread::sleep_for(20ms);
        stop.request_stop();
    });
    EXPECT_EQ(hub.wait(req, clock, stop.get_token(), last), HubWait::stopped);

    std::atomic<bool> lost{false};
    req.deviceLost = [&] { return lost.load(); };
    std::stop_source stop2;
    std::jthread loser([&] {
        std::this_thread::sleep_for(20ms);
        lost = true;
    });
    EXPECT_EQ(hub.wait(req, clock, stop2.get_token(), last), HubWait::deviceLost);
}
