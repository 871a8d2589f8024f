#pragma once
// Runs a procedure: checks its roles are wired, runs its steps in order, and always runs its
// teardown and then the station's safe state, whatever happened (STOP, abort, a device lost, a
// prompt without an answer, a bug). Returns the run record, which the bench's observers also
// get at the end (RunObserver::ended).

#include <vector>

#include "gasbench/procedures/bench.hpp"
#include "gasbench/procedures/procedure.hpp"
#include "gasbench/procedures/profile.hpp"
#include "gasbench/procedures/run_record.hpp"

namespace gasbench::procedures {

RunRecord runProcedure(const ProcedureDefinition& procedure, const Profile& profile, Bench& bench);

}  // namespace gasbench::procedures
