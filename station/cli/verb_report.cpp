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
#include "report_sources.hpp"
#include "verb.hpp"

namespace gasbench::cli {
namespace {

using namespace gasbench::reports;

const std::string kUsage = std::string(
    "usage: gasbench report draft SAMPLE --user NAME [--pin PIN] [--lang zh|en] [--correction REASON]\n"
    "       gasbench report review NUMBER --user NAME [--pin PIN]\n"
    "       gasbench report approve NUMBER --user NAME [--pin PIN]\n"
    "       gasbench report issue NUMBER --user NAME [--pin PIN]\n"
    "       gasbench report show [NUMBER] [--version N] [--pdf FILE] [--json]\n"
    "       gasbench report verify NUMBER FILE [--version N]\n"
    "  every form takes [--db FILE]; draft, issue and show --pdf also take:\n") +
    kReportSourcesUsage +
    "\n"
    "A report goes draft -> reviewed -> approved -> issued. draft: technician or quality-manager;\n"
    "review: reviewer or quality-manager, not the drafter; approve: approver or quality-manager,\n"
    "neither the drafter nor the reviewer; issue: approver or quality-manager. The PIN comes from\n"
    "--pin or GASBENCH_PIN. An issued report is final and cannot change; --correction drafts its\n"
    "next version, which supersedes it once issued. show --pdf writes the issued PDF, or a preview\n"
    "marked DRAFT before issue. verify exits 0 when FILE is the issued PDF, 1 when it is not.\n";

struct Credentials {
    std::string user;
    std::string pin;
};

// Read before finish(), checked against the database after it.
Credentials credentials(Args& args) {
    Credentials c{args.require("--user"), args.option("--pin").value_or("")};
    if (c.pin.empty() && std::getenv("GASBENCH_PIN")) c.pin = std::getenv("GASBENCH_PIN");
    if (c.pin.empty()) throw UsageError("give the PIN with --pin or GASBENCH_PIN");
    return c;
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
    };
}

void printLine(const ReportRecord& r) {
    std::cout << r.number << " v" << r.version << "  " << r.sampleCode << "  "
              << reportStateId(r.state) << (r.superseded ? " (superseded)" : "") << "  "
              << r.draftedBy << '/' << r.reviewedBy.value_or("-") << '/'
              << r.approvedBy.value_or("-") << '/' << r.issuedBy.value_or("-") << '\n';
}

int show(Args& args, const std::optional<std::string>& dbPath, bool json) {
    auto number = args.positional();
    auto version = versionOption(args);
    auto pdf = args.option("--pdf");
    std::optional<ReportSources> sources;
    if (pdf) sources = reportSources(args);
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
            for (const auto& r : all) printLine(r);
        }
        return 0;
    }
    ReportRecord r = requireReport(db, *number, version);
    if (pdf) {
        QFile f(QString::fromStdString(*pdf));
        QByteArray bytes = previewPdf(db, *sources, r.id);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            throw ReportError("cannot write " + *pdf);
    }
    if (json) std::cout << QJsonDocument(reportJson(r)).toJson().toStdString();
    else printLine(r);
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
        ReportRecord r = requireReport(db, number, version);
        QFile f(QString::fromStdString(file));
        if (!f.open(QIODevice::ReadOnly)) throw ReportError("cannot read " + file);
        bool ok = verifyIssuedPdf(db, r.id, f.readAll());
        std::cout << file << (ok ? " is " : " is NOT ") << r.number << " v" << r.version
                  << " as issued (sha256 " << r.pdfSha256.value_or("") << ")\n";
        return ok ? 0 : 1;
    }
    if (what == "draft") {
        std::string sample = args.requirePositional("SAMPLE");
        std::string lang = args.option("--lang").value_or("zh");
        std::string correction = args.option("--correction").value_or("");
        auto sources = reportSources(args);
        Credentials who = credentials(args);
        args.finish();
        auto language = parseLanguage(lang);
        if (!language) throw UsageError("--lang: zh or en, got '" + lang + "'");
        auto db = open();
        User by = authenticate(db, who.user, who.pin);
        ReportRecord r = draftReport(db, sources, by, sample, *language, correction);
        if (json) std::cout << QJsonDocument(reportJson(r)).toJson().toStdString();
        else printLine(r);
        return 0;
    }
    if (what != "review" && what != "approve" && what != "issue")
        throw UsageError("unknown subcommand '" + what + "'");
    std::string number = args.requirePositional("NUMBER");
    std::optional<ReportSources> sources;
    if (what == "issue") sources = reportSources(args);
    Credentials who = credentials(args);
    args.finish();
    auto db = open();
    User by = authenticate(db, who.user, who.pin);
    ReportRecord r = requireReport(db, number, std::nullopt);
    if (what == "review") r = reviewReport(db, r.id, by);
    else if (what == "approve") r = approveReport(db, r.id, by);
    else r = issueReport(db, *sources, r.id, by);
    if (json) std::cout << QJsonDocument(reportJson(r)).toJson().toStdString();
    else printLine(r);
    return 0;
}

}  // namespace

GASBENCH_VERB("report", "draft, sign off, show and verify inspection reports", kUsage, runReport);

}  // namespace gasbench::cli
