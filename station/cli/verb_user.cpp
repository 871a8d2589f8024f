// gasbench user add|list: the people who sign reports, with their role and PIN.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdlib>
#include <iostream>

#include "gasbench/reports/users.hpp"
#include "gasbench/storage/audit_log.hpp"
#include "verb.hpp"

namespace gasbench::cli {
namespace {

const char* kUsage =
    "usage: gasbench user add NAME --role ROLE [--full-name TEXT] [--pin PIN] [--db FILE]\n"
    "       gasbench user list [--json] [--db FILE]\n"
    "\n"
    "ROLE is technician, reviewer, approver or quality-manager. The PIN or password (at least 4\n"
    "characters) comes from --pin or the GASBENCH_PIN environment variable; it is stored only\n"
    "as a salted PBKDF2-HMAC-SHA256 hash.\n";

int runUser(Args& args) {
    auto dbPath = args.option("--db");
    std::string what = args.requirePositional("add or list");
    if (what == "list") {
        bool json = args.flag("--json");
        args.finish();
        auto db = storage::Database::openToRead(storage::databasePathOr(dbPath));
        auto users = reports::listUsers(db);
        if (json) {
            QJsonArray out;
            for (const auto& u : users)
                out.append(QJsonObject{{"name", QString::fromStdString(u.name)},
                                       {"full_name", QString::fromStdString(u.fullName)},
                                       {"role", QString::fromUtf8(reports::roleId(u.role).data())}});
            std::cout << QJsonDocument(out).toJson().toStdString();
            return 0;
        }
        for (const auto& u : users)
            std::cout << u.name << "  " << reports::roleId(u.role) << "  " << u.fullName << '\n';
        return 0;
    }
    if (what != "add") throw UsageError("unknown subcommand '" + what + "'");
    reports::User user;
    user.name = args.requirePositional("NAME");
    std::string role = args.require("--role");
    user.fullName = args.option("--full-name").value_or("");
    auto pin = args.option("--pin");
    args.finish();
    auto parsed = reports::parseRole(role);
    if (!parsed) throw UsageError("--role: technician, reviewer, approver or quality-manager, got '" + role + "'");
    user.role = *parsed;
    if (!pin && std::getenv("GASBENCH_PIN")) pin = std::getenv("GASBENCH_PIN");
    if (!pin) throw UsageError("give the PIN with --pin or GASBENCH_PIN");
    auto db = storage::Database::open(storage::databasePathOr(dbPath));
    reports::addUser(db, user, *pin, storage::commandLineActor());
    std::cout << "user " << user.name << " added (" << role << ")\n";
    return 0;
}

}  // namespace

GASBENCH_VERB("user", "add or list the people who sign reports", kUsage, runUser);

}  // namespace gasbench::cli
