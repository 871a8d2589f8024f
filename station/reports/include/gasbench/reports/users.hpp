#pragma once
// The people who sign reports. A user is one person (a staff id, unique) with one sign-in name,
// a role and a PIN kept as an Argon2id hash. The first quality manager of a database is made
// once (initFirstQualityManager); after that only a signed-in quality manager adds users,
// changes roles, disables or unlocks them. Five wrong PINs in a row lock a user for a delay
// that doubles with each lockout. Every one of these, and every refused sign-in, is an event.

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "gasbench/storage/database.hpp"

namespace gasbench::reports {

enum class Role { technician, reviewer, approver, qualityManager };

std::string_view roleId(Role r);  // "technician", "quality-manager"
std::optional<Role> parseRole(std::string_view id);

struct User {
    std::int64_t id = 0;
    std::string name;      // sign-in name, unique
    std::string fullName;  // as printed in the signature block
    Role role = Role::technician;
    std::string staffId;   // the person: four-eyes compares these
    bool disabled = false;
    std::optional<std::string> lockedUntil;  // UTC, while locked
};

inline constexpr std::size_t kMinSecretLength = 6;
inline constexpr int kWrongPinsBeforeLock = 5;
inline constexpr std::chrono::minutes kFirstLockout{1};
inline constexpr std::chrono::hours kLongestLockout{24};

// The first quality manager of a new database; refused once any user exists.
std::int64_t initFirstQualityManager(storage::Database& db, const User& user, const std::string& secret);
// Refuses a blank name, staff id or full name, a name or staff id taken, a secret shorter than
// kMinSecretLength, and anyone but a quality manager as `by` (ReportError).
std::int64_t addUser(storage::Database& db, const User& user, const std::string& secret, const User& by);
void changeRole(storage::Database& db, const std::string& name, Role role, const User& by);
void setDisabled(storage::Database& db, const std::string& name, bool disabled, const User& by);
void unlockUser(storage::Database& db, const std::string& name, const User& by);

std::vector<User> listUsers(storage::Database& db);
std::optional<User> findUser(storage::Database& db, const std::string& name);
// The user when the secret matches and the user is neither disabled nor locked; ReportError
// otherwise ("unknown user or wrong PIN", "locked until …", "disabled"), each refusal an event.
User authenticate(storage::Database& db, const std::string& name, const std::string& secret);

}  // namespace gasbench::reports
