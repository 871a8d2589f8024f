#pragma once
// A run's measurements as a table: item, trial, value, unit, limits, clause, verdict (coloured).
// The run console and the reports section show them the same way.

#include <QTableWidget>
#include <vector>

#include "gasbench/storage/measurement_record.hpp"

namespace gasbench::ui {

QTableWidget* makeMeasurementTable(QWidget* parent = nullptr);
void fillMeasurementTable(QTableWidget* table, const std::vector<storage::StoredMeasurement>& rows);
// "≥ 2.52 kPa", "≤ 60 s", "2.52 … 3.08 kPa"
QString limitsText(const storage::StoredMeasurement& m);

}  // namespace gasbench::ui
