#pragma once
// Enterprises: the producers and sampled units of the campaign, known by their unified
// social credit code.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gasbench/storage/database.hpp"

namespace gasbench::storage {

struct Enterprise {
    std::int64_t id = 0;
    std::string name;
    std::string creditCode;  // GB 32100-2015, checked before it is stored
    std::string address;
    std::string legalRepresentative;
    std::string contact;
    std::string province;  // 省, for the problem-product table
};

// Checks the record (name, address, credit code; RecordError naming the field), stores it and
// logs an event. A credit code already registered is refused.
std::int64_t addEnterprise(Database& db, const Enterprise& enterprise, const std::string& who);

// Refuses a record that may not be stored: RecordError naming the field.
void checkEnterprise(const Enterprise& enterprise);

std::optional<Enterprise> findEnterpriseByCreditCode(Database& db, const std::string& creditCode);
std::optional<Enterprise> findEnterprise(Database& db, std::int64_t id);
std::vector<Enterprise> listEnterprises(Database& db);

}  // namespace gasbench::storage
