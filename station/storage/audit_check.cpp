#include "gasbench/storage/audit_check.hpp"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <map>
#include <utility>

#include "gasbench/storage/row_digest.hpp"
#include "gasbench/storage/storage_error.hpp"

namespace gasbench::storage {
namespace {

constexpr std::size_t kMaxProblems = 100;

struct LastRecord {
    std::string sha256;
    std::int64_t eventId = 0;
    std::string what;
};
using RecordKey = std::pair<std::string, std::int64_t>;

std::map<RecordKey, LastRecord> lastRecords(Database& db) {
    std::map<RecordKey, LastRecord> last;
    Statement s = db.prepare(
        "SELECT row_table, row_id, row_sha256, id, what FROM events WHERE row_table IS NOT NULL"
        " ORDER BY id");
    while (s.step()) last[{s.text(0), s.integer(1)}] = {s.text(2), s.integer(3), s.text(4)};
    return last;
}

std::vector<std::int64_t> ids(Database& db, const std::string& sql) {
    std::vector<std::int64_t> all;
    Statement s = db.prepare(sql);
    while (s.step()) all.push_back(s.integer(0));
    return all;
}

std::string rowName(const RecordKey& key) {
    if (key.first == kSeriesRecord) return "the time series of run " + std::to_string(key.second);
    return key.first + " row " + std::to_string(key.second);
}

// The records that must each have an event: every row of every covered table, and the time
// series of every closed run (a running run's chunks are sealed when it closes).
std::vector<RecordKey> recordsOnFile(Database& db) {
    std::vector<RecordKey> all;
    for (auto table : coveredTables())
        for (auto id : ids(db, "SELECT id FROM " + std::string(table) + " ORDER BY id"))
            all.emplace_back(std::string(table), id);
    for (auto id : ids(db, "SELECT id FROM runs WHERE state <> 'running' ORDER BY id"))
        all.emplace_back(std::string(kSeriesRecord), id);
    return all;
}

void note(AuditCheck& check, std::string problem) {
    if (check.problems.size() < kMaxProblems) check.problems.push_back(std::move(problem));
}

QJsonObject anchorJson(const Anchor& a) {
    return {{"database", QString::fromStdString(a.database)},
            {"at", QString::fromStdString(a.at)},
            {"event", static_cast<qint64>(a.head.eventId)},
            {"hash", QString::fromStdString(a.head.hash)}};
}

}  // namespace

AuditCheck verifyAudit(Database& db, const std::vector<Anchor>& anchors) {
    AuditCheck check;
    check.chain = verifyAuditChain(db);
    if (!check.chain.ok())
        note(check, "event " + std::to_string(*check.chain.brokenEvent) + ": " + check.chain.problem);

    auto last = lastRecords(db);
    for (const auto& key : recordsOnFile(db)) {
        ++check.rowsChecked;
        auto it = last.find(key);
        if (it == last.end()) {
            note(check, rowName(key) + " has no event: it was not written by gasbench");
            continue;
        }
        auto digest = rowDigest(db, key.first, key.second);
        if (digest != it->second.sha256)
            note(check, rowName(key) + " changed since event " + std::to_string(it->second.eventId) +
                            " (" + it->second.what + ") recorded it");
        last.erase(it);
    }
    for (const auto& [key, record] : last) {
        // A running run's series is recorded only when it closes, so none should be left here.
        if (rowDigest(db, key.first, key.second)) {
            note(check, rowName(key) + " is recorded by event " + std::to_string(record.eventId) +
                            " but should not be (its run is still running)");
        } else {
            note(check, "event " + std::to_string(record.eventId) + " (" + record.what +
                            ") records " + rowName(key) + ", which is gone");
        }
    }

    for (const auto& a : anchors) {
        ++check.anchorsChecked;
        if (a.head.eventId == 0) continue;  // anchored while the log was empty
        auto e = findEvent(db, a.head.eventId);
        if (!e) {
            note(check, "anchor of " + a.at + ": event " + std::to_string(a.head.eventId) +
                            " is gone (the log was cut back)");
        } else if (e->hash != a.head.hash) {
            note(check, "anchor of " + a.at + ": event " + std::to_string(a.head.eventId) +
                            " hashes " + e->hash.substr(0, 16) + "… now, " +
                            a.head.hash.substr(0, 16) +
                            "… when anchored: the chain was re-hashed at or before it");
        }
    }
    return check;
}

std::int64_t baselineUncoveredRecords(Database& db, const std::string& who) {
    Transaction tx(db);
    auto last = lastRecords(db);
    std::int64_t added = 0;
    for (const auto& key : recordsOnFile(db)) {
        if (last.count(key)) continue;
        appendEvent(db, {who, "audit.baseline", std::nullopt, rowName(key),
                         "recorded as found when the schema gained row events",
                         RowRef{key.first, key.second}});
        ++added;
    }
    tx.commit();
    return added;
}

Anchor anchorOf(Database& db) { return {db.path(), utcNow(), chainHead(db)}; }

void appendAnchor(const std::string& file, const Anchor& anchor) {
    QFile f(QString::fromStdString(file));
    if (!f.open(QIODevice::WriteOnly | QIODevice::Append))
        throw StorageError("cannot write anchor file " + file + ": " + f.errorString().toStdString());
    QByteArray line = QJsonDocument(anchorJson(anchor)).toJson(QJsonDocument::Compact) + "\n";
    if (f.write(line) != line.size() || !f.flush())
        throw StorageError("cannot write anchor file " + file + ": " + f.errorString().toStdString());
}

std::vector<Anchor> readAnchors(const std::string& file) {
    QFile f(QString::fromStdString(file));
    if (!f.open(QIODevice::ReadOnly))
        throw StorageError("cannot read anchor file " + file + ": " + f.errorString().toStdString());
    std::vector<Anchor> all;
    int lineNo = 0;
    while (!f.atEnd()) {
        QByteArray line = f.readLine().trimmed();
        ++lineNo;
        if (line.isEmpty()) continue;
        QJsonParseError error;
        QJsonObject o = QJsonDocument::fromJson(line, &error).object();
        auto where = file + ":" + std::to_string(lineNo);
        if (error.error != QJsonParseError::NoError)
            throw StorageError(where + ": not JSON (" + error.errorString().toStdString() + ")");
        if (!o.value("event").isDouble() || o.value("event").toInteger() < 0 ||
            !o.value("hash").isString())
            throw StorageError(where + ": expected {\"event\": N, \"hash\": \"…\"}");
        all.push_back({o.value("database").toString().toStdString(), o.value("at").toString().toStdString(),
                       {o.value("event").toInteger(), o.value("hash").toString().toStdString()}});
    }
    return all;
}

}  // namespace gasbench::storage
