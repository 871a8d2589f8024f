#pragma once
// The people who sign reports: a name, a role and a password or PIN kept only as a salted,
// iterated hash. Adding a user and every refused sign-in are written to the event log.

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
    std::string name;  // sign-in name, unique
    std::string fullName;  // as printed in the signature block
    Role role = Role::technician;
};

// Refuses an empty name, a name taken, or a secret shorter than 4 characters (ReportError).
std::int64_t addUser(storage::Database& db, const User& user, const std::string& secret,
                     const std::string& who);
std::vector<User> listUsers(storage::Database& db);
std::optional<User> findUser(storage::Database& db, const std::string& name);
// The user when the secret matches; ReportError ("unknown user or wrong PIN") otherwise.
User authenticate(storage::Database& db, const std::string& name, const std::string& secret);

}  // namespace gasbench::reports
