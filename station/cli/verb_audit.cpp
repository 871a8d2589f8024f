// gasbench audit verify|anchor: the event log's hash chain, every record against its event, and
// the chain head against anchors kept outside the database.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <iostream>

#include "gasbench/storage/audit_check.hpp"
#include "verb.hpp"

namespace gasbench::cli {
namespace {

using namespace gasbench::storage;

const char* kUsage =
    "usage: gasbench audit verify [--anchor FILE] [--json] [--db FILE]\n"
    "       gasbench audit anchor --out FILE [--db FILE]\n"
    "\n"
    "verify walks the hash chain, checks every record (enterprises, batches, samples, runs,\n"
    "measurements, time series, reports, signatures, users, profile confirmations) against the\n"
    "event that last recorded it, and with --anchor each chain head the file holds. Exit 0 when\n"
    "all of it holds, 1 naming every row or event that does not. anchor appends the chain head\n"
    "(event id and hash) to FILE: keep that file off this machine, and a re-hashed chain shows.\n";

int runAudit(Args& args) {
    auto dbPath = args.option("--db");
    bool json = args.flag("--json");
    std::string what = args.requirePositional("verify or anchor");
    if (what == "anchor") {
        std::string out = args.require("--out");
        args.finish();
        Database db = Database::open(databasePathOr(dbPath));
        Anchor a = anchorOf(db);
        appendAnchor(out, a);
        std::cout << "anchored event " << a.head.eventId << " " << a.head.hash << " in " << out << '\n';
        return 0;
    }
    if (what != "verify") throw UsageError("unknown subcommand '" + what + "'");
    auto anchorFile = args.option("--anchor");
    args.finish();
    std::vector<Anchor> anchors;
    if (anchorFile) anchors = readAnchors(*anchorFile);
    Database db = Database::openToRead(databasePathOr(dbPath));
    AuditCheck check = verifyAudit(db, anchors);
    if (json) {
        QJsonArray problems;
        for (const auto& p : check.problems) problems.append(QString::fromStdString(p));
        QJsonObject o{{"ok", check.ok()},
                      {"events_checked", static_cast<qint64>(check.chain.eventsChecked)},
                      {"records_checked", static_cast<qint64>(check.rowsChecked)},
                      {"anchors_checked", static_cast<qint64>(check.anchorsChecked)},
                      {"problems", problems}};
        if (!check.chain.ok()) o["broken_event"] = static_cast<qint64>(*check.chain.brokenEvent);
        std::cout << QJsonDocument(o).toJson().toStdString();
    } else if (check.ok()) {
        std::cout << "audit chain ok: " << check.chain.eventsChecked << " events, " << check.rowsChecked
                  << " records, " << check.anchorsChecked << " anchors\n";
    } else {
        std::cout << "audit BROKEN: " << check.problems.size() << " problem(s)\n";
        for (const auto& p : check.problems) std::cout << "  " << p << '\n';
    }
    return check.ok() ? 0 : 1;
}

}  // namespace

GASBENCH_VERB("audit", "verify the event log and every record against it; anchor its head", kUsage, runAudit);

}  // namespace gasbench::cli
