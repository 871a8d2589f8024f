#pragma once
// Start-up recovery: a run still `running` whose controller is gone (its RunLock can be
// taken) becomes `interrupted`. Everything it committed before the crash stays; the closing
// is logged as a "run.interrupted" event.

#include <vector>

#include "gasbench/storage/run_records.hpp"

namespace gasbench::storage {

class Database;

// Returns the runs it closed. Runs recorded right now by a live controller are left alone.
std::vector<RunId> recoverInterruptedRuns(Database& db);

}  // namespace gasbench::storage
