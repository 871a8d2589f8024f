#pragma once
// A quality manager's confirmation that a standard profile's limits were checked against the
// standard's own text: who, when, against what source, and the SHA-256 of the profile file as
// it was then. A confirmation holds only while the file is byte for byte that file; the shipped
// profiles' own "confirmed" flags stay as their authors set them.

#include <optional>
#include <string>

#include "gasbench/procedures/profile.hpp"
#include "gasbench/reports/users.hpp"
#include "gasbench/storage/database.hpp"

namespace gasbench::reports {

struct ProfileConfirmation {
    std::int64_t id = 0;
    std::string profileId;
    int profileVersion = 1;
    std::string profileSha256;
    std::string source;
    std::string confirmedBy;
    std::string confirmedAt;
};

std::string profileFileSha256(const procedures::Profile& profile);

// Refuses anyone but a quality manager, and a blank source (ReportError). An audited event.
ProfileConfirmation confirmProfile(storage::Database& db, const procedures::Profile& profile,
                                   const std::string& source, const User& by);
// The confirmation of this profile file as it is now, if any.
std::optional<ProfileConfirmation> confirmationOf(storage::Database& db, const procedures::Profile& profile);

}  // namespace gasbench::reports
