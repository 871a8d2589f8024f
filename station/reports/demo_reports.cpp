#include "gasbench/reports/demo_reports.hpp"

#include <QDir>
#include <QFile>
#include <algorithm>

#include "gasbench/reports/campaign_tables.hpp"
#include "gasbench/reports/report_error.hpp"
#include "gasbench/reports/sample_results.hpp"
#include "gasbench/reports/sign_off.hpp"
#include "gasbench/reports/table_files.hpp"

namespace gasbench::reports {
namespace {

// The demo's people, one per role. Their PINs are in the README: this is a demo database.
struct DemoUser {
    const char* name;
    const char* fullName;
    Role role;
};
const DemoUser kDemoUsers[] = {
    {"demo-technician", "张检验", Role::technician},
    {"demo-reviewer", "李审核", Role::reviewer},
    {"demo-approver", "王批准", Role::approver},
    {"demo-quality", "赵质量", Role::qualityManager},
};
const char* const kDemoPin = "2468";

User demoUser(storage::Database& db, const DemoUser& d) {
    if (!findUser(db, d.name)) addUser(db, {0, d.name, d.fullName, d.role}, kDemoPin, "demo");
    return authenticate(db, d.name, kDemoPin);
}

void writeFile(const std::string& path, const QByteArray& bytes) {
    QFile f(QString::fromStdString(path));
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        throw ReportError("cannot write " + path);
}

}  // namespace

DemoReportsResult issueDemoReports(storage::Database& db, const ReportSources& sources,
                                   const std::vector<std::string>& sampleCodes,
                                   const std::string& outDir) {
    User technician = demoUser(db, kDemoUsers[0]);
    User reviewer = demoUser(db, kDemoUsers[1]);
    User approver = demoUser(db, kDemoUsers[2]);
    User quality = demoUser(db, kDemoUsers[3]);
    QDir().mkpath(QString::fromStdString(outDir + "/reports"));

    DemoReportsResult result;
    std::string first, last;
    for (const auto& code : sampleCodes) {
        if (sampleResults(db, code).runs.empty()) continue;
        std::optional<ReportRecord> report;
        for (auto& r : listReports(db))
            if (r.sampleCode == code && !r.superseded) report = r;
        if (!report) report = draftReport(db, sources, technician, code, Language::zh);
        if (report->state == ReportState::draft) report = reviewReport(db, report->id, reviewer);
        if (report->state == ReportState::reviewed) report = approveReport(db, report->id, approver);
        if (report->state == ReportState::approved) report = issueReport(db, sources, report->id, quality);
        std::string path = outDir + "/reports/" + code + "_" + report->number + "-v" +
                           std::to_string(report->version) + ".pdf";
        writeFile(path, issuedPdf(db, report->id));
        result.pdfs.push_back(QFileInfo(QString::fromStdString(path)).absoluteFilePath().toStdString());
    }

    // Every batch on record: the demo batches are sampled over a few months.
    DateRange range{"0000-01-01", "9999-12-31"};
    for (const auto& [name, table] :
         {std::pair{std::string("problem-products"), problemProductTable(db, range, sources.lab.name)},
          std::pair{std::string("statistics"), statisticsTable(db, range)}}) {
        for (auto format : {TableFormat::xlsx, TableFormat::csv}) {
            std::string path = outDir + "/" + name + (format == TableFormat::xlsx ? ".xlsx" : ".csv");
            writeTable(table, format, path);
            result.tables.push_back(QFileInfo(QString::fromStdString(path)).absoluteFilePath().toStdString());
        }
    }
    return result;
}

}  // namespace gasbench::reports
