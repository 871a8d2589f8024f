#pragma once
// What a sample's initial inspection report says, gathered from the records (batch, firms,
// completed runs, measurements) and the standard profiles the runs were judged by.

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

// Where the report's fixed parts come from.
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
};

struct ResultRow {
    std::string item;         // in the report's language
    std::string clause;       // "GB 16410-2020 6.12"
    std::string requirement;  // in the report's language
    std::string result;       // "42.0 s", "符合"
    storage::Verdict verdict = storage::Verdict::inconclusive;
    bool limitConfirmed = true;
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
    storage::Verdict conclusion = storage::Verdict::inconclusive;
};

// ReportError when the sample is unknown or has no completed run.
ReportContent gatherReportContent(storage::Database& db, const std::string& sampleCode,
                                  const ReportSources& sources, Language language);

}  // namespace gasbench::reports
