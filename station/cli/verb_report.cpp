// gasbench report draft|review|approve|issue|show|verify: a sample's initial inspection report
// through its sign-off, and a check of a PDF file against the one issued.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdlib>
#include <iostream>

#include "gasbench/reports/report_error.hpp"
#include "gasbench/reports/sign_off.hpp"
#include "pin_entry.hpp"
#include "report_sources.hpp"
#include "verb.hpp"

namespace gasbench::cli {
namespace {

using namespace gasbench::reports;

const std::string kUsage = std::string(
    "usage: gasbench report draft SAMPLE --user NAME [--lang zh|en] [--correction REASON]\n"
    "       gasbench report review NUMBER --user NAME\n"
    "       gasbench report approve NUMBER --user NAME\n"
    "       gasbench report issue NUMBER --user NAME\n"
    "       gasbench report show [NUMBER] [--version N] [--pdf FILE] [--json]\n"
    "       gasbench report verify NUMBER FILE [--version N]\n"
    "  every form takes [--db FILE]; draft, review, approve, issue and show also take:\n") +
    kReportSourcesUsage +
    "\n"
    "A report goes draft -> reviewed -> approved -> issued. The draft freezes what the report\n"
    "says; each later step signs that document's hash and is refused when a record it rests on\n"
    "changed or a later run replaced one (draft again: the stale draft is drafted anew).\n"
    "draft: technician or quality-manager; review: reviewer or quality-manager; approve:\n"
    "approver or quality-manager; issue: approver or quality-manager; no person (staff id) signs\n"
    "two of draft, review and approval, nor issues what they drafted or reviewed. Approval and\n"
    "issue refuse verdicts resting on unconfirmed limits. The PIN comes from GASBENCH_PIN or the\n"
    "terminal. An issued report is final; --correction drafts its next version, which replaces\n"
    "it once issued. show --pdf writes the issued PDF, or a preview marked DRAFT of the frozen\n"
    "document. verify exits 0 when FILE is an issued version (its hash matches the row and the\n"
    "report.issued event), 1 when it is not.\n";

// The name is read before finish(); the PIN after it, so a usage error asks for none.
std::string signer(Args& args) { return args.require("--user"); }
User signIn(storage::Database& db, const std::string& name) {
    return authenticate(db, name, readPin("GASBENCH_PIN", "PIN of " + name));
}

std::optional<int> versionOption(Args& args) {
    auto v = args.option("--version");
    if (!v) return std::nullopt;
    return static_cast<int>(Args::toInt("--version", *v));
}

ReportRecord requireReport(storage::Database& db, const std::string& number, std::optional<int> version) {
    auto r = findReportByNumber(db, number, version);
    if (!r) throw ReportError("no report " + number + (version ? " v" + std::to_string(*version) : ""));
    return *r;
}

QJsonValue opt(const std::optional<std::string>& s) {
    return s ? QJsonValue(QString::fromStdString(*s)) : QJsonValue();
}

QJsonObject reportJson(const ReportRecord& r) {
    return QJsonObject{
        {"id", static_cast<qint64>(r.id)},
        {"number", QString::fromStdString(r.number)},
        {"version", r.version},
        {"sample", QString::fromStdString(r.sampleCode)},
        {"language", QString::fromUtf8(languageId(r.language).data())},
        {"state", QString::fromUtf8(reportStateId(r.state).data())},
        {"supersedes", r.supersedes ? QJsonValue(static_cast<qint64>(*r.supersedes)) : QJsonValue()},
        {"superseded", r.superseded},
        {"correction_reason", QString::fromStdString(r.correctionReason)},
        {"drafted_by", QString::fromStdString(r.draftedBy)},
        {"drafted_at", QString::fromStdString(r.draftedAt)},
        {"reviewed_by", opt(r.reviewedBy)},
        {"reviewed_at", opt(r.reviewedAt)},
        {"approved_by", opt(r.approvedBy)},
        {"approved_at", opt(r.approvedAt)},
        {"issued_by", opt(r.issuedBy)},
        {"issued_at", opt(r.issuedAt)},
        {"pdf_sha256", opt(r.pdfSha256)},
        {"content_sha256", opt(r.contentSha256)},
        {"chain_head", opt(r.chainHead)},
    };
}

void printLine(const ReportRecord& r, const std::string& drift = {}) {
    std::cout << r.number << " v" << r.version << "  " << r.sampleCode << "  "
              << reportStateId(r.state) << (r.superseded ? " (superseded)" : "") << "  "
              << r.draftedBy << '/' << r.reviewedBy.value_or("-") << '/'
              << r.approvedBy.value_or("-") << '/' << r.issuedBy.value_or("-")
              << (drift.empty() ? "" : "  — " + drift) << '\n';
}

// An open report that can no longer be signed as drafted says why.
std::string driftOfOpen(storage::Database& db, const ReportSources& sources, const ReportRecord& r) {
    return r.state == ReportState::issued ? std::string() : reportDrift(db, sources, r);
}

int show(Args& args, const std::optional<std::string>& dbPath, bool json) {
    auto number = args.positional();
    auto version = versionOption(args);
    auto pdf = args.option("--pdf");
    ReportSources sources = reportSources(args);
    args.finish();  // before the database: a wrong argument is a usage error, whatever the file
    if (!number && (pdf || version)) throw UsageError("--pdf and --version need a NUMBER");
    auto db = storage::Database::openToRead(storage::databasePathOr(dbPath));
    if (!number) {
        auto all = listReports(db);
        if (json) {
            QJsonArray out;
            for (const auto& r : all) out.append(reportJson(r));
            std::cout << QJsonDocument(out).toJson().toStdString();
        } else {
            for (const auto& r : all) printLine(r, driftOfOpen(db, sources, r));
        }
        return 0;
    }
    ReportRecord r = requireReport(db, *number, version);
    if (pdf) {
        QFile f(QString::fromStdString(*pdf));
        QByteArray bytes = previewPdf(db, r.id);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            throw ReportError("cannot write " + *pdf);
    }
    if (json) std::cout << QJsonDocument(reportJson(r)).toJson().toStdString();
    else printLine(r, driftOfOpen(db, sources, r));
    return 0;
}

int runReport(Args& args) {
    auto dbPath = args.option("--db");
    bool json = args.flag("--json");
    std::string what = args.requirePositional("draft, review, approve, issue, show or verify");
    auto open = [&] { return storage::Database::open(storage::databasePathOr(dbPath)); };
    auto openToRead = [&] { return storage::Database::openToRead(storage::databasePathOr(dbPath)); };
    if (what == "show") return show(args, dbPath, json);
    if (what == "verify") {
        std::string number = args.requirePositional("NUMBER");
        std::string file = args.requirePositional("FILE");
        auto version = versionOption(args);
        args.finish();
        auto db = openToRead();
        QFile f(QString::fromStdString(file));
        if (!f.open(QIODevice::ReadOnly)) throw ReportError("cannot read " + file);
        QByteArray bytes = f.readAll();
        // Without --version, whichever issued version the file is.
        std::vector<ReportRecord> candidates;
        for (auto& r : listReports(db))
            if (r.number == number && (version ? r.version == *version : r.state == ReportState::issued))
                candidates.push_back(r);
        if (candidates.empty())
            throw ReportError("report " + number + (version ? " v" + std::to_string(*version) : "") +
                              (version ? " does not exist" : " has no issued version"));
        std::string why;
        for (auto it = candidates.rbegin(); it != candidates.rend(); ++it) {
            PdfCheck check = verifyIssuedPdf(db, it->id, bytes);
            if (check) {
                std::cout << file << " is " << it->number << " v" << it->version << " as issued (sha256 "
                          << it->pdfSha256.value_or("") << (it->superseded ? "; since replaced by a correction" : "")
                          << ")\n";
                return 0;
            }
            why += "\n  v" + std::to_string(it->version) + ": " + check.problem;
        }
        std::cout << file << " is NOT an issued version of " << number << ":" << why << '\n';
        return 1;
    }
    if (what == "draft") {
        std::string sample = args.requirePositional("SAMPLE");
        std::string lang = args.option("--lang").value_or("zh");
        std::string correction = args.option("--correction").value_or("");
        auto sources = reportSources(args);
        std::string who = signer(args);
        args.finish();
        auto language = parseLanguage(lang);
        if (!language) throw UsageError("--lang: zh or en, got '" + lang + "'");
        auto db = open();
        User by = signIn(db, who);
        ReportRecord r = draftReport(db, sources, by, sample, *language, correction);
        if (json) std::cout << QJsonDocument(reportJson(r)).toJson().toStdString();
        else printLine(r);
        return 0;
    }
    if (what != "review" && what != "approve" && what != "issue")
        throw UsageError("unknown subcommand '" + what + "'");
    std::string number = args.requirePositional("NUMBER");
    ReportSources sources = reportSources(args);
    std::string who = signer(args);
    args.finish();
    auto db = open();
    User by = signIn(db, who);
    ReportRecord r = requireReport(db, number, std::nullopt);
    if (what == "review") r = reviewReport(db, sources, r.id, by);
    else if (what == "approve") r = approveReport(db, sources, r.id, by);
    else r = issueReport(db, sources, r.id, by);
    if (json) std::cout << QJsonDocument(reportJson(r)).toJson().toStdString();
    else printLine(r);
    return 0;
}

}  // namespace

GASBENCH_VERB("report", "draft, sign off, show and verify inspection reports", kUsage, runReport, true);

}  // namespace gasbench::cli
