#include "gasbench/reports/users.hpp"

#include <QDateTime>
#include <algorithm>
#include <array>
#include <cctype>

#include "gasbench/reports/password_hash.hpp"
#include "gasbench/reports/report_error.hpp"
#include "gasbench/storage/audit_log.hpp"

namespace gasbench::reports {
namespace {

constexpr std::array<std::pair<Role, std::string_view>, 4> kRoles{{
    {Role::technician, "technician"},
    {Role::reviewer, "reviewer"},
    {Role::approver, "approver"},
    {Role::qualityManager, "quality-manager"},
}};

constexpr const char* kColumns =
    "SELECT id, name, full_name, role, staff_id, disabled, locked_until, secret_hash,"
    " failed_attempts, lockouts FROM users ";

User userFrom(const storage::Statement& s) {
    User u;
    u.id = s.integer(0);
    u.name = s.text(1);
    u.fullName = s.text(2);
    u.role = parseRole(s.text(3)).value_or(Role::technician);
    u.staffId = s.text(4);
    u.disabled = s.integer(5) != 0;
    u.lockedUntil = s.optText(6);
    return u;
}

bool blank(const std::string& s) {
    return std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isspace(c); });
}

void requireQualityManager(storage::Database& db, const User& by, const char* action) {
    auto current = findUser(db, by.name);  // the role as it is now, not as it was at sign-in
    if (!current || current->role != Role::qualityManager || current->disabled)
        throw ReportError(by.name + " is not a quality manager and may not " + action);
}

User requireUser(storage::Database& db, const std::string& name) {
    auto u = findUser(db, name);
    if (!u) throw ReportError("user: no user '" + name + "'");
    return *u;
}

void logUser(storage::Database& db, const std::string& who, const std::string& what, const User& u,
             const std::string& details) {
    storage::appendEvent(db, {who, what, std::nullopt, u.name, details, storage::RowRef{"users", u.id}});
}

std::int64_t insertUser(storage::Database& db, const User& user, const std::string& secret,
                        const std::string& who, const char* event) {
    if (blank(user.name)) throw ReportError("user: the name is empty");
    if (blank(user.staffId)) throw ReportError("user " + user.name + ": the staff id is empty");
    if (secret.size() < kMinSecretLength)
        throw ReportError("user " + user.name + ": a PIN has at least " + std::to_string(kMinSecretLength) +
                          " digits (or a password as many characters)");
    if (findUser(db, user.name)) throw ReportError("user: '" + user.name + "' exists already");
    auto same = db.prepare("SELECT name FROM users WHERE staff_id = ?");
    same.bind(1, user.staffId);
    if (same.step())
        throw ReportError("user " + user.name + ": staff id " + user.staffId + " is " + same.text(0) +
                          "'s — one person, one account (change that account's role instead)");
    std::string hash = hashSecret(secret);
    storage::Transaction tx(db);
    db.prepare("INSERT INTO users (name, staff_id, full_name, role, secret_hash, created_at)"
               " VALUES (?, ?, ?, ?, ?, ?)")
        .bind(1, user.name)
        .bind(2, user.staffId)
        .bind(3, blank(user.fullName) ? user.name : user.fullName)
        .bind(4, roleId(user.role))
        .bind(5, hash)
        .bind(6, storage::utcNow())
        .run();
    std::int64_t id = db.lastInsertId();
    logUser(db, who, event, *findUser(db, user.name),
            "{\"role\":\"" + std::string(roleId(user.role)) + "\",\"staff_id\":\"" + user.staffId + "\"}");
    tx.commit();
    return id;
}

std::string lockUntil(int lockouts) {
    auto delay = kFirstLockout * (1LL << std::min(lockouts - 1, 20));
    auto capped = std::min<std::chrono::seconds>(delay, kLongestLockout);
    return QDateTime::currentDateTimeUtc().addSecs(capped.count()).toString(Qt::ISODateWithMs).toStdString();
}

bool stillLocked(const std::optional<std::string>& until) {
    return until && QDateTime::fromString(QString::fromStdString(*until), Qt::ISODateWithMs) >
                        QDateTime::currentDateTimeUtc();
}

// A wrong PIN: counted, and the fifth in a row locks the user.
std::string refuseWrongPin(storage::Database& db, const User& u, int failed, int lockouts) {
    ++failed;
    std::string message = "unknown user or wrong PIN: " + u.name;
    if (failed >= kWrongPinsBeforeLock) {
        ++lockouts;
        std::string until = lockUntil(lockouts);
        db.prepare("UPDATE users SET failed_attempts = 0, lockouts = ?, locked_until = ? WHERE id = ?")
            .bind(1, lockouts).bind(2, until).bind(3, u.id).run();
        logUser(db, u.name, "user.locked", u,
                std::to_string(kWrongPinsBeforeLock) + " wrong PINs; locked until " + until);
        return message + " (" + std::to_string(kWrongPinsBeforeLock) + " wrong PINs: locked until " + until + ")";
    }
    db.prepare("UPDATE users SET failed_attempts = ? WHERE id = ?").bind(1, failed).bind(2, u.id).run();
    logUser(db, u.name, "user.sign-in-refused", u, "wrong PIN " + std::to_string(failed));
    return message;
}

}  // namespace

