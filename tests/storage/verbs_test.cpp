// The storage verbs through the real gasbench program: exit codes, --json output, a refused
// batch file writing nothing, the CSV export, and audit verify finding a tampered row.
#include <gtest/gtest.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include "gasbench/storage/run_recorder.hpp"
#include "storage_fixture.hpp"

using namespace gasbench;
using namespace gasbench::storage;
using gasbench::storage::fixture::StorageTest;

namespace {

struct Result {
    int exitCode = -1;
    std::string out;
    std::string err;
};

const std::string kBatches = std::string(GASBENCH_FIXTURES_DIR) + "/batches/";

class StorageVerbsTest : public StorageTest {
protected:
    Result gasbench(QStringList args) {
        args << "--db" << QString::fromStdString(dbPath());
        QProcess p;
        p.start(QString(GASBENCH_BIN_DIR) + "/gasbench", args);
        EXPECT_TRUE(p.waitForFinished(30000)) << args.join(' ').toStdString();
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                p.readAllStandardOutput().toStdString(), p.readAllStandardError().toStdString()};
    }
    QJsonDocument json(const Result& r) {
        QJsonParseError e{};
        auto doc = QJsonDocument::fromJson(QByteArray::fromStdString(r.out), &e);
        EXPECT_EQ(e.error, QJsonParseError::NoError) << r.out;
        return doc;
    }
    std::string counts() {
        Database db = Database::open(dbPath());
        return fixture::recordCounts(db);
    }
    std::string writeFile(const std::string& name, const std::string& text) {
        std::string path = dir_.filePath(QString::fromStdString(name)).toStdString();
        QFile f(QString::fromStdString(path));
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(text.data(), static_cast<qint64>(text.size()));
        return path;
    }
    std::string readFile(const std::string& path) {
        QFile f(QString::fromStdString(path));
        EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << path;
        return f.readAll().toStdString();
    }
};

}  // namespace

TEST_F(StorageVerbsTest, EnterpriseAddAndList) {
    auto added = gasbench({"enterprise", "add", "--name", "昆山市通达管业有限公司", "--credit-code",
                           "91320583MA1MXK7L2W", "--address", "江苏省昆山市周市镇青阳北路788号",
                           "--province", "江苏"});
    EXPECT_EQ(added.exitCode, 0) << added.err;
    auto list = gasbench({"enterprise", "list", "--json"});
    ASSERT_EQ(list.exitCode, 0) << list.err;
    auto all = json(list).array();
    ASSERT_EQ(all.size(), 1);
    EXPECT_EQ(all[0].toObject()["credit_code"].toString(), "91320583MA1MXK7L2W");
    EXPECT_EQ(all[0].toObject()["province"].toString(), "江苏");
}

TEST_F(StorageVerbsTest, EnterpriseRefusesABadCreditCodeAndBadArguments) {
    auto bad = gasbench({"enterprise", "add", "--name", "x", "--credit-code", "91320583MA1MXK7L2V",
                         "--address", "y"});
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_NE(bad.err.find("credit_code"), std::string::npos) << bad.err;
    auto missing = gasbench({"enterprise", "add", "--credit-code", "91320583MA1MXK7L2W"});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_NE(missing.err.find("usage:"), std::string::npos) << missing.err;
    EXPECT_EQ(gasbench({"enterprise", "list", "--bogus"}).exitCode, 2);
    EXPECT_EQ(json(gasbench({"enterprise", "list", "--json"})).array().size(), 0);
}

TEST_F(StorageVerbsTest, BatchAddListShow) {
    for (const char* f : {"household_cooker_c2026_001.json", "lpg_regulator_c2026_002.json"}) {
        auto r = gasbench({"batch", "add", "--file", QString::fromStdString(kBatches + f)});
        EXPECT_EQ(r.exitCode, 0) << r.err;
    }
    auto list = json(gasbench({"batch", "list", "--json"})).array();
    ASSERT_EQ(list.size(), 2);
    EXPECT_EQ(list[1].toObject()["category"].toString(), "lpg-regulator");
    EXPECT_EQ(list[1].toObject()["category_zh"].toString(), "瓶装液化石油气调压器");

    RunId run = 0;
    {
        Database db = Database::open(dbPath());
        RunRecorder recorder(db);
        run = recorder.beginRun({"regulator-outlet-pressure", "gb35844-2018", 1, "station-1",
                                 "王工", "C-2026-002-T", 0, ""});
        recorder.endRun(run, RunState::completed, Verdict::fail);
    }
    auto show = gasbench({"batch", "show", "C-2026-002", "--json"});
    ASSERT_EQ(show.exitCode, 0) << show.err;
    auto batch = json(show).object();
    EXPECT_EQ(batch["producer"].toObject()["name"].toString(), "宁波市北仑区安通燃气阀门有限公司");
    auto samples = batch["samples"].toArray();
    ASSERT_EQ(samples.size(), 2);
    auto runs = samples[0].toObject()["runs"].toArray();
    ASSERT_EQ(runs.size(), 1);
    EXPECT_EQ(runs[0].toObject()["id"].toInteger(), run);
    EXPECT_EQ(runs[0].toObject()["verdict"].toString(), "fail");
    EXPECT_EQ(samples[1].toObject()["runs"].toArray().size(), 0);

    auto text = gasbench({"batch", "show", "C-2026-002"});
    EXPECT_NE(text.out.find("C-2026-002-T"), std::string::npos) << text.out;
    EXPECT_NE(text.out.find("regulator-outlet-pressure"), std::string::npos) << text.out;
    EXPECT_EQ(gasbench({"batch", "show", "C-2099-999"}).exitCode, 1);
    EXPECT_EQ(gasbench({"batch", "show"}).exitCode, 2);
}

