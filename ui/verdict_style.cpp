#include "verdict_style.hpp"

#include <QCoreApplication>

namespace gasbench::ui {

QString verdictText(storage::Verdict v) {
    switch (v) {
        case storage::Verdict::pass:
            return QCoreApplication::translate("Verdict", "pass");
        case storage::Verdict::fail:
            return QCoreApplication::translate("Verdict", "FAIL");
        case storage::Verdict::inconclusive:
            return QCoreApplication::translate("Verdict", "inconclusive");
    }
    return {};
}

QColor verdictColor(storage::Verdict v) {
    switch (v) {
        case storage::Verdict::pass:
            return QColor(0xc8, 0xf0, 0xc8);
        case storage::Verdict::fail:
            return QColor(0xff, 0x9c, 0x9c);
        case storage::Verdict::inconclusive:
            return QColor(0xff, 0xe0, 0x8a);
    }
    return {};
}

QString runStateText(storage::RunState s) {
    switch (s) {
        case storage::RunState::running:
            return QCoreApplication::translate("RunState", "running");
        case storage::RunState::completed:
            return QCoreApplication::translate("RunState", "completed");
        case storage::RunState::aborted:
            return QCoreApplication::translate("RunState", "aborted");
        case storage::RunState::interrupted:
            return QCoreApplication::translate("RunState", "interrupted");
        case storage::RunState::failedToRecord:
            return QCoreApplication::translate("RunState", "failed to record");
    }
    return {};
}

QColor runStateColor(storage::RunState s) {
    switch (s) {
        case storage::RunState::running:
            return QColor(0xcc, 0xe0, 0xff);
        case storage::RunState::completed:
            return QColor(0xff, 0xff, 0xff);
        case storage::RunState::aborted:
        case storage::RunState::interrupted:
            return QColor(0xff, 0xcc, 0x99);
        case storage::RunState::failedToRecord:
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
