// Closing-time accuracy study: the flame-failure procedure's closing-time trials against the
// simulator's truth, through the real Modbus path, at several poll rates of the flame detector
// and the flow meter. Prints one row per poll rate: trials, mean error, median and 99th
// percentile of |error|, worst, and the poll period to compare them with.
//
//   bench_closing_time_accuracy [--trials N] [--time-scale X] [--rates 10,25,50,100]
//
// The study runs in a temporary fixtures folder: the shipped maps, layout and answers, a cooker
// scenario whose device closes in exactly 4 s (so trials are short), the GB 16410-2020 profile
// with N trials, a short warm-up and the poll period under study, and the simulated bench's
// station config with the flame and flow channels polled slowly (so the procedure's raised rate
// is the one measured).
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include "gasbench/procedures/answers_file.hpp"
#include "gasbench/station/run_session.hpp"
#include "gasbench/storage/batch_file.hpp"
#include "gasbench/storage/database.hpp"

using namespace gasbench;

namespace {

const double kTrueClosingS = 4.0;

QJsonObject readJson(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) throw std::runtime_error("cannot read " + path.toStdString());
    return QJsonDocument::fromJson(f.readAll()).object();
}

void writeJson(const QString& path, const QJsonObject& o) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) throw std::runtime_error("cannot write " + path.toStdString());
    f.write(QJsonDocument(o).toJson());
}

void setParameter(QJsonObject& profile, const QString& id, double value) {
    QJsonArray params = profile["parameters"].toArray();
    for (qsizetype i = 0; i < params.size(); ++i) {
        QJsonObject p = params[i].toObject();
        if (p["id"].toString() != id) continue;
        if (p.contains("values")) p["values"] = QJsonArray{value};
        else p["value"] = value;
        params[i] = p;
        profile["parameters"] = params;
        return;
    }
    throw std::runtime_error("profile has no parameter " + id.toStdString());
}

// Lays out a fixtures folder for one poll period.
void prepareFixtures(const QString& dir, int trials, double pollPeriodMs) {
    const QString shipped = GASBENCH_FIXTURES_DIR;
    QDir d(dir);
    for (const char* sub : {"maps", "sim", "answers", "batches"}) {
        QFile::link(shipped + "/" + sub, d.filePath(sub));
    }
    d.mkpath("standards");
    d.mkpath("scenarios");
    d.mkpath("stations");

    QJsonObject profile = readJson(shipped + "/standards/gb-16410-2020.json");
    setParameter(profile, "trials", trials);
    setParameter(profile, "warm_up_time", 20.0);   // >= 5 heating time constants of this burner
    setParameter(profile, "rewarm_time", 10.0);
    setParameter(profile, "poll_period", pollPeriodMs);
    writeJson(d.filePath("standards/gb-16410-2020.json"), profile);

    QJsonObject scenario = readJson(shipped + "/scenarios/cooker-ffd-pass.json");
    QJsonObject model = scenario["model"].toObject();
    QJsonObject params = model["parameters"].toObject();
    params["opening_time_s"] = 2.0;
    params["closing_time_s"] = kTrueClosingS;
    model["parameters"] = params;
    scenario["model"] = model;
    scenario["id"] = "closing-time-accuracy";
    QJsonObject truth = scenario["truth"].toObject();
    QJsonObject ms = truth["measurements"].toObject();
    QJsonObject closing = ms["closing_time"].toObject();
    closing["value"] = kTrueClosingS;
    ms["closing_time"] = closing;
    QJsonObject opening = ms["opening_time"].toObject();
    opening["value"] = 2.0;
    ms["opening_time"] = opening;
    truth["measurements"] = ms;
    scenario["truth"] = truth;
    writeJson(d.filePath("scenarios/accuracy.json"), scenario);

    QJsonObject station = readJson(shipped + "/stations/sim-bench.json");
    QJsonArray devices = station["devices"].toArray();
    for (qsizetype i = 0; i < devices.size(); ++i) {
        QJsonObject dev = devices[i].toObject();
        QString name = dev["name"].toString();
        if (name == "flame" || name == "flow") {
            dev["rate_hz"] = 2;
            dev.remove("poll");
        }
        devices[i] = dev;
    }
    station["devices"] = devices;
    writeJson(d.filePath("stations/accuracy-bench.json"), station);
}

