// The edition a sample is judged by is the one in force on its sampling date. Before, `run`
// always took the procedure's first profile: LPG sampled after GB 11174-2025 came into force on
// 2026-11-01 was still judged by GB 11174-2011 — and a DME sample failed by a limit no longer in
// force. GB 11174-2025's DME limit is still to be confirmed, so such a sample is inconclusive
// with that reason, never a silent pass; naming another edition needs a reason, kept with the run.
#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include "demo_records.hpp"
#include "gasbench/storage/audit_log.hpp"
#include "gasbench/storage/batch_file.hpp"
#include "gasbench/storage/run_records.hpp"

using namespace gasbench;

namespace {

const std::string kFixtures = GASBENCH_FIXTURES_DIR;

// The LPG batch of the demo, sampled again on `date` under another sampling number.
std::string registerLpgSampledOn(testsupport::DemoRecords& records, const std::string& number,
                                 const std::string& date, const QTemporaryDir& dir) {
    QFile in(QString::fromStdString(kFixtures + "/batches/lpg_c2026_004.json"));
    EXPECT_TRUE(in.open(QIODevice::ReadOnly));
    QJsonObject batch = QJsonDocument::fromJson(in.readAll()).object();
    batch["sampling_number"] = QString::fromStdString(number);
    batch["sampling_date"] = QString::fromStdString(date);
    batch["samples"] = QJsonArray{QJsonObject{{"code", QString::fromStdString(number + "-T")}, {"role", "test"}},
                                  QJsonObject{{"code", QString::fromStdString(number + "-B")}, {"role", "backup"}}};
    const QString file = dir.filePath(QString::fromStdString(number) + ".json");
    QFile out(file);
    EXPECT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(batch).toJson());
    out.close();
    storage::importBatchFile(records.db(), storage::readBatchFile(file.toStdString()), "test");
    return number + "-T";
}

struct Ran {
    int exitCode = -1;
    QJsonObject result;
    std::string err;
};

Ran runLpg(testsupport::DemoRecords& records, const std::string& sample, QStringList extra = {}) {
    QProcess run;
    QStringList args{"run", "--station", QString::fromStdString(kFixtures + "/stations/sim-bench.json"),
                     "--procedure", "lpg-dme", "--sample", QString::fromStdString(sample), "--db",
                     QString::fromStdString(records.path()), "--time-scale", "20", "--answers",
                     QString::fromStdString(kFixtures + "/answers/all-conforming.json"), "--simulate",
                     QString::fromStdString(kFixtures + "/scenarios/lpg-dme.json"), "--json"};
    run.start(QString(GASBENCH_BIN_DIR) + "/gasbench", args + extra);
    EXPECT_TRUE(run.waitForFinished(180'000)) << "the run did not end";
    Ran r;
    r.exitCode = run.exitCode();
    r.result = QJsonDocument::fromJson(run.readAllStandardOutput()).object();
    r.err = QString::fromUtf8(run.readAllStandardError()).toStdString();
    return r;
}

QJsonObject itemOf(const QJsonObject& result, const QString& item) {
    for (const auto& v : result["measurements"].toArray()) {
        const QJsonObject m = v.toObject();
        if (m["item"].toString() == item && !m.contains("trial")) return m;
    }
    return {};
}

std::string profileEventOfLastRun(testsupport::DemoRecords& records) {
    const auto runs = storage::listRuns(records.db());
    for (const auto& e : storage::eventsOfRun(records.db(), runs.back().id)) {
        if (e.entry.what == "profile") return e.entry.details;
    }
    return {};
}

}  // namespace

TEST(EditionInForce, LpgSampledAfterTheNewEditionCameInIsJudgedByIt) {
    testsupport::DemoRecords records;
    QTemporaryDir dir;
    const std::string sample = registerLpgSampledOn(records, "C-2026-104", "2026-11-15", dir);
    const Ran r = runLpg(records, sample);
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.result["profile"].toObject()["id"].toString(), "gb-11174-2025") << r.err;
    const QJsonObject dme = itemOf(r.result, "dme_fraction");
    EXPECT_EQ(dme["verdict"].toString(), "inconclusive");
    EXPECT_TRUE(dme["note"].toString().contains("no limit")) << dme["note"].toString().toStdString();
    EXPECT_EQ(r.result["verdict"].toString(), "inconclusive");
    const std::string why = profileEventOfLastRun(records);
    EXPECT_NE(why.find("from 2026-11-01"), std::string::npos) << why;
    EXPECT_NE(why.find("2026-11-15"), std::string::npos) << why;
}

TEST(EditionInForce, LpgSampledBeforeItIsJudgedByTheOldEdition) {
    testsupport::DemoRecords records;
    QTemporaryDir dir;
    const std::string sample = registerLpgSampledOn(records, "C-2026-105", "2026-10-31", dir);
    const Ran r = runLpg(records, sample);
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.result["profile"].toObject()["id"].toString(), "gb-11174-2011") << r.err;
    EXPECT_EQ(itemOf(r.result, "dme_fraction")["verdict"].toString(), "fail");  // DME detected
}

TEST(EditionInForce, AnotherEditionNeedsAReasonThatIsKept) {
    testsupport::DemoRecords records;
    QTemporaryDir dir;
    const std::string sample = registerLpgSampledOn(records, "C-2026-106", "2026-11-15", dir);
    const Ran refused = runLpg(records, sample, {"--profile", "gb-11174-2011"});
    EXPECT_NE(refused.exitCode, 0);
    EXPECT_NE(refused.err.find("--profile-reason"), std::string::npos) << refused.err;
    EXPECT_NE(refused.err.find("gb-11174-2025"), std::string::npos) << refused.err;
    EXPECT_TRUE(storage::listRuns(records.db()).empty()) << "a refused run was recorded";

    const Ran ran = runLpg(records, sample,
                           {"--profile", "gb-11174-2011", "--profile-reason",
                            "the client's contract names GB 11174-2011"});
    ASSERT_EQ(ran.exitCode, 0) << ran.err;
    EXPECT_EQ(ran.result["profile"].toObject()["id"].toString(), "gb-11174-2011");
    const std::string why = profileEventOfLastRun(records);
    EXPECT_NE(why.find("the client's contract names GB 11174-2011"), std::string::npos) << why;
    EXPECT_NE(why.find("instead of the edition in force"), std::string::npos) << why;
}
