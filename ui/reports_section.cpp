#include "reports_section.hpp"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include "gasbench/procedures/registry.hpp"
#include "gasbench/storage/measurement_record.hpp"
#include "gasbench/storage/sampling_batch.hpp"
#include "measurement_table.hpp"
#include "verdict_style.hpp"

namespace gasbench::ui {
namespace {

QString procedureTitle(const std::string& id) {
    const auto* p = procedures::findProcedure(id);
    if (!p) return QString::fromStdString(id);
    return QString::fromStdString(QLocale().language() == QLocale::Chinese ? p->titleZh : p->titleEn);
}

}  // namespace

ReportsSection::ReportsSection(storage::Database& db, const std::string& profilesDir, QWidget* parent)
    : QWidget(parent), db_(db), profiles_(profilesDir) {
    setObjectName("reportsSection");
    auto* layout = new QVBoxLayout(this);
    actions_ = new QHBoxLayout;
    summary_ = new QLabel(
        tr("Choose a sample: its runs and measurements are what its report is made from."));
    summary_->setObjectName("reportSummary");
    actions_->addWidget(summary_, 1);
    layout->addLayout(actions_);

    auto* split = new QSplitter(Qt::Horizontal);
    split->setObjectName("reportsSplitter");
    samples_ = new QListWidget;
    samples_->setObjectName("reportSamples");
    auto* right = new QSplitter(Qt::Vertical);
    runs_ = new QTableWidget(0, 6);
    runs_->setObjectName("reportRuns");
    runs_->setHorizontalHeaderLabels({tr("run"), tr("procedure"), tr("standard profile"),
                                      tr("ended (UTC)"), tr("state"), tr("verdict")});
    runs_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    runs_->setSelectionBehavior(QAbstractItemView::SelectRows);
    runs_->setSelectionMode(QAbstractItemView::SingleSelection);
    runs_->horizontalHeader()->setStretchLastSection(true);
    runs_->verticalHeader()->setVisible(false);
    measurements_ = makeMeasurementTable();
    measurements_->setObjectName("reportMeasurements");
    right->addWidget(runs_);
    right->addWidget(measurements_);
    right->setStretchFactor(1, 2);
    split->addWidget(samples_);
    split->addWidget(right);
    split->setStretchFactor(1, 4);
    layout->addWidget(split, 1);
    extension_ = new QVBoxLayout;
    layout->addLayout(extension_);

    connect(samples_, &QListWidget::currentTextChanged, this, [this] {
        if (auto code = currentSample()) showSample(*code);
    });
    connect(runs_, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row < 0 || !runs_->item(row, 0)) return;
        showRun(runs_->item(row, 0)->data(Qt::UserRole).toLongLong());
    });
    reload();
}

void ReportsSection::reload() {
    QString keep = currentSample().value_or(QString());
    samples_->clear();
    for (const auto& b : storage::listSamplingBatches(db_)) {
        for (const auto& s : b.samples) {
            auto* item = new QListWidgetItem(QStringLiteral("%1  %2").arg(
                QString::fromStdString(s.code), QString::fromStdString(b.productName)));
            item->setData(Qt::UserRole, QString::fromStdString(s.code));
            auto runs = storage::listRuns(db_, s.code);
            for (auto it = runs.rbegin(); it != runs.rend(); ++it) {
                if (it->verdict) {
                    item->setBackground(verdictColor(*it->verdict));
                    break;
                }
            }
            samples_->addItem(item);
        }
    }
    if (!keep.isEmpty()) selectSample(keep);
}

std::optional<QString> ReportsSection::currentSample() const {
    if (!samples_->currentItem()) return std::nullopt;
    return samples_->currentItem()->data(Qt::UserRole).toString();
}

std::optional<storage::RunId> ReportsSection::currentRun() const {
    int row = runs_->currentRow();
    if (row < 0 || !runs_->item(row, 0)) return std::nullopt;
    return runs_->item(row, 0)->data(Qt::UserRole).toLongLong();
}

void ReportsSection::selectSample(const QString& code) {
    for (int i = 0; i < samples_->count(); ++i) {
        if (samples_->item(i)->data(Qt::UserRole).toString() == code) {
            samples_->setCurrentRow(i);
            return;
        }
    }
}

void ReportsSection::showSample(const QString& code) {
    auto runs = storage::listRuns(db_, code.toStdString());
    runs_->setRowCount(static_cast<int>(runs.size()));
    for (int r = 0; r < static_cast<int>(runs.size()); ++r) {
        const auto& run = runs[static_cast<std::size_t>(r)];
        QStringList cells{
            QString::number(run.id),
            procedureTitle(run.info.procedureId),
            QString::fromStdString(run.info.profileId + " v" + std::to_string(run.info.profileVersion)),
            QString::fromStdString(run.endedAt.value_or("")),
            runStateText(run.state),
            run.verdict ? verdictText(*run.verdict) : QStringLiteral("—")};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setData(Qt::UserRole, QVariant::fromValue<qlonglong>(run.id));
            if (c == 4) item->setBackground(runStateColor(run.state));
            if (c == 5 && run.verdict) item->setBackground(verdictColor(*run.verdict));
            runs_->setItem(r, c, item);
        }
    }
    runs_->resizeColumnsToContents();
    measurements_->setRowCount(0);
    summary_->setText(tr("Sample %1: %n run(s)", nullptr, static_cast<int>(runs.size())).arg(code));
    emit sampleSelected(code);
    if (!runs.empty()) runs_->selectRow(static_cast<int>(runs.size()) - 1);
}

void ReportsSection::showRun(storage::RunId run) {
    auto record = storage::findRun(db_, run);
    fillMeasurementTable(measurements_, storage::measurementsOfRun(db_, run),
                         record ? profiles_.find(record->info.profileId) : nullptr);
    emit runSelected(run);
}

}  // namespace gasbench::ui
