#pragma once
// Which edition of a standard judges a sample: the profile of the procedure, for the sample's
// category, in force on the sampling date (GB 11174-2011 for LPG sampled before 2026-11-01,
// GB 11174-2025 from then). A lab's own method without dates is always in force; among several
// in force the procedure's order decides (its default first).

#include <string>
#include <vector>

#include "gasbench/procedures/procedure.hpp"
#include "gasbench/procedures/profile.hpp"

namespace gasbench::procedures {

struct EditionChoice {
    const Profile* profile = nullptr;  // none: no edition in force that day
    std::string why;                   // "GB 11174-2025 in force from 2026-11-01 on the sampling date 2026-11-15"
};

EditionChoice editionInForce(const ProcedureDefinition& procedure, const std::string& category,
                             const std::string& samplingDate, const std::vector<Profile>& profiles);

}  // namespace gasbench::procedures
