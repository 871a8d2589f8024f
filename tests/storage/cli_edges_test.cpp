// Issue 18, case 6, through the real gasbench program and real SQLite files: a read verb never
// creates a database; a read-only database (a 0444 file, a read-only folder) is listed, shown and
// verified without a byte of it changing; a database of a newer schema is refused with its journal
// mode as it was; a refused argument writes nothing; --time-scale is refused against real
// hardware.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include "cli_process.hpp"
#include "gasbench/storage/audit_log.hpp"
#include "gasbench/storage/run_recorder.hpp"
#include "storage_fixture.hpp"

using namespace gasbench;
using namespace gasbench::storage;
using gasbench::storage::fixture::CliResult;
using gasbench::storage::fixture::runGasbench;
using gasbench::storage::fixture::StorageTest;

namespace {

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

QByteArray bytesOf(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// What a second program (the sqlite3 shell) says; the shell never changes the journal mode
// unless told to.
std::string sqlite3(const QString& db, const QString& sql) {
    QProcess p;
    p.start("/usr/bin/sqlite3", {db, sql});
    p.waitForFinished(60000);
    return p.readAllStandardOutput().trimmed().toStdString();
}

class CliEdgesTest : public StorageTest {
protected:
    // A database with the demo batch and one closed run, closed (no -wal left) in `folder`.
    QString makeDatabase(const QString& folder) {
        QDir().mkpath(folder);
        const QString path = QDir(folder).filePath("station.db");
        {
            Database db = Database::open(path.toStdString());
            auto p = addEnterprise(db, fixture::demoProducer(), "tester");
            auto s = addEnterprise(db, fixture::demoSampledUnit(), "tester");
            addSamplingBatch(db, fixture::demoBatch(p, s), "tester");
            RunRecorder recorder(db);
            RunId run = recorder.beginRun({"flame-failure", "gb-16410-2020", 1, "SIM-01", "op", "C-2026-001-T", 0, ""});
            recorder.endRun(run, RunState::completed, Verdict::pass);
        }
        return path;
    }
    // The read verbs a technician or an auditor uses on a database they may not write.
    void expectReadable(const QString& db) {
        SCOPED_TRACE(db.toStdString());
        auto runs = runGasbench({"runs", "list", "--json", "--db", db}, {}, true);
        ASSERT_EQ(runs.exitCode, 0) << runs.err;
        auto all = QJsonDocument::fromJson(QByteArray::fromStdString(runs.out)).array();
        ASSERT_EQ(all.size(), 1);
        EXPECT_EQ(all[0].toObject()["state"].toString(), "completed");
        auto show = runGasbench({"batch", "show", "C-2026-001", "--db", db}, {}, true);
        EXPECT_EQ(show.exitCode, 0) << show.err;
        EXPECT_TRUE(contains(show.out, "C-2026-001-T")) << show.out;
        auto verify = runGasbench({"audit", "verify", "--db", db}, {}, true);
        EXPECT_EQ(verify.exitCode, 0) << verify.err;
        EXPECT_TRUE(contains(verify.out, "audit chain ok: ")) << verify.out;
        EXPECT_FALSE(contains(verify.out, " 0 events")) << verify.out;
        EXPECT_EQ(runGasbench({"enterprise", "list", "--db", db}, {}, true).exitCode, 0);
        auto write = runGasbench({"enterprise", "add", "--name", "x", "--credit-code", "91320583MA1MXK7L2W",
                                  "--address", "y", "--db", db}, {}, true);
        EXPECT_EQ(write.exitCode, 1);
        EXPECT_TRUE(contains(write.err, "read-only") || contains(write.err, "readonly")) << write.err;
    }
};

TEST_F(CliEdgesTest, ReadVerbsNeverCreateADatabase) {
    const QString typo = QDir(dir_.path()).filePath("tpyo.db");
    const std::vector<QStringList> reads = {
        {"audit", "verify"}, {"runs", "list"}, {"batch", "list"}, {"batch", "show", "C-2026-001"},
        {"enterprise", "list"}, {"export", "run", "1", "--format", "csv"}, {"report", "show"}, {"user", "list"},
        {"export", "problem-products", "--from", "2026-01-01", "--to", "2026-12-31", "--format", "csv",
         "--out", QDir(dir_.path()).filePath("t.csv")}};
    for (QStringList args : reads) {
        args << "--db" << typo;
        auto r = runGasbench(args);
        EXPECT_EQ(r.exitCode, 1) << args.join(' ').toStdString() << '\n' << r.out;
        EXPECT_TRUE(contains(r.err, "no database " + typo.toStdString() + ": the file does not exist"))
            << args.join(' ').toStdString() << ": " << r.err;
        EXPECT_FALSE(contains(r.out, "audit chain ok")) << r.out;
        EXPECT_FALSE(QFile::exists(typo)) << args.join(' ').toStdString() << " created it";
        EXPECT_FALSE(QFile::exists(typo + "-wal"));
    }
}

TEST_F(CliEdgesTest, AReadOnlyFileIsListedShownAndVerifiedUnchanged) {
    ::chmod(dir_.path().toLocal8Bit().constData(), 0755);  // "nobody" may enter
    const QString folder = QDir(dir_.path()).filePath("open-folder");
    const QString db = makeDatabase(folder);
    // In rollback-journal mode: a read that switched it to WAL would show in the header.
    ASSERT_EQ(sqlite3(db, "PRAGMA journal_mode=DELETE"), "delete");
    ::chmod(folder.toLocal8Bit().constData(), 0777);
    ::chmod(db.toLocal8Bit().constData(), 0444);
    const QByteArray before = bytesOf(db);
    expectReadable(db);
    EXPECT_EQ(bytesOf(db), before) << "the read-only file was changed";
    EXPECT_EQ(sqlite3(db, "PRAGMA journal_mode"), "delete");
}

TEST_F(CliEdgesTest, ADatabaseInAReadOnlyFolderIsListedShownAndVerifiedUnchanged) {
    ::chmod(dir_.path().toLocal8Bit().constData(), 0755);
    const QString folder = QDir(dir_.path()).filePath("closed-folder");
    const QString db = makeDatabase(folder);  // WAL mode, no -wal or -shm left
    ASSERT_FALSE(QFile::exists(db + "-wal"));
    ::chmod(db.toLocal8Bit().constData(), 0666);
    ::chmod(folder.toLocal8Bit().constData(), 0555);
    const QByteArray before = bytesOf(db);
    expectReadable(db);
    EXPECT_EQ(bytesOf(db), before) << "the database was changed";
    EXPECT_EQ(QDir(folder).entryList(QDir::Files), QStringList{"station.db"});
    ::chmod(folder.toLocal8Bit().constData(), 0755);
}

TEST_F(CliEdgesTest, ANewerSchemaIsRefusedBeforeAnythingIsWritten) {
    const QString db = makeDatabase(QDir(dir_.path()).filePath("newer"));
    ASSERT_EQ(sqlite3(db, "PRAGMA journal_mode=DELETE"), "delete");
    sqlite3(db, "PRAGMA user_version=99");
    const QByteArray before = bytesOf(db);
    for (QStringList args : {QStringList{"batch", "list"}, QStringList{"runs", "list"},
                             QStringList{"batch", "add", "--file",
                                         QString(GASBENCH_FIXTURES_DIR) + "/batches/lpg_c2026_004.json"}}) {
        args << "--db" << db;
        auto r = runGasbench(args);
        EXPECT_EQ(r.exitCode, 1) << args.join(' ').toStdString();
        EXPECT_TRUE(contains(r.err, "schema version 99 is newer than this program's")) << r.err;
        EXPECT_EQ(sqlite3(db, "PRAGMA journal_mode"), "delete") << args.join(' ').toStdString();
        EXPECT_FALSE(QFile::exists(db + "-wal"));
        EXPECT_EQ(bytesOf(db), before) << args.join(' ').toStdString();
    }
}

TEST_F(CliEdgesTest, ArgumentsAreCheckedBeforeAnyWrite) {
    const QString db = QDir(dir_.path()).filePath("demo.db");
    auto demo = runGasbench({"demo", "--time-scale", "-5", "--db", db, "--out", QDir(dir_.path()).filePath("out")});
    EXPECT_EQ(demo.exitCode, 2) << demo.out << demo.err;
    EXPECT_TRUE(contains(demo.err, "--time-scale expects 0 < X <= 1000, got -5")) << demo.err;
    EXPECT_FALSE(contains(demo.out, "batches registered")) << demo.out;
    EXPECT_FALSE(QFile::exists(db)) << "the refused demo opened the database";
}

TEST_F(CliEdgesTest, TimeScaleIsRefusedAgainstRealHardware) {
    { Database setup = openWithBatch(); }
    // The simulated bench's station file, as a real station: its id no longer SIM-.
    const std::string fixtures = GASBENCH_FIXTURES_DIR;
    QFile in(QString::fromStdString(fixtures + "/stations/sim-bench.json"));
    ASSERT_TRUE(in.open(QIODevice::ReadOnly));
    QJsonObject station = QJsonDocument::fromJson(in.readAll()).object();
    station["station"] = "LAB-01";
    QJsonArray devices;
    for (const auto& d : station["devices"].toArray()) {
        QJsonObject device = d.toObject();
        device["map"] = QString::fromStdString(fixtures + "/stations/") + device["map"].toString();
        devices.append(device);
    }
    station["devices"] = devices;
    const QString file = QDir(dir_.path()).filePath("lab.json");
    QFile out(file);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(station).toJson());
    out.close();

    auto r = runGasbench({"run", "--station", file, "--procedure", "flame-failure", "--sample", "C-2026-001-T",
                          "--time-scale", "20", "--answers", QString::fromStdString(fixtures + "/answers/all-conforming.json"),
                          "--db", QString::fromStdString(dbPath())});
    EXPECT_EQ(r.exitCode, 2) << r.out << r.err;
    EXPECT_TRUE(contains(r.err, "--time-scale applies only to the simulated bench")) << r.err;
    EXPECT_TRUE(contains(r.err, "station 'LAB-01'")) << r.err;
    Database db = Database::open(dbPath());
    EXPECT_TRUE(listRuns(db).empty()) << "a run was recorded";
}

}  // namespace
