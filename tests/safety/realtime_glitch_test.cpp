// A short glitch at real time is ridden through: 0.3 s of CRC errors on the RTU line during a
// hose-leakage run at time scale 1 (~150 s). Before, the burst faulted the outputs device, the
// bus worker stopped refreshing its watchdog until the station armed it again — which it never
// did mid-run — and the run ended on "the watchdog of 'outputs' may have lapsed". The whole
// real-time matrix is scripts/fault-matrix-realtime. Not RUN_SERIAL: at real time it takes
// little CPU, and it must hold beside other tests.
#include <gtest/gtest.h>

#include "fault_cell.hpp"

using namespace gasbench::safety;

TEST(RealTimeGlitch, ABurstOfCrcErrorsDoesNotEndAHoseRun) {
    CellResult r = runCell(procedureCase("hose-leakage"), faultCase("CRC errors 0.3 s (RTU)"), 1.0);
    ASSERT_TRUE(r.faultInjected) << "the procedure never opened the gas";
    EXPECT_EQ(r.state, "completed") << r.cause;
    EXPECT_EQ(r.verdict, "pass") << r.failedItems;
    EXPECT_TRUE(r.gasShutAtEnd);
    EXPECT_TRUE(r.committedIntact) << r.problem;
}
