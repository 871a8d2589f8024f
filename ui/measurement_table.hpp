#pragma once
// A run's measurements as a table: item (its name; the id in the tooltip), the requirement as the
// run's standard profile words it, trial, value, unit, limits, clause, verdict (coloured). The
// run console and the reports section show them the same way.

#include <QTableWidget>
#include <vector>

#include "gasbench/procedures/profile.hpp"
#include "gasbench/storage/measurement_record.hpp"

namespace gasbench::ui {

inline constexpr int kMeasurementColumns = 8;
inline constexpr int kVerdictColumn = 7;

QTableWidget* makeMeasurementTable(QWidget* parent = nullptr);
// `profile`: the one the run was judged by, for the requirements (nullptr: the limits instead).
void fillMeasurementTable(QTableWidget* table, const std::vector<storage::StoredMeasurement>& rows,
                          const procedures::Profile* profile);
// "≥ 2.52 kPa", "≤ 60 s", "2.52 … 3.08 kPa"
QString limitsCell(const storage::StoredMeasurement& m);

}  // namespace gasbench::ui
