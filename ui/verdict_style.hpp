#pragma once
// How verdicts, run states and report states look everywhere in the program: one word and one colour each, so a
// failed item reads the same in the run console, the batches and the reports.

#include <QColor>
#include <QString>

#include "gasbench/reports/sign_off.hpp"
#include "gasbench/storage/run_records.hpp"

namespace gasbench::ui {

QString verdictText(storage::Verdict v);
QColor verdictColor(storage::Verdict v);  // background: green, red, amber
QString runStateText(storage::RunState s);
QColor runStateColor(storage::RunState s);
QString reportStateText(reports::ReportState s);

}  // namespace gasbench::ui
