#pragma once
// Inspection checklists come from the profile: every checklist item the profile lists becomes
// one entry, so adding an inspection point is a profile edit, not a code change.

#include <string>

#include "gasbench/procedures/profile.hpp"
#include "gasbench/procedures/prompt.hpp"

namespace gasbench::procedures {

// A checklist prompt with the profile's checklist items (none: an empty checklist).
Prompt checklistPrompt(const Profile& profile, std::string promptId, std::string instructionZh,
                       std::string instructionEn);

// A confirm prompt ("connect the sample", "press and hold the knob").
Prompt confirmPrompt(std::string promptId, std::string instructionZh, std::string instructionEn);

}  // namespace gasbench::procedures
