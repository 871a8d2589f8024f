// The sign-off: who may do which step, the order of the steps, the database refusing any change
// to an issued report, corrections as new versions, and the check of a PDF against its hash.
#include <gtest/gtest.h>

#include <map>

#include "gasbench/reports/password_hash.hpp"
#include "gasbench/reports/report_error.hpp"
#include "gasbench/reports/sign_off.hpp"
#include "gasbench/storage/audit_log.hpp"
#include "gasbench/storage/storage_error.hpp"
#include "pdf_text.hpp"
#include "report_records.hpp"

namespace gasbench::reports {
namespace {

using testsupport::ReportRecords;

class SignOffTest : public ::testing::Test {
protected:
    SignOffTest() { records_.addStaff(); }
    storage::Database& db() { return records_.db(); }
    // Signed in once per name: each sign-in costs an Argon2id hash.
    User u(const std::string& name) {
        auto it = users_.find(name);
        if (it == users_.end()) it = users_.emplace(name, records_.user(name)).first;
        return it->second;
    }

    ReportRecord draft(const std::string& sample = "C-2026-005-T") {
        return draftReport(db(), ReportRecords::sources(), u("technician"), sample, Language::zh);
    }
    ReportRecord issued(const std::string& sample = "C-2026-005-T") {
        auto r = draft(sample);
        reviewReport(db(), ReportRecords::sources(), r.id, u("reviewer"));
        approveReport(db(), ReportRecords::sources(), r.id, u("approver"));
        return issueReport(db(), ReportRecords::sources(), r.id, u("quality"));
    }

