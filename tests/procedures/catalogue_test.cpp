// The one catalogue of names: every step of every registered procedure, every timed wait a
// procedure announces and every item of every standard profile has its Chinese and English name,
// so the window and the report never fall back to an id (found: the console listed the steps in
// English on a Chinese screen, and kept its own copy of the waits' names).
#include "gasbench/procedures/catalogue.hpp"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include "gasbench/procedures/profile.hpp"
#include "gasbench/procedures/registry.hpp"

namespace gp = gasbench::procedures;

TEST(Catalogue, EveryRegisteredStepAndTheTeardownHasBothNames) {
    for (const auto& p : gp::procedureRegistry()) {
        for (const auto& step : p.steps) {
            EXPECT_TRUE(gp::catalogued(gp::Named::step, step.name)) << p.id << ": step '" << step.name << "'";
            EXPECT_NE(gp::nameOf(gp::Named::step, step.name, true), step.name) << "no Chinese name for " << step.name;
        }
    }
    EXPECT_TRUE(gp::catalogued(gp::Named::step, "teardown"));
}

TEST(Catalogue, EveryItemOfEveryProfileHasBothNames) {
    int items = 0;
    for (const auto& profile : gp::loadProfiles(std::string(GASBENCH_FIXTURES_DIR) + "/standards")) {
        for (const auto& item : profile.items) {
            ++items;
            EXPECT_TRUE(gp::catalogued(gp::Named::item, item.id)) << profile.id << ": item '" << item.id << "'";
        }
    }
    EXPECT_GT(items, 10);
}

TEST(Catalogue, EveryTimedWaitAProcedureAnnouncesHasBothNames) {
    // The waits are the literal second arguments of ctx.pause(duration, "what") in procedures/.
    const QString dir = QStringLiteral(GASBENCH_SOURCE_DIR) + "/procedures";
    static const QRegularExpression pause(R"re(ctx\.pause\([^,]+,\s*"([^"]+)"\))re");
    int waits = 0;
    for (const QString& name : QDir(dir).entryList({"*.cpp"})) {
        QFile f(dir + "/" + name);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly)) << name.toStdString();
        auto it = pause.globalMatch(QString::fromUtf8(f.readAll()));
        while (it.hasNext()) {
            const std::string what = it.next().captured(1).toStdString();
            ++waits;
            EXPECT_TRUE(gp::catalogued(gp::Named::wait, what)) << name.toStdString() << ": wait '" << what << "'";
        }
    }
    EXPECT_GE(waits, 3);
}

TEST(Catalogue, AnUnknownIdReadsAsItsWords) {
    EXPECT_EQ(gp::nameOf(gp::Named::item, "new_item", true), "new item");
    EXPECT_EQ(gp::nameOf(gp::Named::item, "closing_time", true), "熄火保护装置闭阀时间");
    EXPECT_EQ(gp::nameOf(gp::Named::step, "pressure decay", false), "pressure decay");
}
