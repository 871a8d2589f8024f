// PollSchedule alone: who is served first, and which channels share a request.
#include "gasbench/hal/poll_schedule.hpp"

#include <gtest/gtest.h>

#include <QByteArray>

namespace gasbench::hal {
namespace {

// u16 input registers at the given addresses, named r<address>.
DeviceMap mapWith(std::initializer_list<int> addresses) {
    std::string chans;
    for (int a : addresses) {
        if (!chans.empty()) chans += ",";
        chans += R"({"name":"r)" + std::to_string(a) +
                 R"(","function":"inputRegister","address":)" + std::to_string(a) +
                 R"(,"type":"u16","unit":"1","access":"read"})";
    }
    return parseDeviceMap(
        QByteArray::fromStdString(
            R"({"id":"t","version":1,"kind":"t","vendor":"v","model":"m","channels":[)" + chans +
            "]}"),
        "t");
}

constexpr Nanos kMs = 1'000'000;

TEST(PollSchedule, EarliestDueFirstThenPriority) {
    DeviceMap m = mapWith({0, 100});
    PollSchedule s({{1, 1, m.find("r0"), 10.0, 0}, {2, 1, m.find("r100"), 10.0, 5}}, {{1, &m}}, 0);
    auto b = s.nextDue(0);
    ASSERT_TRUE(b);
    EXPECT_EQ(s.channels()[b->members[0]].id, 2u);  // both due at 0: the higher priority
    s.served(*b, 0);
    b = s.nextDue(0);
    ASSERT_TRUE(b);
    EXPECT_EQ(s.channels()[b->members[0]].id, 1u);
    s.served(*b, 0);
    EXPECT_FALSE(s.nextDue(50 * kMs));
    EXPECT_EQ(*s.earliestDue(), 100 * kMs);
}

TEST(PollSchedule, NeighboursShareARequestAcrossMappedGapsOnly) {
    DeviceMap m = mapWith({0, 1, 3, 4, 5, 20, 40});
    // r2 is not in the map: 1 and 3 may not join across it. r5 is mapped but not polled.
    std::vector<PolledChannel> ch = {
        {0, 1, m.find("r0"), 10.0, 0},   {1, 1, m.find("r1"), 10.0, 0},
        {3, 1, m.find("r3"), 10.0, 0},   {4, 1, m.find("r4"), 10.0, 0},
        {20, 1, m.find("r20"), 10.0, 0}, {40, 1, m.find("r40"), 10.0, 0}};
    PollSchedule s(ch, {{1, &m}}, 0);
    auto b = s.nextDue(0);
    ASSERT_TRUE(b);
    EXPECT_EQ(b->address, 0);
    EXPECT_EQ(b->count, 2);
    s.served(*b, 0);
    b = s.nextDue(0);
    EXPECT_EQ(b->address, 3);
    EXPECT_EQ(b->count, 2);
    s.served(*b, 0);
    b = s.nextDue(0);
    EXPECT_EQ(b->address, 20);  // 16 registers from r4: beyond kMaxGap
    EXPECT_EQ(b->count, 1);
}

TEST(PollSchedule, GapOfMappedRegistersIsReadThrough) {
    DeviceMap m = mapWith({0, 1, 2, 3});
    PollSchedule s({{0, 1, m.find("r0"), 10.0, 0}, {3, 1, m.find("r3"), 10.0, 0}}, {{1, &m}}, 0);
    auto b = s.nextDue(0);
    EXPECT_EQ(b->address, 0);
    EXPECT_EQ(b->count, 4);
    EXPECT_EQ(b->members.size(), 2u);
}

TEST(PollSchedule, OtherDevicesAndFarFromDueDoNotJoin) {
    DeviceMap m = mapWith({0, 1});
    PollSchedule s({{0, 1, m.find("r0"), 10.0, 0},
                    {1, 2, m.find("r1"), 10.0, 0},
                    {2, 1, m.find("r1"), 1.0, 0}},
                   {{1, &m}, {2, &m}}, 0);
    auto b = s.nextDue(0);
    s.served(*b, 0);  // r0 of unit 1 with r1 of unit 1 (both due at 0)
    EXPECT_EQ(b->members.size(), 2u);
    b = s.nextDue(0);
    EXPECT_EQ(b->unitId, 2);
    s.served(*b, 0);
    // At 100 ms r0 is due; r1 at 1 Hz is due at 1 s, not within a quarter period: alone.
    b = s.nextDue(100 * kMs);
    ASSERT_TRUE(b);
    EXPECT_EQ(b->members.size(), 1u);
}

TEST(PollSchedule, KeepsTheGridAndSkipsAfterAnOutage) {
    DeviceMap m = mapWith({0});
    PollSchedule s({{0, 1, m.find("r0"), 100.0, 0}}, {{1, &m}}, 0);
    s.served(*s.nextDue(3 * kMs), 3 * kMs);  // served late: the next one is still due at 10 ms
    EXPECT_EQ(*s.earliestDue(), 10 * kMs);
    s.served(*s.nextDue(500 * kMs), 500 * kMs);  // far behind: no burst of catch-up reads
    EXPECT_EQ(*s.earliestDue(), 500 * kMs);
    s.setRate(0, 0.0, 500 * kMs);
    EXPECT_FALSE(s.earliestDue());
    EXPECT_FALSE(s.nextDue(10'000 * kMs));
}

}  // namespace
}  // namespace gasbench::hal
