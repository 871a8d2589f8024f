// The registry and the shipped profiles fit together: every profile names a registered
// procedure that lists it, and judges only items that procedure measures (or checklist items);
// steps have names a technician can read.
#include "gasbench/procedures/registry.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "gasbench/procedures/category.hpp"
#include "gasbench/procedures/profile.hpp"

namespace gp = gasbench::procedures;

TEST(Registry, ListsTheFourProcedures) {
    std::vector<std::string> ids;
    for (const auto& p : gp::procedureRegistry()) ids.push_back(p.id);
    EXPECT_EQ(ids, (std::vector<std::string>{"flame-failure", "regulator-outlet-pressure",
                                             "hose-leakage", "lpg-dme"}));
    EXPECT_EQ(gp::findProcedure("no-such"), nullptr);
}

TEST(Registry, EveryProcedureIsDeclaredCompletely) {
    for (const auto& p : gp::procedureRegistry()) {
        EXPECT_FALSE(p.titleZh.empty()) << p.id;
        EXPECT_FALSE(p.titleEn.empty()) << p.id;
        EXPECT_FALSE(p.steps.empty()) << p.id;
        EXPECT_TRUE(p.teardown) << p.id;
        for (const auto& c : p.categories) EXPECT_TRUE(gp::isProductCategory(c)) << p.id << " " << c;
        for (const auto& s : p.steps) {
            EXPECT_FALSE(s.name.empty()) << p.id;
            EXPECT_TRUE(s.run) << p.id << " " << s.name;
        }
    }
}

TEST(Registry, ProfilesAndProceduresAgree) {
    const auto profiles = gp::loadProfiles(std::string(GASBENCH_FIXTURES_DIR) + "/standards");
    for (const auto& profile : profiles) {
        const gp::ProcedureDefinition* proc = gp::findProcedure(profile.procedure);
        ASSERT_NE(proc, nullptr) << profile.id;
        EXPECT_NE(std::find(proc->profiles.begin(), proc->profiles.end(), profile.id),
                  proc->profiles.end())
            << proc->id << " does not list " << profile.id;
        bool sharesACategory = false;
        for (const auto& c : profile.categories) sharesACategory = sharesACategory || proc->appliesTo(c);
        EXPECT_TRUE(sharesACategory) << profile.id;
        for (const auto& item : profile.items) {
            if (item.kind == gp::ItemKind::checklist) continue;
            EXPECT_NE(std::find(proc->items.begin(), proc->items.end(), item.id), proc->items.end())
                << profile.id << " judges " << item.id << " which " << proc->id << " never measures";
        }
    }
    for (const auto& proc : gp::procedureRegistry()) {
        for (const auto& id : proc.profiles) {
            EXPECT_TRUE(std::any_of(profiles.begin(), profiles.end(),
                                    [&](const gp::Profile& p) { return p.id == id; }))
                << proc.id << " lists missing profile " << id;
        }
    }
}
