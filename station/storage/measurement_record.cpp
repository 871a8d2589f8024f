#include "gasbench/storage/measurement_record.hpp"

#include <sstream>

#include "gasbench/storage/audit_log.hpp"
#include "gasbench/storage/storage_error.hpp"

namespace gasbench::storage {
namespace {

units::UnitSpec unitOf(const Measurement& m) {
    auto unit = reportedUnit(m);
    if (!unit) throw RecordError("unit", "unknown unit '" + m.unit + "'; expected one of " + units::knownUnitSymbols());
    return *unit;
}

double inUnit(const units::UnitSpec& unit, const units::Quantity& q, const char* field) {
    try {
        return unit.fromQuantity(q);
    } catch (const std::invalid_argument& e) {
        throw RecordError(field, e.what());
    }
}

std::optional<double> limitValue(const units::UnitSpec& unit, const std::optional<Limit>& l,
                                 const char* field) {
    if (!l) return std::nullopt;
    return inUnit(unit, l->value, field);
}

std::optional<Limit> limitFrom(const units::UnitSpec& unit, std::optional<double> value, bool inclusive) {
    if (!value) return std::nullopt;
    return Limit{unit.toQuantity(*value), inclusive};
}

// An uncertainty, a reporting interval and a guard band are differences: scaled into the unit,
// never offset (a 0.5 K uncertainty is 0.5 degC, not -272.65).
std::optional<double> differenceIn(const units::UnitSpec& unit, const std::optional<units::Quantity>& q,
                                   const char* field) {
    if (!q) return std::nullopt;
    if (units::dimensionOf(*q) != unit.dimension) {
        throw RecordError(field, "not in the dimension of " + unit.symbol);
    }
    return units::siValue(*q) / unit.factor;
}

std::optional<units::Quantity> differenceFrom(const units::UnitSpec& unit, std::optional<double> v) {
    if (!v) return std::nullopt;
    return units::fromSi(unit.dimension, *v * unit.factor);
}

}  // namespace

void checkMeasurement(const Measurement& m) {
    if (m.item.empty()) throw RecordError("item", "missing");
    const units::UnitSpec unit = unitOf(m);
    if (m.value) inUnit(unit, *m.value, "value");
    differenceIn(unit, m.uncertainty, "uncertainty");
    differenceIn(unit, m.rounding.interval, "rounding interval");
    differenceIn(unit, m.rule.guard, "guard band");
    limitValue(unit, m.limits.low, "low");
    limitValue(unit, m.limits.high, "high");
}

std::int64_t insertMeasurement(Database& db, RunId run, const Measurement& m,
                               const std::string& who, const std::string& at) {
    checkMeasurement(m);
    const units::UnitSpec unit = unitOf(m);
    std::optional<double> value;
    if (m.value) value = inUnit(unit, *m.value, "value");
    std::optional<double> uncertainty = differenceIn(unit, m.uncertainty, "uncertainty");
    const std::string when = at.empty() ? utcNow() : at;
    Transaction tx(db);
    Statement s = db.prepare(
        "INSERT INTO measurements (run_id, item, clause, trial, value, unit, low, low_inclusive, "
        "high, high_inclusive, uncertainty, verdict, nonconformity, note, recorded_at, stamp_ns, "
        "rounding_interval, comparison, decision_rule, guard_band) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    s.bind(1, run).bind(2, m.item).bind(3, m.clause).bind(4, m.trial).bind(5, value);
    s.bind(6, unit.symbol).bind(7, limitValue(unit, m.limits.low, "low"));
    s.bind(8, m.limits.low ? m.limits.low->inclusive : true).bind(9, limitValue(unit, m.limits.high, "high"));
    s.bind(10, m.limits.high ? m.limits.high->inclusive : true).bind(11, uncertainty);
    s.bind(12, verdictId(m.verdict));
    if (m.nonconformity) {
        s.bind(13, nonconformityId(*m.nonconformity));
    } else {
        s.bindNull(13);
    }
    s.bind(14, m.note).bind(15, when).bind(16, static_cast<std::int64_t>(m.stamp));
    s.bind(17, differenceIn(unit, m.rounding.interval, "rounding interval"));
    s.bind(18, std::string(comparisonId(m.rounding.comparison)));
    s.bind(19, std::string(decisionRuleId(m.rule.kind)));
    s.bind(20, differenceIn(unit, m.rule.guard, "guard band"));
    s.run();
    std::int64_t id = db.lastInsertId();
    std::ostringstream details;
    if (value) {
        details << *value << ' ' << unit.symbol;
    } else {
        details << "no value";
    }
    details << ", " << verdictId(m.verdict);
    appendEvent(db, {who, "measurement.recorded", run, m.item, details.str(), RowRef{"measurements", id}, when});
    tx.commit();
    return id;
}

std::vector<StoredMeasurement> measurementsOfRun(Database& db, RunId run) {
    std::vector<StoredMeasurement> all;
    Statement s = db.prepare(
        "SELECT id, run_id, item, clause, trial, value, unit, low, low_inclusive, high, "
        "high_inclusive, uncertainty, verdict, nonconformity, note, stamp_ns, rounding_interval, "
        "comparison, decision_rule, guard_band FROM measurements "
        "WHERE run_id = ? ORDER BY id");
    s.bind(1, run);
    while (s.step()) {
        StoredMeasurement m;
        m.id = s.integer(0);
        m.run = s.integer(1);
        m.item = s.text(2);
        m.clause = s.text(3);
        if (auto t = s.optInteger(4)) m.trial = static_cast<int>(*t);
        m.unit = s.text(6);
        // The schema stores only units gasbench knows; one it does not is read as a bare number.
        units::UnitSpec unit;
        if (!units::parseUnit(m.unit, unit)) units::parseUnit("1", unit);
        if (auto v = s.optReal(5)) m.value = unit.toQuantity(*v);
        m.limits.low = limitFrom(unit, s.optReal(7), s.integer(8) != 0);
        m.limits.high = limitFrom(unit, s.optReal(9), s.integer(10) != 0);
        m.uncertainty = differenceFrom(unit, s.optReal(11));
        m.verdict = parseVerdict(s.text(12)).value_or(Verdict::inconclusive);
        if (auto n = s.optText(13)) m.nonconformity = parseNonconformity(*n);
        m.note = s.text(14);
        m.stamp = s.optInteger(15).value_or(0);
        // Rows stored before schema 8 were judged unrounded by simple acceptance: the defaults.
        m.rounding.interval = differenceFrom(unit, s.optReal(16));
        if (auto c = s.optText(17)) m.rounding.comparison = parseComparison(*c).value_or(Comparison::fullValue);
        if (auto r = s.optText(18)) m.rule.kind = parseDecisionRule(*r).value_or(DecisionRuleKind::simple);
        m.rule.guard = differenceFrom(unit, s.optReal(19));
        all.push_back(std::move(m));
    }
    return all;
}

}  // namespace gasbench::storage
