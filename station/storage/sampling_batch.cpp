#include "gasbench/storage/sampling_batch.hpp"

#include <QJsonArray>
#include <QJsonDocument>
#include <set>

#include "gasbench/storage/audit_log.hpp"
#include "gasbench/storage/storage_error.hpp"

namespace gasbench::storage {
namespace {

std::string toJsonList(const std::vector<std::string>& items) {
    QJsonArray a;
    for (const auto& i : items) a.append(QString::fromStdString(i));
    return QJsonDocument(a).toJson(QJsonDocument::Compact).toStdString();
}

std::vector<std::string> fromJsonList(const std::string& text) {
    std::vector<std::string> items;
    for (const auto& v : QJsonDocument::fromJson(QByteArray::fromStdString(text)).array()) {
        items.push_back(v.toString().toStdString());
    }
    return items;
}

constexpr const char* kColumns =
    "SELECT id, sampling_number, category, product_name, brand, model, production_date, "
    "batch_number, producer_id, sampled_unit_id, sampling_date, samplers, batch_size, "
    "units_drawn, seal_numbers, inspection_type, client FROM sampling_batches ";

std::vector<Sample> samplesOf(Database& db, std::int64_t batchId) {
    std::vector<Sample> all;
    Statement s = db.prepare("SELECT id, batch_id, code, role FROM samples WHERE batch_id = ? ORDER BY id");
    s.bind(1, batchId);
    while (s.step()) {
        all.push_back({s.integer(0), s.integer(1), s.text(2),
                       s.text(3) == "backup" ? SampleRole::backup : SampleRole::test});
    }
    return all;
}

SamplingBatch readBatch(Database& db, const Statement& s) {
    SamplingBatch b;
    b.id = s.integer(0);
    b.samplingNumber = s.text(1);
    b.category = parseProductCategory(s.text(2)).value_or(ProductCategory::householdCooker);
    b.productName = s.text(3);
    b.brand = s.text(4);
    b.model = s.text(5);
    b.productionDate = s.optText(6);
    b.batchNumber = s.optText(7);
    b.producerId = s.integer(8);
    b.sampledUnitId = s.integer(9);
    b.samplingDate = s.text(10);
    b.samplers = fromJsonList(s.text(11));
    b.batchSize = s.optInteger(12);
    b.unitsDrawn = s.integer(13);
    b.sealNumbers = fromJsonList(s.text(14));
    b.inspectionType =
        s.text(15) == "commissioned" ? InspectionType::commissioned : InspectionType::supervision;
    b.client = s.text(16);
    b.samples = samplesOf(db, b.id);
    return b;
}

void checkDate(const std::string& field, const std::string& date, const std::string& today) {
    if (!isIsoDate(date)) throw RecordError(field, "'" + date + "' is not a date YYYY-MM-DD");
    if (date > today) throw RecordError(field, date + " is in the future (today is " + today + ")");
}

void checkBatch(Database& db, const SamplingBatch& b) {
    if (isBlank(b.samplingNumber)) throw RecordError("sampling_number", "missing (blank)");
    if (findSamplingBatch(db, b.samplingNumber)) {
        throw RecordError("sampling_number", "'" + b.samplingNumber + "' is already registered");
    }
    if (isBlank(b.productName)) throw RecordError("product_name", "missing (blank)");
    // Production, then sampling, then receipt (the batch registered now, today), then test (a run
    // starts on a registered sample): each date no later than the next one.
    const std::string today = localToday();
    if (b.productionDate) checkDate("production_date", *b.productionDate, today);
    if (b.batchNumber && isBlank(*b.batchNumber)) throw RecordError("batch_number", "blank");
    if (!b.productionDate && !b.batchNumber) {
        throw RecordError("production_date", "give the production date or the batch_number");
    }
    checkDate("sampling_date", b.samplingDate, today);
    if (b.productionDate && *b.productionDate > b.samplingDate) {
        throw RecordError("production_date", *b.productionDate + " is after the sampling date " +
                                                 b.samplingDate);
    }
    if (b.samplers.empty()) throw RecordError("samplers", "name at least one sampler");
    for (std::size_t i = 0; i < b.samplers.size(); ++i) {
        if (isBlank(b.samplers[i])) throw RecordError("samplers[" + std::to_string(i) + "]", "blank");
    }
    if (b.unitsDrawn < 1) throw RecordError("units_drawn", "must be at least 1");
    if (b.batchSize && *b.batchSize < b.unitsDrawn) {
        throw RecordError("batch_size", "is smaller than units_drawn");
    }
    if (b.samples.empty()) throw RecordError("samples", "a batch needs at least one sample");
    std::set<std::string> codes;
    for (std::size_t i = 0; i < b.samples.size(); ++i) {
        const auto& code = b.samples[i].code;
        std::string field = "samples[" + std::to_string(i) + "].code";
        if (isBlank(code)) throw RecordError(field, "missing (blank)");
        if (!codes.insert(code).second || findSample(db, code)) {
            throw RecordError(field, "'" + code + "' is already used");
        }
    }
    if (!b.producerId || !b.sampledUnitId) {
        throw RecordError(!b.producerId ? "producer" : "sampled_unit", "no enterprise given");
    }
}

}  // namespace

std::string_view inspectionTypeId(InspectionType t) {
    return t == InspectionType::commissioned ? "commissioned" : "supervision";
}

std::string_view sampleRoleId(SampleRole r) { return r == SampleRole::backup ? "backup" : "test"; }

std::int64_t addSamplingBatch(Database& db, const SamplingBatch& b, const std::string& who) {
    Transaction tx(db);
    checkBatch(db, b);
    Statement s = db.prepare(
        "INSERT INTO sampling_batches (sampling_number, category, product_name, brand, model, "
        "production_date, batch_number, producer_id, sampled_unit_id, sampling_date, samplers, "
        "batch_size, units_drawn, seal_numbers, inspection_type, created_at, client) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    s.bind(1, b.samplingNumber).bind(2, productCategoryId(b.category)).bind(3, b.productName);
    s.bind(4, b.brand).bind(5, b.model).bind(6, b.productionDate).bind(7, b.batchNumber);
    s.bind(8, b.producerId).bind(9, b.sampledUnitId).bind(10, b.samplingDate);
    s.bind(11, toJsonList(b.samplers)).bind(12, b.batchSize).bind(13, b.unitsDrawn);
    s.bind(14, toJsonList(b.sealNumbers)).bind(15, inspectionTypeId(b.inspectionType));
    s.bind(16, utcNow()).bind(17, b.client);
    s.run();
    std::int64_t id = db.lastInsertId();
    Statement sample = db.prepare("INSERT INTO samples (batch_id, code, role) VALUES (?, ?, ?)");
    std::string codes;
    for (const auto& smp : b.samples) {
        sample.bind(1, id).bind(2, smp.code).bind(3, sampleRoleId(smp.role));
        sample.run();
        appendEvent(db, {who, "sample.added", std::nullopt, smp.code, std::string(sampleRoleId(smp.role)),
                         RowRef{"samples", db.lastInsertId()}});
        codes += (codes.empty() ? "" : " ") + smp.code;
    }
    appendEvent(db, {who, "batch.added", std::nullopt, b.samplingNumber,
                     std::string(productCategoryId(b.category)) + ": " + codes,
                     RowRef{"sampling_batches", id}});
    tx.commit();
    return id;
}

std::vector<SamplingBatch> listSamplingBatches(Database& db) {
    std::vector<SamplingBatch> all;
    Statement s = db.prepare(std::string(kColumns) + "ORDER BY sampling_number");
    while (s.step()) all.push_back(readBatch(db, s));
    return all;
}

std::optional<SamplingBatch> findSamplingBatch(Database& db, const std::string& samplingNumber) {
    Statement s = db.prepare(std::string(kColumns) + "WHERE sampling_number = ?");
    s.bind(1, samplingNumber);
    if (!s.step()) return std::nullopt;
    return readBatch(db, s);
}

std::optional<Sample> findSample(Database& db, const std::string& code) {
    Statement s = db.prepare("SELECT id, batch_id, code, role FROM samples WHERE code = ?");
    s.bind(1, code);
    if (!s.step()) return std::nullopt;
    return Sample{s.integer(0), s.integer(1), s.text(2),
                  s.text(3) == "backup" ? SampleRole::backup : SampleRole::test};
}

}  // namespace gasbench::storage
