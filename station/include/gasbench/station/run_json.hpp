#pragma once
// The one result document of a run (`gasbench run --json`, the demo's summary): keys run,
// procedure, profile, sample, state, verdict, measurements (item, clause, value, unit, low,
// high, verdict, trial), abort_cause, station. Values in the item's display unit.

#include <QJsonObject>

#include "gasbench/station/run_session.hpp"

namespace gasbench::station {

QJsonObject runResultJson(const RunOutcome& outcome, const std::string& sampleCode);
// A human-readable table of the same, for the terminal.
std::string runResultText(const RunOutcome& outcome, const std::string& sampleCode);

}  // namespace gasbench::station
