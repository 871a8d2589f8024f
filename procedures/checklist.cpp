// Prompts built from the profile's checklist items.
#include "gasbench/procedures/checklist.hpp"

namespace gasbench::procedures {

Prompt checklistPrompt(const Profile& profile, std::string promptId, std::string instructionZh,
                       std::string instructionEn) {
    Prompt p;
    p.id = std::move(promptId);
    p.kind = PromptKind::checklist;
    p.instructionZh = std::move(instructionZh);
    p.instructionEn = std::move(instructionEn);
    p.skippable = true;  // a skipped checklist leaves its items inconclusive, never passed
    for (const auto& item : profile.items) {
        if (item.kind == ItemKind::checklist) {
            p.checklist.push_back({item.id, item.requirementZh, item.requirementEn});
        }
    }
    return p;
}

Prompt confirmPrompt(std::string promptId, std::string instructionZh, std::string instructionEn) {
    Prompt p;
    p.id = std::move(promptId);
    p.kind = PromptKind::confirm;
    p.instructionZh = std::move(instructionZh);
    p.instructionEn = std::move(instructionEn);
    return p;
}

}  // namespace gasbench::procedures
