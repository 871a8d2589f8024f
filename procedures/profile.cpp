// Loading standard profiles through JsonFields: every bad field is refused by name.
#include "gasbench/procedures/profile.hpp"

#include <QDate>
#include <QDir>
#include <QJsonArray>
#include <QRegularExpression>
#include <algorithm>
#include <set>

#include "gasbench/core/json_fields.hpp"
#include "gasbench/procedures/category.hpp"

namespace gasbench::procedures {
namespace {

units::Quantity quantityOf(const JsonFields& f, const char* key, const units::UnitSpec& unit) {
    return unit.toQuantity(f.number(key));
}

std::optional<Limit> readLimit(const JsonFields& item, const char* key,
                               const std::optional<units::UnitSpec>& unit) {
    auto b = item.optObject(key);
    if (!b) return std::nullopt;
    b->allowOnly({"value", "inclusive"});
    if (!unit) throw item.error("unit", "missing: a limit needs the unit it is written in");
    // Inclusive or exclusive is said out loud in the file, never assumed.
    return Limit{quantityOf(*b, "value", *unit), b->boolean("inclusive")};
}

ProfileItem readItem(const JsonFields& f) {
    f.allowOnly({"id", "kind", "clause", "requirementZh", "requirementEn", "unit", "low", "high",
                 "combine", "uncertainty", "rounding", "guardBand", "reportUncertainty",
                 "nonconformity", "conditions", "source", "confirmed"});
    ProfileItem item;
    item.id = f.string("id");
    if (item.id.empty()) throw f.error("id", "must not be empty");
    item.kind = f.has("kind") && f.oneOf("kind", {"measured", "checklist"}) == 1
                    ? ItemKind::checklist
                    : ItemKind::measured;
    item.clause = f.string("clause");
    item.requirementZh = f.string("requirementZh");
    item.requirementEn = f.string("requirementEn");
    item.conditions = f.optString("conditions").value_or("");
    item.source = f.string("source");
    item.confirmed = f.boolean("confirmed");
    if (f.has("nonconformity")) {
        item.nonconformity = f.oneOf("nonconformity", {"structural", "marking"}) == 0
                                 ? Nonconformity::structural
                                 : Nonconformity::marking;
    }
    if (item.kind == ItemKind::checklist) {
        if (!item.nonconformity) {
            throw f.error("nonconformity", "missing: a checklist item is structural or marking");
        }
        for (const char* key : {"low", "high", "unit", "rounding", "guardBand", "uncertainty"}) {
            if (f.has(key)) {
                throw f.error(key, "a checklist item has no unit, limits, rounding or "
                                   "uncertainty: it passes when it conforms");
            }
        }
        item.dimension = units::Dimension::state;
        item.limits.low = Limit{units::Quantity{true}, true};
        return item;
    }
    std::optional<units::UnitSpec> unit;
    if (f.has("unit")) unit = f.unit("unit");
    if (!unit) throw f.error("unit", "missing: a measured item says its unit");
    item.unit = unit->symbol;
    item.dimension = unit->dimension;
    item.limits.low = readLimit(f, "low", unit);
    if (auto h = f.optObject("high"); h && h->has("from")) {
        h->allowOnly({"from", "inclusive"});
        item.highFrom = InstrumentBound{h->string("from"), h->boolean("inclusive")};
    } else {
        item.limits.high = readLimit(f, "high", unit);
    }
    if (item.limits.low && item.limits.high &&
        units::siValue(item.limits.low->value) > units::siValue(item.limits.high->value)) {
        throw f.error("low", "is above high");
    }
    if (f.has("combine")) {
        item.combine = f.oneOf("combine", {"worst-case", "mean"}) == 0 ? Combine::worstCase
                                                                       : Combine::mean;
    }
    // Uncertainties, intervals and guard bands are differences: no degC offset.
    auto difference = [&](const JsonFields& from, const char* key) {
        const double v = from.number(key);
        if (!(v >= 0.0)) throw from.error(key, "expected a number >= 0");
        return units::fromSi(unit->dimension, v * unit->factor);
    };
    if (f.has("uncertainty")) item.uncertainty = difference(f, "uncertainty");
    if (f.has("guardBand")) item.guardBand = difference(f, "guardBand");
    if (auto r = f.optObject("rounding")) {
        r->allowOnly({"interval", "comparison"});
        item.rounding.interval = difference(*r, "interval");
        if (units::siValue(*item.rounding.interval) <= 0.0) {
            throw r->error("interval", "expected a reporting interval > 0");
        }
        // GB/T 8170-2008 4.3: full-value comparison unless the standard says otherwise.
        if (r->has("comparison")) {
            item.rounding.comparison = r->oneOf("comparison", {"full-value", "rounded-value"}) == 0
                                           ? Comparison::fullValue
                                           : Comparison::roundedValue;
        }
    }
    item.reportUncertainty = f.optBoolean("reportUncertainty").value_or(false);
    return item;
}

ProfileParameter readParameter(const JsonFields& f) {
    f.allowOnly({"id", "unit", "value", "values", "source", "confirmed", "note"});
    ProfileParameter p;
    p.id = f.string("id");
    const units::UnitSpec unit = f.unit("unit");
    p.unit = unit.symbol;
    p.source = f.string("source");
    p.confirmed = f.boolean("confirmed");
    p.note = f.optString("note").value_or("");
    if (f.has("value") == f.has("values")) {
        throw f.error("value", "give exactly one of value (a number) or values (a list)");
    }
    if (f.has("value")) {
        p.values.push_back(quantityOf(f, "value", unit));
        return p;
    }
    const QJsonValue v = f.raw().value("values");
    if (!v.isArray() || v.toArray().isEmpty()) {
        throw f.error("values", "expected a non-empty array of numbers");
    }
    const QJsonArray a = v.toArray();
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!a[i].isDouble()) {
            throw ConfigError(f.file(), f.fieldPath("values") + "[" + std::to_string(i) + "]",
                              "expected a number");
        }
        p.values.push_back(unit.toQuantity(a[i].toDouble()));
    }
    return p;
}

