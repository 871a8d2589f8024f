#pragma once
// A report's frozen document: exactly what it reports — its content as printed, and the pins
// (the content hash of every record it rests on: runs, measurements, sample, batch, firms, the
// profile files and their confirmations). Canonical JSON, so its SHA-256 is what reviewer and
// approver sign and what the issued PDF is rendered from.

#include <cstdint>
#include <string>
#include <vector>

#include "gasbench/reports/report_content.hpp"
#include "gasbench/storage/database.hpp"

namespace gasbench::reports {

struct FrozenReport {
    std::string document;  // canonical JSON (UTF-8)
    std::string sha256;    // of document
    std::vector<std::int64_t> runIds;
};

// The sample's report as the records say now (ReportError as gatherReportContent).
FrozenReport freezeReport(storage::Database& db, const std::string& sampleCode,
                          const ReportSources& sources, Language language);

// The content a frozen document prints (ReportError on a document that is not one).
ReportContent frozenContent(const std::string& document);

// What changed between a stored document and the records now, one phrase per change ("run 12
// came after the draft", "measurements row 40 changed"); empty when nothing did.
struct FrozenDrift {
    std::vector<std::string> newerRuns;  // a later run replaces a pinned one: the draft is stale
    std::vector<std::string> changed;    // a pinned record differs
    bool none() const { return newerRuns.empty() && changed.empty(); }
    std::string describe() const;
};
FrozenDrift driftOf(const std::string& storedDocument, const FrozenReport& now);

}  // namespace gasbench::reports
