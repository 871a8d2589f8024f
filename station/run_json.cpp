#include "gasbench/station/run_json.hpp"

#include <QJsonArray>
#include <cstdio>
#include <sstream>

namespace gasbench::station {
namespace {

using gasbench::Measurement;

// A quantity in a display unit; a state as true/false.
QJsonValue inUnit(const units::Quantity& q, const std::string& unit) {
    if (units::dimensionOf(q) == units::Dimension::state) return std::get<bool>(q);
    units::UnitSpec u;
    if (!unit.empty() && units::parseUnit(unit, u) && u.dimension == units::dimensionOf(q)) {
        return u.fromQuantity(q);
    }
    return units::displayUnit(units::dimensionOf(q)).fromQuantity(q);
}

std::string textOf(const QJsonValue& v) {
    if (v.isNull() || v.isUndefined()) return "-";
    if (v.isBool()) return v.toBool() ? "yes" : "no";
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.4g", v.toDouble());
    return buf;
}

}  // namespace

QJsonObject runResultJson(const RunOutcome& outcome, const std::string& sampleCode) {
    const procedures::RunRecord& r = outcome.record;
    QJsonObject doc;
    doc["run"] = static_cast<qint64>(outcome.runId);
    doc["procedure"] = QString::fromStdString(r.procedure);
    QJsonObject profile;
    profile["id"] = QString::fromStdString(r.profileId);
    profile["version"] = r.profileVersion;
    profile["standard"] = QString::fromStdString(r.standard);
    profile["why"] = QString::fromStdString(outcome.profileChoice);
    doc["profile"] = profile;
    doc["sample"] = QString::fromStdString(sampleCode);
    doc["station"] = QString::fromStdString(outcome.stationId);
    doc["state"] = outcome.storedState == gasbench::RunState::failedToRecord
                       ? QStringLiteral("failed-to-record")
                       : QString::fromStdString(std::string(gasbench::runStateId(r.state)));
    doc["verdict"] = r.state == gasbench::RunState::completed
                         ? QJsonValue(QString::fromStdString(std::string(gasbench::verdictId(r.verdict))))
                         : QJsonValue();
    if (!r.abortCause.empty()) doc["abort_cause"] = QString::fromStdString(r.abortCause);
    doc["safe_state_confirmed"] = r.safeStateConfirmed;
    QJsonArray ms;
    for (const Measurement& m : r.measurements) {
        QJsonObject o;
        o["item"] = QString::fromStdString(m.item);
        o["clause"] = QString::fromStdString(m.clause);
        o["value"] = m.value ? inUnit(*m.value, m.unit) : QJsonValue();
        o["unit"] = QString::fromStdString(m.unit);
        o["low"] = m.limits.low ? inUnit(m.limits.low->value, m.unit) : QJsonValue();
        o["high"] = m.limits.high ? inUnit(m.limits.high->value, m.unit) : QJsonValue();
        if (m.limits.low) o["low_inclusive"] = m.limits.low->inclusive;
        if (m.limits.high) o["high_inclusive"] = m.limits.high->inclusive;
        o["verdict"] = QString::fromStdString(std::string(gasbench::verdictId(m.verdict)));
        // As the report prints it: rounded to the item's interval, and how it was judged.
        if (m.value) o["shown"] = QString::fromStdString(gasbench::shownNumber(m));
        if (const std::string U = gasbench::shownUncertainty(m); !U.empty()) o["expanded_uncertainty"] = QString::fromStdString(U);
        o["comparison"] = QString::fromStdString(std::string(gasbench::comparisonId(m.rounding.comparison)));
        o["decision_rule"] = QString::fromStdString(std::string(gasbench::decisionRuleId(m.rule.kind)));
        if (m.trial) o["trial"] = *m.trial;
        if (m.nonconformity) o["nonconformity"] = QString::fromStdString(std::string(gasbench::nonconformityId(*m.nonconformity)));
        if (!m.note.empty()) o["note"] = QString::fromStdString(m.note);
        ms.append(o);
    }
    doc["measurements"] = ms;
    return doc;
}

std::string runResultText(const RunOutcome& outcome, const std::string& sampleCode) {
    QJsonObject doc = runResultJson(outcome, sampleCode);
    std::ostringstream out;
    out << "run " << outcome.runId << ": " << outcome.record.procedure << " on " << sampleCode << " by "
        << outcome.record.profileId << " v" << outcome.record.profileVersion << " — "
        << doc["state"].toString().toStdString();
    if (doc["verdict"].isString()) out << ", verdict " << doc["verdict"].toString().toStdString();
    out << '\n';
    if (!outcome.record.abortCause.empty()) out << "  cause: " << outcome.record.abortCause << '\n';
    for (const auto& v : doc["measurements"].toArray()) {
        QJsonObject m = v.toObject();
        out << "  " << m["item"].toString().toStdString();
        if (m.contains("trial")) out << " #" << m["trial"].toInt();
        out << ": " << textOf(m["value"]) << ' ' << m["unit"].toString().toStdString() << "  [" << textOf(m["low"])
            << " .. " << textOf(m["high"]) << "]  " << m["verdict"].toString().toStdString() << '\n';
    }
    return out.str();
}

}  // namespace gasbench::station
