#pragma once
// A report's sign-off: draft -> reviewed -> approved -> issued. A draft freezes the document it
// reports (report_document.hpp); review, approval and issue each sign that document's hash, and
// each first checks that the records it pins are unchanged and no later run replaced one
// (else: refused, the draft is stale, draft it anew). Issue renders the PDF from the frozen
// document only and stores it with its SHA-256 and the audit chain's head; from then on the
// database refuses any change to the row. A correction is a new version of the same number;
// the version it corrects stays issued, and the current one, until the correction is issued.
//
// Who may do what (a person is a staff id; nobody signs two stages of one report, whatever
// accounts they hold): draft — technician, quality manager; review — reviewer, quality
// manager, not the drafter; approve — approver, quality manager, neither drafter nor reviewer;
// issue — approver, quality manager, neither drafter nor reviewer. Approval and issue refuse a
// verdict that rests on an unconfirmed limit.

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
    std::optional<std::string> contentSha256;  // the frozen document's hash
    std::optional<std::string> chainHead;      // "EVENT:HASH" at issue
    bool superseded = false;  // a newer version correcting it has been issued
};

// A new draft for the sample. When the sample already has an issued report, `correction`
// must say why, and the draft becomes its next version. An open (unissued) report refuses it,
// unless that report is stale or rests on changed records: then it is drafted anew in place,
// its review and approval cleared.
ReportRecord draftReport(storage::Database& db, const ReportSources& sources, const User& by,
                         const std::string& sampleCode, Language language,
                         const std::string& correction = {});
ReportRecord reviewReport(storage::Database& db, const ReportSources& sources, std::int64_t reportId,
                          const User& by);
ReportRecord approveReport(storage::Database& db, const ReportSources& sources, std::int64_t reportId,
                           const User& by);
ReportRecord issueReport(storage::Database& db, const ReportSources& sources, std::int64_t reportId,
                         const User& by);

// Why an open report can no longer be signed as drafted (stale, records changed), or empty.
std::string reportDrift(storage::Database& db, const ReportSources& sources, const ReportRecord& report);

std::optional<ReportRecord> findReport(storage::Database& db, std::int64_t reportId);
// The newest version of a number, or the given one.
std::optional<ReportRecord> findReportByNumber(storage::Database& db, const std::string& number,
                                               std::optional<int> version = {});
std::vector<ReportRecord> listReports(storage::Database& db);
// The frozen content the report prints (ReportError for a report without one).
ReportContent reportContent(storage::Database& db, const ReportRecord& report);

// The issued PDF as stored; ReportError for a report not issued.
QByteArray issuedPdf(storage::Database& db, std::int64_t reportId);
// A PDF marked DRAFT on every page, of the frozen document, for a report not issued yet.
QByteArray previewPdf(storage::Database& db, std::int64_t reportId);
// The signatures and number as they print.
ReportStamp stampOf(storage::Database& db, const ReportRecord& report);

// A file checked against an issued report: its SHA-256 against the row and against the
// `report.issued` event, and the row against its own event.
struct PdfCheck {
    bool ok = false;
    std::string problem;  // when not ok
    explicit operator bool() const { return ok; }
};
PdfCheck verifyIssuedPdf(storage::Database& db, std::int64_t reportId, const QByteArray& file);
std::string sha256Hex(const QByteArray& bytes);

}  // namespace gasbench::reports
