#include "gasbench/reports/report_content.hpp"

#include <QString>
#include <algorithm>
#include <map>
#include <set>

#include "gasbench/procedures/profile.hpp"
#include "gasbench/reports/report_error.hpp"
#include "gasbench/reports/sample_results.hpp"
#include "gasbench/procedures/catalogue.hpp"
#include "gasbench/reports/profile_confirmation.hpp"
#include "gasbench/station/lab_details_json.hpp"

namespace gasbench::reports {
namespace {

using gasbench::Verdict;

// The number rounded as its item says, with "± U" where the method asks for it.
std::string resultText(const storage::StoredMeasurement& m, bool withUncertainty, bool zh) {
    if (m.unit == "bool") {
        switch (m.verdict) {
            case Verdict::pass: return zh ? "符合" : "conforms";
            case Verdict::fail: return zh ? "不符合" : "does not conform";
            case Verdict::inconclusive: return zh ? "未能判定" : "not determined";
        }
    }
    const std::string shown = shownNumber(m);
    if (shown.empty()) return zh ? "未测得" : "not measured";
    const std::string U = withUncertainty ? shownUncertainty(m) : std::string();
    const std::string unit = m.unit == "1" ? "" : " " + m.unit;
    if (U.empty()) return shown + unit;
    return "(" + shown + " ± " + U + ")" + unit;
}

// A clause nobody has looked up yet says so, rather than passing for the whole standard.
std::string clauseText(const procedures::Profile* profile, const std::string& clause, bool zh) {
    if (clause.rfind("GB", 0) == 0 || !profile) return clause.empty() ? "—" : clause;
    if (clause.empty() || clause == "—")
        return profile->standard + (zh ? "（条款待确认）" : " (clause to be confirmed)");
    return profile->standard + " " + clause;
}

// The lab of the station the runs were made on; the given one for runs recorded before runs
// kept it.
station::LabDetails labOfRuns(const std::vector<storage::StoredRun>& runs, const station::LabDetails& fallback) {
    std::optional<station::LabDetails> lab;
    std::string from;
    for (const auto& run : runs) {
        auto l = station::parseLabDetailsJson(run.info.stationLab);
        if (!l) continue;
        if (lab && (l->name != lab->name || l->address != lab->address || l->accreditation != lab->accreditation))
            throw ReportError("the runs were made on stations of different labs: " + from + " (" + lab->name +
                              ") and " + run.info.stationId + " (" + l->name + ")");
        if (!lab) from = run.info.stationId;
        lab = l;
    }
    return lab.value_or(fallback);
}

std::string dateOf(const std::string& isoTime) { return isoTime.substr(0, 10); }

// How a method's results were judged, from what its measurements recorded (ISO/IEC 17025
// 7.8.6.2): the decision rule, then the comparison with the limits (GB/T 8170-2008 4.3).
std::string judgementText(const DecisionRule& rule, const std::set<Comparison>& comparisons, bool zh) {
    std::string text = decisionRuleText(rule, zh) + (zh ? "；" : "; ");
    text += zh ? "数值修约与极限值比较按 GB/T 8170-2008：" : "rounding and comparison with the limits by GB/T 8170-2008: ";
    std::string methods;
    for (Comparison c : comparisons) {
        if (!methods.empty()) methods += zh ? "、" : ", ";
        if (c == Comparison::fullValue) methods += zh ? "全数值比较法" : "full-value comparison";
        if (c == Comparison::roundedValue) methods += zh ? "修约值比较法" : "rounded-value comparison";
    }
    return text + methods;
}

storage::Enterprise enterpriseOrEmpty(storage::Database& db, std::int64_t id) {
    return storage::findEnterprise(db, id).value_or(storage::Enterprise{});
}

}  // namespace

std::string_view languageId(Language l) { return l == Language::zh ? "zh" : "en"; }

std::optional<Language> parseLanguage(std::string_view id) {
    if (id == "zh" || id == "zh_CN") return Language::zh;
    if (id == "en") return Language::en;
    return std::nullopt;
}

std::vector<storage::StoredRun> reportedRuns(storage::Database& db, const std::string& sampleCode) {
    return sampleResults(db, sampleCode).runs;
}

ReportContent gatherReportContent(storage::Database& db, const std::string& sampleCode,
                                  const ReportSources& sources, Language language) {
    const bool zh = language == Language::zh;
    auto sample = storage::findSample(db, sampleCode);
    if (!sample) throw ReportError("no sample " + sampleCode);
    SampleResults results = sampleResults(db, sampleCode);
    if (results.runs.empty()) throw ReportError("sample " + sampleCode + " has no completed run");

    ReportContent c;
    c.language = language;
    c.lab = labOfRuns(results.runs, sources.lab);
    c.sampleCode = sampleCode;
    for (auto& b : storage::listSamplingBatches(db))
        if (b.id == sample->batchId) c.batch = std::move(b);
    c.producer = enterpriseOrEmpty(db, c.batch.producerId);
    c.sampledUnit = enterpriseOrEmpty(db, c.batch.sampledUnitId);
    auto received = db.prepare("SELECT created_at FROM sampling_batches WHERE id = ?");
    received.bind(1, sample->batchId);
    if (received.step()) c.receivedDate = dateOf(received.text(0));
    c.testedFrom = dateOf(results.runs.front().startedAt);
    c.testedTo = c.testedFrom;
    for (const auto& run : results.runs) {
        std::string end = dateOf(run.endedAt.value_or(run.startedAt));
        c.testedFrom = std::min(c.testedFrom, dateOf(run.startedAt));
        c.testedTo = std::max(c.testedTo, end);
    }

    // The profiles the runs were judged by; a profile no longer on disk still names itself.
    std::map<std::string, procedures::Profile> profiles;
    for (auto& p : procedures::loadProfiles(sources.profilesDir)) profiles.emplace(p.id, p);
    std::map<std::string, std::string> confirmedBy;  // profile id -> its confirmation
    for (const auto& [id, p] : profiles)
        if (auto conf = confirmationOf(db, p))
            confirmedBy[id] = conf->confirmedBy + " " + conf->confirmedAt.substr(0, 10) + ": " + conf->source;
    std::map<std::size_t, std::size_t> methodOfRun;
    for (std::size_t r = 0; r < results.runs.size(); ++r) {
        const auto& info = results.runs[r].info;
        auto same = std::find_if(c.methods.begin(), c.methods.end(), [&](const MethodStandard& m) {
            return m.profileId == info.profileId &&
                   m.profileVersion == info.profileVersion;
        });
        if (same != c.methods.end()) {
            methodOfRun[r] = static_cast<std::size_t>(same - c.methods.begin());
            continue;
        }
        MethodStandard method;
        auto it = profiles.find(info.profileId);
        method.profileId = info.profileId;
        method.profileVersion = info.profileVersion;
        if (it != profiles.end()) {
            method.standard = it->second.standard;
            method.title = zh ? it->second.titleZh : it->second.titleEn;
        } else {
            method.standard = info.profileId;
        }
        if (auto conf = confirmedBy.find(info.profileId); conf != confirmedBy.end())
            method.confirmation = conf->second;
        methodOfRun[r] = c.methods.size();
        c.methods.push_back(method);
    }

    std::map<std::size_t, DecisionRule> rulesOf;
    std::map<std::size_t, std::set<Comparison>> comparisonsOf;
    for (const auto& outcome : results.items) {
        const auto& m = outcome.measurement;
        const auto& info = results.runs[outcome.run].info;
        auto pit = profiles.find(info.profileId);
        const procedures::Profile* profile = pit == profiles.end() ? nullptr : &pit->second;
        const procedures::ProfileItem* item = profile ? profile->findItem(m.item) : nullptr;
        ResultRow row;
        row.itemId = m.item;
        row.profileId = info.profileId;
        row.item = procedures::nameOf(procedures::Named::item, m.item, zh);
        row.clause = clauseText(profile, m.clause, zh);
        row.requirement = item ? (zh ? item->requirementZh : item->requirementEn) : limitsText(m);
        row.result = resultText(m, item && item->reportUncertainty, zh);
        if (m.unit != "bool") {
            rulesOf[methodOfRun[outcome.run]] = m.rule;
            comparisonsOf[methodOfRun[outcome.run]].insert(m.rounding.comparison);
        }
        row.verdict = m.verdict;
        row.limitConfirmed = (item && item->confirmed) || confirmedBy.count(info.profileId) > 0;
        if (!row.limitConfirmed) c.methods[methodOfRun[outcome.run]].allConfirmed = false;
        c.rows.push_back(std::move(row));
    }
    for (std::size_t i = 0; i < c.methods.size(); ++i) {
        // A method of checklist answers only compares nothing with a limit.
        if (!comparisonsOf[i].empty()) c.methods[i].judgement = judgementText(rulesOf[i], comparisonsOf[i], zh);
    }
    c.conclusion = results.conclusion.value_or(Verdict::inconclusive);
    return c;
}

}  // namespace gasbench::reports
