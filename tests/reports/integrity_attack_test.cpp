// The attacks on the report and the record, made as they were found: through the gasbench
// program, with sqlite3 beside it as the other program a forger would use. Each asserts the
// refusal or the detection, and its message.
#include <gtest/gtest.h>

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>

#include "gasbench/station/lab_details_json.hpp"
#include "gasbench/storage/audit_log.hpp"
#include "pdf_text.hpp"
#include "report_verbs_fixture.hpp"

namespace gasbench::reports {
namespace {

using testsupport::Result;

class IntegrityAttackTest : public testsupport::ReportVerbsFixture {
protected:
    void SetUp() override { addStaff(); }
    // Through review and approval by three people; the number.
    QString approved(const QString& sample) {
        Result draft = gasbench({"report", "draft", sample, "--user", "tech", "--json"}, kPin);
        EXPECT_EQ(draft.code, 0) << draft.err.toStdString();
        QString number = json(draft)["number"].toString();
        EXPECT_EQ(gasbench({"report", "review", number, "--user", "rev"}, kPin).code, 0);
        Result approve = gasbench({"report", "approve", number, "--user", "appr"}, kPin);
        EXPECT_EQ(approve.code, 0) << approve.err.toStdString();
        return number;
    }
    QString issued(const QString& sample, const QString& pdfOut) {
        QString number = approved(sample);
        Result issue = gasbench({"report", "issue", number, "--user", "qm"}, kPin);
        EXPECT_EQ(issue.code, 0) << issue.err.toStdString();
        EXPECT_EQ(gasbench({"report", "show", number, "--pdf", pdfOut}).code, 0);
        return number;
    }
    QString file(const char* name) { return QString::fromStdString(records_.path()) + "." + name; }
    Result audit(const QStringList& more = {}) { return gasbench(QStringList{"audit", "verify"} + more); }
    std::int64_t scalar(const QString& sql) { return sqlite3(sql).out.trimmed().toLongLong(); }
};

TEST_F(IntegrityAttackTest, ARunAfterApprovalMakesTheDraftStaleAndTheIssueIsRefused) {
    QString number = approved("C-2026-005-T");  // fails on its closing time
    // The sample is run again and passes: the approver never saw this.
    testsupport::recordRun(records_.db(), "C-2026-005-T", "flame-failure", "gb-16410-2020",
                           {{"opening_time", "6.12", 6.0, "s", {}, 10, gasbench::Verdict::pass},
                            {"closing_time", "6.12", 41.0, "s", {}, 60, gasbench::Verdict::pass}},
                           gasbench::Verdict::pass);
    Result issue = gasbench({"report", "issue", number, "--user", "qm"}, kPin);
    EXPECT_EQ(issue.code, 1);
    EXPECT_TRUE(issue.err.contains("stale") && issue.err.contains("came after the draft")) << issue.err.toStdString();
    EXPECT_TRUE(gasbench({"report", "show", number}).out.contains("stale"));
    // The way on is a new draft: the approvals are gone, and it reports the new run.
    Result redraft = gasbench({"report", "draft", "C-2026-005-T", "--user", "tech", "--json"}, kPin);
    ASSERT_EQ(redraft.code, 0) << redraft.err.toStdString();
    EXPECT_EQ(json(redraft)["state"].toString(), "draft");
    EXPECT_EQ(json(redraft)["number"].toString(), number);
    EXPECT_TRUE(json(redraft)["approved_by"].isNull());
    QString pdf = file("preview.pdf");
    ASSERT_EQ(gasbench({"report", "show", number, "--pdf", pdf}).code, 0);
    QFile f(pdf);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    QString text = testsupport::pdfText(f.readAll()).remove(' ');
    EXPECT_TRUE(text.contains("41s")) << text.toStdString();
    EXPECT_FALSE(text.contains("75s"));
}

TEST_F(IntegrityAttackTest, ARecordChangedBehindTheTriggersIsRefusedAtIssueAndNamedByTheAudit) {
    QString number = approved("C-2026-005-T");
    ASSERT_EQ(sqlite3("DROP TRIGGER measurements_closed_no_update;"
                      "UPDATE measurements SET value = 45, verdict = 'pass' WHERE item = 'closing_time'"
                      " AND run_id = (SELECT r.id FROM runs r JOIN samples s ON s.id = r.sample_id"
                      " WHERE s.code = 'C-2026-005-T');")
                  .code,
              0);
    Result issue = gasbench({"report", "issue", number, "--user", "qm"}, kPin);
    EXPECT_EQ(issue.code, 1);
    EXPECT_TRUE(issue.err.contains("changed since the draft: measurements row")) << issue.err.toStdString();
    Result a = audit();
    EXPECT_EQ(a.code, 1);
    EXPECT_TRUE(a.out.contains("measurements row") && a.out.contains("changed since event")) << a.out.toStdString();
}

TEST_F(IntegrityAttackTest, NobodyMakesAQualityManagerWithoutBeingOne) {
    // As found: no authority asked.
    Result self = gasbench({"user", "add", "evil", "--role", "quality-manager", "--staff-id", "X",
                            "--full-name", "恶意"}, {}, kPin);
    EXPECT_EQ(self.code, 2);
    EXPECT_TRUE(self.err.contains("--by")) << self.err.toStdString();
    Result init = gasbench({"user", "init", "evil", "--staff-id", "X", "--full-name", "恶意"}, {}, kPin);
    EXPECT_EQ(init.code, 1);
    EXPECT_TRUE(init.err.contains("has users already")) << init.err.toStdString();
    Result byTech = gasbench({"user", "add", "evil", "--role", "quality-manager", "--staff-id", "X",
                              "--full-name", "恶意", "--by", "tech"}, kPin, kPin);
    EXPECT_EQ(byTech.code, 1);
    EXPECT_TRUE(byTech.err.contains("not a quality manager")) << byTech.err.toStdString();
    Result role = gasbench({"user", "role", "tech", "quality-manager", "--by", "tech"}, kPin);
    EXPECT_EQ(role.code, 1);
    EXPECT_EQ(scalar("SELECT COUNT(*) FROM users WHERE name = 'evil' OR role = 'quality-manager'"), 1);
}

TEST_F(IntegrityAttackTest, OnePersonHasOneAccountAndSignsOneStage) {
    // The same person (staff id) again under another name: refused.
    Result second = gasbench({"user", "add", "tech2", "--role", "reviewer", "--staff-id", "S-tech",
                              "--full-name", "tech 签名", "--by", "qm"}, kPin, kPin);
    EXPECT_EQ(second.code, 1);
    EXPECT_TRUE(second.err.contains("one person, one account")) << second.err.toStdString();
    // The drafter given the reviewer's role is still the drafter.
    Result draft = gasbench({"report", "draft", "C-2026-005-T", "--user", "tech", "--json"}, kPin);
    ASSERT_EQ(draft.code, 0);
    QString number = json(draft)["number"].toString();
    ASSERT_EQ(gasbench({"user", "role", "tech", "reviewer", "--by", "qm"}, kPin).code, 0);
    Result review = gasbench({"report", "review", number, "--user", "tech"}, kPin);
    EXPECT_EQ(review.code, 1);
    EXPECT_TRUE(review.err.contains("staff id S-tech") && review.err.contains("may not review")) << review.err.toStdString();
    // The quality manager who reviewed may not also approve or issue.
    ASSERT_EQ(gasbench({"report", "review", number, "--user", "qm"}, kPin).code, 0);
    EXPECT_EQ(gasbench({"report", "approve", number, "--user", "qm"}, kPin).code, 1);
    ASSERT_EQ(gasbench({"report", "approve", number, "--user", "appr"}, kPin).code, 0);
    Result issue = gasbench({"report", "issue", number, "--user", "qm"}, kPin);
    EXPECT_EQ(issue.code, 1);
    EXPECT_TRUE(issue.err.contains("reviewed") && issue.err.contains("may not issue")) << issue.err.toStdString();
    EXPECT_EQ(gasbench({"report", "issue", number, "--user", "appr"}, kPin).code, 0);
}

TEST_F(IntegrityAttackTest, FiveWrongPinsLockTheUserUntilAQualityManagerUnlocks) {
    for (int i = 0; i < 5; ++i)
        EXPECT_EQ(gasbench({"report", "draft", "C-2026-005-T", "--user", "tech"}, QString("00000%1").arg(i)).code, 1);
    Result right = gasbench({"report", "draft", "C-2026-005-T", "--user", "tech"}, kPin);
    EXPECT_EQ(right.code, 1);
    EXPECT_TRUE(right.err.contains("locked until")) << right.err.toStdString();
    EXPECT_EQ(scalar("SELECT COUNT(*) FROM events WHERE subject = 'tech' AND what = 'user.sign-in-refused'"), 5);
    EXPECT_EQ(scalar("SELECT COUNT(*) FROM events WHERE subject = 'tech' AND what = 'user.locked'"), 1);
    EXPECT_EQ(gasbench({"user", "unlock", "tech", "--by", "rev"}, kPin).code, 1);  // not a quality manager
    ASSERT_EQ(gasbench({"user", "unlock", "tech", "--by", "qm"}, kPin).code, 0);
    EXPECT_EQ(gasbench({"report", "draft", "C-2026-005-T", "--user", "tech"}, kPin).code, 0);
    EXPECT_EQ(audit().code, 0) << audit().out.toStdString();
}

TEST_F(IntegrityAttackTest, AnEventEditedAndTheChainReHashedIsFoundAgainstTheAnchor) {
    issued("C-2026-005-T", file("v1.pdf"));
    QString anchors = file("anchors.jsonl");
    ASSERT_EQ(gasbench({"audit", "anchor", "--out", anchors}).code, 0);
    // The forger edits event 3 and re-hashes every event after it, as gasbench would have.
    {
        storage::Database db = storage::Database::open(records_.path());
        db.exec("DROP TRIGGER events_no_update");
        db.exec("UPDATE events SET details = 'forged' WHERE id = 3");
        std::string prev = storage::findEvent(db, 2)->hash;
        for (std::int64_t id = 3; id <= storage::chainHead(db).eventId; ++id) {
            auto e = *storage::findEvent(db, id);
            e.prevHash = prev;
            prev = storage::eventHash(e);
            db.prepare("UPDATE events SET prev_hash = ?, hash = ? WHERE id = ?").bind(1, e.prevHash).bind(2, prev).bind(3, id).run();
        }
    }
    EXPECT_EQ(audit().code, 0) << "the chain alone cannot tell";
    Result anchored = audit({"--anchor", anchors});
    EXPECT_EQ(anchored.code, 1);
    EXPECT_TRUE(anchored.out.contains("re-hashed")) << anchored.out.toStdString();
    Result badAnchor = gasbench({"audit", "verify", "--anchor", file("v1.pdf")});
    EXPECT_EQ(badAnchor.code, 1);
    EXPECT_TRUE(badAnchor.err.contains("v1.pdf:1")) << badAnchor.err.toStdString();
}

TEST_F(IntegrityAttackTest, RowsInsertedOrEditedWithSqliteAreEachNamed) {
    issued("C-2026-001-T", file("v1.pdf"));
    std::int64_t sample = scalar("SELECT id FROM samples WHERE code = 'C-2026-007-T'");
    ASSERT_EQ(sqlite3(QString("INSERT INTO runs (sample_id, procedure_id, profile_id, profile_version, station_id,"
                              " operator, start_stamp_ns, started_at, ended_at, state, verdict) VALUES (%1,"
                              " 'hose-leakage', 'gb-29993-2013', '1', 'SIM-01', 'x', 0, '2026-06-01T00:00:00Z',"
                              " '2026-06-01T00:10:00Z', 'completed', 'pass');"
                              "INSERT INTO reports (number, version, sample_id, language, state, drafted_by, drafted_at,"
                              " issued_by, issued_at, pdf, pdf_sha256) VALUES ('RQ2026-9999', 1, %1, 'zh', 'issued',"
                              " 'x', '2026', 'x', '2026', x'25504446', 'f');"
                              "UPDATE sampling_batches SET product_name = '改' WHERE sampling_number = 'C-2026-003';"
                              "UPDATE enterprises SET name = '改' WHERE id = 1;"
                              "UPDATE users SET role = 'quality-manager' WHERE name = 'tech';")
                          .arg(sample))
                  .code,
              0);
    Result a = audit();
    EXPECT_EQ(a.code, 1);
    for (const char* s : {"runs row", "has no event: it was not written by gasbench", "reports row",
                          "sampling_batches row", "enterprises row 1 changed", "users row"})
        EXPECT_TRUE(a.out.contains(s)) << s << "\n" << a.out.toStdString();
    EXPECT_GE(a.out.count('\n'), 6);
}

TEST_F(IntegrityAttackTest, AnIssuedPdfReplacedWithItsHashIsCaught) {
    QString number = issued("C-2026-005-T", file("v1.pdf"));
    QByteArray forged = "%PDF-1.4 合格";
    QString sha = QCryptographicHash::hash(forged, QCryptographicHash::Sha256).toHex();
    QFile f(file("forged.pdf"));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(forged);
    f.close();
    ASSERT_EQ(sqlite3("DROP TRIGGER reports_issued_no_update; UPDATE reports SET pdf = x'" + forged.toHex() +
                      "', pdf_sha256 = '" + sha + "';")
                  .code,
              0);
    Result verify = gasbench({"report", "verify", number, file("forged.pdf")});
    EXPECT_EQ(verify.code, 1);
    EXPECT_TRUE(verify.out.contains("report.issued event")) << verify.out.toStdString();
    Result a = audit();
    EXPECT_EQ(a.code, 1);
    EXPECT_TRUE(a.out.contains("reports row") && a.out.contains("changed since event")) << a.out.toStdString();
}

TEST_F(IntegrityAttackTest, AnUnconfirmedLimitIsNeverApprovedUntilAQualityManagerConfirmsIt) {
    Result draft = gasbench({"report", "draft", "C-2026-006-T", "--user", "tech", "--json"}, kPin);
    ASSERT_EQ(draft.code, 0) << draft.err.toStdString();
    QString number = json(draft)["number"].toString();
    ASSERT_EQ(gasbench({"report", "review", number, "--user", "rev"}, kPin).code, 0);
    Result approve = gasbench({"report", "approve", number, "--user", "appr"}, kPin);
    EXPECT_EQ(approve.code, 1);
    EXPECT_TRUE(approve.err.contains("outlet_pressure_max (profile gb-35844-2018-household)")) << approve.err.toStdString();
    Result notQm = gasbench({"profile", "confirm", "gb-35844-2018-household", "--source", "GB 35844-2018 text",
                             "--by", "appr"}, kPin);
    EXPECT_EQ(notQm.code, 1);
    Result confirm = gasbench({"profile", "confirm", "gb-35844-2018-household", "--source",
                               "GB 35844-2018 全文（国家标准全文公开系统）5.2, 5.3", "--by", "qm"}, kPin);
    ASSERT_EQ(confirm.code, 0) << confirm.err.toStdString();
    EXPECT_TRUE(gasbench({"profile", "list"}).out.contains("confirmed by qm"));
    // The draft was frozen before the confirmation: drafted anew, then it goes through.
    Result stale = gasbench({"report", "approve", number, "--user", "appr"}, kPin);
    EXPECT_EQ(stale.code, 1);
    EXPECT_TRUE(stale.err.contains("profile_confirmations row 1 is new")) << stale.err.toStdString();
    ASSERT_EQ(gasbench({"report", "draft", "C-2026-006-T", "--user", "tech"}, kPin).code, 0);
    ASSERT_EQ(gasbench({"report", "review", number, "--user", "rev"}, kPin).code, 0);
    ASSERT_EQ(gasbench({"report", "approve", number, "--user", "appr"}, kPin).code, 0);
    EXPECT_EQ(gasbench({"report", "issue", number, "--user", "appr"}, kPin).code, 0);
    EXPECT_EQ(audit().code, 0) << audit().out.toStdString();
}

TEST_F(IntegrityAttackTest, ACorrectionLeavesTheFirstVersionIssuedAndVerifiable) {
    QString number = issued("C-2026-005-T", file("v1.pdf"));
    Result v2 = gasbench({"report", "draft", "C-2026-005-T", "--user", "tech", "--correction",
                          "生产企业地址更正", "--json"}, kPin);
    ASSERT_EQ(v2.code, 0) << v2.err.toStdString();
    EXPECT_EQ(json(v2)["version"].toInt(), 2);
    Result list = gasbench({"report", "show"});
    EXPECT_TRUE(list.out.contains(number + " v1  C-2026-005-T  issued  ")) << list.out.toStdString();
    EXPECT_FALSE(list.out.contains("superseded")) << list.out.toStdString();
    Result v1 = gasbench({"report", "verify", number, file("v1.pdf")});
    EXPECT_EQ(v1.code, 0) << v1.out.toStdString() << v1.err.toStdString();
    ASSERT_EQ(gasbench({"report", "review", number, "--user", "rev"}, kPin).code, 0);
    ASSERT_EQ(gasbench({"report", "approve", number, "--user", "appr"}, kPin).code, 0);
    ASSERT_EQ(gasbench({"report", "issue", number, "--user", "qm"}, kPin).code, 0);
    ASSERT_EQ(gasbench({"report", "show", number, "--pdf", file("v2.pdf")}).code, 0);
    QFile f(file("v2.pdf"));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    QString text = testsupport::pdfText(f.readAll()).remove(' ').remove('\n');
    EXPECT_TRUE(text.contains("代替" + number + "v1")) << text.toStdString();
    EXPECT_TRUE(text.contains("更正原因：生产企业地址更正")) << text.toStdString();
    EXPECT_TRUE(text.contains("审计链头")) << text.toStdString();
    Result stillV1 = gasbench({"report", "verify", number, file("v1.pdf")});
    EXPECT_EQ(stillV1.code, 0) << stillV1.out.toStdString();
    EXPECT_TRUE(stillV1.out.contains("v1 as issued") && stillV1.out.contains("replaced")) << stillV1.out.toStdString();
    EXPECT_EQ(gasbench({"report", "verify", number, file("v2.pdf")}).code, 0);
}

TEST_F(IntegrityAttackTest, TheReportIsHeadedByTheLabOfTheStationItsRunsWereMadeOn) {
    station::LabDetails other{"另一检测中心", "Another Test Centre", "某市某路1号", "CNAS L9999", "OT-{year}-{seq:3}"};
    storage::RunInfo info{"hose-leakage", "gb-29993-2013", 1, "OTHER-01", "tester", "C-2026-003-T", 0,
                          station::labDetailsJson(other)};
    auto run = storage::insertRun(records_.db(), info);
    storage::closeRun(records_.db(), run, gasbench::RunState::completed, gasbench::Verdict::inconclusive, "", "tester");
    Result draft = gasbench({"report", "draft", "C-2026-003-T", "--user", "tech", "--json"}, kPin);  // --station: sim-bench
    ASSERT_EQ(draft.code, 0) << draft.err.toStdString();
    EXPECT_TRUE(json(draft)["number"].toString().startsWith("OT-2026-")) << json(draft)["number"].toString().toStdString();
    ASSERT_EQ(gasbench({"report", "show", json(draft)["number"].toString(), "--pdf", file("other.pdf")}).code, 0);
    QFile f(file("other.pdf"));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    QString text = testsupport::pdfText(f.readAll());
    EXPECT_TRUE(text.contains("另一检测中心")) << text.toStdString();
    EXPECT_TRUE(text.contains("CNAS L9999"));
}

}  // namespace
}  // namespace gasbench::reports
