// The verbs through the real gasbench program: user add|list, report draft -> issue, show,
// verify, export problem-products|statistics, and usage errors ending in exit code 2.
#include <gtest/gtest.h>

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include "report_verbs_fixture.hpp"

namespace gasbench::reports {
namespace {

using ReportVerbsTest = testsupport::ReportVerbsFixture;
using testsupport::Result;

TEST_F(ReportVerbsTest, UsersAreAddedAndListedWithTheirRoles) {
    addStaff();
    Result list = gasbench({"user", "list", "--json"});
    ASSERT_EQ(list.code, 0) << list.err.toStdString();
    QJsonArray users = QJsonDocument::fromJson(list.out.toUtf8()).array();
    ASSERT_EQ(users.size(), 4);
    EXPECT_EQ(users[0].toObject()["name"].toString(), "appr");
    EXPECT_EQ(users[1].toObject()["role"].toString(), "quality-manager");
    EXPECT_FALSE(list.out.contains("1234"));
    const QStringList person{"--staff-id", "S-x", "--full-name", "X", "--by", "qm"};
    EXPECT_EQ(gasbench(QStringList{"user", "add", "x", "--role", "boss"} + person, kPin, kPin).code, 2);
    EXPECT_EQ(gasbench(QStringList{"user", "add", "x", "--role", "reviewer"} + person).code, 2);  // no PIN
    EXPECT_EQ(gasbench(QStringList{"user", "add", "tech", "--role", "reviewer"} + person, kPin, kPin).code, 1);  // taken
    EXPECT_EQ(gasbench({"user", "add", "x", "--role", "reviewer", "--pin", "135790"}).code, 2);  // no PIN arguments
    EXPECT_EQ(gasbench({"user", "remove", "tech"}).code, 2);
}

TEST_F(ReportVerbsTest, AReportIsDraftedSignedOffIssuedShownAndVerified) {
    addStaff();
    Result draft = gasbench({"report", "draft", "C-2026-005-T", "--user", "tech", "--json"}, "135790");
    ASSERT_EQ(draft.code, 0) << draft.err.toStdString();
    QString number = json(draft)["number"].toString();
    EXPECT_EQ(number, "RQ2026-0001");
    EXPECT_EQ(json(draft)["state"].toString(), "draft");

    Result refused = gasbench({"report", "review", number, "--user", "tech"}, "135790");
    EXPECT_EQ(refused.code, 1);
    EXPECT_TRUE(refused.err.contains("may not review")) << refused.err.toStdString();
    EXPECT_EQ(gasbench({"report", "review", number, "--user", "rev"}, "999900").code, 1);  // wrong PIN
    EXPECT_EQ(gasbench({"report", "review", number, "--user", "rev"}, "135790").code, 0);
    EXPECT_EQ(gasbench({"report", "approve", number, "--user", "rev"}, "135790").code, 1);
    EXPECT_EQ(gasbench({"report", "approve", number, "--user", "appr"}, "135790").code, 0);
    Result issue = gasbench({"report", "issue", number, "--user", "qm", "--json"}, "135790");
    ASSERT_EQ(issue.code, 0) << issue.err.toStdString();
    EXPECT_EQ(json(issue)["state"].toString(), "issued");
    QString sha = json(issue)["pdf_sha256"].toString();
    EXPECT_EQ(sha.size(), 64);

    QString pdf = QString::fromStdString(records_.path()) + ".report.pdf";
    Result show = gasbench({"report", "show", number, "--pdf", pdf, "--json"});
    ASSERT_EQ(show.code, 0) << show.err.toStdString();
    EXPECT_EQ(json(show)["issued_by"].toString(), "qm");
    QFile f(pdf);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    QByteArray bytes = f.readAll();
    f.close();
    EXPECT_EQ(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex(), sha.toUtf8());

    Result verified = gasbench({"report", "verify", number, pdf});
    EXPECT_EQ(verified.code, 0) << verified.out.toStdString();
    bytes[bytes.size() / 3] = static_cast<char>(bytes[bytes.size() / 3] ^ 0x20);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    f.close();
    Result caught = gasbench({"report", "verify", number, pdf});
    EXPECT_EQ(caught.code, 1);
    EXPECT_TRUE(caught.out.contains("is NOT")) << caught.out.toStdString();

    Result list = gasbench({"report", "show"});
    EXPECT_TRUE(list.out.contains("RQ2026-0001 v1  C-2026-005-T  issued")) << list.out.toStdString();
}

TEST_F(ReportVerbsTest, WrongArgumentsPrintTheUsageAndExitTwo) {
    for (const QStringList& args :
         {QStringList{"report"}, QStringList{"report", "sign"}, QStringList{"report", "draft", "C-2026-005-T"},
          QStringList{"report", "draft", "C-2026-005-T", "--user", "tech", "--lang", "fr"},
          QStringList{"report", "verify", "RQ2026-0001"}, QStringList{"report", "show", "--pdf", "x.pdf"},
          QStringList{"export", "statistics", "--format", "pdf", "--from", "2026-01-01", "--to", "2026-12-31",
                      "--out", "x"},
          QStringList{"export", "statistics", "--format", "csv", "--from", "2026-02-30", "--to", "2026-12-31",
                      "--out", "x"},
          QStringList{"export", "problem-products", "--format", "csv", "--from", "2026-01-01"}}) {
        Result r = gasbench(args);
        EXPECT_EQ(r.code, 2) << args.join(' ').toStdString();
        EXPECT_TRUE(r.err.contains("usage: gasbench")) << args.join(' ').toStdString();
    }
}

TEST_F(ReportVerbsTest, ExportWritesBothCampaignTables) {
    QString base = QString::fromStdString(records_.path());
    Result pp = gasbench({"export", "problem-products", "--from", "2026-01-01", "--to", "2026-12-31", "--format",
                          "csv", "--out", base + ".pp.csv"});
    ASSERT_EQ(pp.code, 0) << pp.err.toStdString();
    EXPECT_TRUE(pp.out.contains("3 rows"));
    QFile csv(base + ".pp.csv");
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    EXPECT_TRUE(csv.readAll().startsWith("\xEF\xBB\xBF序号,产地（省）,产品,违法情况"));
    Result st = gasbench({"export", "statistics", "--from", "2026-01-01", "--to", "2026-12-31", "--format", "xlsx",
                          "--out", base + ".st.xlsx"});
    ASSERT_EQ(st.code, 0) << st.err.toStdString();
    QFile xlsx(base + ".st.xlsx");
    ASSERT_TRUE(xlsx.open(QIODevice::ReadOnly));
    EXPECT_TRUE(xlsx.read(2) == "PK");  // a zip, as XLSX is
}

}  // namespace
}  // namespace gasbench::reports
