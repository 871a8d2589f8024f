#pragma once
// How verdicts, run states and report states look everywhere in the program: one word and one colour each, so a
// failed item reads the same in the run console, the batches and the reports.

#include <QColor>
#include <QString>

#include "gasbench/reports/sign_off.hpp"
#include "gasbench/storage/run_records.hpp"

namespace gasbench::ui {

QString verdictText(gasbench::Verdict v);
QColor verdictColor(gasbench::Verdict v);  // background: green, red, amber
QString runStateText(gasbench::RunState s);
QColor runStateColor(gasbench::RunState s);
QString reportStateText(reports::ReportState s);

}  // namespace gasbench::ui
