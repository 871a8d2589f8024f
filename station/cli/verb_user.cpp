// gasbench user init|add|role|disable|enable|unlock|list: the people who sign reports.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <iostream>

#include "gasbench/reports/users.hpp"
#include "pin_entry.hpp"
#include "verb.hpp"

namespace gasbench::cli {
namespace {

using namespace gasbench::reports;

const char* kUsage =
    "usage: gasbench user init NAME --staff-id ID --full-name TEXT [--db FILE]\n"
    "       gasbench user add NAME --role ROLE --staff-id ID --full-name TEXT --by QM [--db FILE]\n"
    "       gasbench user role NAME ROLE --by QM [--db FILE]\n"
    "       gasbench user disable|enable|unlock NAME --by QM [--db FILE]\n"
    "       gasbench user list [--json] [--db FILE]\n"
    "\n"
    "A user is one person: the staff id is theirs alone, and four-eyes compares staff ids.\n"
    "init makes the first quality manager of a new database (refused once any user exists);\n"
    "after that only a quality manager (--by, signed in with their PIN) adds users, changes\n"
    "roles, disables, enables or unlocks them. ROLE is technician, reviewer, approver or\n"
    "quality-manager. The signing-in PIN comes from GASBENCH_PIN or the terminal; a new user's\n"
    "PIN (at least 6 digits) from GASBENCH_NEW_PIN or the terminal. PINs are kept as Argon2id\n"
    "hashes; five wrong PINs in a row lock a user, for longer after each lockout.\n";

Role roleArg(const std::string& text) {
    auto r = parseRole(text);
    if (!r) throw UsageError("ROLE: technician, reviewer, approver or quality-manager, got '" + text + "'");
    return *r;
}

int list(Args& args, const std::optional<std::string>& dbPath) {
    bool json = args.flag("--json");
    args.finish();
    auto db = storage::Database::openToRead(storage::databasePathOr(dbPath));
    auto users = listUsers(db);
    if (json) {
        QJsonArray out;
        for (const auto& u : users)
            out.append(QJsonObject{{"name", QString::fromStdString(u.name)},
                                   {"staff_id", QString::fromStdString(u.staffId)},
                                   {"full_name", QString::fromStdString(u.fullName)},
                                   {"role", QString::fromUtf8(roleId(u.role).data())},
                                   {"disabled", u.disabled},
                                   {"locked_until", u.lockedUntil ? QJsonValue(QString::fromStdString(*u.lockedUntil))
                                                                  : QJsonValue()}});
        std::cout << QJsonDocument(out).toJson().toStdString();
        return 0;
    }
    for (const auto& u : users)
        std::cout << u.name << "  " << u.staffId << "  " << roleId(u.role) << "  " << u.fullName
                  << (u.disabled ? "  (disabled)" : "") << (u.lockedUntil ? "  (locked until " + *u.lockedUntil + ")" : "")
                  << '\n';
    return 0;
}

int runUser(Args& args) {
    auto dbPath = args.option("--db");
    std::string what = args.requirePositional("init, add, role, disable, enable, unlock or list");
    if (what == "list") return list(args, dbPath);
    if (what == "init" || what == "add") {
        User user;
        user.name = args.requirePositional("NAME");
        user.staffId = args.require("--staff-id");
        user.fullName = args.require("--full-name");
        std::optional<std::string> by;
        if (what == "add") {
            user.role = roleArg(args.require("--role"));
            by = args.require("--by");
        }
        args.finish();
        auto db = storage::Database::open(storage::databasePathOr(dbPath));
        if (what == "init") {
            initFirstQualityManager(db, user, readPin("GASBENCH_NEW_PIN", "PIN for " + user.name));
            std::cout << "user " << user.name << " is the first quality manager\n";
            return 0;
        }
        User qm = authenticate(db, *by, readPin("GASBENCH_PIN", "PIN of " + *by));
        addUser(db, user, readPin("GASBENCH_NEW_PIN", "PIN for " + user.name), qm);
        std::cout << "user " << user.name << " added (" << roleId(user.role) << ") by " << qm.name << '\n';
        return 0;
    }
    if (what != "role" && what != "disable" && what != "enable" && what != "unlock")
        throw UsageError("unknown subcommand '" + what + "'");
    std::string name = args.requirePositional("NAME");
    std::optional<Role> role;
    if (what == "role") role = roleArg(args.requirePositional("ROLE"));
    std::string by = args.require("--by");
    args.finish();
    auto db = storage::Database::open(storage::databasePathOr(dbPath));
    User qm = authenticate(db, by, readPin("GASBENCH_PIN", "PIN of " + by));
    if (role) changeRole(db, name, *role, qm);
    else if (what == "unlock") unlockUser(db, name, qm);
    else setDisabled(db, name, what == "disable", qm);
    std::cout << "user " << name << ": " << (role ? "role " + std::string(roleId(*role)) : what == "unlock" ? "unlocked" : what + "d") << " by "
              << qm.name << '\n';
    return 0;
}

}  // namespace

GASBENCH_VERB("user", "the people who sign reports: first quality manager, add, roles, lockout", kUsage, runUser);

}  // namespace gasbench::cli
