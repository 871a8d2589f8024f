#pragma once
// The procedures gasbench knows, by id.

#include <string>
#include <vector>

#include "gasbench/procedures/procedure.hpp"

namespace gasbench::procedures {

ProcedureDefinition flameFailureProcedure();
ProcedureDefinition regulatorOutletPressureProcedure();
ProcedureDefinition hoseLeakageProcedure();
ProcedureDefinition lpgDmeProcedure();

// All of them, in a stable order.
const std::vector<ProcedureDefinition>& procedureRegistry();
// nullptr when there is none with that id.
const ProcedureDefinition* findProcedure(const std::string& id);

}  // namespace gasbench::procedures
