// The hash chain of the event log: intact after many state changes; a changed, a removed or a
// re-chained row is found, and the first broken row is named.
#include <gtest/gtest.h>

#include "gasbench/storage/audit_log.hpp"
#include "gasbench/storage/run_records.hpp"
#include "storage_fixture.hpp"

using namespace gasbench::storage;
using gasbench::storage::fixture::StorageTest;

namespace {

class StorageAuditChainTest : public StorageTest {
protected:
    void SetUp() override {
        db_ = std::make_unique<Database>(openWithBatch());  // 3 events
        for (int i = 0; i < 5; ++i) {
            appendEvent(*db_, {"王工", "note", std::nullopt, "bench", "entry " + std::to_string(i)});
        }  // events 4..8
    }
    // Tampering needs the append-only trigger out of the way, as an attacker with the file
    // would do.
    void tamper(const std::string& sql) {
        db_->exec("DROP TRIGGER events_no_update; DROP TRIGGER events_no_delete;");
        db_->exec(sql);
    }
    std::unique_ptr<Database> db_;
};

}  // namespace

TEST_F(StorageAuditChainTest, AnIntactChainVerifies) {
    auto check = verifyAuditChain(*db_);
    EXPECT_TRUE(check.ok()) << check.problem;
    EXPECT_EQ(check.eventsChecked, 10);
}

TEST_F(StorageAuditChainTest, EachEventLinksToThePreviousHash) {
    Statement s = db_->prepare("SELECT prev_hash, hash FROM events ORDER BY id");
    std::string previous(64, '0');
    while (s.step()) {
        EXPECT_EQ(s.text(0), previous);
        EXPECT_EQ(s.text(1).size(), 64u);
        previous = s.text(1);
    }
}

TEST_F(StorageAuditChainTest, AChangedRowIsDetected) {
    tamper("UPDATE events SET who = '李工' WHERE id = 5");
    auto check = verifyAuditChain(*db_);
    EXPECT_FALSE(check.ok());
    EXPECT_EQ(check.brokenEvent, 5);
    EXPECT_NE(check.problem.find("changed"), std::string::npos) << check.problem;
}

TEST_F(StorageAuditChainTest, AChangedRowWithARecomputedHashBreaksTheNextLink) {
    // The forger fixes row 5's own hash, but row 6 still points at the old one.
    tamper("UPDATE events SET details = 'forged' WHERE id = 5");
    auto e = findEvent(*db_, 5);  // as the forger left it
    ASSERT_TRUE(e);
    db_->exec("UPDATE events SET hash = '" + eventHash(*e) + "' WHERE id = 5");
    auto check = verifyAuditChain(*db_);
    EXPECT_EQ(check.brokenEvent, 6);
}

TEST_F(StorageAuditChainTest, ARemovedRowIsDetected) {
    tamper("DELETE FROM events WHERE id = 4");
    auto check = verifyAuditChain(*db_);
    EXPECT_EQ(check.brokenEvent, 5);
}
