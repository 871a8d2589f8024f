#include "gasbench/procedures/procedure.hpp"

#include <algorithm>

namespace gasbench::procedures {

bool ProcedureDefinition::appliesTo(const std::string& category) const {
    return std::find(categories.begin(), categories.end(), category) != categories.end();
}

}  // namespace gasbench::procedures
