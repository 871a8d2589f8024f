// gasbench batch add|list|show: sampling batches and their samples.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <iostream>

#include "gasbench/storage/audit_log.hpp"
#include "gasbench/storage/batch_file.hpp"
#include "gasbench/storage/record_json.hpp"
#include "gasbench/storage/run_records.hpp"
#include "verb.hpp"

namespace gasbench::cli {
namespace {

using namespace gasbench::storage;
using Db = std::optional<std::string>;

const char* kUsage =
    "usage: gasbench batch add --file BATCH.json [--db FILE]\n"
    "       gasbench batch list [--json] [--db FILE]\n"
    "       gasbench batch show SAMPLING_NUMBER [--json] [--db FILE]\n"
    "\n"
    "A batch file holds one sampling batch, its producer and sampled unit (by credit code,\n"
    "created if new) and its samples; see fixtures/batches/. A file with any bad field is\n"
    "refused whole: nothing is written.\n";

int add(Args& args, const Db& dbPath) {
    std::string file = args.require("--file");
    args.finish();
    BatchFile batch = readBatchFile(file);  // refused before the database is touched
    Database db = Database::open(databasePathOr(dbPath));
    importBatchFile(db, batch, commandLineActor());
    std::cout << "batch " << batch.batch.samplingNumber << " added ("
              << productCategoryNameZh(batch.batch.category) << ", "
              << batch.batch.samples.size() << " samples)\n";
    return 0;
}

int list(Args& args, const Db& dbPath) {
    bool json = args.flag("--json");
    args.finish();
    Database db = Database::openToRead(databasePathOr(dbPath));
    auto all = listSamplingBatches(db);
    if (json) {
        QJsonArray out;
        for (const auto& b : all) out.append(batchJson(db, b, false));
        std::cout << QJsonDocument(out).toJson().toStdString();
        return 0;
    }
    for (const auto& b : all) {
        std::cout << b.samplingNumber << "  " << productCategoryId(b.category) << "  "
                  << b.productName << "  " << b.samplingDate << "  " << b.samples.size()
                  << " samples\n";
    }
    return 0;
}

int show(Args& args, const Db& dbPath) {
    bool json = args.flag("--json");
    std::string code = args.requirePositional("SAMPLING_NUMBER");
    args.finish();
    Database db = Database::openToRead(databasePathOr(dbPath));
    auto b = findSamplingBatch(db, code);
    if (!b) {
        std::cerr << "gasbench batch: no batch with sampling number '" << code << "'\n";
        return 1;
    }
    QJsonObject o = batchJson(db, *b, true);
    if (json) {
        std::cout << QJsonDocument(o).toJson().toStdString();
        return 0;
    }
    auto enterprise = [](const QJsonObject& e) {
        return e["name"].toString().toStdString() + " (" + e["credit_code"].toString().toStdString() +
               "), " + e["address"].toString().toStdString();
    };
    std::cout << "sampling number  " << b->samplingNumber << '\n'
              << "category         " << productCategoryNameZh(b->category) << " ("
              << productCategoryId(b->category) << ")\n"
              << "product          " << b->productName << "  " << b->brand << "  " << b->model << '\n'
              << "production       " << b->productionDate.value_or(b->batchNumber.value_or("")) << '\n'
              << "producer         " << enterprise(o["producer"].toObject()) << '\n'
              << "sampled unit     " << enterprise(o["sampled_unit"].toObject()) << '\n'
              << "sampled on       " << b->samplingDate << " by ";
    for (std::size_t i = 0; i < b->samplers.size(); ++i) std::cout << (i ? ", " : "") << b->samplers[i];
    std::cout << "\nunits drawn      " << b->unitsDrawn;
    if (b->batchSize) std::cout << " of " << *b->batchSize;
    std::cout << "\ninspection       " << inspectionTypeId(b->inspectionType) << "\nsamples\n";
    for (const auto& s : b->samples) {
        std::cout << "  " << s.code << "  " << sampleRoleId(s.role) << '\n';
        for (const auto& r : listRuns(db, s.code)) {
            std::cout << "    run " << r.id << "  " << r.info.procedureId << "  "
                      << runStateId(r.state) << "  "
                      << (r.verdict ? std::string(verdictId(*r.verdict)) : std::string("-")) << "  "
                      << r.startedAt << '\n';
        }
    }
    return 0;
}

int runBatch(Args& args) {
    auto dbPath = args.option("--db");
    std::string what = args.requirePositional("add, list or show");
    if (what == "add") return add(args, dbPath);
    if (what == "list") return list(args, dbPath);
    if (what == "show") return show(args, dbPath);
    throw UsageError("unknown subcommand '" + what + "'");
}

}  // namespace

GASBENCH_VERB("batch", "register, list and show sampling batches", kUsage, runBatch);

}  // namespace gasbench::cli
