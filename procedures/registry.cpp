// The procedures gasbench knows.
#include "gasbench/procedures/registry.hpp"

namespace gasbench::procedures {

const std::vector<ProcedureDefinition>& procedureRegistry() {
    static const std::vector<ProcedureDefinition> all{
        flameFailureProcedure(),
        regulatorOutletPressureProcedure(),
        hoseLeakageProcedure(),
        lpgDmeProcedure(),
    };
    return all;
}

const ProcedureDefinition* findProcedure(const std::string& id) {
    for (const auto& p : procedureRegistry()) {
        if (p.id == id) return &p;
    }
    return nullptr;
}

}  // namespace gasbench::procedures
