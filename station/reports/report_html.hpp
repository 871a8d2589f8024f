#pragma once
// The report's parts as HTML for QTextDocument, in the report's language — the head (lab,
// title, number, sample and conclusion), a slice of the results table, the close (notes,
// signatures, seal, date issued) — that report_pdf.cpp lays out page by page; and the footer.

#include <QString>

#include "gasbench/reports/report_content.hpp"
#include "gasbench/reports/report_pdf.hpp"

namespace gasbench::reports {

QString reportHeadHtml(const ReportContent& content, const ReportStamp& stamp);
// Rows [first, last) under the table's header; "continued" past the first row; the last slice
// ends in "以下空白" (nothing follows).
QString resultsHtml(const ReportContent& content, std::size_t first, std::size_t last);
QString reportCloseHtml(const ReportContent& content, const ReportStamp& stamp);
QString reportPageHtml(const QString& body);
// "报告编号：RQ2026-0001  第 1 页 共 2 页" / "Report RQ2026-0001  page 1 of 2"
QString reportFooter(const ReportContent& content, const ReportStamp& stamp, int page, int pages);
// "草稿" / "DRAFT", printed across every page of a report not issued.
QString draftMark(const ReportContent& content);

}  // namespace gasbench::reports
