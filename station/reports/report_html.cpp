#include "report_html.hpp"

#include <QStringList>

namespace gasbench::reports {
namespace {

using gasbench::Verdict;

QString q(const std::string& s) { return QString::fromStdString(s).toHtmlEscaped(); }

// One label in both languages, chosen by the report's language.
struct Label {
    const char* zh;
    const char* en;
    QString in(bool chinese) const { return QString::fromUtf8(chinese ? zh : en); }
};

const Label kTitle{"检验报告（初检）", "Inspection Report (initial inspection)"};
const Label kNumber{"报告编号", "Report No."};
const Label kVersion{"版本", "version"};
const Label kSupersedes{"代替", "replaces"};
const Label kCorrectionReason{"更正原因", "reason for the correction"};
const Label kTaskSource{"任务来源", "Task source"};
const Label kClient{"委托单位", "Client"};
const Label kContinued{"（续）", " (continued)"};
const Label kBlankBelow{"以下空白", "— nothing follows —"};
const Label kSeal{"检验检测专用章", "Laboratory seal"};
const Label kSealHere{"（盖章）", "(seal)"};
const Label kChainHead{"审计链头", "Audit chain head"};
const Label kSampleName{"样品名称", "Sample name"};
const Label kBrandModel{"商标 / 型号规格", "Brand / model"};
const Label kProducer{"生产企业", "Producer"};
const Label kSampledUnit{"被抽样单位", "Sampled unit"};
const Label kCreditCode{"统一社会信用代码", "unified social credit code"};
const Label kSamplingNumber{"抽样单号", "Sampling No."};
const Label kSamplingDate{"抽样日期", "Sampling date"};
const Label kInspectionType{"检验类别", "Inspection type"};
const Label kSupervision{"监督抽查", "supervision sampling"};
const Label kCommissioned{"委托检验", "commissioned inspection"};
const Label kDescription{"样品描述", "Sample description"};
const Label kReceived{"收样日期", "Date received"};
const Label kTested{"检验日期", "Date tested"};
const Label kMethods{"检验依据", "Method standards"};
const Label kDecisionRule{"判定规则", "Decision rule"};
const Label kConclusion{"检验结论", "Conclusion"};
const Label kResults{"检验结果", "Results"};
const Label kNo{"序号", "No."};
const Label kItem{"检验项目", "Test item"};
const Label kClause{"标准条款", "Clause"};
const Label kRequirement{"标准要求", "Requirement"};
const Label kResult{"检验结果", "Result"};
const Label kItemVerdict{"单项判定", "Item verdict"};
const Label kInspector{"主检", "Inspector"};
const Label kReviewer{"审核", "Reviewer"};
const Label kApprover{"批准", "Approver"};
const Label kIssued{"签发日期", "Date issued"};
const Label kDate{"日期", "date"};
const Label kUnconfirmed{"† 该项限值尚未经质量负责人按标准原文确认。",
                         "† limit not yet confirmed against the standard's text by the quality manager."};
const Label kMarkedFail{"* 不合格项。", "* nonconforming item."};
const Label kDraft{"草稿 — 未签发，不作为检验报告使用", "DRAFT — not issued, not valid as a report"};

QString verdictText(Verdict v, bool zh) {
    switch (v) {
        case Verdict::pass: return zh ? "合格" : "conforming";
        case Verdict::fail: return zh ? "不合格" : "nonconforming";
        case Verdict::inconclusive: return zh ? "不能判定" : "inconclusive";
    }
    return {};
}

QString conclusionText(const ReportContent& c, bool zh) {
    QStringList standards;
    for (const auto& m : c.methods) standards << q(m.standard);
    standards.removeDuplicates();
    QString list = standards.join(zh ? "、" : ", ");
    switch (c.conclusion) {
        case Verdict::pass:
            return zh ? "经检验，所检项目符合 " + list + " 的要求，检验结论：<b>合格</b>。"
                      : "The items tested conform to " + list + ". Conclusion: <b>conforming</b>.";
        case Verdict::fail: {
            QStringList failed;
            for (std::size_t i = 0; i < c.rows.size(); ++i)
                if (c.rows[i].verdict == Verdict::fail) failed << QString::number(i + 1);
            if (zh)
                return "经检验，第 " + failed.join("、") + " 项不符合 " + list + " 的要求，检验结论：<b>不合格</b>。";
            return (failed.size() == 1 ? "Item " + failed.front() + " does not conform to "
                                       : "Items " + failed.join(", ") + " do not conform to ") +
                   list + ". Conclusion: <b>nonconforming</b>.";
        }
        case Verdict::inconclusive:
            return zh ? "所检项目中有项目无确认限值或未能测得，检验结论：<b>不能判定</b>。"
                      : "Some items have no confirmed limit or could not be measured. Conclusion: "
                        "<b>inconclusive</b>.";
    }
    return {};
}

QString row(const QString& label, const QString& value) {
    return "<tr><td width=\"22%\" bgcolor=\"#f0f0f0\">" + label + "</td><td>" + value + "</td></tr>";
}

QString firm(const storage::Enterprise& e, bool zh) {
    return q(e.name) + "<br/>" + kCreditCode.in(zh) + (zh ? "：" : ": ") + q(e.creditCode) +
           "<br/>" + q(e.address);
}

QString description(const ReportContent& c, bool zh) {
    const auto& b = c.batch;
    QStringList parts;
    parts << (zh ? "样品编号 " : "sample ") + q(c.sampleCode);
    if (b.productionDate) parts << (zh ? "生产日期 " : "production date ") + q(*b.productionDate);
    if (b.batchNumber) parts << (zh ? "批号 " : "batch ") + q(*b.batchNumber);
    parts << (zh ? "抽样数量 " : "units drawn ") + QString::number(b.unitsDrawn);
    QStringList seals;
    for (const auto& s : b.sealNumbers) seals << q(s);
    if (!seals.isEmpty()) parts << (zh ? "封条 " : "seals ") + seals.join(", ");
    parts << (zh ? "封样完好，样品状态正常" : "seals intact, sample in normal condition");
    return parts.join(zh ? "；" : "; ");
}

QString signature(const Label& role, const Signature& s, bool zh) {
    return "<td width=\"33%\">" + role.in(zh) + (zh ? "：" : ": ") + q(s.name) + "<br/>" +
           kDate.in(zh) + (zh ? "：" : ": ") + q(s.date) + "</td>";
}

}  // namespace

QString draftMark(const ReportContent& content) {
    return content.language == Language::zh ? "草稿" : "DRAFT";
}

QString reportFooter(const ReportContent& content, const ReportStamp& stamp, int page, int pages) {
    bool zh = content.language == Language::zh;
    QString number = QString::fromStdString(stamp.number);
    return zh ? QString("报告编号：%1    第 %2 页 共 %3 页").arg(number).arg(page).arg(pages)
              : QString("Report No. %1    page %2 of %3").arg(number).arg(page).arg(pages);
}

QString reportHeadHtml(const ReportContent& c, const ReportStamp& stamp) {
    const bool zh = c.language == Language::zh;
    const auto& lab = c.lab;
    QString h;
    h += "<table width=\"100%\" cellpadding=\"4\"><tr><td width=\"70\"><img src=\"gasbench:logo\" "
         "width=\"64\" height=\"64\"/></td><td align=\"center\"><span style=\"font-size:14pt\"><b>" +
         q(zh ? lab.name : lab.nameEn) + "</b></span><br/>" + q(zh ? lab.nameEn : lab.name) +
         "<br/>" + q(lab.address) + "　" + q(lab.accreditation) + "</td></tr></table>";
    h += "<p align=\"center\"><span style=\"font-size:18pt\"><b>" + kTitle.in(zh) +
         "</b></span></p>";
    QString number = kNumber.in(zh) + (zh ? "：" : ": ") + q(stamp.number) + (zh ? "（" : " (") +
                     kVersion.in(zh) + " " + QString::number(stamp.version) + (zh ? "）" : ")");
    if (!stamp.supersedes.empty()) {
        number += "<br/>" + kSupersedes.in(zh) + " " + q(stamp.supersedes);
        if (!stamp.correctionReason.empty())
            number += (zh ? "（" : " (") + kCorrectionReason.in(zh) + (zh ? "：" : ": ") +
                      q(stamp.correctionReason) + (zh ? "）" : ")");
    }
    h += "<p align=\"center\">" + number + "</p>";
    if (!stamp.final)
        h += "<p align=\"center\" style=\"color:#b00000\"><b>" + kDraft.in(zh) + "</b></p>";

    const auto& b = c.batch;
    const bool supervision = b.inspectionType == storage::InspectionType::supervision;
    h += "<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\">";
    h += row(kSampleName.in(zh), q(b.productName));
    h += row(kBrandModel.in(zh), q(b.brand) + " / " + q(b.model));
    h += row(kProducer.in(zh), firm(c.producer, zh));
    h += row(kSampledUnit.in(zh), firm(c.sampledUnit, zh));
    h += row((supervision ? kTaskSource : kClient).in(zh), b.client.empty() ? QString("—") : q(b.client));
    h += row(kSamplingNumber.in(zh), q(b.samplingNumber));
    h += row(kSamplingDate.in(zh), q(b.samplingDate));
    h += row(kInspectionType.in(zh), supervision ? kSupervision.in(zh) : kCommissioned.in(zh));
    h += row(kDescription.in(zh), description(c, zh));
    h += row(kReceived.in(zh), q(c.receivedDate));
    h += row(kTested.in(zh), q(c.testedFrom) + (c.testedTo != c.testedFrom
                                                    ? (zh ? " 至 " : " to ") + q(c.testedTo)
                                                    : QString()));
    QStringList methods;
    for (const auto& m : c.methods)
        methods << q(m.standard) + " " + q(m.title) + (m.allConfirmed ? "" : " †");
    methods.removeDuplicates();
    h += row(kMethods.in(zh), methods.join("<br/>"));
    QStringList rules;
    for (const auto& m : c.methods)
        if (!m.judgement.empty()) rules << q(m.standard) + (zh ? "：" : ": ") + q(m.judgement);
    rules.removeDuplicates();
    if (!rules.isEmpty()) h += row(kDecisionRule.in(zh), rules.join("<br/>"));
    h += row(kConclusion.in(zh), conclusionText(c, zh));
    h += "</table>";
    return h;
}

QString resultsHtml(const ReportContent& c, std::size_t first, std::size_t last) {
    const bool zh = c.language == Language::zh;
    QString h = "<p><b>" + kResults.in(zh) + (first > 0 ? kContinued.in(zh) : QString()) + "</b></p>";
    h += "<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><thead><tr "
         "bgcolor=\"#f0f0f0\"><th>" + kNo.in(zh) + "</th><th>" + kItem.in(zh) + "</th><th>" +
         kClause.in(zh) + "</th><th>" + kRequirement.in(zh) + "</th><th>" + kResult.in(zh) +
         "</th><th>" + kItemVerdict.in(zh) + "</th></tr></thead>";
    for (std::size_t i = first; i < last && i < c.rows.size(); ++i) {
        const auto& r = c.rows[i];
        bool fail = r.verdict == Verdict::fail;
        QString verdict = verdictText(r.verdict, zh);
        if (fail) verdict = "<span style=\"color:#b00000\"><b>" + verdict + " *</b></span>";
        h += QString("<tr%1><td align=\"center\">%2</td><td>%3</td><td>%4</td><td>%5%6</td>"
                     "<td>%7</td><td align=\"center\">%8</td></tr>")
                 .arg(fail ? " bgcolor=\"#fde8e8\"" : "")
                 .arg(i + 1)
                 .arg(q(r.item), q(r.clause), q(r.requirement), r.limitConfirmed ? QString() : QString(" †"),
                      q(r.result), verdict);
    }
    if (last >= c.rows.size())
        h += "<tr><td colspan=\"6\" align=\"center\">" + kBlankBelow.in(zh) + "</td></tr>";
    h += "</table>";
    return h;
}

QString reportCloseHtml(const ReportContent& c, const ReportStamp& stamp) {
    const bool zh = c.language == Language::zh;
    bool anyUnconfirmed = false, anyFail = false;
    for (const auto& r : c.rows) {
        anyFail = anyFail || r.verdict == Verdict::fail;
        anyUnconfirmed = anyUnconfirmed || !r.limitConfirmed;
    }
    for (const auto& m : c.methods) anyUnconfirmed = anyUnconfirmed || !m.allConfirmed;
    QString h;
    if (anyFail) h += "<p>" + kMarkedFail.in(zh) + "</p>";
    if (anyUnconfirmed) h += "<p>" + kUnconfirmed.in(zh) + "</p>";
    h += "<p></p><table width=\"100%\" cellpadding=\"6\"><tr>" +
         signature(kInspector, stamp.inspector, zh) + signature(kReviewer, stamp.reviewer, zh) +
         signature(kApprover, stamp.approver, zh) + "</tr></table>";
    h += "<table width=\"100%\" cellpadding=\"4\"><tr><td width=\"55%\"></td>"
         "<td width=\"45%\" align=\"center\"><table width=\"100%\" border=\"1\" cellspacing=\"0\" "
         "cellpadding=\"18\"><tr><td align=\"center\" style=\"color:#808080\">" +
         kSeal.in(zh) + "<br/>" + kSealHere.in(zh) + "</td></tr></table>" + kIssued.in(zh) +
         (zh ? "：" : ": ") + q(stamp.issuedDate) + "</td></tr></table>";
    if (stamp.final && !stamp.chainHead.empty())
        h += "<p style=\"font-size:7pt;color:#606060\">" + kChainHead.in(zh) + (zh ? "：" : ": ") +
             q(stamp.chainHead) + "</p>";
    return h;
}

QString reportPageHtml(const QString& body) { return "<html><body>" + body + "</body></html>"; }

}  // namespace gasbench::reports
