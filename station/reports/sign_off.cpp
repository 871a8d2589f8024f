#include "gasbench/reports/sign_off.hpp"

#include <QCryptographicHash>
#include <QDate>
#include <array>

#include "gasbench/reports/report_error.hpp"
#include "gasbench/reports/report_number.hpp"
#include "gasbench/storage/audit_log.hpp"

namespace gasbench::reports {
namespace {

constexpr std::array<std::string_view, 4> kStates{"draft", "reviewed", "approved", "issued"};

const char* const kSelect =
    "SELECT r.id, r.number, r.version, s.code, r.language, r.supersedes, r.correction_reason,"
    " r.state, r.drafted_by, r.drafted_at, r.reviewed_by, r.reviewed_at, r.approved_by,"
    " r.approved_at, r.issued_by, r.issued_at, r.pdf_sha256,"
    " EXISTS (SELECT 1 FROM reports n WHERE n.supersedes = r.id)"
    " FROM reports r JOIN samples s ON s.id = r.sample_id ";

ReportRecord recordFrom(storage::Statement& s) {
    ReportRecord r;
    r.id = s.integer(0);
    r.number = s.text(1);
    r.version = static_cast<int>(s.integer(2));
    r.sampleCode = s.text(3);
    r.language = parseLanguage(s.text(4)).value_or(Language::zh);
    r.supersedes = s.optInteger(5);
    r.correctionReason = s.text(6);
    for (std::size_t i = 0; i < kStates.size(); ++i)
        if (kStates[i] == s.text(7)) r.state = static_cast<ReportState>(i);
    r.draftedBy = s.text(8);
    r.draftedAt = s.text(9);
    r.reviewedBy = s.optText(10);
    r.reviewedAt = s.optText(11);
    r.approvedBy = s.optText(12);
    r.approvedAt = s.optText(13);
    r.issuedBy = s.optText(14);
    r.issuedAt = s.optText(15);
    r.pdfSha256 = s.optText(16);
    r.superseded = s.integer(17) != 0;
    return r;
}

void requireRole(const User& by, std::initializer_list<Role> allowed, const char* action) {
    for (Role r : allowed)
        if (by.role == r) return;
    throw ReportError(by.name + " (" + std::string(roleId(by.role)) + ") may not " + action +
                      " a report");
}

ReportRecord requireState(storage::Database& db, std::int64_t id, ReportState expected) {
    auto r = findReport(db, id);
    if (!r) throw ReportError("no report " + std::to_string(id));
    if (r->state != expected)
        throw ReportError("report " + r->number + " v" + std::to_string(r->version) + " is " +
                          std::string(reportStateId(r->state)) + ", not " +
                          std::string(reportStateId(expected)));
    return *r;
}

void logStep(storage::Database& db, const User& by, const std::string& what, const ReportRecord& r,
             const std::string& details = {}) {
    storage::appendEvent(db, {by.name, what, std::nullopt,
                              r.number + " v" + std::to_string(r.version),
                              "{\"report\":" + std::to_string(r.id) + ",\"sample\":\"" +
                                  r.sampleCode + "\"" + details + "}"});
}

// Moves a report one step on: sets the step's user and time columns and the state.
ReportRecord step(storage::Database& db, const ReportRecord& r, const User& by,
                  const char* column, ReportState to, const char* event) {
    std::string sql = std::string("UPDATE reports SET state = ?, ") + column + "_by = ?, " + column +
                      "_at = ? WHERE id = ?";
    storage::Transaction tx(db);
    db.prepare(sql).bind(1, reportStateId(to)).bind(2, by.name).bind(3, storage::utcNow()).bind(4, r.id).run();
    ReportRecord updated = *findReport(db, r.id);
    logStep(db, by, event, updated);
    tx.commit();
    return updated;
}

std::string fullName(storage::Database& db, const std::optional<std::string>& user) {
    if (!user) return {};
    auto s = db.prepare("SELECT full_name FROM users WHERE name = ?");
    s.bind(1, *user);
    return s.step() ? s.text(0) : *user;
}

std::string dateOf(const std::optional<std::string>& at) { return at ? at->substr(0, 10) : ""; }

}  // namespace

std::string_view reportStateId(ReportState s) { return kStates[static_cast<std::size_t>(s)]; }

ReportRecord draftReport(storage::Database& db, const ReportSources& sources, const User& by,
                         const std::string& sampleCode, Language language,
                         const std::string& correction) {
    requireRole(by, {Role::technician, Role::qualityManager}, "draft");
    auto sample = storage::findSample(db, sampleCode);
    if (!sample) throw ReportError("no sample " + sampleCode);
    // Refuses a sample without completed runs before anything is written.
    gatherReportContent(db, sampleCode, sources, language);

    std::optional<ReportRecord> current;
    for (auto& r : listReports(db))
        if (r.sampleCode == sampleCode && !r.superseded) current = r;
    std::string number;
    int version = 1;
    std::optional<std::int64_t> supersedes;
    if (current && current->state != ReportState::issued)
        throw ReportError("sample " + sampleCode + " has report " + current->number +
                          " open (" + std::string(reportStateId(current->state)) +
                          "): finish it first");
    if (current) {
        if (correction.empty())
            throw ReportError("report " + current->number + " is issued: a correction needs a reason");
        number = current->number;
        version = current->version + 1;
        supersedes = current->id;
    } else {
        if (!correction.empty()) throw ReportError("sample " + sampleCode + " has no issued report to correct");
        number = nextReportNumber(sources.lab.reportNumberPattern, QDate::currentDate().year(),
                                  [&db](const std::string& n) {
                                      auto s = db.prepare("SELECT 1 FROM reports WHERE number = ?");
                                      s.bind(1, n);
                                      return s.step();
                                  });
    }
    storage::Transaction tx(db);
    db.prepare("INSERT INTO reports (number, version, sample_id, language, supersedes,"
               " correction_reason, state, drafted_by, drafted_at) VALUES (?, ?, ?, ?, ?, ?, 'draft', ?, ?)")
        .bind(1, number)
        .bind(2, version)
        .bind(3, sample->id)
        .bind(4, languageId(language))
        .bind(5, supersedes)
        .bind(6, correction)
        .bind(7, by.name)
        .bind(8, storage::utcNow())
        .run();
    ReportRecord r = *findReport(db, db.lastInsertId());
    logStep(db, by, "report.drafted", r,
            supersedes ? ",\"supersedes\":" + std::to_string(*supersedes) : std::string());
    tx.commit();
    return r;
}

ReportRecord reviewReport(storage::Database& db, std::int64_t reportId, const User& by) {
    requireRole(by, {Role::reviewer, Role::qualityManager}, "review");
    ReportRecord r = requireState(db, reportId, ReportState::draft);
    if (r.draftedBy == by.name) throw ReportError(by.name + " drafted " + r.number + " and may not review it");
    return step(db, r, by, "reviewed", ReportState::reviewed, "report.reviewed");
}

ReportRecord approveReport(storage::Database& db, std::int64_t reportId, const User& by) {
    requireRole(by, {Role::approver, Role::qualityManager}, "approve");
    ReportRecord r = requireState(db, reportId, ReportState::reviewed);
    if (r.reviewedBy == by.name) throw ReportError(by.name + " reviewed " + r.number + " and may not approve it");
    if (r.draftedBy == by.name) throw ReportError(by.name + " drafted " + r.number + " and may not approve it");
    return step(db, r, by, "approved", ReportState::approved, "report.approved");
}

ReportRecord issueReport(storage::Database& db, const ReportSources& sources,
                         std::int64_t reportId, const User& by) {
    requireRole(by, {Role::approver, Role::qualityManager}, "issue");
    ReportRecord r = requireState(db, reportId, ReportState::approved);
    std::string now = storage::utcNow();
    ReportStamp stamp = stampOf(db, r);
    stamp.final = true;
    stamp.issuedDate = now.substr(0, 10);
    QByteArray pdf = renderReportPdf(gatherReportContent(db, r.sampleCode, sources, r.language), stamp);
    std::string hash = sha256Hex(pdf);
    storage::Transaction tx(db);
    db.prepare("UPDATE reports SET state = 'issued', issued_by = ?, issued_at = ?, pdf = ?,"
               " pdf_sha256 = ? WHERE id = ?")
        .bind(1, by.name)
        .bind(2, now)
        .bindBlob(3, std::span(reinterpret_cast<const unsigned char*>(pdf.constData()),
                               static_cast<std::size_t>(pdf.size())))
        .bind(4, hash)
        .bind(5, r.id)
        .run();
    ReportRecord issued = *findReport(db, r.id);
    logStep(db, by, "report.issued", issued, ",\"sha256\":\"" + hash + "\"");
    tx.commit();
    return issued;
}

std::optional<ReportRecord> findReport(storage::Database& db, std::int64_t reportId) {
    auto s = db.prepare(std::string(kSelect) + "WHERE r.id = ?");
    s.bind(1, reportId);
    if (!s.step()) return std::nullopt;
    return recordFrom(s);
}

std::optional<ReportRecord> findReportByNumber(storage::Database& db, const std::string& number,
                                               std::optional<int> version) {
    auto s = db.prepare(std::string(kSelect) +
                        "WHERE r.number = ? AND (? IS NULL OR r.version = ?) ORDER BY r.version DESC");
    s.bind(1, number).bind(2, version).bind(3, version);
    if (!s.step()) return std::nullopt;
    return recordFrom(s);
}

std::vector<ReportRecord> listReports(storage::Database& db) {
    auto s = db.prepare(std::string(kSelect) + "ORDER BY r.id");
    std::vector<ReportRecord> all;
    while (s.step()) all.push_back(recordFrom(s));
    return all;
}

QByteArray issuedPdf(storage::Database& db, std::int64_t reportId) {
    auto s = db.prepare("SELECT pdf FROM reports WHERE id = ? AND state = 'issued'");
    s.bind(1, reportId);
    if (!s.step()) throw ReportError("report " + std::to_string(reportId) + " is not issued");
    auto blob = s.blob(0);
    return QByteArray(reinterpret_cast<const char*>(blob.data()), static_cast<qsizetype>(blob.size()));
}

QByteArray previewPdf(storage::Database& db, const ReportSources& sources, std::int64_t reportId) {
    auto r = findReport(db, reportId);
    if (!r) throw ReportError("no report " + std::to_string(reportId));
    if (r->state == ReportState::issued) return issuedPdf(db, reportId);
    return renderReportPdf(gatherReportContent(db, r->sampleCode, sources, r->language), stampOf(db, *r));
}

ReportStamp stampOf(storage::Database& db, const ReportRecord& r) {
    ReportStamp stamp;
    stamp.number = r.number;
    stamp.version = r.version;
    if (r.supersedes) {
        if (auto old = findReport(db, *r.supersedes))
            stamp.supersedes = old->number + " v" + std::to_string(old->version);
    }
    stamp.final = r.state == ReportState::issued;
    stamp.inspector = {fullName(db, r.draftedBy), dateOf(r.draftedAt)};
    stamp.reviewer = {fullName(db, r.reviewedBy), dateOf(r.reviewedAt)};
    stamp.approver = {fullName(db, r.approvedBy), dateOf(r.approvedAt)};
    stamp.issuedDate = dateOf(r.issuedAt);
    return stamp;
}

bool verifyIssuedPdf(storage::Database& db, std::int64_t reportId, const QByteArray& file) {
    auto r = findReport(db, reportId);
    if (!r || !r->pdfSha256) throw ReportError("report " + std::to_string(reportId) + " is not issued");
    return sha256Hex(file) == *r->pdfSha256;
}

std::string sha256Hex(const QByteArray& bytes) {
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().toStdString();
}

}  // namespace gasbench::reports
