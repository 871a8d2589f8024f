#pragma once
// The report's body as HTML for QTextDocument, in the report's language; and the footer line.

#include <QString>

#include "gasbench/reports/report_content.hpp"
#include "gasbench/reports/report_pdf.hpp"

namespace gasbench::reports {

QString reportHtml(const ReportContent& content, const ReportStamp& stamp);
// "报告编号：RQ2026-0001  第 1 页 共 2 页" / "Report RQ2026-0001  page 1 of 2"
QString reportFooter(const ReportContent& content, const ReportStamp& stamp, int page, int pages);
// "草稿" / "DRAFT", printed across every page of a report not issued.
QString draftMark(const ReportContent& content);

}  // namespace gasbench::reports
