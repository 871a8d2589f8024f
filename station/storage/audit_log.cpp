#include "gasbench/storage/audit_log.hpp"

#include <QCryptographicHash>
#include <QString>
#include <QtGlobal>

#include "gasbench/storage/row_digest.hpp"
#include "gasbench/storage/storage_error.hpp"

namespace gasbench::storage {
namespace {

const std::string kGenesisHash(64, '0');

void appendField(QByteArray& out, const std::string& field) {
    out += QByteArray::number(static_cast<qulonglong>(field.size()));
    out += ':';
    out += QByteArray(field.data(), static_cast<qsizetype>(field.size()));
    out += '\n';
}

AuditEvent readEvent(const Statement& s) {
    AuditEvent e;
    e.id = s.integer(0);
    e.format = static_cast<int>(s.integer(9));
    if (auto table = s.optText(10)) e.entry.row = RowRef{*table, s.integer(11)};
    e.rowSha256 = s.text(12);
    e.at = s.text(1);
    e.entry.who = s.text(2);
    e.entry.what = s.text(3);
    e.entry.runId = s.optInteger(4);
    e.entry.subject = s.text(5);
    e.entry.details = s.text(6);
    e.prevHash = s.text(7);
    e.hash = s.text(8);
    return e;
}

constexpr const char* kEventColumns =
    "SELECT id, at, who, what, run_id, subject, details, prev_hash, hash, format, row_table,"
    " row_id, row_sha256 FROM events ";

}  // namespace

std::string eventHash(const AuditEvent& event) {
    QByteArray canonical = event.format >= 2 ? "gasbench-event-v2\n" : "gasbench-event-v1\n";
    appendField(canonical, std::to_string(event.id));
    appendField(canonical, event.at);
    appendField(canonical, event.entry.who);
    appendField(canonical, event.entry.what);
    appendField(canonical, event.entry.runId ? std::to_string(*event.entry.runId) : "");
    appendField(canonical, event.entry.subject);
    appendField(canonical, event.entry.details);
    if (event.format >= 2) {
        appendField(canonical, event.entry.row ? event.entry.row->table : "");
        appendField(canonical, event.entry.row ? std::to_string(event.entry.row->id) : "");
        appendField(canonical, event.rowSha256);
    }
    appendField(canonical, event.prevHash);
    return QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex().toStdString();
}

std::int64_t appendEvent(Database& db, const AuditEntry& entry) {
    Transaction tx(db);
    AuditEvent e;
    e.entry = entry;
    e.at = entry.at.empty() ? utcNow() : entry.at;
    e.prevHash = kGenesisHash;
    e.id = 1;
    {
        Statement last = db.prepare("SELECT id, hash FROM events ORDER BY id DESC LIMIT 1");
        if (last.step()) {
            e.id = last.integer(0) + 1;
            e.prevHash = last.text(1);
        }
    }
    if (entry.row) {
        auto digest = rowDigest(db, entry.row->table, entry.row->id);
        if (!digest)
            throw StorageError("event " + entry.what + ": no " + entry.row->table + " row " +
                               std::to_string(entry.row->id));
        e.rowSha256 = *digest;
    }
    e.hash = eventHash(e);
    Statement insert = db.prepare(
        "INSERT INTO events (id, at, who, what, run_id, subject, details, prev_hash, hash, format,"
        " row_table, row_id, row_sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 2, ?, ?, ?)");
    insert.bind(1, e.id).bind(2, e.at).bind(3, e.entry.who).bind(4, e.entry.what);
    insert.bind(5, e.entry.runId).bind(6, e.entry.subject).bind(7, e.entry.details);
    insert.bind(8, e.prevHash).bind(9, e.hash);
    if (entry.row) {
        insert.bind(10, entry.row->table).bind(11, entry.row->id).bind(12, e.rowSha256);
    } else {
        insert.bindNull(10).bindNull(11).bindNull(12);
    }
    insert.run();
    tx.commit();
    return e.id;
}

ChainCheck verifyAuditChain(Database& db) {
    ChainCheck check;
    std::string expectedPrev = kGenesisHash;
    std::int64_t expectedId = 1;
    Statement s = db.prepare(std::string(kEventColumns) + "ORDER BY id");
    while (s.step()) {
        AuditEvent e = readEvent(s);
        ++check.eventsChecked;
        std::string problem;
        if (e.id != expectedId) {
            problem = "event " + std::to_string(expectedId) + " is missing";
        } else if (e.prevHash != expectedPrev) {
            problem = "its previous-hash does not match the event before it";
        } else if (eventHash(e) != e.hash) {
            problem = "its contents do not match its hash (the row was changed)";
        }
        if (!problem.empty()) {
            check.brokenEvent = e.id;
            check.problem = problem;
            return check;
        }
        expectedPrev = e.hash;
        ++expectedId;
    }
    return check;
}

ChainHead chainHead(Database& db) {
    Statement s = db.prepare("SELECT id, hash FROM events ORDER BY id DESC LIMIT 1");
    if (!s.step()) return {};
    return {s.integer(0), s.text(1)};
}

std::optional<AuditEvent> findEvent(Database& db, std::int64_t id) {
    Statement s = db.prepare(std::string(kEventColumns) + "WHERE id = ?");
    s.bind(1, id);
    if (!s.step()) return std::nullopt;
    return readEvent(s);
}

std::vector<AuditEvent> eventsOfRun(Database& db, std::int64_t runId) {
    std::vector<AuditEvent> all;
    Statement s = db.prepare(std::string(kEventColumns) + "WHERE run_id = ? ORDER BY id");
    s.bind(1, runId);
    while (s.step()) all.push_back(readEvent(s));
    return all;
}

std::string commandLineActor() {
    return qEnvironmentVariable("USER", QStringLiteral("gasbench")).toStdString();
}

}  // namespace gasbench::storage
