#include "gasbench/storage/record_json.hpp"

#include <QJsonArray>

namespace gasbench::storage {
namespace {

QJsonValue q(std::string_view s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

QJsonValue q(const std::string& s) { return q(std::string_view(s)); }

QJsonValue q(const std::optional<std::string>& s) { return s ? q(*s) : QJsonValue(); }

QJsonArray strings(const std::vector<std::string>& items) {
    QJsonArray a;
    for (const auto& i : items) a.append(q(i));
    return a;
}

QJsonValue enterpriseJson(Database& db, std::int64_t id) {
    auto e = findEnterprise(db, id);
    return e ? QJsonValue(enterpriseJson(*e)) : QJsonValue();
}

}  // namespace

QJsonObject enterpriseJson(const Enterprise& e) {
    return {{"id", static_cast<qint64>(e.id)},
            {"name", q(e.name)},
            {"credit_code", q(e.creditCode)},
            {"address", q(e.address)},
            {"legal_representative", q(e.legalRepresentative)},
            {"contact", q(e.contact)},
            {"province", q(e.province)}};
}

QJsonObject runJson(const StoredRun& r) {
    return {{"id", static_cast<qint64>(r.id)},
            {"sample", q(r.info.sampleCode)},
            {"procedure", q(r.info.procedureId)},
            {"profile", q(r.info.profileId)},
            {"profile_version", q(std::to_string(r.info.profileVersion))},
            {"station", q(r.info.stationId)},
            {"operator", q(r.info.operatorName)},
            {"state", q(runStateId(r.state))},
            {"verdict", r.verdict ? q(verdictId(*r.verdict)) : QJsonValue()},
            {"started_at", q(r.startedAt)},
            {"ended_at", q(r.endedAt)},
            {"abort_cause", q(r.abortCause)}};
}

QJsonObject batchJson(Database& db, const SamplingBatch& b, bool withRuns) {
    QJsonArray samples;
    for (const auto& s : b.samples) {
        QJsonObject o{{"code", q(s.code)}, {"role", q(sampleRoleId(s.role))}};
        if (withRuns) {
            QJsonArray runs;
            for (const auto& r : listRuns(db, s.code)) runs.append(runJson(r));
            o["runs"] = runs;
        }
        samples.append(o);
    }
    return {{"sampling_number", q(b.samplingNumber)},
            {"category", q(productCategoryId(b.category))},
            {"category_zh", q(productCategoryNameZh(b.category))},
            {"product_name", q(b.productName)},
            {"brand", q(b.brand)},
            {"model", q(b.model)},
            {"production_date", q(b.productionDate)},
            {"batch_number", q(b.batchNumber)},
            {"producer", enterpriseJson(db, b.producerId)},
            {"sampled_unit", enterpriseJson(db, b.sampledUnitId)},
            {"sampling_date", q(b.samplingDate)},
            {"samplers", strings(b.samplers)},
            {"batch_size", b.batchSize ? QJsonValue(static_cast<qint64>(*b.batchSize)) : QJsonValue()},
            {"units_drawn", static_cast<qint64>(b.unitsDrawn)},
            {"seal_numbers", strings(b.sealNumbers)},
            {"inspection_type", q(inspectionTypeId(b.inspectionType))},
            {"samples", samples}};
}

}  // namespace gasbench::storage
