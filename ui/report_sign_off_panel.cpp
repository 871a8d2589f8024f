#include "report_sign_off_panel.hpp"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include "gasbench/station/station_config.hpp"
#include "report_preview.hpp"
#include "reports_section.hpp"
#include "verdict_style.hpp"

namespace gasbench::ui {

using namespace gasbench::reports;

ReportSignOffPanel::ReportSignOffPanel(ReportsSection& section, ReportSources sources)
    : QWidget(&section), section_(section), sources_(std::move(sources)) {
    setObjectName("reportSignOff");
    user_ = new QLineEdit;
    user_->setObjectName("reportUser");
    user_->setPlaceholderText(tr("user"));
    pin_ = new QLineEdit;
    pin_->setObjectName("reportPin");
    pin_->setPlaceholderText(tr("PIN"));
    pin_->setEchoMode(QLineEdit::Password);
    correction_ = new QLineEdit;
    correction_->setObjectName("reportCorrection");
    correction_->setPlaceholderText(tr("correction: why"));
    language_ = new QComboBox;
    language_->setObjectName("reportLanguage");
    language_->addItem(QStringLiteral("中文"), "zh");
    language_->addItem(QStringLiteral("English"), "en");
    versions_ = new QComboBox;
    versions_->setObjectName("reportVersion");
    auto button = [this](const char* name, const QString& text) {
        auto* b = new QPushButton(text);
        b->setObjectName(name);
        return b;
    };
    draftButton_ = button("reportDraft", tr("Draft"));
    reviewButton_ = button("reportReview", tr("Review"));
    approveButton_ = button("reportApprove", tr("Approve"));
    issueButton_ = button("reportIssue", tr("Issue"));
    saveButton_ = button("reportSavePdf", tr("Save PDF…"));
    auto* bar = section_.actionBar();
    for (QWidget* w :
         std::initializer_list<QWidget*>{versions_, user_, pin_, language_, correction_, draftButton_,
                                         reviewButton_, approveButton_, issueButton_, saveButton_})
        bar->addWidget(w);

    status_ = new QLabel;
    status_->setObjectName("reportStatus");
    status_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    preview_ = new ReportPreview;
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(status_);
    layout->addWidget(preview_, 1);
    section_.extensionArea()->addWidget(this);

    connect(draftButton_, &QPushButton::clicked, this, [this] { draft(); });
    connect(reviewButton_, &QPushButton::clicked, this, [this] { review(); });
    connect(approveButton_, &QPushButton::clicked, this, [this] { approve(); });
    connect(issueButton_, &QPushButton::clicked, this, [this] { issue(); });
    connect(saveButton_, &QPushButton::clicked, this, [this] {
        auto r = currentReport();
        if (!r) return;
        QString path = QFileDialog::getSaveFileName(
            this, tr("Save report"), QString::fromStdString(r->number) + ".pdf", "PDF (*.pdf)");
        if (!path.isEmpty()) savePdf(path);
    });
    connect(&section_, &ReportsSection::sampleSelected, this, [this] {
        fillVersions();
        refresh();
    });
    connect(versions_, &QComboBox::activated, this, [this] { refresh(); });
    fillVersions();
    refresh();
}

void ReportSignOffPanel::fillVersions() {
    QSignalBlocker quiet(versions_);
    versions_->clear();
    auto sample = section_.currentSample();
    if (!sample) return;
    for (const auto& r : listReports(section_.database())) {
        if (r.sampleCode != sample->toStdString()) continue;
        versions_->addItem(QString::fromStdString(r.number) + " v" + QString::number(r.version) + " · " +
                               reportStateText(r.state) + (r.superseded ? tr(" (replaced)") : QString()),
                           QVariant::fromValue<qint64>(r.id));
    }
    versions_->setCurrentIndex(versions_->count() - 1);
}

std::optional<ReportRecord> ReportSignOffPanel::newestReport() const {
    auto sample = section_.currentSample();
    if (!sample) return std::nullopt;
    std::optional<ReportRecord> newest;
    for (auto& r : listReports(section_.database()))
        if (r.sampleCode == sample->toStdString()) newest = r;
    return newest;
}

std::optional<ReportRecord> ReportSignOffPanel::currentReport() const {
    if (!section_.currentSample() || versions_->currentIndex() < 0) return std::nullopt;
    return findReport(section_.database(), versions_->currentData().toLongLong());
}

void ReportSignOffPanel::refresh() {
    auto sample = section_.currentSample();
    auto report = currentReport();
    auto newest = newestReport();
    // Steps act on the newest version; an older one is there to read and save.
    bool isNewest = report && newest && report->id == newest->id;
    auto state = isNewest ? std::optional(report->state) : std::nullopt;
    std::string drift;
    if (report && report->state != ReportState::issued) {
        try {
            drift = reportDrift(section_.database(), sources_, *report);
        } catch (const std::exception& e) {
            drift = e.what();
        }
    }
    draftButton_->setEnabled(sample && (!newest || newest->state == ReportState::issued || !drift.empty()));
    reviewButton_->setEnabled(state == ReportState::draft && drift.empty());
    approveButton_->setEnabled(state == ReportState::reviewed && drift.empty());
    issueButton_->setEnabled(state == ReportState::approved && drift.empty());
    saveButton_->setEnabled(report.has_value());
    if (!sample) {
        status_->setText(tr("Choose a sample."));
        preview_->clear({});
        return;
    }
    Language language = report ? report->language
                               : parseLanguage(language_->currentData().toString().toStdString())
                                     .value_or(Language::zh);
    try {
        // A report shows the document it froze; before a draft, what a draft would freeze.
        ReportContent content = report ? reportContent(section_.database(), *report)
                                       : gatherReportContent(section_.database(), sample->toStdString(),
                                                             sources_, language);
        ReportStamp stamp = report ? stampOf(section_.database(), *report) : ReportStamp{};
        if (!report) stamp.number = tr("(not drafted)").toStdString();
        preview_->show(content, stamp);
    } catch (const std::exception& e) {
        preview_->clear(QString::fromStdString(e.what()));
    }
    if (!report) {
        status_->setStyleSheet({});
        status_->setText(tr("No report yet: draft one."));
        return;
    }
    status_->setStyleSheet(drift.empty() ? QString() : QStringLiteral("color: #b00000; font-weight: bold"));
    QString staleNote = drift.empty() ? QString() : "\n" + tr("Cannot be signed as drafted: %1").arg(QString::fromStdString(drift));
    status_->setText(
        tr("%1 v%2: %3 — drafted by %4, reviewed by %5, approved by %6, issued by %7%8")
            .arg(QString::fromStdString(report->number))
            .arg(report->version)
            .arg(reportStateText(report->state),
                 QString::fromStdString(report->draftedBy),
                 QString::fromStdString(report->reviewedBy.value_or("—")),
                 QString::fromStdString(report->approvedBy.value_or("—")),
                 QString::fromStdString(report->issuedBy.value_or("—")),
                 report->pdfSha256 ? "\nSHA-256 " + QString::fromStdString(*report->pdfSha256)
                                   : QString()) +
        staleNote);
}

std::optional<User> ReportSignOffPanel::signIn() {
    try {
        return authenticate(section_.database(), user_->text().toStdString(),
                            pin_->text().toStdString());
    } catch (const std::exception& e) {
        status_->setText(QString::fromStdString(e.what()));
        return std::nullopt;
    }
}

bool ReportSignOffPanel::act(const std::function<void(const User&)>& step) {
    auto user = signIn();
    pin_->clear();  // every step is signed again
    if (!user) return false;
    try {
        step(*user);
    } catch (const std::exception& e) {
        refresh();
        status_->setText(QString::fromStdString(e.what()));
        return false;
    }
    fillVersions();
    refresh();
    return true;
}

bool ReportSignOffPanel::draft() {
    auto sample = section_.currentSample();
    if (!sample) return false;
    return act([&](const User& u) {
        auto language =
            parseLanguage(language_->currentData().toString().toStdString()).value_or(Language::zh);
        draftReport(section_.database(), sources_, u, sample->toStdString(), language,
                    correction_->text().toStdString());
        correction_->clear();
    });
}

bool ReportSignOffPanel::review() {
    auto r = currentReport();
    return r && act([&](const User& u) { reviewReport(section_.database(), sources_, r->id, u); });
}

bool ReportSignOffPanel::approve() {
    auto r = currentReport();
    return r && act([&](const User& u) { approveReport(section_.database(), sources_, r->id, u); });
}

bool ReportSignOffPanel::issue() {
    auto r = currentReport();
    return r && act([&](const User& u) { issueReport(section_.database(), sources_, r->id, u); });
}

bool ReportSignOffPanel::savePdf(const QString& path) {
    auto r = currentReport();
    if (!r) return false;
    try {
        QByteArray bytes = previewPdf(section_.database(), r->id);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size()) {
            status_->setText(tr("Cannot write %1").arg(path));
            return false;
        }
    } catch (const std::exception& e) {
        status_->setText(QString::fromStdString(e.what()));
        return false;
    }
    return true;
}

ReportSignOffPanel* attachReportSignOff(ReportsSection& section, const std::string& stationFile,
                                        const std::string& profilesDir) {
    ReportSources sources{station::loadStationConfig(stationFile).lab, profilesDir};
    return new ReportSignOffPanel(section, std::move(sources));
}

}  // namespace gasbench::ui
