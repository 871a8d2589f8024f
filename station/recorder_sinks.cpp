#include "gasbench/station/recorder_sinks.hpp"

#include <stdexcept>

namespace gasbench::station {

storage::Verdict toStorage(procedures::Verdict v) {
    switch (v) {
        case procedures::Verdict::pass: return storage::Verdict::pass;
        case procedures::Verdict::fail: return storage::Verdict::fail;
        case procedures::Verdict::inconclusive: return storage::Verdict::inconclusive;
    }
    return storage::Verdict::inconclusive;
}

storage::MeasurementRecord toStorage(const procedures::Measurement& m) {
    storage::MeasurementRecord r;
    r.item = m.item;
    r.clause = m.clause;
    r.trial = m.trial;
    r.value = m.value;
    // Checklist answers carry a state value and no display unit.
    std::string symbol = m.unit.empty() ? (m.value ? std::string(units::displayUnit(units::dimensionOf(*m.value)).symbol) : "1") : m.unit;
    if (!units::parseUnit(symbol, r.unit)) {
        throw std::invalid_argument("measurement " + m.item + " has an unknown unit '" + symbol + "'");
    }
    if (m.limits.low) r.low = storage::Limit{m.limits.low->value, m.limits.low->inclusive};
    if (m.limits.high) r.high = storage::Limit{m.limits.high->value, m.limits.high->inclusive};
    r.uncertainty = m.uncertainty;
    r.verdict = toStorage(m.verdict);
    if (m.nonconformity) {
        r.nonconformity = *m.nonconformity == procedures::Nonconformity::structural
                              ? storage::Nonconformity::structural
                              : storage::Nonconformity::marking;
    }
    r.note = m.note;
    return r;
}

RunSinks recorderSinks(storage::RunRecorder& recorder, storage::RunId run) {
    RunSinks sinks;
    sinks.measurement = [&recorder, run](const procedures::Measurement& m) {
        recorder.recordMeasurement(run, toStorage(m));
    };
    sinks.event = [&recorder, run](const procedures::Event& e) {
        recorder.recordEvent(run, e.kind, e.text);
    };
    return sinks;
}

}  // namespace gasbench::station
