// gasbench demo: the demo campaign end to end on the simulated bench — registers the demo
// batches, runs every procedure on a conforming and a nonconforming sample, and leaves the
// database for the desktop program, with each run's result and time series in --out.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <fstream>
#include <iostream>

#include "gasbench/procedures/answers_file.hpp"
#include "gasbench/reports/demo_reports.hpp"
#include "gasbench/station/demo_campaign.hpp"
#include "gasbench/station/run_json.hpp"
#include "gasbench/station/run_session.hpp"
#include "gasbench/station/run_guard.hpp"
#include "gasbench/station/station_config.hpp"
#include "gasbench/storage/batch_file.hpp"
#include "gasbench/storage/database.hpp"
#include "gasbench/storage/sampling_batch.hpp"
#include "gasbench/storage/time_series.hpp"
#include "verb.hpp"

namespace gasbench::cli {
namespace {

const char* kUsage =
    "usage: gasbench demo [--db FILE] [--out DIR] [--campaign FILE] [--time-scale X]\n"
    "  Registers the demo batches (fixtures/batches), runs the demo campaign\n"
    "  (fixtures/demo/campaign.json) on the simulated bench, and writes each run's result\n"
    "  (JSON) and time series (CSV) into DIR (default: ./gasbench-demo).\n";

int registerDemoBatches(storage::Database& db) {
    QDir dir(QString(GASBENCH_FIXTURES_DIR) + "/batches");
    int added = 0;
    for (const QString& f : dir.entryList({"*.json"}, QDir::Files, QDir::Name)) {
        storage::BatchFile batch = storage::readBatchFile(dir.filePath(f).toStdString());
        if (storage::findSamplingBatch(db, batch.batch.samplingNumber)) continue;
        storage::importBatchFile(db, batch, "demo");
        ++added;
    }
    return added;
}

int runDemo(Args& args) {
    auto dbPath = args.option("--db").value_or(storage::defaultDatabasePath());
    std::string out = args.option("--out").value_or("gasbench-demo");
    std::string campaignFile = args.option("--campaign").value_or(std::string(GASBENCH_FIXTURES_DIR) + "/demo/campaign.json");
    auto scale = args.option("--time-scale");
    args.finish();

    // Every argument is checked before the database is opened: a refused demo registers nothing.
    station::DemoCampaign campaign = station::loadDemoCampaign(campaignFile);
    if (scale) campaign.timeScale = Args::toDouble("--time-scale", *scale);
    if (!(campaign.timeScale > 0 && campaign.timeScale <= 1000)) {
        throw UsageError("--time-scale expects 0 < X <= 1000, got " + scale.value_or("?"));
    }
    QDir().mkpath(QString::fromStdString(out) + "/runs");
    station::RunGuard::installSignalHandlers();

    storage::Database db = storage::Database::open(dbPath);
    int added = registerDemoBatches(db);
    std::cout << "demo: " << added << " demo batches registered\n";

    QJsonArray summary;
    int incomplete = 0;
    for (const auto& run : campaign.runs) {
        station::RunRequest req;
        req.stationFile = campaign.stationFile;
        req.procedureId = run.procedure;
        req.sampleCode = run.sample;
        req.scenarioFile = run.scenarioFile;
        req.timeScale = campaign.timeScale;
        req.operatorName = "demo";
        req.fixturesDir = GASBENCH_FIXTURES_DIR;
        auto responder = procedures::AnswersFileResponder::load(run.answersFile);
        std::cout << "demo: " << run.procedure << " on " << run.sample << " ..." << std::flush;
        station::RunOutcome outcome = station::runOnStation(req, db, responder);
        QJsonObject result = station::runResultJson(outcome, run.sample);
        std::string base = out + "/runs/" + run.sample + "-" + run.procedure;
        QFile json(QString::fromStdString(base + ".json"));
        if (!json.open(QIODevice::WriteOnly)) throw std::runtime_error("cannot write " + base + ".json");
        json.write(QJsonDocument(result).toJson());
        std::ofstream csv(base + ".csv");
        storage::exportRunCsv(db, outcome.runId, csv);
        if (!csv) throw std::runtime_error("cannot write " + base + ".csv");
        std::cout << " run " << outcome.runId << ": " << result["state"].toString().toStdString() << ", "
                  << (result["verdict"].isString() ? result["verdict"].toString().toStdString() : "no verdict") << '\n';
        if (outcome.record.state != gasbench::RunState::completed) ++incomplete;
        summary.append(result);
        if (station::RunGuard::terminationRequested()) break;
    }
    QFile all(QString::fromStdString(out + "/campaign-results.json"));
    if (!all.open(QIODevice::WriteOnly)) throw std::runtime_error("cannot write " + out + "/campaign-results.json");
    all.write(QJsonDocument(summary).toJson());

    // Each sample's report through review, approval and issue; the PDFs and campaign tables.
    std::vector<std::string> samples;
    for (const auto& run : campaign.runs) samples.push_back(run.sample);
    auto issued = reports::issueDemoReports(
        db, {station::loadStationConfig(campaign.stationFile).lab, std::string(GASBENCH_FIXTURES_DIR) + "/standards"},
        samples, out);
    for (const auto& path : issued.pdfs) std::cout << "report:   " << path << '\n';
    for (const auto& path : issued.drafts)
        std::cout << "draft:    " << path << "  (reviewed; approval waits for its profile's confirmation)\n";
    for (const auto& path : issued.tables) std::cout << "table:    " << path << '\n';

    std::cout << "database: " << QFileInfo(QString::fromStdString(dbPath)).absoluteFilePath().toStdString() << '\n'
              << "results:  " << QFileInfo(all).absoluteFilePath().toStdString() << '\n'
              << "runs:     " << QDir(QString::fromStdString(out + "/runs")).absolutePath().toStdString() << '\n';
    return incomplete == 0 ? 0 : 1;
}

}  // namespace

GASBENCH_VERB("demo", "run the demo campaign on the simulated bench", kUsage, runDemo, true);

}  // namespace gasbench::cli
