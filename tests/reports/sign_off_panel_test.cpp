// The sign-off in the desktop program: the Reports section's panel takes a report from draft to
// issued with the four roles, refuses a wrong role in its status line, previews the pages and
// saves the issued PDF byte for byte.
#include <gtest/gtest.h>

#include <QApplication>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>

#include "report_preview.hpp"
#include "report_records.hpp"
#include "report_sign_off_panel.hpp"
#include "reports_section.hpp"

namespace gasbench::ui {
namespace {

class SignOffPanelTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        if (QCoreApplication::instance()) return;
        qputenv("QT_QPA_PLATFORM", "offscreen");
        static int argc = 1;
        static char name[] = "sign_off_panel_test";
        static char* argv[] = {name, nullptr};
        [[maybe_unused]] static auto* app = new QApplication(argc, argv);
    }

    SignOffPanelTest() : section_(records_.db(), std::string(GASBENCH_FIXTURES_DIR) + "/standards"), panel_(attachReportSignOff(section_, std::string(GASBENCH_FIXTURES_DIR) + "/stations/sim-bench.json",
                                      std::string(GASBENCH_FIXTURES_DIR) + "/standards")) {
        records_.addStaff();
        section_.selectSample("C-2026-005-T");
    }

    void signAs(const QString& user) {
        section_.findChild<QLineEdit*>("reportUser")->setText(user);
        section_.findChild<QLineEdit*>("reportPin")->setText(QString::fromStdString(testsupport::ReportRecords::kPin));
    }
    bool enabled(const char* button) { return section_.findChild<QPushButton*>(button)->isEnabled(); }
    QString status() { return panel_->status()->text(); }

    testsupport::ReportRecords records_;
    ReportsSection section_;
    ReportSignOffPanel* panel_;
};

TEST_F(SignOffPanelTest, TakesAReportFromDraftToIssuedWithTheFourRoles) {
    EXPECT_TRUE(status().contains("No report yet")) << status().toStdString();
    EXPECT_GE(panel_->preview()->pageCount(), 1);  // the would-be report, before any draft
    EXPECT_TRUE(enabled("reportDraft"));
    EXPECT_FALSE(enabled("reportReview"));

    signAs("technician");
    ASSERT_TRUE(panel_->draft()) << status().toStdString();
    EXPECT_TRUE(section_.findChild<QLineEdit*>("reportPin")->text().isEmpty());  // signed again each step
    EXPECT_TRUE(status().contains("RQ2026-0001 v1: draft")) << status().toStdString();
    EXPECT_TRUE(enabled("reportReview"));
    EXPECT_FALSE(enabled("reportDraft"));

    signAs("technician");
    EXPECT_FALSE(panel_->review());
    EXPECT_TRUE(status().contains("may not review")) << status().toStdString();
    signAs("reviewer");
    ASSERT_TRUE(panel_->review()) << status().toStdString();
    signAs("reviewer");
    EXPECT_FALSE(panel_->approve());
    signAs("approver");
    ASSERT_TRUE(panel_->approve()) << status().toStdString();
    signAs("quality");
    section_.findChild<QLineEdit*>("reportPin")->setText("0000");
    EXPECT_FALSE(panel_->issue());
    EXPECT_TRUE(status().contains("wrong PIN"));
    signAs("quality");
    ASSERT_TRUE(panel_->issue()) << status().toStdString();
    EXPECT_TRUE(status().contains("issued")) << status().toStdString();
    EXPECT_TRUE(status().contains("SHA-256"));
    EXPECT_TRUE(enabled("reportDraft"));  // a correction may follow
    EXPECT_GE(panel_->preview()->pageCount(), 1);

    // Kept to be looked at: the section with the panel and the preview of the issued report.
    section_.resize(1400, 1000);
    QDir().mkpath(QString(GASBENCH_BIN_DIR) + "/../test-output");
    section_.grab().save(QString(GASBENCH_BIN_DIR) + "/../test-output/reports-section.png");

    QTemporaryDir dir;
    QString path = dir.filePath("r.pdf");
    ASSERT_TRUE(panel_->savePdf(path));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex().toStdString(),
              *panel_->currentReport()->pdfSha256);
}

TEST_F(SignOffPanelTest, ACorrectionNeedsAReason) {
    for (auto [user, step] : {std::pair{"technician", &ReportSignOffPanel::draft},
                              std::pair{"reviewer", &ReportSignOffPanel::review},
                              std::pair{"approver", &ReportSignOffPanel::approve},
                              std::pair{"quality", &ReportSignOffPanel::issue}}) {
        signAs(user);
        ASSERT_TRUE((panel_->*step)()) << status().toStdString();
    }
    signAs("technician");
    EXPECT_FALSE(panel_->draft());
    EXPECT_TRUE(status().contains("correction needs a reason")) << status().toStdString();
    signAs("technician");
    section_.findChild<QLineEdit*>("reportCorrection")->setText("sampling date corrected");
    ASSERT_TRUE(panel_->draft()) << status().toStdString();
    EXPECT_EQ(panel_->currentReport()->version, 2);
    // The issued v1 is still there to read, save and verify while v2 is a draft.
    auto* versions = panel_->versions();
    ASSERT_EQ(versions->count(), 2);
    EXPECT_TRUE(versions->itemText(0).contains("v1")) << versions->itemText(0).toStdString();
    EXPECT_FALSE(versions->itemText(0).contains("replaced"));
    versions->setCurrentIndex(0);
    panel_->refresh();
    EXPECT_EQ(panel_->currentReport()->version, 1);
    EXPECT_EQ(panel_->currentReport()->state, reports::ReportState::issued);
    EXPECT_FALSE(enabled("reportReview"));  // steps act on the newest version only
    EXPECT_TRUE(enabled("reportSavePdf"));
}

TEST_F(SignOffPanelTest, ARunAfterTheDraftShowsTheDraftStaleInRedAndOnlyDraftingGoesOn) {
    signAs("technician");
    ASSERT_TRUE(panel_->draft()) << status().toStdString();
    signAs("reviewer");
    ASSERT_TRUE(panel_->review()) << status().toStdString();
    testsupport::recordRun(records_.db(), "C-2026-005-T", "flame-failure", "gb-16410-2020",
                           {{"closing_time", "6.12", 40.0, "s", {}, 60, gasbench::Verdict::pass}},
                           gasbench::Verdict::pass);
    panel_->refresh();
    EXPECT_TRUE(status().contains("stale")) << status().toStdString();
    EXPECT_TRUE(panel_->status()->styleSheet().contains("#b00000"));
    EXPECT_FALSE(enabled("reportApprove"));
    EXPECT_TRUE(enabled("reportDraft"));
    signAs("approver");
    EXPECT_FALSE(panel_->approve());
    EXPECT_TRUE(status().contains("stale")) << status().toStdString();
    signAs("technician");
    ASSERT_TRUE(panel_->draft()) << status().toStdString();
    EXPECT_TRUE(status().contains("v1: draft")) << status().toStdString();
}

}  // namespace
}  // namespace gasbench::ui
