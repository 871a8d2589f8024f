// A few representative cells of the fault-injection matrix (scripts/fault-matrix runs them
// all): a fault ridden through ends completed, a lasting one aborted (or failed to run, when
// an output write was refused) with its cause; either
// way the bench's gas is shut at the end and everything committed is intact, and the
// conforming sample is never judged fail.
#include <gtest/gtest.h>

#include "fault_cell.hpp"

using namespace gasbench::safety;

namespace {

struct Cell {
    std::string procedure;
    std::string fault;
    Expect expect;  // for this cell (the matrix's column may allow either)
};
void PrintTo(const Cell& c, std::ostream* os) { *os << c.procedure << " / " << c.fault; }

class FaultMatrix : public ::testing::TestWithParam<Cell> {};

}  // namespace

TEST_P(FaultMatrix, EndsInADefinedStateWithTheGasShutAndNothingLost) {
    CellResult r = runCell(procedureCase(GetParam().procedure), faultCase(GetParam().fault));
    ASSERT_TRUE(r.faultInjected) << "the procedure never opened the gas";
    EXPECT_TRUE(r.gasShutAtEnd);
    EXPECT_TRUE(r.committedIntact) << r.problem;
    // The sample conforms: missing readings may leave it inconclusive or end the run, never fail.
    EXPECT_NE(r.verdict, "fail") << r.failedItems;
    if (GetParam().expect == Expect::completed) {
        EXPECT_EQ(r.state, "completed") << r.cause;
    } else if (GetParam().expect == Expect::either) {
        if (r.state != "completed") {
            EXPECT_FALSE(r.cause.empty());
        }
    } else {
        EXPECT_NE(r.state, "completed");  // aborted, or failed-to-run when a write was refused
        EXPECT_FALSE(r.cause.empty());
        ASSERT_TRUE(r.shutLatencyMs);
        RecordProperty("fault_to_gas_shut_ms", static_cast<int>(*r.shutLatencyMs));
    }
}

INSTANTIATE_TEST_SUITE_P(Cells, FaultMatrix,
                         ::testing::Values(Cell{"regulator-outlet-pressure", "exception 6 (busy) 0.3 s", Expect::either},
                                           Cell{"flame-failure", "exception 6 (busy) 0.3 s", Expect::either},
                                           Cell{"hose-leakage", "late answers 1.5 s", Expect::aborted},
                                           Cell{"lpg-dme", "server restart 0.5 s", Expect::aborted},
                                           Cell{"regulator-outlet-pressure", "CRC errors for good (RTU)", Expect::aborted},
                                           Cell{"hose-leakage", "link dropped for good", Expect::aborted},
                                           // Storage, not the bench: the run ends at once, failed-to-record
                                           // and closed; a second program's recovery leaves it running.
                                           Cell{"hose-leakage", "disk full", Expect::aborted},
                                           Cell{"regulator-outlet-pressure", "second path to the database", Expect::either}),
                         [](const ::testing::TestParamInfo<Cell>& i) {
                             std::string n = i.param.procedure + "_" + i.param.fault;
                             for (char& c : n) c = std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
                             return n;
                         });
