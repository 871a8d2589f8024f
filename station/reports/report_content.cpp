#include "gasbench/reports/report_content.hpp"

#include <QString>
#include <algorithm>
#include <map>

#include "gasbench/procedures/profile.hpp"
#include "gasbench/reports/report_error.hpp"
#include "gasbench/reports/sample_results.hpp"
#include "gasbench/reports/item_names.hpp"

namespace gasbench::reports {
namespace {

using storage::Verdict;

std::string formatValue(double v) { return QString::number(v, 'g', 4).toStdString(); }

std::string limitText(const storage::StoredMeasurement& m) {
    std::string unit = m.unit == "1" || m.unit == "bool" ? "" : " " + m.unit;
    if (m.low && m.high) return formatValue(*m.low) + " ~ " + formatValue(*m.high) + unit;
    if (m.high) return std::string(m.highInclusive ? "≤ " : "< ") + formatValue(*m.high) + unit;
    if (m.low) return std::string(m.lowInclusive ? "≥ " : "> ") + formatValue(*m.low) + unit;
    return "—";
}

std::string resultText(const storage::StoredMeasurement& m, bool zh) {
    if (m.unit == "bool") {
        switch (m.verdict) {
            case Verdict::pass: return zh ? "符合" : "conforms";
            case Verdict::fail: return zh ? "不符合" : "does not conform";
            case Verdict::inconclusive: return zh ? "未能判定" : "not determined";
        }
    }
    if (!m.value) return zh ? "未测得" : "not measured";
    return formatValue(*m.value) + (m.unit == "1" ? "" : " " + m.unit);
}

std::string clauseText(const procedures::Profile* profile, const std::string& clause) {
    if (clause.rfind("GB", 0) == 0 || !profile) return clause;
    if (clause.empty() || clause == "—") return profile->standard;
    return profile->standard + " " + clause;
}

std::string dateOf(const std::string& isoTime) { return isoTime.substr(0, 10); }

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

ReportContent gatherReportContent(storage::Database& db, const std::string& sampleCode,
                                  const ReportSources& sources, Language language) {
    const bool zh = language == Language::zh;
    auto sample = storage::findSample(db, sampleCode);
    if (!sample) throw ReportError("no sample " + sampleCode);
    SampleResults results = sampleResults(db, sampleCode);
    if (results.runs.empty()) throw ReportError("sample " + sampleCode + " has no completed run");

    ReportContent c;
    c.language = language;
    c.lab = sources.lab;
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
    std::map<std::size_t, std::size_t> methodOfRun;
    for (std::size_t r = 0; r < results.runs.size(); ++r) {
        const auto& info = results.runs[r].info;
        MethodStandard method;
        auto it = profiles.find(info.profileId);
        method.profileId = info.profileId;
        method.profileVersion = QString::fromStdString(info.profileVersion).toInt();
        if (it != profiles.end()) {
            method.standard = it->second.standard;
            method.title = zh ? it->second.titleZh : it->second.titleEn;
        } else {
            method.standard = info.profileId;
        }
        methodOfRun[r] = c.methods.size();
        c.methods.push_back(method);
    }

    for (const auto& outcome : results.items) {
        const auto& m = outcome.measurement;
        const auto& info = results.runs[outcome.run].info;
        auto pit = profiles.find(info.profileId);
        const procedures::Profile* profile = pit == profiles.end() ? nullptr : &pit->second;
        const procedures::ProfileItem* item = profile ? profile->findItem(m.item) : nullptr;
        ResultRow row;
        row.item = itemName(m.item, zh);
        row.clause = clauseText(profile, m.clause);
        row.requirement = item ? (zh ? item->requirementZh : item->requirementEn) : limitText(m);
        row.result = resultText(m, zh);
        row.verdict = m.verdict;
        row.limitConfirmed = item ? item->confirmed : false;
        if (!row.limitConfirmed) c.methods[methodOfRun[outcome.run]].allConfirmed = false;
        c.rows.push_back(std::move(row));
    }
    c.conclusion = results.conclusion.value_or(Verdict::inconclusive);
    return c;
}

}  // namespace gasbench::reports