std::string_view roleId(Role r) {
    for (const auto& [role, id] : kRoles)
        if (role == r) return id;
    return "technician";
}

std::optional<Role> parseRole(std::string_view id) {
    for (const auto& [role, name] : kRoles)
        if (name == id) return role;
    return std::nullopt;
}

std::int64_t initFirstQualityManager(storage::Database& db, const User& user, const std::string& secret) {
    storage::Transaction tx(db);
    auto any = db.prepare("SELECT name FROM users LIMIT 1");
    if (any.step())
        throw ReportError("user init: this database has users already (" + any.text(0) +
                          ", …): a quality manager adds the others");
    User first = user;
    first.role = Role::qualityManager;
    std::int64_t id = insertUser(db, first, secret, user.name, "user.initialized");
    tx.commit();
    return id;
}

std::int64_t addUser(storage::Database& db, const User& user, const std::string& secret, const User& by) {
    requireQualityManager(db, by, "add users");
    return insertUser(db, user, secret, by.name, "user.added");
}

void changeRole(storage::Database& db, const std::string& name, Role role, const User& by) {
    requireQualityManager(db, by, "change roles");
    storage::Transaction tx(db);
    User u = requireUser(db, name);
    db.prepare("UPDATE users SET role = ? WHERE id = ?").bind(1, roleId(role)).bind(2, u.id).run();
    logUser(db, by.name, "user.role-changed", u,
            std::string(roleId(u.role)) + " -> " + std::string(roleId(role)));
    tx.commit();
}

void setDisabled(storage::Database& db, const std::string& name, bool disabled, const User& by) {
    requireQualityManager(db, by, disabled ? "disable users" : "enable users");
    if (disabled && name == by.name) throw ReportError(by.name + " may not disable their own account");
    storage::Transaction tx(db);
    User u = requireUser(db, name);
    db.prepare("UPDATE users SET disabled = ? WHERE id = ?").bind(1, disabled ? 1 : 0).bind(2, u.id).run();
    logUser(db, by.name, disabled ? "user.disabled" : "user.enabled", u, "");
    tx.commit();
}

void unlockUser(storage::Database& db, const std::string& name, const User& by) {
    requireQualityManager(db, by, "unlock users");
    storage::Transaction tx(db);
    User u = requireUser(db, name);
    db.prepare("UPDATE users SET failed_attempts = 0, locked_until = NULL WHERE id = ?").bind(1, u.id).run();
    logUser(db, by.name, "user.unlocked", u, "");
    tx.commit();
}

std::vector<User> listUsers(storage::Database& db) {
    auto s = db.prepare(std::string(kColumns) + "ORDER BY name");
    std::vector<User> all;
    while (s.step()) all.push_back(userFrom(s));
    return all;
}

std::optional<User> findUser(storage::Database& db, const std::string& name) {
    auto s = db.prepare(std::string(kColumns) + "WHERE name = ?");
    s.bind(1, name);
    if (!s.step()) return std::nullopt;
    return userFrom(s);
}

User authenticate(storage::Database& db, const std::string& name, const std::string& secret) {
    std::string refusal;
    {
        storage::Transaction tx(db);
        auto s = db.prepare(std::string(kColumns) + "WHERE name = ?");
        s.bind(1, name);
        if (!s.step()) {
            storage::appendEvent(db, {name, "user.sign-in-refused", std::nullopt, name, "no such user"});
            tx.commit();
            throw ReportError("unknown user or wrong PIN: " + name);
        }
        User u = userFrom(s);
        std::string stored = s.text(7);
        int failed = static_cast<int>(s.integer(8));
        int lockouts = static_cast<int>(s.integer(9));
        if (u.disabled) {
            refusal = "user " + name + " is disabled";
            logUser(db, name, "user.sign-in-refused", u, "disabled");
        } else if (stillLocked(u.lockedUntil)) {
            refusal = "user " + name + " is locked until " + *u.lockedUntil +
                      " after wrong PINs; a quality manager can unlock";
            logUser(db, name, "user.sign-in-refused", u, "locked");
        } else if (!secretMatches(stored, secret)) {
            refusal = refuseWrongPin(db, u, failed, lockouts);
        } else {
            if (failed != 0 || lockouts != 0 || u.lockedUntil || needsRehash(stored)) {
                bool rehash = needsRehash(stored);
                db.prepare("UPDATE users SET failed_attempts = 0, lockouts = 0, locked_until = NULL,"
                           " secret_hash = ? WHERE id = ?")
                    .bind(1, rehash ? hashSecret(secret) : stored)
                    .bind(2, u.id)
                    .run();
                logUser(db, name, "user.signed-in", u, rehash ? "PIN hash upgraded to Argon2id" : "wrong-PIN count reset");
            }
            tx.commit();
            return *findUser(db, name);
        }
        tx.commit();
    }
    throw ReportError(refusal);
}

}  // namespace gasbench::reports
