// gasbench audit verify: walks the event log's hash chain; exit 1 names the first broken row.
#include <QJsonDocument>
#include <QJsonObject>
#include <iostream>

#include "gasbench/storage/audit_log.hpp"
#include "verb.hpp"

namespace gasbench::cli {
namespace {

using namespace gasbench::storage;

const char* kUsage =
    "usage: gasbench audit verify [--json] [--db FILE]\n"
    "\n"
    "Exit 0 when every event's hash and link verify, 1 when one does not (the first broken\n"
    "event is named).\n";

int runAudit(Args& args) {
    auto dbPath = args.option("--db");
    bool json = args.flag("--json");
    std::string what = args.requirePositional("verify");
    if (what != "verify") throw UsageError("unknown subcommand '" + what + "'");
    args.finish();
    Database db = Database::openToRead(databasePathOr(dbPath));
    ChainCheck check = verifyAuditChain(db);
    if (json) {
        QJsonObject o{{"ok", check.ok()}, {"events_checked", static_cast<qint64>(check.eventsChecked)}};
        if (!check.ok()) {
            o["broken_event"] = static_cast<qint64>(*check.brokenEvent);
            o["problem"] = QString::fromStdString(check.problem);
        }
        std::cout << QJsonDocument(o).toJson().toStdString();
    } else if (check.ok()) {
        std::cout << "audit chain ok: " << check.eventsChecked << " events\n";
    } else {
        std::cout << "audit chain BROKEN at event " << *check.brokenEvent << ": " << check.problem
                  << '\n';
    }
    return check.ok() ? 0 : 1;
}

}  // namespace

GASBENCH_VERB("audit", "verify the hash chain of the event log", kUsage, runAudit);

}  // namespace gasbench::cli
