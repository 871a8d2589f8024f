#pragma once
// A station database in a temporary folder with the demo batches of fixtures/batches/
// registered, and the test sample of each procedure's category — for tests that run procedures.

#include <QDir>
#include <QTemporaryDir>
#include <string>

#include "gasbench/storage/batch_file.hpp"
#include "gasbench/storage/database.hpp"

namespace gasbench::testsupport {

class DemoRecords {
public:
    DemoRecords() : DemoRecords(std::string()) {}
    // In `folder` (a small file system, say) instead of a temporary one.
    explicit DemoRecords(const std::string& folder)
        : folder_(folder.empty() ? dir_.path().toStdString() : folder), db_(storage::Database::open(path())) {
        QDir batches(QString(GASBENCH_FIXTURES_DIR) + "/batches");
        for (const QString& f : batches.entryList({"*.json"}, QDir::Files, QDir::Name)) {
            storage::importBatchFile(db_, storage::readBatchFile(batches.filePath(f).toStdString()), "test");
        }
    }
    storage::Database& db() { return db_; }
    std::string path() const { return folder_ + "/station.db"; }

    // The registered test sample whose category the procedure applies to.
    static std::string sampleFor(const std::string& procedure) {
        if (procedure == "flame-failure") return "C-2026-001-T";
        if (procedure == "regulator-outlet-pressure") return "C-2026-002-T";
        if (procedure == "hose-leakage") return "C-2026-003-T";
        if (procedure == "lpg-dme") return "C-2026-004-T";
        return "";
    }

private:
    QTemporaryDir dir_;
    std::string folder_;
    storage::Database db_;
};

}  // namespace gasbench::testsupport
