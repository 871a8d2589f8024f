#include "gasbench/reports/report_document.hpp"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <map>
#include <set>

#include "gasbench/procedures/profile.hpp"
#include "gasbench/reports/profile_confirmation.hpp"
#include "gasbench/reports/report_error.hpp"
#include "gasbench/storage/measurement_record.hpp"
#include "gasbench/storage/row_digest.hpp"

namespace gasbench::reports {
namespace {

constexpr const char* kFormat = "gasbench-report-document-v1";

QString qs(const std::string& s) { return QString::fromStdString(s); }
std::string ss(const QJsonValue& v) { return v.toString().toStdString(); }

QJsonArray strings(const std::vector<std::string>& list) {
    QJsonArray a;
    for (const auto& s : list) a.append(qs(s));
    return a;
}
std::vector<std::string> strings(const QJsonValue& v) {
    std::vector<std::string> out;
    for (const auto& s : v.toArray()) out.push_back(ss(s));
    return out;
}

QJsonObject firmJson(const storage::Enterprise& e) {
    return {{"name", qs(e.name)}, {"credit_code", qs(e.creditCode)}, {"address", qs(e.address)}};
}
storage::Enterprise firmOf(const QJsonObject& o) {
    storage::Enterprise e;
    e.name = ss(o["name"]);
    e.creditCode = ss(o["credit_code"]);
    e.address = ss(o["address"]);
    return e;
}

QJsonValue optional(const std::optional<std::string>& s) { return s ? QJsonValue(qs(*s)) : QJsonValue(); }
std::optional<std::string> optional(const QJsonValue& v) {
    return v.isString() ? std::optional(ss(v)) : std::nullopt;
}

QJsonObject batchJson(const storage::SamplingBatch& b) {
    return {{"sampling_number", qs(b.samplingNumber)},
            {"product_name", qs(b.productName)},
            {"brand", qs(b.brand)},
            {"model", qs(b.model)},
            {"production_date", optional(b.productionDate)},
            {"batch_number", optional(b.batchNumber)},
            {"sampling_date", qs(b.samplingDate)},
            {"units_drawn", static_cast<qint64>(b.unitsDrawn)},
            {"seal_numbers", strings(b.sealNumbers)},
            {"inspection_type", QString::fromUtf8(storage::inspectionTypeId(b.inspectionType).data())},
            {"client", qs(b.client)}};
}
storage::SamplingBatch batchOf(const QJsonObject& o) {
    storage::SamplingBatch b;
    b.samplingNumber = ss(o["sampling_number"]);
    b.productName = ss(o["product_name"]);
    b.brand = ss(o["brand"]);
    b.model = ss(o["model"]);
    b.productionDate = optional(o["production_date"]);
    b.batchNumber = optional(o["batch_number"]);
    b.samplingDate = ss(o["sampling_date"]);
    b.unitsDrawn = o["units_drawn"].toInteger();
    b.sealNumbers = strings(o["seal_numbers"]);
    b.inspectionType = ss(o["inspection_type"]) == "commissioned" ? storage::InspectionType::commissioned
                                                                 : storage::InspectionType::supervision;
    b.client = ss(o["client"]);
    return b;
}

QJsonObject labJson(const station::LabDetails& l) {
    return {{"name", qs(l.name)}, {"name_en", qs(l.nameEn)}, {"address", qs(l.address)},
            {"accreditation", qs(l.accreditation)}, {"report_number_pattern", qs(l.reportNumberPattern)}};
}
station::LabDetails labOf(const QJsonObject& o) {
    return {ss(o["name"]), ss(o["name_en"]), ss(o["address"]), ss(o["accreditation"]),
            ss(o["report_number_pattern"])};
}

QJsonObject contentJson(const ReportContent& c) {
    QJsonArray methods, rows;
    for (const auto& m : c.methods)
        methods.append(QJsonObject{{"standard", qs(m.standard)},
                                   {"profile", qs(m.profileId)},
                                   {"profile_version", m.profileVersion},
                                   {"title", qs(m.title)},
                                   {"all_confirmed", m.allConfirmed},
                                   {"confirmation", qs(m.confirmation)},
                                   {"judgement", qs(m.judgement)}});
    for (const auto& r : c.rows)
        rows.append(QJsonObject{{"item_id", qs(r.itemId)},
                                {"profile", qs(r.profileId)},
                                {"item", qs(r.item)},
                                {"clause", qs(r.clause)},
                                {"requirement", qs(r.requirement)},
                                {"result", qs(r.result)},
                                {"verdict", QString::fromUtf8(gasbench::verdictId(r.verdict).data())},
                                {"limit_confirmed", r.limitConfirmed}});
    return {{"language", QString::fromUtf8(languageId(c.language).data())},
            {"lab", labJson(c.lab)},
            {"sample", qs(c.sampleCode)},
            {"batch", batchJson(c.batch)},
            {"producer", firmJson(c.producer)},
            {"sampled_unit", firmJson(c.sampledUnit)},
            {"received", qs(c.receivedDate)},
            {"tested_from", qs(c.testedFrom)},
            {"tested_to", qs(c.testedTo)},
            {"methods", methods},
            {"rows", rows},
            {"conclusion", QString::fromUtf8(gasbench::verdictId(c.conclusion).data())}};
}

gasbench::Verdict verdictOf(const QJsonValue& v) {
    return gasbench::parseVerdict(ss(v)).value_or(gasbench::Verdict::inconclusive);
}

QJsonObject pin(const std::string& what, std::int64_t id, const std::string& sha) {
    return {{"record", qs(what)}, {"id", static_cast<qint64>(id)}, {"sha256", qs(sha)}};
}

void pinRow(QJsonArray& pins, storage::Database& db, const char* table, std::int64_t id) {
    pins.append(pin(table, id, storage::rowDigest(db, table, id).value_or("gone")));
}

// Every record the content rests on, by content hash.
QJsonArray pinsOf(storage::Database& db, const std::string& sampleCode, const std::vector<storage::StoredRun>& runs,
                  const std::string& profilesDir) {
    QJsonArray pins;
    auto sample = storage::findSample(db, sampleCode);
    pinRow(pins, db, "samples", sample->id);
    pinRow(pins, db, "sampling_batches", sample->batchId);
    auto firms = db.prepare("SELECT producer_id, sampled_unit_id FROM sampling_batches WHERE id = ?");
    firms.bind(1, sample->batchId);
    if (firms.step()) {
        pinRow(pins, db, "enterprises", firms.integer(0));
        if (firms.integer(1) != firms.integer(0)) pinRow(pins, db, "enterprises", firms.integer(1));
    }
    std::set<std::string> profileIds;
    for (const auto& run : runs) {
        pinRow(pins, db, "runs", run.id);
        for (const auto& m : storage::measurementsOfRun(db, run.id)) pinRow(pins, db, "measurements", m.id);
        profileIds.insert(run.info.profileId);
    }
    for (const auto& p : procedures::loadProfiles(profilesDir)) {
        if (!profileIds.count(p.id)) continue;
        pins.append(pin("profile " + p.id, p.version, profileFileSha256(p)));
        if (auto conf = confirmationOf(db, p)) pinRow(pins, db, "profile_confirmations", conf->id);
    }
    return pins;
}

std::string pinName(const QJsonObject& p) {
    std::string record = ss(p["record"]);
    if (record.rfind("profile ", 0) == 0) return "the " + record + " file";
    return record + " row " + std::to_string(p["id"].toInteger());
}

}  // namespace

FrozenReport freezeReport(storage::Database& db, const std::string& sampleCode, const ReportSources& sources,
                          Language language) {
    ReportContent content = gatherReportContent(db, sampleCode, sources, language);
    auto runs = reportedRuns(db, sampleCode);
    FrozenReport out;
    QJsonArray runIds;
    for (const auto& r : runs) {
        out.runIds.push_back(r.id);
        runIds.append(static_cast<qint64>(r.id));
    }
    QJsonObject doc{{"format", kFormat},
                    {"content", contentJson(content)},
                    {"runs", runIds},
                    {"pins", pinsOf(db, sampleCode, runs, sources.profilesDir)}};
    // QJsonObject keeps its keys sorted, so the compact form is canonical.
    out.document = QJsonDocument(doc).toJson(QJsonDocument::Compact).toStdString();
    out.sha256 = QCryptographicHash::hash(QByteArray::fromStdString(out.document), QCryptographicHash::Sha256)
                     .toHex()
                     .toStdString();
    return out;
}

ReportContent frozenContent(const std::string& document) {
    QJsonObject doc = QJsonDocument::fromJson(QByteArray::fromStdString(document)).object();
    if (doc["format"].toString() != kFormat) throw ReportError("not a frozen report document");
    QJsonObject o = doc["content"].toObject();
    ReportContent c;
    c.language = parseLanguage(ss(o["language"])).value_or(Language::zh);
    c.lab = labOf(o["lab"].toObject());
    c.sampleCode = ss(o["sample"]);
    c.batch = batchOf(o["batch"].toObject());
    c.producer = firmOf(o["producer"].toObject());
    c.sampledUnit = firmOf(o["sampled_unit"].toObject());
    c.receivedDate = ss(o["received"]);
    c.testedFrom = ss(o["tested_from"]);
    c.testedTo = ss(o["tested_to"]);
    for (const auto& v : o["methods"].toArray()) {
        QJsonObject m = v.toObject();
        c.methods.push_back({ss(m["standard"]), ss(m["profile"]), m["profile_version"].toInt(), ss(m["title"]),
                             m["all_confirmed"].toBool(), ss(m["confirmation"]), ss(m["judgement"])});
    }
    for (const auto& v : o["rows"].toArray()) {
        QJsonObject r = v.toObject();
        c.rows.push_back({ss(r["item_id"]), ss(r["profile"]), ss(r["item"]), ss(r["clause"]),
                          ss(r["requirement"]), ss(r["result"]), verdictOf(r["verdict"]),
                          r["limit_confirmed"].toBool()});
    }
    c.conclusion = verdictOf(o["conclusion"]);
    return c;
}

FrozenDrift driftOf(const std::string& storedDocument, const FrozenReport& now) {
    FrozenDrift drift;
    QJsonObject stored = QJsonDocument::fromJson(QByteArray::fromStdString(storedDocument)).object();
    QJsonObject fresh = QJsonDocument::fromJson(QByteArray::fromStdString(now.document)).object();
    std::set<std::int64_t> pinnedRuns;
    for (const auto& r : stored["runs"].toArray()) pinnedRuns.insert(r.toInteger());
    for (auto id : now.runIds)
        if (!pinnedRuns.count(id)) drift.newerRuns.push_back("run " + std::to_string(id));
    std::map<std::string, std::string> before;
    for (const auto& p : stored["pins"].toArray()) before[pinName(p.toObject())] = ss(p.toObject()["sha256"]);
    std::map<std::string, std::string> after;
    for (const auto& p : fresh["pins"].toArray()) after[pinName(p.toObject())] = ss(p.toObject()["sha256"]);
    if (drift.newerRuns.empty()) {
        for (const auto& [name, sha] : before) {
            auto it = after.find(name);
            if (it == after.end()) drift.changed.push_back(name + " is gone");
            else if (it->second != sha) drift.changed.push_back(name + " changed");
        }
        for (const auto& [name, sha] : after)
            if (!before.count(name)) drift.changed.push_back(name + " is new");
        // Anything else the content prints (the lab's details from a run's station, a firm's
        // name) moves a pin too; a different document with the same pins is still a change.
        if (drift.changed.empty() && stored["content"] != fresh["content"])
            drift.changed.push_back("the report's content");
    }
    return drift;
}

std::string FrozenDrift::describe() const {
    auto join = [](const std::vector<std::string>& list) {
        std::string out;
        for (const auto& s : list) out += (out.empty() ? "" : ", ") + s;
        return out;
    };
    if (!newerRuns.empty())
        return "it is stale: " + join(newerRuns) + " of the sample came after the draft; draft it anew";
    if (!changed.empty()) return "records it reports changed since the draft: " + join(changed);
    return {};
}

}  // namespace gasbench::reports
