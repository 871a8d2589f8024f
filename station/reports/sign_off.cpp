#include "gasbench/reports/sign_off.hpp"

#include <QCryptographicHash>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <array>
#include <map>

#include "gasbench/reports/report_document.hpp"
#include "gasbench/reports/report_error.hpp"
#include "gasbench/reports/report_number.hpp"
#include "gasbench/storage/audit_log.hpp"
#include "gasbench/storage/row_digest.hpp"

namespace gasbench::reports {
namespace {

constexpr std::array<std::string_view, 4> kStates{"draft", "reviewed", "approved", "issued"};

const char* const kSelect =
    "SELECT r.id, r.number, r.version, s.code, r.language, r.supersedes, r.correction_reason,"
    " r.state, r.drafted_by, r.drafted_at, r.reviewed_by, r.reviewed_at, r.approved_by,"
    " r.approved_at, r.issued_by, r.issued_at, r.pdf_sha256,"
    " EXISTS (SELECT 1 FROM reports n WHERE n.supersedes = r.id AND n.state = 'issued'),"
    " r.content_sha256, r.chain_head"
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
    r.contentSha256 = s.optText(18);
    r.chainHead = s.optText(19);
    return r;
}

std::string jsonQuoted(const std::string& text) {
    QByteArray array = QJsonDocument(QJsonArray{QString::fromStdString(text)}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2).toStdString();  // ["…"] less its brackets
}

std::string label(const ReportRecord& r) { return r.number + " v" + std::to_string(r.version); }

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
        throw ReportError("report " + label(*r) + " is " + std::string(reportStateId(r->state)) + ", not " +
                          std::string(reportStateId(expected)));
    return *r;
}

std::string storedDocument(storage::Database& db, std::int64_t reportId) {
    auto s = db.prepare("SELECT content FROM reports WHERE id = ?");
    s.bind(1, reportId);
    return s.step() ? s.optText(0).value_or("") : "";
}

// The people who signed the report's current document, by stage: staff id and user name.
std::map<std::string, std::pair<std::string, std::string>> signers(storage::Database& db, const ReportRecord& r) {
    std::map<std::string, std::pair<std::string, std::string>> out;
    auto s = db.prepare(
        "SELECT stage, staff_id, user_name FROM report_signatures WHERE report_id = ? AND content_sha256 = ?"
        " ORDER BY id");
    s.bind(1, r.id).bind(2, r.contentSha256.value_or(""));
    while (s.step()) out[s.text(0)] = {s.text(1), s.text(2)};
    return out;
}

// Four-eyes by person: whoever signed one of `stages` of this document may not sign another.
void requireOtherPerson(storage::Database& db, const ReportRecord& r, const User& by,
                        std::initializer_list<const char*> stages, const char* action) {
    auto signedBy = signers(db, r);
    for (const char* stage : stages) {
        auto it = signedBy.find(stage);
        if (it != signedBy.end() && it->second.first == by.staffId)
            throw ReportError(by.name + " (staff id " + by.staffId + ") " + stage + " " + label(r) +
                              (it->second.second == by.name ? "" : " as " + it->second.second) +
                              " and may not " + action + " it");
    }
}

void requireCurrent(storage::Database& db, const ReportSources& sources, const ReportRecord& r, const char* action) {
    std::string drift = reportDrift(db, sources, r);
    if (!drift.empty()) throw ReportError("report " + label(r) + " cannot be " + action + ": " + drift);
}

void requireConfirmedLimits(const ReportContent& content, const ReportRecord& r, const char* action) {
    std::string items;
    for (const auto& row : content.rows)
        if (row.restsOnUnconfirmedLimit())
            items += (items.empty() ? "" : ", ") + row.itemId + " (profile " + row.profileId + ")";
    if (!items.empty())
        throw ReportError("report " + label(r) + " cannot be " + action + ": its verdicts rest on limits not yet "
                          "confirmed: " + items + "; a quality manager confirms the profile against the "
                          "standard's text first (gasbench profile confirm)");
}

void logStep(storage::Database& db, const User& by, const std::string& what, const ReportRecord& r,
             const std::string& details = {}) {
    storage::appendEvent(db, {by.name, what, std::nullopt, label(r),
                              "{\"report\":" + std::to_string(r.id) + ",\"sample\":\"" + r.sampleCode +
                                  "\",\"content_sha256\":\"" + r.contentSha256.value_or("") + "\"" + details + "}",
                              storage::RowRef{"reports", r.id}});
}

