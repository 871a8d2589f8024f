#include "gasbench/storage/measurement_record.hpp"

#include <sstream>

#include "gasbench/storage/audit_log.hpp"
#include "gasbench/storage/storage_error.hpp"

namespace gasbench::storage {
namespace {

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

std::optional<double> uncertaintyIn(const MeasurementRecord& m) {
    if (!m.uncertainty) return std::nullopt;
    if (units::dimensionOf(*m.uncertainty) != m.unit.dimension) {
        throw RecordError("uncertainty", "not in the dimension of " + m.unit.symbol);
    }
    return units::siValue(*m.uncertainty) / m.unit.factor;
}

}  // namespace

std::string_view nonconformityId(Nonconformity n) {
    return n == Nonconformity::marking ? "marking" : "structural";
}

void checkMeasurement(const MeasurementRecord& m) {
    if (m.item.empty()) throw RecordError("item", "missing");
    if (m.value) inUnit(m.unit, *m.value, "value");
    uncertaintyIn(m);
    limitValue(m.unit, m.low, "low");
    limitValue(m.unit, m.high, "high");
}

std::int64_t insertMeasurement(Database& db, RunId run, const MeasurementRecord& m,
                               const std::string& who, const std::string& at) {
    checkMeasurement(m);
    std::optional<double> value;
    if (m.value) value = inUnit(m.unit, *m.value, "value");
    std::optional<double> uncertainty = uncertaintyIn(m);
    const std::string when = at.empty() ? utcNow() : at;
    Transaction tx(db);
    Statement s = db.prepare(
        "INSERT INTO measurements (run_id, item, clause, trial, value, unit, low, low_inclusive, "
        "high, high_inclusive, uncertainty, verdict, nonconformity, note, recorded_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    s.bind(1, run).bind(2, m.item).bind(3, m.clause).bind(4, m.trial).bind(5, value);
    s.bind(6, m.unit.symbol).bind(7, limitValue(m.unit, m.low, "low"));
    s.bind(8, m.low ? m.low->inclusive : true).bind(9, limitValue(m.unit, m.high, "high"));
    s.bind(10, m.high ? m.high->inclusive : true).bind(11, uncertainty);
    s.bind(12, verdictId(m.verdict));
    if (m.nonconformity) {
        s.bind(13, nonconformityId(*m.nonconformity));
    } else {
        s.bindNull(13);
    }
    s.bind(14, m.note).bind(15, when);
    s.run();
    std::int64_t id = db.lastInsertId();
    std::ostringstream details;
    if (value) {
        details << *value << ' ' << m.unit.symbol;
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
        "high_inclusive, uncertainty, verdict, nonconformity, note FROM measurements "
        "WHERE run_id = ? ORDER BY id");
    s.bind(1, run);
    while (s.step()) {
        StoredMeasurement m;
        m.id = s.integer(0);
        m.run = s.integer(1);
        m.item = s.text(2);
        m.clause = s.text(3);
        if (auto t = s.optInteger(4)) m.trial = static_cast<int>(*t);
        m.value = s.optReal(5);
        m.unit = s.text(6);
        m.low = s.optReal(7);
        m.lowInclusive = s.integer(8) != 0;
        m.high = s.optReal(9);
        m.highInclusive = s.integer(10) != 0;
        m.uncertainty = s.optReal(11);
        m.verdict = parseVerdict(s.text(12)).value_or(Verdict::inconclusive);
        if (auto n = s.optText(13)) {
            m.nonconformity = *n == "marking" ? Nonconformity::marking : Nonconformity::structural;
        }
        m.note = s.text(14);
        all.push_back(std::move(m));
    }
    return all;
}

}  // namespace gasbench::storage
