#include "gasbench/storage/enterprise.hpp"

#include "gasbench/storage/audit_log.hpp"
#include "gasbench/storage/credit_code.hpp"
#include "gasbench/storage/record_checks.hpp"
#include "gasbench/storage/storage_error.hpp"

namespace gasbench::storage {
namespace {

constexpr const char* kColumns =
    "SELECT id, name, credit_code, address, legal_representative, contact, province "
    "FROM enterprises ";

Enterprise readEnterprise(const Statement& s) {
    return Enterprise{s.integer(0), s.text(1), s.text(2), s.text(3),
                      s.text(4),    s.text(5), s.text(6)};
}

std::optional<Enterprise> findWhere(Database& db, const char* where, auto key) {
    Statement s = db.prepare(std::string(kColumns) + where);
    s.bind(1, key);
    if (!s.step()) return std::nullopt;
    return readEnterprise(s);
}

}  // namespace

void checkEnterprise(const Enterprise& e) {
    if (isBlank(e.name)) throw RecordError("name", "missing (blank)");
    if (isBlank(e.address)) throw RecordError("address", "missing (blank)");
    if (auto problem = describeCreditCodeProblem(e.creditCode); !problem.empty()) {
        throw RecordError("credit_code", problem);
    }
}

std::int64_t addEnterprise(Database& db, const Enterprise& e, const std::string& who) {
    checkEnterprise(e);
    Transaction tx(db);
    if (auto known = findEnterpriseByCreditCode(db, e.creditCode)) {
        throw RecordError("credit_code", "'" + e.creditCode + "' is already registered, as '" +
                                             known->name + "'");
    }
    Statement s = db.prepare(
        "INSERT INTO enterprises (name, credit_code, address, legal_representative, contact, "
        "province, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
    s.bind(1, e.name).bind(2, e.creditCode).bind(3, e.address).bind(4, e.legalRepresentative);
    s.bind(5, e.contact).bind(6, e.province).bind(7, utcNow());
    s.run();
    std::int64_t id = db.lastInsertId();
    appendEvent(db, {who, "enterprise.added", std::nullopt, e.creditCode, e.name, RowRef{"enterprises", id}});
    tx.commit();
    return id;
}

std::optional<Enterprise> findEnterpriseByCreditCode(Database& db, const std::string& creditCode) {
    return findWhere(db, "WHERE credit_code = ?", creditCode);
}

std::optional<Enterprise> findEnterprise(Database& db, std::int64_t id) {
    return findWhere(db, "WHERE id = ?", id);
}

std::vector<Enterprise> listEnterprises(Database& db) {
    std::vector<Enterprise> all;
    Statement s = db.prepare(std::string(kColumns) + "ORDER BY name, id");
    while (s.step()) all.push_back(readEnterprise(s));
    return all;
}

}  // namespace gasbench::storage