// A signature: who (person and account), when, and the hash of the document signed.
void sign(storage::Database& db, const ReportRecord& r, const User& by, const char* stage) {
    db.prepare("INSERT INTO report_signatures (report_id, stage, user_name, staff_id, full_name, signed_at,"
               " content_sha256) VALUES (?, ?, ?, ?, ?, ?, ?)")
        .bind(1, r.id)
        .bind(2, stage)
        .bind(3, by.name)
        .bind(4, by.staffId)
        .bind(5, by.fullName)
        .bind(6, storage::utcNow())
        .bind(7, r.contentSha256.value_or(""))
        .run();
    storage::appendEvent(db, {by.name, std::string("report.signature.") + stage, std::nullopt, label(r),
                              r.contentSha256.value_or(""), storage::RowRef{"report_signatures", db.lastInsertId()}});
}

// Moves a report one step on: the step's user and time, the state, the signature, the event.
ReportRecord step(storage::Database& db, const ReportRecord& r, const User& by, const char* column, ReportState to,
                  const char* event) {
    std::string sql = std::string("UPDATE reports SET state = ?, ") + column + "_by = ?, " + column +
                      "_at = ? WHERE id = ?";
    storage::Transaction tx(db);
    db.prepare(sql).bind(1, reportStateId(to)).bind(2, by.name).bind(3, storage::utcNow()).bind(4, r.id).run();
    ReportRecord updated = *findReport(db, r.id);
    sign(db, updated, by, column);
    logStep(db, by, event, updated);
    tx.commit();
    return updated;
}

std::string signatureName(storage::Database& db, const ReportRecord& r, const char* stage,
                          const std::optional<std::string>& user) {
    if (!user) return {};
    auto s = db.prepare(
        "SELECT full_name FROM report_signatures WHERE report_id = ? AND stage = ? ORDER BY id DESC LIMIT 1");
    s.bind(1, r.id).bind(2, stage);
    if (s.step()) return s.text(0);
    auto u = findUser(db, *user);
    return u ? u->fullName : *user;
}

std::string dateOf(const std::optional<std::string>& at) { return at ? at->substr(0, 10) : ""; }

std::optional<ReportRecord> openReportOf(storage::Database& db, const std::string& sampleCode) {
    std::optional<ReportRecord> newest;
    for (auto& r : listReports(db))
        if (r.sampleCode == sampleCode) newest = r;
    return newest;
}

void storeDocument(storage::Database& db, std::int64_t reportId, const FrozenReport& frozen) {
    db.prepare("UPDATE reports SET content = ?, content_sha256 = ? WHERE id = ?")
        .bind(1, frozen.document)
        .bind(2, frozen.sha256)
        .bind(3, reportId)
        .run();
}

ReportRecord redraft(storage::Database& db, const ReportRecord& open, const FrozenReport& frozen, const User& by,
                     const std::string& why) {
    storage::Transaction tx(db);
    db.prepare("UPDATE reports SET state = 'draft', drafted_by = ?, drafted_at = ?, reviewed_by = NULL,"
               " reviewed_at = NULL, approved_by = NULL, approved_at = NULL WHERE id = ?")
        .bind(1, by.name)
        .bind(2, storage::utcNow())
        .bind(3, open.id)
        .run();
    storeDocument(db, open.id, frozen);
    ReportRecord r = *findReport(db, open.id);
    sign(db, r, by, "drafted");
    logStep(db, by, "report.redrafted", r, ",\"why\":" + jsonQuoted(why));
    tx.commit();
    return r;
}

}  // namespace

std::string_view reportStateId(ReportState s) { return kStates[static_cast<std::size_t>(s)]; }

std::string reportDrift(storage::Database& db, const ReportSources& sources, const ReportRecord& r) {
    std::string stored = storedDocument(db, r.id);
    if (stored.empty()) return "it was drafted before reports froze their content; draft it anew";
    FrozenReport now = freezeReport(db, r.sampleCode, sources, r.language);
    if (now.sha256 == r.contentSha256) return {};
    FrozenDrift drift = driftOf(stored, now);
    return drift.none() ? "its document no longer matches the records; draft it anew" : drift.describe();
}