// A strict YYYY-MM-DD that is a real day, or empty when the key is absent.
std::string readDate(const JsonFields& f, const char* key) {
    const auto text = f.optString(key);
    if (!text) return {};
    static const QRegularExpression iso("^\\d{4}-\\d{2}-\\d{2}$");
    const QString q = QString::fromStdString(*text);
    if (!iso.match(q).hasMatch() || !QDate::fromString(q, Qt::ISODate).isValid()) {
        throw f.error(key, "expected a date YYYY-MM-DD, found \"" + *text + "\"");
    }
    return *text;
}

}  // namespace

bool Profile::inForceOn(const std::string& isoDate) const {
    // ISO dates order as text.
    return (inForceFrom.empty() || inForceFrom <= isoDate) &&
           (inForceUntil.empty() || isoDate < inForceUntil);
}

const ProfileItem* Profile::findItem(const std::string& itemId) const {
    for (const auto& i : items) {
        if (i.id == itemId) return &i;
    }
    return nullptr;
}

const ProfileParameter* Profile::findParameter(const std::string& parameterId) const {
    for (const auto& p : parameters) {
        if (p.id == parameterId) return &p;
    }
    return nullptr;
}

Profile loadProfile(const std::string& file) {
    const JsonFields f = JsonFields::fromFile(file);
    f.allowOnly({"id", "version", "standard", "titleZh", "titleEn", "procedure", "categories",
                 "decisionRule", "inForceFrom", "inForceUntil", "replaces", "items",
                 "parameters", "note"});
    Profile p;
    p.sourceFile = file;
    p.id = f.string("id");
    if (p.id.empty()) throw f.error("id", "must not be empty");
    p.version = static_cast<int>(f.integer("version", 1, 1000000));
    p.standard = f.string("standard");
    p.titleZh = f.string("titleZh");
    p.titleEn = f.string("titleEn");
    p.procedure = f.string("procedure");
    p.categories = f.strings("categories");
    p.inForceFrom = readDate(f, "inForceFrom");
    p.inForceUntil = readDate(f, "inForceUntil");
    if (!p.inForceFrom.empty() && !p.inForceUntil.empty() && p.inForceUntil <= p.inForceFrom) {
        throw f.error("inForceUntil", "is not after inForceFrom " + p.inForceFrom);
    }
    p.replaces = f.optString("replaces").value_or("");
    if (auto rule = f.optObject("decisionRule")) {
        rule->allowOnly({"rule", "source"});
        p.decisionRule = rule->oneOf("rule", {"simple", "guarded"}) == 0 ? DecisionRuleKind::simple
                                                                        : DecisionRuleKind::guarded;
    }
    for (std::size_t i = 0; i < p.categories.size(); ++i) {
        if (!isProductCategory(p.categories[i])) {
            throw ConfigError(file, "categories[" + std::to_string(i) + "]",
                              "unknown category '" + p.categories[i] + "', expected one of " +
                                  productCategoryList());
        }
    }
    std::set<std::string> ids;
    for (const auto& itemFields : f.objects("items")) {
        ProfileItem item = readItem(itemFields);
        if (!ids.insert(item.id).second) {
            throw itemFields.error("id", "'" + item.id + "' appears twice");
        }
        p.items.push_back(std::move(item));
    }
    if (p.items.empty()) throw f.error("items", "a profile judges at least one item");
    if (f.has("parameters")) {
        std::set<std::string> parameterIds;
        for (const auto& pf : f.objects("parameters")) {
            ProfileParameter parameter = readParameter(pf);
            if (!parameterIds.insert(parameter.id).second) {
                throw pf.error("id", "'" + parameter.id + "' appears twice");
            }
            p.parameters.push_back(std::move(parameter));
        }
    }
    return p;
}

std::vector<Profile> loadProfiles(const std::string& folder) {
    const QDir dir(QString::fromStdString(folder));
    if (!dir.exists()) throw ConfigError(folder, "", "no such folder");
    std::vector<Profile> out;
    for (const QString& name : dir.entryList({"*.json"}, QDir::Files, QDir::Name)) {
        out.push_back(loadProfile(dir.filePath(name).toStdString()));
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
    for (std::size_t i = 1; i < out.size(); ++i) {
        if (out[i].id == out[i - 1].id) {
            throw ConfigError(out[i].sourceFile, "id",
                              "'" + out[i].id + "' is also the id of " + out[i - 1].sourceFile);
        }
    }
    return out;
}

}  // namespace gasbench::procedures