TEST_F(StorageVerbsTest, RefusedBatchFilesWriteNothing) {
    ASSERT_EQ(gasbench({"batch", "add", "--file",
                        QString::fromStdString(kBatches + "household_cooker_c2026_001.json")})
                  .exitCode,
              0);
    std::string before = counts();
    std::string good = readFile(kBatches + "gas_hose_c2026_003.json");
    auto refuse = [&](const std::string& from, const std::string& to, const std::string& field) {
        std::string text = good;
        text.replace(text.find(from), from.size(), to);
        auto r = gasbench({"batch", "add", "--file", QString::fromStdString(writeFile("bad.json", text))});
        EXPECT_EQ(r.exitCode, 1) << field;
        EXPECT_NE(r.err.find(field), std::string::npos) << r.err;
        EXPECT_EQ(counts(), before) << field;
    };
    refuse("91320583MA1MXK7L2W", "91320583MA1MXK7L2X", "producer.credit_code");
    refuse("\"gas-hose\"", "\"garden-hose\"", "category");
    refuse("2026-05-18", "2026-5-18", "sampling_date");
    refuse("\"C-2026-003\"", "\"C-2026-001\"", "sampling_number");  // new enterprises too
}

TEST_F(StorageVerbsTest, RunsListAndCsvExport) {
    { Database db = openWithBatch(); }
    RunId run = 0;
    {
        Database db = Database::open(dbPath());
        RunRecorder recorder(db);
        run = recorder.beginRun({"flame-failure", "gb16410", 1, "station-1", "op", "C-2026-001-T",
                                 2'000'000'000, ""});
        units::UnitSpec kPa;
        units::parseUnit("kPa", kPa);
        recorder.addChannel(run, {4, "inlet pressure", "inlet_pressure", kPa});
        recorder.record({4, 2'000'000'000, units::kPa(2.0), ReadingStatus::Ok});
        recorder.record({4, 2'500'000'000, units::kPa(2.05), ReadingStatus::Timeout});
        recorder.endRun(run, RunState::aborted, std::nullopt, "STOP");
    }
    auto runs = json(gasbench({"runs", "list", "--sample", "C-2026-001-T", "--json"})).array();
    ASSERT_EQ(runs.size(), 1);
    EXPECT_EQ(runs[0].toObject()["state"].toString(), "aborted");
    EXPECT_EQ(runs[0].toObject()["abort_cause"].toString(), "STOP");
    EXPECT_EQ(json(gasbench({"runs", "list", "--sample", "C-2026-001-B", "--json"})).array().size(), 0);

    std::string out = dir_.filePath("run.csv").toStdString();
    auto exported = gasbench({"export", "run", QString::number(run), "--format", "csv", "--out",
                              QString::fromStdString(out)});
    ASSERT_EQ(exported.exitCode, 0) << exported.err;
    EXPECT_EQ(readFile(out),
              "time_s,channel,value,unit,status\n"
              "0.000000000,inlet pressure,2,kPa,ok\n"
              "0.500000000,inlet pressure,2.05,kPa,timeout\n");
    EXPECT_EQ(gasbench({"export", "run", QString::number(run), "--format", "xlsx"}).exitCode, 2);
    EXPECT_EQ(gasbench({"export", "run", "abc", "--format", "csv"}).exitCode, 2);
    EXPECT_EQ(gasbench({"export", "run", "999", "--format", "csv"}).exitCode, 1);
}

TEST_F(StorageVerbsTest, AuditVerifyFindsATamperedRow) {
    { Database db = openWithBatch(); }
    auto ok = gasbench({"audit", "verify", "--json"});
    EXPECT_EQ(ok.exitCode, 0) << ok.out;
    EXPECT_TRUE(json(ok).object()["ok"].toBool());
    {
        Database db = Database::open(dbPath());
        db.exec("DROP TRIGGER events_no_update");
        db.exec("UPDATE events SET subject = 'C-2026-999' WHERE id = 3");
    }
    auto broken = gasbench({"audit", "verify"});
    EXPECT_EQ(broken.exitCode, 1);
    EXPECT_NE(broken.out.find("event 3"), std::string::npos) << broken.out;
}

TEST_F(StorageVerbsTest, WithoutDbTheFileIsInThePerUserDataFolder) {
    QProcess p;
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert("HOME", dir_.path());
    env.remove("XDG_DATA_HOME");
    p.setProcessEnvironment(env);
    p.start(QString(GASBENCH_BIN_DIR) + "/gasbench",
            {"batch", "add", "--file", QString::fromStdString(kBatches + "gas_hose_c2026_003.json")});
    ASSERT_TRUE(p.waitForFinished(30000));
    EXPECT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
    std::string path = dir_.filePath(".local/share/gasbench/gasbench.db").toStdString();
    ASSERT_TRUE(QFile::exists(QString::fromStdString(path)));
    Database db = Database::open(path);
    EXPECT_TRUE(findSamplingBatch(db, "C-2026-003"));
}
