// The initial inspection report as a reader gets it: the PDF's text (pdftotext) carries every
// required field and verdict, in Chinese and in English, and its first page is not blank.
#include <gtest/gtest.h>

#include <QDir>
#include <QRegularExpression>

#include "gasbench/reports/report_pdf.hpp"
#include "gasbench/storage/enterprise.hpp"
#include "gasbench/storage/sampling_batch.hpp"
#include "pdf_text.hpp"
#include "report_records.hpp"

namespace gasbench::reports {
namespace {

using testsupport::ReportRecords;

// Whitespace out: a long cell wraps wherever the layout decides.
QString squeezed(QString text) { return text.remove(QRegularExpression("\\s+")); }

class ReportPdfTest : public ::testing::Test {
protected:
    ReportStamp stamp(bool final) {
        ReportStamp s;
        s.number = "RQ2026-0042";
        s.final = final;
        s.inspector = {"张检验", "2026-06-01"};
        s.reviewer = {"李审核", "2026-06-02"};
        s.approver = {"王批准", "2026-06-03"};
        s.issuedDate = final ? "2026-06-04" : "";
        return s;
    }

    QString render(const std::string& sample, Language language, bool final = true) {
        content_ = gatherReportContent(records_.db(), sample, ReportRecords::sources(), language);
        pdf_ = renderReportPdf(content_, stamp(final));
        return squeezed(testsupport::pdfText(pdf_));
    }

    // The fields every report carries, whatever the language.
    void expectRecordsIn(const QString& text) {
        auto has = [&](const std::string& s) {
            EXPECT_TRUE(text.contains(squeezed(QString::fromStdString(s)))) << "missing: " << s;
        };
        has(content_.lab.name);
        has(content_.lab.nameEn);
        has(content_.lab.accreditation);
        has("RQ2026-0042");
        has(content_.batch.productName);
        has(content_.batch.samplingNumber);
        has(content_.batch.samplingDate);
        has(content_.sampleCode);
        has(content_.producer.name);
        has(content_.producer.creditCode);
        has(content_.sampledUnit.name);
        has(content_.sampledUnit.creditCode);
        has(content_.receivedDate);
        has(content_.testedFrom);
        for (const auto& m : content_.methods) {
            has(m.standard);
            // The profile is the lab's internal name for its limits: not on the page.
            EXPECT_FALSE(text.contains(QString::fromStdString(m.profileId))) << m.profileId;
        }
        has(content_.batch.client);
        for (const auto& name : {"张检验", "李审核", "王批准", "2026-06-01", "2026-06-02", "2026-06-03"})
            has(name);
    }

