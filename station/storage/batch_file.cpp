#include "gasbench/storage/batch_file.hpp"

#include "gasbench/core/json_fields.hpp"
#include "gasbench/storage/credit_code.hpp"
#include "gasbench/storage/storage_error.hpp"

namespace gasbench::storage {
namespace {

Enterprise readEnterprise(const JsonFields& f) {
    f.allowOnly({"name", "credit_code", "address", "legal_representative", "contact", "province"});
    Enterprise e;
    e.name = f.string("name");
    e.creditCode = f.string("credit_code");
    if (auto problem = describeCreditCodeProblem(e.creditCode); !problem.empty()) {
        throw f.error("credit_code", problem);
    }
    e.address = f.string("address");
    e.legalRepresentative = f.optString("legal_representative").value_or("");
    e.contact = f.optString("contact").value_or("");
    e.province = f.optString("province").value_or("");
    try {
        checkEnterprise(e);
    } catch (const RecordError& err) {
        throw f.error(err.field().c_str(), err.problem());
    }
    return e;
}

std::string readDate(const JsonFields& f, const char* key) {
    std::string text = f.string(key);
    if (!isIsoDate(text)) throw f.error(key, "'" + text + "' is not a date YYYY-MM-DD");
    return text;
}

Sample readSample(const JsonFields& f) {
    f.allowOnly({"code", "role"});
    Sample s;
    s.code = f.string("code");
    s.role = f.oneOf("role", {"test", "backup"}) == 1 ? SampleRole::backup : SampleRole::test;
    return s;
}

}  // namespace

BatchFile readBatchFile(const std::string& path) {
    JsonFields f = JsonFields::fromFile(path);
    f.allowOnly({"sampling_number", "category", "product_name", "brand", "model",
                 "production_date", "batch_number", "producer", "sampled_unit", "sampling_date",
                 "samplers", "batch_size", "units_drawn", "seal_numbers", "inspection_type", "client",
                 "samples"});
    BatchFile out;
    out.file = path;
    SamplingBatch& b = out.batch;
    b.samplingNumber = f.string("sampling_number");
    std::string category = f.string("category");
    auto parsed = parseProductCategory(category);
    if (!parsed) {
        throw f.error("category", "unknown category '" + category + "'; expected one of " +
                                      std::string(productCategoryIds()));
    }
    b.category = *parsed;
    b.productName = f.string("product_name");
    b.brand = f.optString("brand").value_or("");
    b.model = f.optString("model").value_or("");
    if (f.has("production_date")) b.productionDate = readDate(f, "production_date");
    b.batchNumber = f.optString("batch_number");
    if (!b.productionDate && !b.batchNumber) {
        throw f.error("production_date", "missing (give production_date or batch_number)");
    }
    out.producer = readEnterprise(f.object("producer"));
    out.sampledUnit = readEnterprise(f.object("sampled_unit"));
    b.samplingDate = readDate(f, "sampling_date");
    b.samplers = f.strings("samplers");
    if (b.samplers.empty()) throw f.error("samplers", "name at least one sampler");
    b.batchSize = f.optInteger("batch_size", 1, 100000000);
    b.unitsDrawn = f.integer("units_drawn", 1, 10000);
    b.sealNumbers = f.has("seal_numbers") ? f.strings("seal_numbers") : std::vector<std::string>{};
    b.inspectionType = f.oneOf("inspection_type", {"supervision", "commissioned"}) == 1
                           ? InspectionType::commissioned
                           : InspectionType::supervision;
    b.client = f.optString("client").value_or("");
    auto samples = f.objects("samples");
    if (samples.empty()) throw f.error("samples", "a batch needs at least one sample");
    for (const auto& s : samples) b.samples.push_back(readSample(s));
    return out;
}

std::int64_t importBatchFile(Database& db, const BatchFile& in, const std::string& who) {
    Transaction tx(db);
    // A known credit code is the same enterprise only under the same name: a file naming it
    // otherwise is a typo or another company, and is refused with both names.
    auto enterpriseId = [&](const Enterprise& e, const char* field) {
        if (auto found = findEnterpriseByCreditCode(db, e.creditCode)) {
            if (found->name != e.name) {
                throw ConfigError(in.file, std::string(field) + ".name",
                                  "credit code " + e.creditCode + " is registered as '" + found->name +
                                      "', this file names it '" + e.name + "'");
            }
            return found->id;
        }
        return addEnterprise(db, e, who);
    };
    SamplingBatch batch = in.batch;
    batch.producerId = enterpriseId(in.producer, "producer");
    batch.sampledUnitId = enterpriseId(in.sampledUnit, "sampled_unit");
    std::int64_t id = 0;
    try {
        id = addSamplingBatch(db, batch, who);
    } catch (const RecordError& e) {
        throw ConfigError(in.file, e.field(), e.problem());
    }
    tx.commit();
    return id;
}

}  // namespace gasbench::storage
