#pragma once
// A report's sign-off: draft -> reviewed -> approved -> issued, each step by a user whose role
// allows it, every step in the event log. Issuing renders the PDF and stores it with its
// SHA-256; from then on the database refuses any change to the row. A correction is a new
// version of the same number that supersedes the issued one; both are kept.
//
// Who may do what: draft — technician, quality manager; review — reviewer, quality manager,
// not the one who drafted; approve — approver, quality manager, neither the drafter nor the
// reviewer; issue — approver, quality manager.

#include <QByteArray>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gasbench/reports/report_content.hpp"
#include "gasbench/reports/report_pdf.hpp"
#include "gasbench/reports/users.hpp"
#include "gasbench/storage/database.hpp"

namespace gasbench::reports {

enum class ReportState { draft, reviewed, approved, issued };
std::string_view reportStateId(ReportState s);

struct ReportRecord {
    std::int64_t id = 0;
    std::string number;
    int version = 1;
    std::string sampleCode;
    Language language = Language::zh;
    std::optional<std::int64_t> supersedes;  // the report id this version corrects
    std::string correctionReason;
    ReportState state = ReportState::draft;
    std::string draftedBy, draftedAt;
    std::optional<std::string> reviewedBy, reviewedAt;
    std::optional<std::string> approvedBy, approvedAt;
    std::optional<std::string> issuedBy, issuedAt;
    std::optional<std::string> pdfSha256;
    bool superseded = false;  // a newer version corrects it
};

// A new draft for the sample. When the sample already has an issued report, `correction`
// must say why, and the draft becomes its next version; an open (unissued) report refuses it.
ReportRecord draftReport(storage::Database& db, const ReportSources& sources, const User& by,
                         const std::string& sampleCode, Language language,
                         const std::string& correction = {});
ReportRecord reviewReport(storage::Database& db, std::int64_t reportId, const User& by);
ReportRecord approveReport(storage::Database& db, std::int64_t reportId, const User& by);
// Renders the final PDF from the records and stores it with its SHA-256.
ReportRecord issueReport(storage::Database& db, const ReportSources& sources,
                         std::int64_t reportId, const User& by);

std::optional<ReportRecord> findReport(storage::Database& db, std::int64_t reportId);
// The newest version of a number, or the given one.
std::optional<ReportRecord> findReportByNumber(storage::Database& db, const std::string& number,
                                               std::optional<int> version = {});
std::vector<ReportRecord> listReports(storage::Database& db);

// The issued PDF as stored; ReportError for a report not issued.
QByteArray issuedPdf(storage::Database& db, std::int64_t reportId);
// A PDF marked DRAFT on every page, for a report not issued yet (the issued one is final).
QByteArray previewPdf(storage::Database& db, const ReportSources& sources, std::int64_t reportId);
// The signatures and number as they print.
ReportStamp stampOf(storage::Database& db, const ReportRecord& report);

// True when the file's SHA-256 is the one stored when the report was issued.
bool verifyIssuedPdf(storage::Database& db, std::int64_t reportId, const QByteArray& file);
std::string sha256Hex(const QByteArray& bytes);

}  // namespace gasbench::reports
