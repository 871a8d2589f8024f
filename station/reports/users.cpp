#include "gasbench/reports/users.hpp"

#include <array>

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

User userFrom(storage::Statement& s) {
    User u;
    u.id = s.integer(0);
    u.name = s.text(1);
    u.fullName = s.text(2);
    u.role = parseRole(s.text(3)).value_or(Role::technician);
    return u;
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

std::int64_t addUser(storage::Database& db, const User& user, const std::string& secret,
                     const std::string& who) {
    if (user.name.empty()) throw ReportError("user: the name is empty");
    if (secret.size() < 4) throw ReportError("user: a PIN or password has at least 4 characters");
    if (findUser(db, user.name)) throw ReportError("user: '" + user.name + "' exists already");
    QByteArray salt = newSalt();
    QByteArray hash = pbkdf2Sha256(QByteArray::fromStdString(secret), salt, kPasswordIterations);
    storage::Transaction tx(db);
    db.prepare("INSERT INTO users (name, full_name, role, salt, iterations, secret_hash, created_at)"
               " VALUES (?, ?, ?, ?, ?, ?, ?)")
        .bind(1, user.name)
        .bind(2, user.fullName.empty() ? user.name : user.fullName)
        .bind(3, roleId(user.role))
        .bind(4, salt.toHex().toStdString())
        .bind(5, kPasswordIterations)
        .bind(6, hash.toHex().toStdString())
        .bind(7, storage::utcNow())
        .run();
    std::int64_t id = db.lastInsertId();
    storage::appendEvent(db, {who, "user.added", std::nullopt, user.name,
                              "{\"role\":\"" + std::string(roleId(user.role)) + "\"}"});
    tx.commit();
    return id;
}

std::vector<User> listUsers(storage::Database& db) {
    auto s = db.prepare("SELECT id, name, full_name, role FROM users ORDER BY name");
    std::vector<User> all;
    while (s.step()) all.push_back(userFrom(s));
    return all;
}

std::optional<User> findUser(storage::Database& db, const std::string& name) {
    auto s = db.prepare("SELECT id, name, full_name, role FROM users WHERE name = ?");
    s.bind(1, name);
    if (!s.step()) return std::nullopt;
    return userFrom(s);
}

User authenticate(storage::Database& db, const std::string& name, const std::string& secret) {
    auto s = db.prepare(
        "SELECT id, name, full_name, role, salt, iterations, secret_hash FROM users WHERE name = ?");
    s.bind(1, name);
    if (s.step()) {
        QByteArray salt = QByteArray::fromHex(QByteArray::fromStdString(s.text(4)));
        QByteArray hash = pbkdf2Sha256(QByteArray::fromStdString(secret), salt,
                                       static_cast<int>(s.integer(5)));
        if (hash.toHex().toStdString() == s.text(6)) return userFrom(s);
    }
    storage::appendEvent(db, {name, "user.sign-in-refused", std::nullopt, name, ""});
    throw ReportError("unknown user or wrong PIN: " + name);
}

}  // namespace gasbench::reports