    ReportRecords records_;
    std::map<std::string, User> users_;
};

TEST(PasswordHash, MatchesThePbkdf2HmacSha256TestVectors) {
    EXPECT_EQ(pbkdf2Sha256("password", "salt", 1).toHex(),
              "120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b");
    EXPECT_EQ(pbkdf2Sha256("password", "salt", 2).toHex(),
              "ae4d0c95af6b46d32d0adff928f06dd02a303f8ef3c251dfd6e2d85a95474c43");
    EXPECT_EQ(pbkdf2Sha256("password", "salt", 4096).toHex(),
              "c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a");
}

TEST_F(SignOffTest, PinsAreStoredAsSaltedArgon2idHashesAndAWrongOneIsRefused) {
    auto s = db().prepare("SELECT secret_hash FROM users WHERE name = 'technician'");
    ASSERT_TRUE(s.step());
    EXPECT_EQ(s.text(0).rfind("$argon2id$", 0), 0u) << s.text(0);
    EXPECT_EQ(s.text(0).find(ReportRecords::kPin), std::string::npos);
    auto salts = db().prepare("SELECT COUNT(DISTINCT secret_hash) FROM users");
    salts.step();
    EXPECT_EQ(salts.integer(0), 4);  // same PIN, four different salts and hashes
    EXPECT_THROW(authenticate(db(), "technician", "000000"), ReportError);
    EXPECT_THROW(authenticate(db(), "nobody", ReportRecords::kPin), ReportError);
    User quality = u("quality");
    EXPECT_THROW(addUser(db(), ReportRecords::person("technician", Role::reviewer, "S-9"), "567890", quality),
                 ReportError);  // name taken
    try {
        addUser(db(), ReportRecords::person("short", Role::reviewer), "12345", quality);
        ADD_FAILURE() << "a 5-digit PIN was accepted";
    } catch (const ReportError& e) {
        EXPECT_NE(std::string(e.what()).find("at least 6"), std::string::npos) << e.what();
    }
}

TEST_F(SignOffTest, APinHashFromBeforeStillSignsInAndIsUpgradedToArgon2id) {
    // A PBKDF2 hash as schema 4 kept it (salt, iterations, hash), in the form migration 5 wrote.
    QByteArray salt = "0123456789abcdef";
    std::string legacy = "pbkdf2-sha256$20000$" + salt.toHex().toStdString() + "$" +
                         pbkdf2Sha256("4321", salt, 20000).toHex().toStdString();
    db().prepare("UPDATE users SET secret_hash = ? WHERE name = 'reviewer'").bind(1, legacy).run();
    EXPECT_EQ(authenticate(db(), "reviewer", "4321").name, "reviewer");
    auto s = db().prepare("SELECT secret_hash FROM users WHERE name = 'reviewer'");
    ASSERT_TRUE(s.step());
    EXPECT_EQ(s.text(0).rfind("$argon2id$", 0), 0u);
    EXPECT_EQ(authenticate(db(), "reviewer", "4321").name, "reviewer");
}

TEST_F(SignOffTest, TheFourStepsByTheFourRolesEndInAnIssuedReportWithItsHash) {
    ReportRecord r = issued();
    EXPECT_EQ(r.state, ReportState::issued);
    EXPECT_EQ(r.number, "RQ2026-0001");
    EXPECT_EQ(r.draftedBy, "technician");
    EXPECT_EQ(r.reviewedBy, "reviewer");
    EXPECT_EQ(r.approvedBy, "approver");
    EXPECT_EQ(r.issuedBy, "quality");
    QByteArray pdf = issuedPdf(db(), r.id);
    EXPECT_TRUE(pdf.startsWith("%PDF"));
    EXPECT_EQ(r.pdfSha256, sha256Hex(pdf));
    EXPECT_TRUE(verifyIssuedPdf(db(), r.id, pdf));
    // The next sample gets the next number.
    EXPECT_EQ(draft("C-2026-001-T").number, "RQ2026-0002");
}

TEST_F(SignOffTest, EachStepRefusesTheRolesThatMayNotTakeIt) {
    auto r = draft();
    EXPECT_THROW(draftReport(db(), ReportRecords::sources(), u("reviewer"), "C-2026-001-T", Language::zh), ReportError);
    EXPECT_THROW(draftReport(db(), ReportRecords::sources(), u("approver"), "C-2026-001-T", Language::zh), ReportError);
    EXPECT_THROW(reviewReport(db(), ReportRecords::sources(), r.id, u("technician")), ReportError);
    EXPECT_THROW(reviewReport(db(), ReportRecords::sources(), r.id, u("approver")), ReportError);
    EXPECT_THROW(approveReport(db(), ReportRecords::sources(), r.id, u("approver")), ReportError);  // not reviewed yet
    reviewReport(db(), ReportRecords::sources(), r.id, u("reviewer"));
    EXPECT_THROW(approveReport(db(), ReportRecords::sources(), r.id, u("technician")), ReportError);
    EXPECT_THROW(approveReport(db(), ReportRecords::sources(), r.id, u("reviewer")), ReportError);
    EXPECT_THROW(issueReport(db(), ReportRecords::sources(), r.id, u("quality")), ReportError);  // not approved
    approveReport(db(), ReportRecords::sources(), r.id, u("approver"));
    EXPECT_THROW(issueReport(db(), ReportRecords::sources(), r.id, u("technician")), ReportError);
    EXPECT_THROW(issueReport(db(), ReportRecords::sources(), r.id, u("reviewer")), ReportError);
    EXPECT_EQ(issueReport(db(), ReportRecords::sources(), r.id, u("approver")).state, ReportState::issued);
}

TEST_F(SignOffTest, NobodyApprovesAReportTheyReviewed) {
    records_.addPerson("qm2", Role::qualityManager);
    auto r = draft();
    reviewReport(db(), ReportRecords::sources(), r.id, u("quality"));
    EXPECT_THROW(approveReport(db(), ReportRecords::sources(), r.id, u("quality")), ReportError);
    EXPECT_EQ(approveReport(db(), ReportRecords::sources(), r.id, u("qm2")).state, ReportState::approved);
    // The schema says it too, whatever the program does.
    auto other = draft("C-2026-001-T");
    db().exec("UPDATE reports SET state = 'reviewed', reviewed_by = 'x' WHERE id = " + std::to_string(other.id));
    EXPECT_THROW(db().exec("UPDATE reports SET approved_by = 'x' WHERE id = " + std::to_string(other.id)),
                 storage::StorageError);
}

TEST_F(SignOffTest, NobodyReviewsTheirOwnDraft) {
    auto r = draftReport(db(), ReportRecords::sources(), u("quality"), "C-2026-005-T", Language::zh);
    EXPECT_THROW(reviewReport(db(), ReportRecords::sources(), r.id, u("quality")), ReportError);
}

TEST_F(SignOffTest, TheDatabaseRefusesAnyChangeToAnIssuedReport) {
    ReportRecord r = issued();
    std::string id = std::to_string(r.id);
    for (const std::string& sql :
         {"UPDATE reports SET pdf = x'25504446' WHERE id = " + id,
          "UPDATE reports SET pdf_sha256 = 'forged' WHERE id = " + id,
          "UPDATE reports SET state = 'draft' WHERE id = " + id,
          "UPDATE reports SET approved_by = 'someone' WHERE id = " + id,
          "DELETE FROM reports WHERE id = " + id}) {
        EXPECT_THROW(db().exec(sql), storage::StorageError) << sql;
    }
    EXPECT_EQ(findReport(db(), r.id)->pdfSha256, r.pdfSha256);
    EXPECT_TRUE(verifyIssuedPdf(db(), r.id, issuedPdf(db(), r.id)));
}

TEST_F(SignOffTest, VerifyCatchesAModifiedPdf) {
    ReportRecord r = issued();
    QByteArray pdf = issuedPdf(db(), r.id);
    QByteArray changed = pdf;
    changed[changed.size() / 2] = static_cast<char>(changed[changed.size() / 2] ^ 1);
    EXPECT_FALSE(verifyIssuedPdf(db(), r.id, changed));
    EXPECT_FALSE(verifyIssuedPdf(db(), r.id, pdf + "\n"));
    EXPECT_TRUE(verifyIssuedPdf(db(), r.id, pdf));
}

TEST_F(SignOffTest, ACorrectionIsANewVersionThatSupersedesTheIssuedOneAndBothStay) {
    ReportRecord first = issued();
    EXPECT_THROW(draft(), ReportError);  // issued: a correction needs a reason
    auto second = draftReport(db(), ReportRecords::sources(), u("technician"), "C-2026-005-T", Language::zh,
                              "producer address corrected");
    EXPECT_EQ(second.number, first.number);
    EXPECT_EQ(second.version, 2);
    EXPECT_EQ(second.supersedes, first.id);
    EXPECT_THROW(draftReport(db(), ReportRecords::sources(), u("technician"), "C-2026-005-T", Language::zh, "again"),
                 ReportError);  // version 2 is still open
    // Until the correction is issued, v1 is the report in force.
    EXPECT_FALSE(findReport(db(), first.id)->superseded);
    EXPECT_TRUE(verifyIssuedPdf(db(), first.id, issuedPdf(db(), first.id)));
    reviewReport(db(), ReportRecords::sources(), second.id, u("reviewer"));
    approveReport(db(), ReportRecords::sources(), second.id, u("approver"));
    auto issuedSecond = issueReport(db(), ReportRecords::sources(), second.id, u("quality"));
    EXPECT_TRUE(findReport(db(), first.id)->superseded);
    EXPECT_FALSE(issuedSecond.superseded);
    EXPECT_EQ(findReportByNumber(db(), first.number)->version, 2);
    EXPECT_EQ(findReportByNumber(db(), first.number, 1)->pdfSha256, first.pdfSha256);
    EXPECT_TRUE(verifyIssuedPdf(db(), first.id, issuedPdf(db(), first.id)));
    EXPECT_NE(issuedSecond.pdfSha256, first.pdfSha256);
    // It names what it replaces.
    QString text = testsupport::pdfText(issuedPdf(db(), second.id)).remove(' ').remove('\n');
    EXPECT_TRUE(text.contains("代替RQ2026-0001v1")) << text.toStdString();
    EXPECT_TRUE(text.contains("更正原因：produceraddresscorrected")) << text.toStdString();
}

TEST_F(SignOffTest, OnlyIssuedReportsExportAsFinal) {
    auto r = draft();
    EXPECT_THROW(issuedPdf(db(), r.id), ReportError);
    QByteArray preview = previewPdf(db(), r.id);
    EXPECT_TRUE(preview.startsWith("%PDF"));
    EXPECT_THROW(verifyIssuedPdf(db(), r.id, preview), ReportError);
}

TEST_F(SignOffTest, EveryStepIsInTheHashChainedEventLog) {
    issued();
    auto s = db().prepare("SELECT what, who FROM events WHERE what LIKE 'report.%' ORDER BY id");
    std::vector<std::string> steps;
    while (s.step()) steps.push_back(s.text(0) + " by " + s.text(1));
    EXPECT_EQ(steps, (std::vector<std::string>{
                         "report.signature.drafted by technician", "report.drafted by technician",
                         "report.signature.reviewed by reviewer", "report.reviewed by reviewer",
                         "report.signature.approved by approver", "report.approved by approver",
                         "report.signature.issued by quality", "report.issued by quality"}));
    EXPECT_TRUE(storage::verifyAuditChain(db()).ok());
}

}  // namespace
}  // namespace gasbench::reports
