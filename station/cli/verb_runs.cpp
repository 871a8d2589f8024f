// gasbench runs list: the runs recorded, all or those of one sample.
#include <QJsonArray>
#include <QJsonDocument>
#include <iostream>

#include "gasbench/storage/record_json.hpp"
#include "gasbench/storage/run_records.hpp"
#include "verb.hpp"

namespace gasbench::cli {
namespace {

using namespace gasbench::storage;

const char* kUsage =
    "usage: gasbench runs list [--sample CODE] [--json] [--db FILE]\n"
    "\n"
    "One line per run: id, sample, procedure, state, verdict, start and end (UTC).\n";

int runRuns(Args& args) {
    auto dbPath = args.option("--db");
    auto sample = args.option("--sample");
    bool json = args.flag("--json");
    std::string what = args.requirePositional("list");
    if (what != "list") throw UsageError("unknown subcommand '" + what + "'");
    args.finish();
    Database db = Database::openToRead(databasePathOr(dbPath));
    auto runs = listRuns(db, sample);
    if (json) {
        QJsonArray out;
        for (const auto& r : runs) out.append(runJson(r));
        std::cout << QJsonDocument(out).toJson().toStdString();
        return 0;
    }
    for (const auto& r : runs) {
        std::cout << r.id << "  " << r.info.sampleCode << "  " << r.info.procedureId << "  "
                  << runStateId(r.state) << "  "
                  << (r.verdict ? std::string(verdictId(*r.verdict)) : std::string("-")) << "  "
                  << r.startedAt << "  " << r.endedAt.value_or("-") << '\n';
    }
    return 0;
}

}  // namespace

GASBENCH_VERB("runs", "list recorded runs", kUsage, runRuns);

}  // namespace gasbench::cli
