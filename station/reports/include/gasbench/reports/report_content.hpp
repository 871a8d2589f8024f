#pragma once
// What a sample's initial inspection report says, gathered from the records (batch, firms,
// completed runs, measurements, the lab of the station the runs were made on) and the standard
// profiles the runs were judged by. A draft freezes it (report_document.hpp); what is signed
// and issued is the frozen document, never a new gathering.

#include <optional>
#include <string>
#include <vector>

#include "gasbench/station/station_config.hpp"
#include "gasbench/storage/database.hpp"
#include "gasbench/storage/enterprise.hpp"
#include "gasbench/storage/run_records.hpp"
#include "gasbench/storage/sampling_batch.hpp"

namespace gasbench::reports {

enum class Language { zh, en };
std::string_view languageId(Language l);  // "zh", "en"
std::optional<Language> parseLanguage(std::string_view id);

// Where the report's fixed parts come from. `lab` heads a report only when its runs were
// recorded before runs kept their station's lab details.
struct ReportSources {
    station::LabDetails lab;
    std::string profilesDir;  // fixtures/standards
};

struct MethodStandard {
    std::string standard;  // "GB 16410-2020"
    std::string profileId;
    int profileVersion = 1;
    std::string title;  // in the report's language
    bool allConfirmed = true;  // every limit the report uses is confirmed
    std::string confirmation;  // the quality manager's confirmation, if that is what confirms it
    // The decision rule and the comparison method its results were judged by, as recorded with
    // them; empty for a method of checklist answers only.
    std::string judgement;
};

struct ResultRow {
    std::string itemId;       // "closing_time": for messages, never printed
    std::string profileId;    // the profile it was judged by: for messages, never printed
    std::string item;         // in the report's language
    std::string clause;       // "GB 16410-2020 6.12"
    std::string requirement;  // in the report's language
    std::string result;       // "42.0 s", "符合"
    gasbench::Verdict verdict = gasbench::Verdict::inconclusive;
    bool limitConfirmed = true;
    // A verdict that rests on an unconfirmed limit: refused at approval and issue.
    bool restsOnUnconfirmedLimit() const {
        return !limitConfirmed && verdict != gasbench::Verdict::inconclusive;
    }
};

struct ReportContent {
    Language language = Language::zh;
    station::LabDetails lab;
    std::string sampleCode;
    storage::SamplingBatch batch;
    storage::Enterprise producer;
    storage::Enterprise sampledUnit;
    std::string receivedDate;   // the day the batch was registered in the lab
    std::string testedFrom;     // first and last day of the completed runs
    std::string testedTo;
    std::vector<MethodStandard> methods;
    std::vector<ResultRow> rows;
    gasbench::Verdict conclusion = gasbench::Verdict::inconclusive;
};

// The runs a report of the sample reports now: the latest completed run of each procedure.
std::vector<storage::StoredRun> reportedRuns(storage::Database& db, const std::string& sampleCode);

// ReportError when the sample is unknown or has no completed run, or when its runs were made
// on stations whose lab details differ.
ReportContent gatherReportContent(storage::Database& db, const std::string& sampleCode,
                                  const ReportSources& sources, Language language);

}  // namespace gasbench::reports
