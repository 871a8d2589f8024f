// gasbench enterprise add|list: the producers and sampled units, by credit code.
#include <QJsonArray>
#include <QJsonDocument>
#include <iostream>

#include "gasbench/storage/audit_log.hpp"
#include "gasbench/storage/enterprise.hpp"
#include "gasbench/storage/record_json.hpp"
#include "verb.hpp"

namespace gasbench::cli {
namespace {

using namespace gasbench::storage;

const char* kUsage =
    "usage: gasbench enterprise add --name NAME --credit-code CODE --address ADDRESS\n"
    "                              [--legal-rep NAME] [--contact TEXT] [--province NAME]\n"
    "                              [--db FILE]\n"
    "       gasbench enterprise list [--json] [--db FILE]\n"
    "\n"
    "The credit code is checked per GB 32100-2015 (18 characters, check character).\n";

int add(Args& args, const std::optional<std::string>& dbPath) {
    Enterprise e;
    e.name = args.require("--name");
    e.creditCode = args.require("--credit-code");
    e.address = args.require("--address");
    e.legalRepresentative = args.option("--legal-rep").value_or("");
    e.contact = args.option("--contact").value_or("");
    e.province = args.option("--province").value_or("");
    args.finish();
    Database db = Database::open(databasePathOr(dbPath));
    auto id = addEnterprise(db, e, commandLineActor());
    std::cout << "enterprise " << id << " added: " << e.creditCode << ' ' << e.name << '\n';
    return 0;
}

int list(Args& args, const std::optional<std::string>& dbPath) {
    bool json = args.flag("--json");
    args.finish();
    Database db = Database::openToRead(databasePathOr(dbPath));
    auto all = listEnterprises(db);
    if (json) {
        QJsonArray out;
        for (const auto& e : all) {
            out.append(enterpriseJson(e));
        }
        std::cout << QJsonDocument(out).toJson().toStdString();
        return 0;
    }
    for (const auto& e : all) {
        std::cout << e.creditCode << "  " << e.name << "  " << e.province << "  " << e.address
                  << '\n';
    }
    return 0;
}

int runEnterprise(Args& args) {
    auto dbPath = args.option("--db");
    std::string what = args.requirePositional("add or list");
    if (what == "add") return add(args, dbPath);
    if (what == "list") return list(args, dbPath);
    throw UsageError("unknown subcommand '" + what + "'");
}

}  // namespace

GASBENCH_VERB("enterprise", "register and list producers and sampled units", kUsage,
              runEnterprise);

}  // namespace gasbench::cli
