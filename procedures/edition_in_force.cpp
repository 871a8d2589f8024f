// Picking the edition in force on the sampling date.
#include "gasbench/procedures/edition_in_force.hpp"

#include <algorithm>

namespace gasbench::procedures {
namespace {

bool covers(const Profile& p, const std::string& category) {
    return std::find(p.categories.begin(), p.categories.end(), category) != p.categories.end();
}

std::string inForceText(const Profile& p) {
    if (p.inForceFrom.empty() && p.inForceUntil.empty()) return p.standard + " (no dates: always in force)";
    std::string text = p.standard + " in force";
    if (!p.inForceFrom.empty()) text += " from " + p.inForceFrom;
    if (!p.inForceUntil.empty()) text += " until " + p.inForceUntil;
    return text;
}

}  // namespace

EditionChoice editionInForce(const ProcedureDefinition& procedure, const std::string& category,
                             const std::string& samplingDate, const std::vector<Profile>& profiles) {
    EditionChoice choice;
    std::string notInForce;
    for (const auto& id : procedure.profiles) {
        for (const auto& p : profiles) {
            if (p.id != id || !covers(p, category)) continue;
            if (p.inForceOn(samplingDate)) {
                choice.profile = &p;
                choice.why = p.id + ": " + inForceText(p) + ", on the sampling date " + samplingDate;
                return choice;
            }
            notInForce += (notInForce.empty() ? "" : "; ") + p.id + ": " + inForceText(p);
        }
    }
    choice.why = "no profile of " + procedure.id + " for " + category + " is in force on " +
                 samplingDate + (notInForce.empty() ? "" : " (" + notInForce + ")");
    return choice;
}

}  // namespace gasbench::procedures
