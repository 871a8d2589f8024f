// Answers files: every shipped one loads; bad ones are refused naming the field; a prompt
// without an answer, or with one of the wrong kind, is unanswered with a message naming it.
#include "gasbench/procedures/answers_file.hpp"

#include <gtest/gtest.h>

#include <QDir>
#include <QTemporaryDir>
#include <fstream>

#include "gasbench/core/config_error.hpp"
#include "gasbench/procedures/checklist.hpp"

namespace gp = gasbench::procedures;
namespace u = gasbench::units;

namespace {

const std::string kAnswers = std::string(GASBENCH_FIXTURES_DIR) + "/answers";

std::string refusedField(const std::string& answersJson) {
    QTemporaryDir dir;
    const std::string file = dir.path().toStdString() + "/bad.json";
    std::ofstream(file) << answersJson;
    try {
        gp::AnswersFileResponder::load(file);
    } catch (const gasbench::ConfigError& e) {
        return e.field();
    }
    return "(accepted)";
}

gp::Prompt valuePrompt() {
    gp::Prompt p;
    p.id = "hose-leakage.service-life";
    p.kind = gp::PromptKind::value;
    p.valueDimension = u::Dimension::duration;
    p.valueUnit = "a";
    return p;
}

gp::Prompt structureChecklist() {
    gp::Prompt p;
    p.id = "regulator-outlet-pressure.structure";
    p.kind = gp::PromptKind::checklist;
    p.checklist = {{"outlet_not_adjustable", "", ""}, {"body_marking", "", ""}};
    return p;
}

}  // namespace

TEST(AnswersFile, EveryShippedFileLoads) {
    const QDir dir(QString::fromStdString(kAnswers));
    const auto files = dir.entryList({"*.json"}, QDir::Files);
    ASSERT_GE(files.size(), 3);
    for (const auto& f : files) {
        EXPECT_NO_THROW(gp::AnswersFileResponder::load(dir.filePath(f).toStdString()))
            << f.toStdString();
    }
}

TEST(AnswersFile, AnswersConfirmValueAndChecklist) {
    auto r = gp::AnswersFileResponder::load(kAnswers + "/regulator-adjustable-outlet.json");
    const auto confirm =
        r.answer(gp::confirmPrompt("regulator-outlet-pressure.connect", "", ""), {});
    EXPECT_EQ(confirm.outcome, gp::PromptOutcome::answered);

    const auto life = r.answer(valuePrompt(), {});
    ASSERT_EQ(life.outcome, gp::PromptOutcome::answered);
    EXPECT_NEAR(u::siValue(*life.value) / (365.25 * 86400.0), 10.0, 1e-9);

    const auto checks = r.answer(structureChecklist(), {});
    ASSERT_EQ(checks.outcome, gp::PromptOutcome::answered);
    ASSERT_EQ(checks.checks.size(), 2u);
    EXPECT_EQ(checks.checks[0].result, gp::CheckResult::nonconforming);
    EXPECT_EQ(checks.checks[1].result, gp::CheckResult::conforms) << "otherChecks";
}

TEST(AnswersFile, APromptWithoutAnAnswerIsUnansweredNamingPromptAndFile) {
    auto r = gp::AnswersFileResponder::load(kAnswers + "/all-conforming.json");
    const auto a = r.answer(gp::confirmPrompt("nobody.asked-this", "", ""), {});
    EXPECT_EQ(a.outcome, gp::PromptOutcome::unanswered);
    EXPECT_NE(a.message.find("nobody.asked-this"), std::string::npos);
    EXPECT_NE(a.message.find("all-conforming.json"), std::string::npos);
}

TEST(AnswersFile, AnAnswerOfTheWrongKindIsUnanswered) {
    auto r = gp::AnswersFileResponder::load(kAnswers + "/all-conforming.json");
    auto asValue = valuePrompt();
    asValue.id = "hose-leakage.connect";  // answered with confirm in the file
    EXPECT_EQ(r.answer(asValue, {}).outcome, gp::PromptOutcome::unanswered);
    auto wrongDimension = valuePrompt();
    wrongDimension.valueDimension = u::Dimension::pressure;
    const auto a = r.answer(wrongDimension, {});
    EXPECT_EQ(a.outcome, gp::PromptOutcome::unanswered);
    EXPECT_NE(a.message.find("pressure"), std::string::npos);
}

TEST(AnswersFile, SkipOnlyWhereThePromptAllowsIt) {
    auto r = gp::AnswersFileResponder::load(kAnswers + "/hose-unmarked.json");
    auto p = valuePrompt();
    p.skippable = true;
    EXPECT_EQ(r.answer(p, {}).outcome, gp::PromptOutcome::skipped);
    p.skippable = false;
    EXPECT_EQ(r.answer(p, {}).outcome, gp::PromptOutcome::unanswered);
}

TEST(AnswersFile, StopWinsOverAnAnswer) {
    auto r = gp::AnswersFileResponder::load(kAnswers + "/all-conforming.json");
    std::stop_source stop;
    stop.request_stop();
    EXPECT_EQ(r.answer(gp::confirmPrompt("hose-leakage.connect", "", ""), stop.get_token()).outcome,
              gp::PromptOutcome::stopped);
}

TEST(AnswersFile, AChecklistEntryWithoutAnswerIsUnanswered) {
    auto r = gp::AnswersFileResponder::load(kAnswers + "/all-conforming.json");
    auto p = structureChecklist();
    p.id = "hose-leakage.marking";
    EXPECT_EQ(r.answer(p, {}).outcome, gp::PromptOutcome::answered) << "otherChecks covers it";
    QTemporaryDir dir;
    const std::string file = dir.path().toStdString() + "/partial.json";
    std::ofstream(file) << R"({"answers": [{"prompt": "regulator-outlet-pressure.structure",
        "checks": [{"id": "body_marking", "result": "conforms"}]}]})";
    auto partial = gp::AnswersFileResponder::load(file);
    const auto a = partial.answer(structureChecklist(), {});
    EXPECT_EQ(a.outcome, gp::PromptOutcome::unanswered);
    EXPECT_NE(a.message.find("outlet_not_adjustable"), std::string::npos);
}

TEST(AnswersFile, RefusesBadFilesNamingTheField) {
    EXPECT_EQ(refusedField(R"({"answers": [{"prompt": "a", "confirm": true}]})"), "(accepted)");
    EXPECT_EQ(refusedField(R"({"answerz": []})"), "answerz");
    EXPECT_EQ(refusedField(R"({"answers": [{"confirm": true}]})"), "answers[0].prompt");
    EXPECT_EQ(refusedField(R"({"answers": [{"prompt": "a", "value": 3, "unit": "years"}]})"),
              "answers[0].unit");
    EXPECT_EQ(refusedField(R"({"answers": [{"prompt": "a", "value": 3}]})"), "answers[0].unit");
    EXPECT_EQ(refusedField(R"({"answers": [{"prompt": "a", "confirm": true, "skip": true}]})"),
              "answers[0]");
    EXPECT_EQ(refusedField(R"({"answers": [{"prompt": "a", "checks": [{"id": "x",
        "result": "fine"}]}]})"),
              "answers[0].checks[0].result");
    EXPECT_EQ(refusedField(R"({"answers": [{"prompt": "a", "confirm": true},
        {"prompt": "a", "confirm": true}]})"),
              "answers[1].prompt");
    EXPECT_EQ(refusedField(R"({"answers": [{"prompt": "a", "confirm": false}]})"),
              "answers[0].confirm");
}
