// A few representative cells of the fault-injection matrix (scripts/fault-matrix runs them
// all): a fault ridden through ends completed, a lasting one aborted (or failed to run, when
// an output write was refused) with its cause; either
// way the bench's gas is shut at the end and everything committed is intact.
#include <gtest/gtest.h>

#include "fault_cell.hpp"

using namespace gasbench::safety;

namespace {

struct Cell {
    std::string procedure;
    std::string fault;
};
void PrintTo(const Cell& c, std::ostream* os) { *os << c.procedure << " / " << c.fault; }

class FaultMatrix : public ::testing::TestWithParam<Cell> {};

}  // namespace

TEST_P(FaultMatrix, EndsInADefinedStateWithTheGasShutAndNothingLost) {
    const FaultCase& fault = faultCase(GetParam().fault);
    CellResult r = runCell(procedureCase(GetParam().procedure), fault);
    ASSERT_TRUE(r.faultInjected) << "the procedure never opened the gas";
    EXPECT_TRUE(r.gasShutAtEnd);
    EXPECT_TRUE(r.committedIntact) << r.problem;
    if (fault.expect == Expect::completed) {
        EXPECT_EQ(r.state, "completed") << r.cause;
    } else if (fault.expect == Expect::aborted) {
        EXPECT_NE(r.state, "completed");  // aborted, or failed-to-run when a write was refused
        EXPECT_FALSE(r.cause.empty());
        ASSERT_TRUE(r.shutLatencyMs);
        RecordProperty("fault_to_gas_shut_ms", static_cast<int>(*r.shutLatencyMs));
    }
    EXPECT_TRUE(r.asExpected) << r.state << ": " << r.cause << " " << r.problem;
}

INSTANTIATE_TEST_SUITE_P(Cells, FaultMatrix,
                         ::testing::Values(Cell{"regulator-outlet-pressure", "link dropped 0.3 s"},
                                           Cell{"hose-leakage", "late answers 1.5 s"},
                                           Cell{"lpg-dme", "server restart 0.5 s"},
                                           Cell{"regulator-outlet-pressure", "CRC errors for good (RTU)"},
                                           Cell{"hose-leakage", "link dropped for good"}),
                         [](const ::testing::TestParamInfo<Cell>& i) {
                             std::string n = i.param.procedure + "_" + i.param.fault;
                             for (char& c : n) c = std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
                             return n;
                         });