ReportRecord draftReport(storage::Database& db, const ReportSources& sources, const User& by,
                         const std::string& sampleCode, Language language, const std::string& correction) {
    requireRole(by, {Role::technician, Role::qualityManager}, "draft");
    auto sample = storage::findSample(db, sampleCode);
    if (!sample) throw ReportError("no sample " + sampleCode);
    // Refuses a sample without completed runs before anything is written.
    FrozenReport frozen = freezeReport(db, sampleCode, sources, language);

    std::optional<ReportRecord> current = openReportOf(db, sampleCode);
    if (current && current->state != ReportState::issued) {
        if (current->language == language) {
            std::string drift = reportDrift(db, sources, *current);
            if (!drift.empty()) return redraft(db, *current, frozen, by, drift);
        }
        throw ReportError("sample " + sampleCode + " has report " + label(*current) + " open (" +
                          std::string(reportStateId(current->state)) + "): finish it first");
    }
    std::string number;
    int version = 1;
    std::optional<std::int64_t> supersedes;
    if (current) {
        if (correction.empty())
            throw ReportError("report " + current->number + " is issued: a correction needs a reason");
        number = current->number;
        version = current->version + 1;
        supersedes = current->id;
    } else {
        if (!correction.empty()) throw ReportError("sample " + sampleCode + " has no issued report to correct");
        number = nextReportNumber(frozenContent(frozen.document).lab.reportNumberPattern, QDate::currentDate().year(),
                                  [&db](const std::string& n) {
                                      auto s = db.prepare("SELECT 1 FROM reports WHERE number = ?");
                                      s.bind(1, n);
                                      return s.step();
                                  });
    }
    storage::Transaction tx(db);
    db.prepare("INSERT INTO reports (number, version, sample_id, language, supersedes,"
               " correction_reason, state, drafted_by, drafted_at, content, content_sha256)"
               " VALUES (?, ?, ?, ?, ?, ?, 'draft', ?, ?, ?, ?)")
        .bind(1, number)
        .bind(2, version)
        .bind(3, sample->id)
        .bind(4, languageId(language))
        .bind(5, supersedes)
        .bind(6, correction)
        .bind(7, by.name)
        .bind(8, storage::utcNow())
        .bind(9, frozen.document)
        .bind(10, frozen.sha256)
        .run();
    ReportRecord r = *findReport(db, db.lastInsertId());
    sign(db, r, by, "drafted");
    logStep(db, by, "report.drafted", r, supersedes ? ",\"supersedes\":" + std::to_string(*supersedes) : std::string());
    tx.commit();
    return r;
}

ReportRecord reviewReport(storage::Database& db, const ReportSources& sources, std::int64_t reportId,
                          const User& by) {
    requireRole(by, {Role::reviewer, Role::qualityManager}, "review");
    ReportRecord r = requireState(db, reportId, ReportState::draft);
    requireOtherPerson(db, r, by, {"drafted"}, "review");
    requireCurrent(db, sources, r, "reviewed");
    return step(db, r, by, "reviewed", ReportState::reviewed, "report.reviewed");
}

ReportRecord approveReport(storage::Database& db, const ReportSources& sources, std::int64_t reportId,
                           const User& by) {
    requireRole(by, {Role::approver, Role::qualityManager}, "approve");
    ReportRecord r = requireState(db, reportId, ReportState::reviewed);
    requireOtherPerson(db, r, by, {"drafted", "reviewed"}, "approve");
    requireCurrent(db, sources, r, "approved");
    requireConfirmedLimits(reportContent(db, r), r, "approved");
    return step(db, r, by, "approved", ReportState::approved, "report.approved");
}

