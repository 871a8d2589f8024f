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

// The demo's people, one per role and person. Their PIN is in the README: this is a demo
// database. The quality manager comes first, as a new database's first user must.
struct DemoUser {
    const char* name;
    const char* fullName;
    Role role;
    const char* staffId;
};
const DemoUser kDemoUsers[] = {
    {"demo-quality", "赵质量", Role::qualityManager, "DEMO-004"},
    {"demo-technician", "张检验", Role::technician, "DEMO-001"},
    {"demo-reviewer", "李审核", Role::reviewer, "DEMO-002"},
    {"demo-approver", "王批准", Role::approver, "DEMO-003"},
};
const char* const kDemoPin = "246810";

User demoUser(storage::Database& db, const DemoUser& d, const std::optional<User>& quality) {
    if (!findUser(db, d.name)) {
        User u;
        u.name = d.name;
        u.fullName = d.fullName;
        u.role = d.role;
        u.staffId = d.staffId;
        if (quality) addUser(db, u, kDemoPin, *quality);
        else initFirstQualityManager(db, u, kDemoPin);
    }
    return authenticate(db, d.name, kDemoPin);
}

bool restsOnUnconfirmedLimit(const ReportContent& content) {
    return std::any_of(content.rows.begin(), content.rows.end(),
                       [](const ResultRow& r) { return r.restsOnUnconfirmedLimit(); });
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
    User quality = demoUser(db, kDemoUsers[0], std::nullopt);
    User technician = demoUser(db, kDemoUsers[1], quality);
    User reviewer = demoUser(db, kDemoUsers[2], quality);
    User approver = demoUser(db, kDemoUsers[3], quality);
    QDir().mkpath(QString::fromStdString(outDir + "/reports"));

    DemoReportsResult result;
    std::string first, last;
    for (const auto& code : sampleCodes) {
        if (sampleResults(db, code).runs.empty()) continue;
        std::optional<ReportRecord> report;
        for (auto& r : listReports(db))
            if (r.sampleCode == code && !r.superseded) report = r;
        if (!report || (report->state != ReportState::issued && !reportDrift(db, sources, *report).empty()))
            report = draftReport(db, sources, technician, code, Language::zh);
        if (report->state == ReportState::draft) report = reviewReport(db, sources, report->id, reviewer);
        // A verdict on a limit nobody confirmed is not approved: the demo stops at review and
        // says so, as a lab would wait for its quality manager.
        if (report->state == ReportState::reviewed && restsOnUnconfirmedLimit(reportContent(db, *report))) {
            std::string path = outDir + "/reports/" + code + "_" + report->number + "-v" +
                               std::to_string(report->version) + "-draft.pdf";
            writeFile(path, previewPdf(db, report->id));
            result.drafts.push_back(QFileInfo(QString::fromStdString(path)).absoluteFilePath().toStdString());
            continue;
        }
        if (report->state == ReportState::reviewed) report = approveReport(db, sources, report->id, approver);
        if (report->state == ReportState::approved) report = issueReport(db, sources, report->id, approver);
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