double percentile(std::vector<double> v, double p) {
    if (v.empty()) return NAN;
    std::sort(v.begin(), v.end());
    double rank = p * static_cast<double>(v.size() - 1);
    auto lo = static_cast<std::size_t>(std::floor(rank));
    auto hi = static_cast<std::size_t>(std::ceil(rank));
    return v[lo] + (v[hi] - v[lo]) * (rank - static_cast<double>(lo));
}

}  // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    int trials = 20;
    double timeScale = 10.0;
    std::vector<double> rates{10, 25, 50, 100};
    for (int i = 1; i + 1 < argc; i += 2) {
        std::string a = argv[i];
        if (a == "--trials") trials = std::stoi(argv[i + 1]);
        else if (a == "--time-scale") timeScale = std::stod(argv[i + 1]);
        else if (a == "--rates") {
            rates.clear();
            for (const auto& r : QString(argv[i + 1]).split(',')) rates.push_back(r.toDouble());
        } else {
            std::cerr << "usage: bench_closing_time_accuracy [--trials N] [--time-scale X] [--rates 10,25,50,100]\n";
            return 2;
        }
    }

    std::printf("closing-time accuracy: true closing time %.3f s, %d trials per rate, time scale %g\n",
                kTrueClosingS, trials, timeScale);
    std::printf("%8s %10s %7s %12s %12s %12s %12s %10s\n", "rate Hz", "period ms", "trials", "mean err ms",
                "p50 |err| ms", "p99 |err| ms", "max |err| ms", "p99<=T");
    for (double rate : rates) {
        QTemporaryDir dir;
        double periodMs = 1000.0 / rate;
        prepareFixtures(dir.path(), trials, periodMs);
        storage::Database db = storage::Database::open(dir.filePath("station.db").toStdString());
        storage::importBatchFile(db, storage::readBatchFile(dir.filePath("batches/household_cooker_c2026_001.json").toStdString()), "bench");

        station::RunRequest req;
        req.stationFile = dir.filePath("stations/accuracy-bench.json").toStdString();
        req.procedureId = "flame-failure";
        req.sampleCode = "C-2026-001-T";
        req.profileId = "gb-16410-2020";
        req.scenarioFile = dir.filePath("scenarios/accuracy.json").toStdString();
        req.timeScale = timeScale;
        req.fixturesDir = dir.path().toStdString();
        auto responder = procedures::AnswersFileResponder::load(dir.filePath("answers/all-conforming.json").toStdString());
        station::RunOutcome outcome = station::runOnStation(req, db, responder);
        if (outcome.record.state != gasbench::RunState::completed) {
            std::cerr << "run did not complete at " << rate << " Hz: " << outcome.record.abortCause << '\n';
            return 1;
        }
        std::vector<double> errors, absErrors;
        for (const auto& m : outcome.record.measurements) {
            if (m.item != "closing_time" || !m.trial || !m.value) continue;
            double e = (units::siValue(*m.value) - kTrueClosingS) * 1000.0;
            errors.push_back(e);
            absErrors.push_back(std::fabs(e));
        }
        double mean = 0;
        for (double e : errors) mean += e;
        mean /= static_cast<double>(std::max<std::size_t>(errors.size(), 1));
        double p99 = percentile(absErrors, 0.99);
        std::printf("%8.0f %10.1f %7zu %12.2f %12.2f %12.2f %12.2f %10s\n", rate, periodMs, errors.size(), mean,
                    percentile(absErrors, 0.5), p99, percentile(absErrors, 1.0), p99 <= periodMs ? "yes" : "NO");
        std::fflush(stdout);
    }
    return 0;
}
