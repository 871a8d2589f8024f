#include "profile_shelf.hpp"

namespace gasbench::ui {

const procedures::Profile* ProfileShelf::find(const std::string& id) const {
    if (!profiles_) {
        profiles_.emplace();
        try {
            for (auto& p : procedures::loadProfiles(folder_)) profiles_->emplace(p.id, std::move(p));
        } catch (const std::exception&) {
            // Shown without the profile's words; the run names the broken file when it loads it.
        }
    }
    auto it = profiles_->find(id);
    return it == profiles_->end() ? nullptr : &it->second;
}

}  // namespace gasbench::ui