    ReportRecords records_;
    ReportContent content_;
    QByteArray pdf_;
};

TEST_F(ReportPdfTest, AConformingSampleInChineseCarriesEveryFieldAndItsVerdicts) {
    QString text = render("C-2026-001-T", Language::zh);
    expectRecordsIn(text);
    for (const char* s : {"检验报告（初检）", "报告编号", "第1页共1页", "样品名称", "生产企业", "被抽样单位",
                          "统一社会信用代码", "抽样单号", "抽样日期", "检验类别", "监督抽查", "样品描述", "收样日期",
                          "检验日期", "检验依据", "序号", "检验项目", "标准条款", "标准要求", "检验结果", "单项判定",
                          "熄火保护装置开阀时间", "熄火保护装置闭阀时间", "GB16410-20206.12", "5.97s", "42s",
                          "检验结论：合格", "主检", "审核", "批准", "签发日期：2026-06-04"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(s))) << "missing: " << s;
    EXPECT_EQ(text.count("合格"), 3);  // two items and the conclusion
    EXPECT_FALSE(text.contains("不合格"));
    EXPECT_FALSE(text.contains("草稿"));
    EXPECT_EQ(content_.conclusion, gasbench::Verdict::pass);
}

TEST_F(ReportPdfTest, ANonconformingSampleMarksTheFailedItemAndConcludesFailed) {
    QString text = render("C-2026-005-T", Language::zh);
    expectRecordsIn(text);
    EXPECT_TRUE(text.contains("75s不合格*")) << text.toStdString();
    EXPECT_TRUE(text.contains("第2项不符合GB16410-2020的要求，检验结论：不合格"));
    EXPECT_TRUE(text.contains("*不合格项"));
}

TEST_F(ReportPdfTest, UnconfirmedLimitsAreFlaggedAndChecklistItemsReadAsConformingOrNot) {
    QString text = render("C-2026-006-T", Language::zh);
    expectRecordsIn(text);
    EXPECT_TRUE(text.contains("出口压力不可调")) << text.toStdString();
    EXPECT_TRUE(text.contains("不符合不合格*"));
    EXPECT_TRUE(text.contains("3.386kPa不合格*"));
    EXPECT_TRUE(text.contains("†该项限值尚未经质量负责人按标准原文确认"));
    EXPECT_TRUE(text.contains("批号AT20260411"));
}

TEST_F(ReportPdfTest, AClauseNobodyHasLookedUpSaysSoAndTheTaskSourceIsNamed) {
    QString text = render("C-2026-006-T", Language::zh);
    EXPECT_TRUE(text.contains("GB35844-2018（条款待确认）")) << text.toStdString();
    EXPECT_TRUE(text.contains("任务来源")) << text.toStdString();
    EXPECT_TRUE(text.contains("以下空白"));
    EXPECT_TRUE(text.contains("检验检测专用章"));
    QString en = render("C-2026-006-T", Language::en);
    EXPECT_TRUE(en.contains("GB35844-2018(clausetobeconfirmed)")) << en.toStdString();
    EXPECT_TRUE(en.contains("Tasksource"));
    EXPECT_TRUE(en.contains("—nothingfollows—"));
    EXPECT_TRUE(en.contains("Laboratoryseal"));
}

TEST_F(ReportPdfTest, InEnglishOnRequest) {
    QString text = render("C-2026-005-T", Language::en);
    expectRecordsIn(text);
    for (const char* s : {"InspectionReport(initialinspection)", "ReportNo.", "page1of", "Samplename",
                          "Producer", "Sampledunit", "unifiedsocialcreditcode", "SamplingNo.", "Samplingdate",
                          "Inspectiontype", "supervisionsampling", "Sampledescription", "Datereceived",
                          "Datetested", "Methodstandards", "Decisionrule", "simpleacceptance", "No.", "Testitem", "Clause", "Requirement", "Result",
                          "Itemverdict", "flame-failuredeviceclosingtime", "75snonconforming*", "conforming",
                          "Conclusion:nonconforming", "Inspector", "Reviewer", "Approver", "Dateissued:2026-06-04"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(s))) << "missing: " << s;
}

TEST_F(ReportPdfTest, ADraftSaysSoOnEveryPage) {
    QString text = render("C-2026-006-T", Language::zh, false);
    EXPECT_TRUE(text.contains("草稿—未签发，不作为检验报告使用"));
    int pages = static_cast<int>(text.count(QRegularExpression("第\\d+页共")));
    EXPECT_GE(pages, 1);
    EXPECT_EQ(text.count("草稿"), 1 + pages) << text.toStdString();
}

TEST_F(ReportPdfTest, EveryPageSaysPageXOfY) {
    QString text = render("C-2026-006-T", Language::en);
    QRegularExpression pageOf("page(\\d+)of(\\d+)");
    auto it = pageOf.globalMatch(text);
    int seen = 0, total = 0;
    while (it.hasNext()) {
        auto m = it.next();
        ++seen;
        EXPECT_EQ(m.captured(1).toInt(), seen);
        total = m.captured(2).toInt();
    }
    EXPECT_GE(seen, 1);
    EXPECT_EQ(seen, total);
}

TEST_F(ReportPdfTest, TheFirstPageRendersToAnImageThatIsNotBlank) {
    render("C-2026-005-T", Language::zh);
    QDir().mkpath(QString(GASBENCH_BIN_DIR) + "/../test-output");
    QImage page = testsupport::firstPagePng(pdf_, QString(GASBENCH_BIN_DIR) + "/../test-output/report-page1.png");
    ASSERT_FALSE(page.isNull());
    EXPECT_GT(page.height(), page.width());  // A4 portrait
    auto count = [](const QImage& image, auto&& counts) {
        int n = 0;
        QImage rgb = image.convertToFormat(QImage::Format_RGB32);
        for (int y = 0; y < rgb.height(); ++y) {
            const auto* line = reinterpret_cast<const QRgb*>(rgb.constScanLine(y));
            for (int x = 0; x < rgb.width(); ++x) n += counts(line[x]) ? 1 : 0;
        }
        return n;
    };
    EXPECT_GT(count(page, [](QRgb c) { return qGray(c) < 128; }), page.width() * page.height() / 100);
    // The failed verdict is printed red, on whichever page its row fell.
    int red = 0;
    for (int n = 1; n <= 4; ++n) {
        const QImage p = testsupport::pagePng(pdf_, n);
        if (p.isNull()) break;
        red += count(p, [](QRgb c) { return qRed(c) > 150 && qGreen(c) < 80 && qBlue(c) < 80; });
    }
    EXPECT_GT(red, 5);
}

TEST_F(ReportPdfTest, ThePreviewImagesMatchThePdfsPages) {
    render("C-2026-006-T", Language::en);
    auto images = renderReportImages(content_, stamp(true), 60);
    QString text = squeezed(testsupport::pdfText(pdf_));
    EXPECT_EQ(static_cast<int>(images.size()), text.count(QRegularExpression("page\\d+of")));
    for (const auto& image : images) {
        int dark = 0;
        for (int y = 0; y < image.height(); y += 2)
            for (int x = 0; x < image.width(); x += 2) dark += image.pixelColor(x, y).lightness() < 128;
        EXPECT_GT(dark, image.width() * image.height() / 4 / 200);
    }
}

TEST_F(ReportPdfTest, ASampleWithoutACompletedRunHasNoReport) {
    EXPECT_THROW(gatherReportContent(records_.db(), "C-2026-002-T", ReportRecords::sources(), Language::zh),
                 std::runtime_error);
    EXPECT_THROW(gatherReportContent(records_.db(), "NO-SUCH", ReportRecords::sources(), Language::zh),
                 std::runtime_error);
}

}  // namespace
}  // namespace gasbench::reports
