#include "gasbench/storage/run_recovery.hpp"

#include "gasbench/storage/database.hpp"
#include "gasbench/storage/run_lock.hpp"
#include "gasbench/storage/space_reserve.hpp"

namespace gasbench::storage {

std::vector<RunId> recoverInterruptedRuns(Database& db) {
    std::vector<RunId> running;
    {
        Statement s = db.prepare("SELECT id FROM runs WHERE state = 'running' ORDER BY id");
        while (s.step()) running.push_back(s.integer(0));
    }
    std::vector<RunId> closed;
    for (RunId run : running) {
        auto lock = RunLock::tryAcquire(db.path(), run);
        if (!lock) continue;  // its controller is alive
        closeRun(db, run, RunState::interrupted, std::nullopt,
                 "found running at start-up: the controller stopped without closing the run",
                 "gasbench");
        lock->release();
        closed.push_back(run);
    }
    removeAbandonedReserves(db.path());  // a killed controller's room for its close
    return closed;
}

}  // namespace gasbench::storage
