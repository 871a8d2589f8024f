// The report's pages as a reader gets them from poppler (pdftotext, page by page): no results
// row crosses a page boundary, the header repeats where the table continues, every page says
// "page x of y", and the last page is never the signatures alone — on the longest report the
// shipped profiles can give (every item of every profile, one sample), in Chinese and English.
#include <gtest/gtest.h>

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>

#include "gasbench/procedures/profile.hpp"
#include "gasbench/procedures/catalogue.hpp"
#include "gasbench/reports/report_pdf.hpp"
#include "pdf_text.hpp"
#include "report_records.hpp"

namespace gasbench::reports {
namespace {

using testsupport::ReportRecords;

QString squeezed(QString text) { return text.remove(QRegularExpression("\\s+")); }

std::vector<QString> pageTexts(const QByteArray& pdf, int pages) {
    QTemporaryDir dir;
    QFile f(dir.filePath("r.pdf"));
    f.open(QIODevice::WriteOnly);
    f.write(pdf);
    f.close();
    std::vector<QString> out;
    for (int p = 1; p <= pages; ++p)
        out.push_back(squeezed(testsupport::runTool(
            "pdftotext", {"-raw", "-f", QString::number(p), "-l", QString::number(p), f.fileName(), "-"})));
    return out;
}

int pageCount(const QByteArray& pdf) {
    QTemporaryDir dir;
    QFile f(dir.filePath("r.pdf"));
    f.open(QIODevice::WriteOnly);
    f.write(pdf);
    f.close();
    QString info = testsupport::runTool("pdfinfo", {f.fileName()});
    return QRegularExpression("Pages:\\s+(\\d+)").match(info).captured(1).toInt();
}

// Every item of every shipped profile, each with its requirement as the profile words it.
ReportContent longestReport(Language language) {
    ReportRecords records;
    ReportContent c = gatherReportContent(records.db(), "C-2026-006-T", ReportRecords::sources(), language);
    const bool zh = language == Language::zh;
    c.rows.clear();
    for (const auto& p : procedures::loadProfiles(ReportRecords::sources().profilesDir))
        for (const auto& item : p.items) {
            ResultRow row;
            row.itemId = item.id;
            row.profileId = p.id;
            row.item = procedures::nameOf(procedures::Named::item, item.id, zh);
            row.clause = p.standard + " " + item.clause;
            row.requirement = zh ? item.requirementZh : item.requirementEn;
            row.result = "1.23 kPa";
            row.verdict = gasbench::Verdict::pass;
            c.rows.push_back(row);
        }
    return c;
}

class ReportPagesTest : public ::testing::TestWithParam<Language> {};

TEST_P(ReportPagesTest, NoResultsRowCrossesAPageAndTheLastPageIsNotTheSignaturesAlone) {
    const bool zh = GetParam() == Language::zh;
    ReportContent content = longestReport(GetParam());
    ASSERT_GT(content.rows.size(), 30u);
    ReportStamp stamp;
    stamp.number = "RQ2026-0099";
    stamp.final = true;
    stamp.inspector = {"张检验", "2026-06-01"};
    stamp.reviewer = {"李审核", "2026-06-02"};
    stamp.approver = {"王批准", "2026-06-03"};
    stamp.issuedDate = "2026-06-04";
    QByteArray pdf = renderReportPdf(content, stamp);
    // Kept to be looked at: build/test-output/report-longest-{zh,en}.pdf.
    QDir().mkpath(QString(GASBENCH_BIN_DIR) + "/../test-output");
    QFile keep(QString(GASBENCH_BIN_DIR) + "/../test-output/report-longest-" + (zh ? "zh" : "en") + ".pdf");
    if (keep.open(QIODevice::WriteOnly)) keep.write(pdf);
    int pages = pageCount(pdf);
    ASSERT_GE(pages, 2) << "the longest report should need more than one page";
    auto texts = pageTexts(pdf, pages);

    for (std::size_t i = 0; i < content.rows.size(); ++i) {
        const auto& r = content.rows[i];
        // The row's cells in reading order, as poppler gives them: all on one page or it split.
        QString whole = squeezed(QString::number(i + 1) + QString::fromStdString(r.item + r.clause + r.requirement));
        int on = 0;
        for (const auto& t : texts) on += t.contains(whole) ? 1 : 0;
        EXPECT_EQ(on, 1) << "row " << i + 1 << " (" << r.itemId << ") is not whole on one page";
    }
    QString header = zh ? "序号检验项目标准条款标准要求检验结果单项判定" : "No.TestitemClauseRequirementResultItemverdict";
    for (int p = 0; p < pages; ++p) {
        QString pageOf = zh ? QString("第%1页共%2页").arg(p + 1).arg(pages) : QString("page%1of%2").arg(p + 1).arg(pages);
        EXPECT_TRUE(texts[p].contains(pageOf)) << "page " << p + 1;
        // Every page after the first carries results, so with them the table's header.
        if (p > 0) {
            EXPECT_TRUE(texts[p].contains(header)) << "page " << p + 1 << ": " << texts[p].toStdString();
        }
    }
    const QString& last = texts.back();
    EXPECT_TRUE(last.contains(zh ? "以下空白" : "—nothingfollows—"));
    EXPECT_TRUE(last.contains(zh ? "批准：王批准" : "Approver:王批准"));
    EXPECT_TRUE(last.contains(squeezed(QString::fromStdString(content.rows.back().requirement))))
        << "the last page holds the last row with the signatures";
}

INSTANTIATE_TEST_SUITE_P(BothLanguages, ReportPagesTest, ::testing::Values(Language::zh, Language::en),
                         [](const auto& param) { return param.param == Language::zh ? "zh" : "en"; });

}  // namespace
}  // namespace gasbench::reports