ReportRecord issueReport(storage::Database& db, const ReportSources& sources, std::int64_t reportId,
                         const User& by) {
    requireRole(by, {Role::approver, Role::qualityManager}, "issue");
    ReportRecord r = requireState(db, reportId, ReportState::approved);
    requireOtherPerson(db, r, by, {"drafted", "reviewed"}, "issue");
    requireCurrent(db, sources, r, "issued");
    ReportContent content = reportContent(db, r);
    requireConfirmedLimits(content, r, "issued");
    storage::Transaction tx(db);
    std::string now = storage::utcNow();
    storage::ChainHead head = storage::chainHead(db);
    std::string chainHead = std::to_string(head.eventId) + ":" + head.hash;
    ReportStamp stamp = stampOf(db, r);
    stamp.final = true;
    stamp.issuedDate = now.substr(0, 10);
    stamp.chainHead = chainHead;
    QByteArray pdf = renderReportPdf(content, stamp);
    std::string hash = sha256Hex(pdf);
    db.prepare("UPDATE reports SET state = 'issued', issued_by = ?, issued_at = ?, pdf = ?,"
               " pdf_sha256 = ?, chain_head = ? WHERE id = ?")
        .bind(1, by.name)
        .bind(2, now)
        .bindBlob(3, std::span(reinterpret_cast<const unsigned char*>(pdf.constData()),
                               static_cast<std::size_t>(pdf.size())))
        .bind(4, hash)
        .bind(5, chainHead)
        .bind(6, r.id)
        .run();
    ReportRecord issued = *findReport(db, r.id);
    sign(db, issued, by, "issued");
    logStep(db, by, "report.issued", issued, ",\"sha256\":\"" + hash + "\",\"chain_head\":\"" + chainHead + "\"");
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

ReportContent reportContent(storage::Database& db, const ReportRecord& report) {
    std::string stored = storedDocument(db, report.id);
    if (stored.empty())
        throw ReportError("report " + label(report) + " was drafted before reports froze their content; draft it anew");
    return frozenContent(stored);
}

QByteArray issuedPdf(storage::Database& db, std::int64_t reportId) {
    auto s = db.prepare("SELECT pdf FROM reports WHERE id = ? AND state = 'issued'");
    s.bind(1, reportId);
    if (!s.step()) throw ReportError("report " + std::to_string(reportId) + " is not issued");
    auto blob = s.blob(0);
    return QByteArray(reinterpret_cast<const char*>(blob.data()), static_cast<qsizetype>(blob.size()));
}

QByteArray previewPdf(storage::Database& db, std::int64_t reportId) {
    auto r = findReport(db, reportId);
    if (!r) throw ReportError("no report " + std::to_string(reportId));
    if (r->state == ReportState::issued) return issuedPdf(db, reportId);
    return renderReportPdf(reportContent(db, *r), stampOf(db, *r));
}

ReportStamp stampOf(storage::Database& db, const ReportRecord& r) {
    ReportStamp stamp;
    stamp.number = r.number;
    stamp.version = r.version;
    if (r.supersedes) {
        if (auto old = findReport(db, *r.supersedes)) stamp.supersedes = label(*old);
        stamp.correctionReason = r.correctionReason;
    }
    stamp.final = r.state == ReportState::issued;
    stamp.inspector = {signatureName(db, r, "drafted", r.draftedBy), dateOf(r.draftedAt)};
    stamp.reviewer = {signatureName(db, r, "reviewed", r.reviewedBy), dateOf(r.reviewedAt)};
    stamp.approver = {signatureName(db, r, "approved", r.approvedBy), dateOf(r.approvedAt)};
    stamp.issuedDate = dateOf(r.issuedAt);
    stamp.chainHead = r.chainHead.value_or("");
    return stamp;
}

PdfCheck verifyIssuedPdf(storage::Database& db, std::int64_t reportId, const QByteArray& file) {
    auto r = findReport(db, reportId);
    if (!r || !r->pdfSha256) throw ReportError("report " + std::to_string(reportId) + " is not issued");
    std::string sha = sha256Hex(file);
    if (sha != *r->pdfSha256) return {false, "its sha256 " + sha + " is not the one stored at issue"};
    // The row could have been replaced with the file: the event that issued it says otherwise.
    auto e = db.prepare(
        "SELECT id, details, row_sha256 FROM events WHERE what = 'report.issued' AND row_table = 'reports'"
        " AND row_id = ? ORDER BY id DESC LIMIT 1");
    e.bind(1, r->id);
    if (!e.step()) return {false, "no report.issued event records " + label(*r)};
    auto details = QJsonDocument::fromJson(QByteArray::fromStdString(e.text(1))).object();
    if (details.value("sha256").toString().toStdString() != sha)
        return {false, "the report.issued event (" + std::to_string(e.integer(0)) + ") holds sha256 " +
                           details.value("sha256").toString().toStdString() + ", not this file's"};
    if (storage::rowDigest(db, "reports", r->id) != e.text(2))
        return {false, "the report's row changed since event " + std::to_string(e.integer(0)) + " issued it"};
    return {true, {}};
}

std::string sha256Hex(const QByteArray& bytes) {
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().toStdString();
}

}  // namespace gasbench::reports
