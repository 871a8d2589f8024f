#include "verdict_style.hpp"

#include <QCoreApplication>

namespace gasbench::ui {

QString verdictText(gasbench::Verdict v) {
    switch (v) {
        case gasbench::Verdict::pass:
            return QCoreApplication::translate("Verdict", "pass");
        case gasbench::Verdict::fail:
            return QCoreApplication::translate("Verdict", "FAIL");
        case gasbench::Verdict::inconclusive:
            return QCoreApplication::translate("Verdict", "inconclusive");
    }
    return {};
}

QColor verdictColor(gasbench::Verdict v) {
    switch (v) {
        case gasbench::Verdict::pass:
            return QColor(0xc8, 0xf0, 0xc8);
        case gasbench::Verdict::fail:
            return QColor(0xff, 0x9c, 0x9c);
        case gasbench::Verdict::inconclusive:
            return QColor(0xff, 0xe0, 0x8a);
    }
    return {};
}

QString runStateText(gasbench::RunState s) {
    switch (s) {
        case gasbench::RunState::running:
            return QCoreApplication::translate("RunState", "running");
        case gasbench::RunState::completed:
            return QCoreApplication::translate("RunState", "completed");
        case gasbench::RunState::aborted:
            return QCoreApplication::translate("RunState", "aborted");
        case gasbench::RunState::failedToRun:
            return QCoreApplication::translate("RunState", "failed to run");
        case gasbench::RunState::interrupted:
            return QCoreApplication::translate("RunState", "interrupted");
        case gasbench::RunState::failedToRecord:
            return QCoreApplication::translate("RunState", "failed to record");
    }
    return {};
}

QColor runStateColor(gasbench::RunState s) {
    switch (s) {
        case gasbench::RunState::running:
            return QColor(0xcc, 0xe0, 0xff);
        case gasbench::RunState::completed:
            return QColor(0xff, 0xff, 0xff);
        case gasbench::RunState::aborted:
        case gasbench::RunState::failedToRun:
        case gasbench::RunState::interrupted:
            return QColor(0xff, 0xcc, 0x99);
        case gasbench::RunState::failedToRecord:
            return QColor(0xff, 0x99, 0x99);
    }
    return {};
}

QString reportStateText(reports::ReportState s) {
    switch (s) {
        case reports::ReportState::draft:
            return QCoreApplication::translate("ReportState", "draft");
        case reports::ReportState::reviewed:
            return QCoreApplication::translate("ReportState", "reviewed");
        case reports::ReportState::approved:
            return QCoreApplication::translate("ReportState", "approved");
        case reports::ReportState::issued:
            return QCoreApplication::translate("ReportState", "issued");
    }
    return {};
}

}  // namespace gasbench::ui
