#pragma once
// The initial inspection report laid out as a PDF (A4, embedded Noto CJK fonts, "page x of y"
// on every page) with QTextDocument on QPdfWriter; needs a QGuiApplication (the offscreen
// platform is enough). The same layout renders to images for a preview.

#include <QByteArray>
#include <QImage>
#include <string>
#include <vector>

#include "gasbench/reports/report_content.hpp"

namespace gasbench::reports {

struct Signature {
    std::string name;  // empty: not signed yet
    std::string date;  // YYYY-MM-DD
};

// The parts of a report that the sign-off fills.
struct ReportStamp {
    std::string number;
    int version = 1;
    std::string supersedes;  // "RQ2026-0001 v1" for a correction
    std::string correctionReason;
    bool final = false;      // false: every page says DRAFT / 草稿
    Signature inspector;
    Signature reviewer;
    Signature approver;
    std::string issuedDate;
    std::string chainHead;  // "EVENT:SHA256" of the audit chain at issue
};

QByteArray renderReportPdf(const ReportContent& content, const ReportStamp& stamp);
// Every page as an image at `dpi`, the same layout as the PDF.
std::vector<QImage> renderReportImages(const ReportContent& content, const ReportStamp& stamp,
                                       int dpi = 96);

// Loads the Noto CJK fonts once (fonts-noto-cjk); false when none is installed.
bool loadReportFonts();

}  // namespace gasbench::reports
