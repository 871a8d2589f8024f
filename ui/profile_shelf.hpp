#pragma once
// The standard profiles of fixtures/standards, read once and looked up by id, for the words the
// tables show (an item's requirement as the standard states it). A folder that does not read
// gives no profiles: the tables then show what the run stored, and the devices section and the
// run itself name what is wrong with the files.

#include <map>
#include <optional>
#include <string>

#include "gasbench/procedures/profile.hpp"

namespace gasbench::ui {

class ProfileShelf {
  public:
    explicit ProfileShelf(std::string folder) : folder_(std::move(folder)) {}

    const procedures::Profile* find(const std::string& id) const;

  private:
    std::string folder_;
    mutable std::optional<std::map<std::string, procedures::Profile>> profiles_;
};

}  // namespace gasbench::ui
