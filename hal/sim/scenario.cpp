#include "gasbench/sim/scenario.hpp"

#include <QFile>
#include <map>

namespace gasbench::sim {
namespace {

// The contract with the procedures: each procedure's measurement items and their dimension.
const std::map<std::string, std::map<std::string, units::Dimension>>& knownItems() {
    using units::Dimension;
    static const std::map<std::string, std::map<std::string, Dimension>> items = {
        {"flame-failure",
         {{"opening_time", Dimension::duration}, {"closing_time", Dimension::duration}}},
        {"regulator-outlet-pressure",
         {{"outlet_pressure_min", Dimension::pressure},
          {"outlet_pressure_max", Dimension::pressure},
          {"lock_up_pressure", Dimension::pressure}}},
        {"hose-leakage", {{"pressure_drop", Dimension::pressure}}},
        {"lpg-dme",
         {{"dme_fraction", Dimension::dimensionless},
          {"c3_c4_fraction", Dimension::dimensionless},
          {"c5_plus_fraction", Dimension::dimensionless}}},
    };
    return items;
}

const char* procedureFor(const ModelParams& m) {
    switch (m.index()) {
        case 0:
            return "flame-failure";
        case 1:
            return "regulator-outlet-pressure";
        case 2:
            return "hose-leakage";
        default:
            return "lpg-dme";
    }
}

Truth parseTruth(const JsonFields& f) {
    f.allowOnly({"procedure", "verdict", "measurements", "note"});
    Truth t;
    t.procedure = f.string("procedure");
    auto proc = knownItems().find(t.procedure);
    if (proc == knownItems().end()) {
        throw f.error("procedure",
                      "expected flame-failure, regulator-outlet-pressure, hose-leakage or lpg-dme");
    }
    t.verdict = static_cast<Verdict>(f.oneOf("verdict", {"pass", "fail", "inconclusive"}));
    JsonFields ms = f.object("measurements");
    for (auto it = ms.raw().begin(); it != ms.raw().end(); ++it) {
        std::string item = it.key().toStdString();
        auto dim = proc->second.find(item);
        if (dim == proc->second.end()) {
            std::string expected;
            for (const auto& [name, d] : proc->second)
                expected += (expected.empty() ? "" : ", ") + name;
            throw ms.error(item.c_str(),
                           "not an item of " + t.procedure + "; expected one of " + expected);
        }
        JsonFields m = ms.object(item.c_str());
        TruthMeasurement tm;
        tm.item = item;
        if (m.has("inconclusive_because")) {
            m.allowOnly({"inconclusive_because"});
            tm.inconclusiveBecause = m.string("inconclusive_because");
            if (tm.inconclusiveBecause.empty()) throw m.error("inconclusive_because", "must not be empty");
            t.measurements.push_back(tm);
            continue;
        }
        m.allowOnly({"value", "unit", "tolerance", "within_uncertainty"});
        tm.withinUncertainty = m.optBoolean("within_uncertainty").value_or(false);
        tm.unit = m.unit("unit");
        if (tm.unit.dimension != dim->second) {
            throw m.error("unit",
                          "expected a unit of " + std::string(units::dimensionName(dim->second)));
        }
        tm.value = tm.unit.toQuantity(m.number("value"));
        double tol = m.number("tolerance");
        if (tol < 0.0) throw m.error("tolerance", "expected 0 or more");
        tm.tolerance = units::fromSi(tm.unit.dimension, tol * tm.unit.factor);
        t.measurements.push_back(tm);
    }
    if (t.measurements.empty()) throw ms.error("expected at least one measurement");
    return t;
}

ModelParams parseModel(const JsonFields& f) {
    f.allowOnly({"kind", "parameters"});
    std::size_t kind = f.oneOf("kind", {"cooker", "regulator", "hose", "lpg"});
    JsonFields p = f.object("parameters");
    switch (kind) {
        case 0:
            return CookerParams::fromJson(p);
        case 1:
            return RegulatorParams::fromJson(p);
        case 2:
            return HoseParams::fromJson(p);
        default:
            return LpgParams::fromJson(p);
    }
}

TechnicianEvent parseEvent(const JsonFields& f) {
    f.allowOnly({"at_s", "kind"});
    TechnicianEvent e;
    double at = f.number("at_s");
    if (at < 0.0) throw f.error("at_s", "expected 0 or more seconds");
    e.at = toNanos(units::seconds(at));
    e.action =
        static_cast<TechnicianAction>(f.oneOf("kind", {"blow_out", "knob_held", "knob_released"}));
    return e;
}

}  // namespace

const TruthMeasurement* Truth::find(const std::string& item) const {
    for (const auto& m : measurements) {
        if (m.item == item) return &m;
    }
    return nullptr;
}

Scenario parseScenario(const QByteArray& bytes, const std::string& file) {
    JsonFields f = JsonFields::fromBytes(bytes, file);
    f.allowOnly({"id", "description", "model", "events", "faults", "truth"});
    Scenario s;
    s.file = file;
    s.id = f.string("id");
    s.description = f.optString("description").value_or("");
    s.model = parseModel(f.object("model"));
    if (f.has("events")) {
        for (const auto& e : f.objects("events")) s.events.push_back(parseEvent(e));
    }
    if (f.has("faults")) {
        for (const auto& e : f.objects("faults")) s.faults.push_back(parseFault(e));
    }
    s.truth = parseTruth(f.object("truth"));
    if (s.truth.procedure != procedureFor(s.model)) {
        throw f.object("truth").error(
            "procedure", std::string("expected ") + procedureFor(s.model) + " for this model kind");
    }
    return s;
}

Scenario loadScenario(const std::string& path) {
    QFile f(QString::fromStdString(path));
    if (!f.open(QIODevice::ReadOnly))
        throw ConfigError(path, "", "cannot be read: " + f.errorString().toStdString());
    return parseScenario(f.readAll(), path);
}

std::unique_ptr<SampleModel> makeModel(const ModelParams& params) {
    return std::visit(
        [](const auto& p) -> std::unique_ptr<SampleModel> {
            using P = std::decay_t<decltype(p)>;
            if constexpr (std::is_same_v<P, CookerParams>) return std::make_unique<CookerModel>(p);
            if constexpr (std::is_same_v<P, RegulatorParams>)
                return std::make_unique<RegulatorModel>(p);
            if constexpr (std::is_same_v<P, HoseParams>) return std::make_unique<HoseModel>(p);
            if constexpr (std::is_same_v<P, LpgParams>) return std::make_unique<LpgSampleModel>(p);
        },
        params);
}

}  // namespace gasbench::sim
