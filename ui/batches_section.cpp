#include "batches_section.hpp"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "batch_dialog.hpp"
#include "enterprise_dialog.hpp"
#include "gasbench/storage/enterprise.hpp"
#include "gasbench/storage/run_records.hpp"
#include "gasbench/storage/sampling_batch.hpp"
#include "verdict_style.hpp"

namespace gasbench::ui {
namespace {
QTableWidget* makeTable(const QStringList& headers, const char* objectName) {
    auto* t = new QTableWidget(0, static_cast<int>(headers.size()));
    t->setObjectName(objectName);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->setVisible(false);
    return t;
}
}  // namespace

BatchesSection::BatchesSection(storage::Database& db, QString who, QWidget* parent)
    : QWidget(parent), db_(db), who_(std::move(who)) {
    setObjectName("batchesSection");
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    search_ = new QLineEdit;
    search_->setObjectName("batchSearch");
    search_->setPlaceholderText(
        tr("Search: sampling number, sample code, product, enterprise, credit code"));
    search_->setClearButtonEnabled(true);
    auto* addEnterprise = new QPushButton(tr("Register enterprise…"));
    addEnterprise->setObjectName("registerEnterprise");
    auto* addBatch = new QPushButton(tr("Register sampling batch…"));
    addBatch->setObjectName("registerBatch");
    bar->addWidget(search_, 1);
    bar->addWidget(addEnterprise);
    bar->addWidget(addBatch);
    layout->addLayout(bar);

    auto* split = new QSplitter(Qt::Vertical);
    split->setObjectName("batchesSplitter");
    enterprises_ = makeTable({tr("enterprise"), tr("credit code"), tr("province"), tr("address")},
                             "enterpriseTable");
    batches_ = new QTreeWidget;
    batches_->setObjectName("batchTree");
    batches_->setHeaderLabels({tr("sampling number / sample"), tr("category"), tr("product"),
                               tr("producer"), tr("sampling date"), tr("inspection type")});
    batches_->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    runs_ = makeTable({tr("run"), tr("procedure"), tr("profile"), tr("started (UTC)"), tr("state"),
                       tr("verdict")},
                      "sampleRuns");
    split->addWidget(enterprises_);
    split->addWidget(batches_);
    split->addWidget(runs_);
    split->setStretchFactor(1, 3);
    layout->addWidget(split, 1);

    connect(search_, &QLineEdit::textChanged, this, &BatchesSection::applySearch);
    connect(addEnterprise, &QPushButton::clicked, this, &BatchesSection::registerEnterprise);
    connect(addBatch, &QPushButton::clicked, this, &BatchesSection::registerBatch);
    connect(batches_, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (item && item->parent()) showRunsOf(item->data(0, Qt::UserRole).toString());
    });
    reload();
}

void BatchesSection::reload() {
    enterprises_->setRowCount(0);
    std::map<std::int64_t, std::string> names;
    for (const auto& e : storage::listEnterprises(db_)) {
        names[e.id] = e.name;
        int r = enterprises_->rowCount();
        enterprises_->insertRow(r);
        QStringList cells{QString::fromStdString(e.name), QString::fromStdString(e.creditCode),
                          QString::fromStdString(e.province), QString::fromStdString(e.address)};
        for (int c = 0; c < cells.size(); ++c)
            enterprises_->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    enterprises_->resizeColumnsToContents();
    batches_->clear();
    for (const auto& b : storage::listSamplingBatches(db_)) {
        auto* item = new QTreeWidgetItem(
            batches_,
            {QString::fromStdString(b.samplingNumber),
             QString::fromStdString(std::string(storage::productCategoryNameZh(b.category))),
             QString::fromStdString(b.productName + " " + b.brand + " " + b.model),
             QString::fromStdString(names[b.producerId]), QString::fromStdString(b.samplingDate),
             b.inspectionType == storage::InspectionType::supervision ? tr("supervision sampling")
                                                                      : tr("commissioned")});
        for (const auto& s : b.samples) {
            auto runs = storage::listRuns(db_, s.code);
            QString last;
            if (!runs.empty()) {
                const auto& r = runs.back();
                last = r.verdict ? verdictText(*r.verdict) : runStateText(r.state);
            }
            auto* child = new QTreeWidgetItem(
                item, {QString::fromStdString(s.code),
                       s.role == storage::SampleRole::test ? tr("test unit") : tr("backup unit"),
                       tr("%n run(s)", nullptr, static_cast<int>(runs.size())), last});
            child->setData(0, Qt::UserRole, QString::fromStdString(s.code));
            if (!runs.empty() && runs.back().verdict)
                child->setBackground(3, verdictColor(*runs.back().verdict));
        }
    }
    batches_->expandAll();
    applySearch();
}

void BatchesSection::applySearch() {
    QString needle = search_->text().trimmed();
    for (int i = 0; i < batches_->topLevelItemCount(); ++i) {
        QTreeWidgetItem* b = batches_->topLevelItem(i);
        bool batchMatches = needle.isEmpty();
        for (int c = 0; c < b->columnCount(); ++c)
            batchMatches = batchMatches || b->text(c).contains(needle, Qt::CaseInsensitive);
        bool anyChild = false;
        for (int k = 0; k < b->childCount(); ++k) {
            bool m = batchMatches || b->child(k)->text(0).contains(needle, Qt::CaseInsensitive);
            b->child(k)->setHidden(!m);
            anyChild = anyChild || m;
        }
        b->setHidden(!(batchMatches || anyChild));
    }
    for (int r = 0; r < enterprises_->rowCount(); ++r) {
        bool m = needle.isEmpty();
        for (int c = 0; c < enterprises_->columnCount(); ++c) {
            m = m || enterprises_->item(r, c)->text().contains(needle, Qt::CaseInsensitive);
        }
        enterprises_->setRowHidden(r, !m);
    }
}

void BatchesSection::showRunsOf(const QString& sampleCode) {
    auto runs = storage::listRuns(db_, sampleCode.toStdString());
    runs_->setRowCount(static_cast<int>(runs.size()));
    for (int r = 0; r < static_cast<int>(runs.size()); ++r) {
        const auto& run = runs[static_cast<std::size_t>(r)];
        QStringList cells{
            QString::number(run.id),
            QString::fromStdString(run.info.procedureId),
            QString::fromStdString(run.info.profileId + " v" + std::to_string(run.info.profileVersion)),
            QString::fromStdString(run.startedAt),
            runStateText(run.state),
            run.verdict ? verdictText(*run.verdict) : QStringLiteral("—")};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            if (c == 4) item->setBackground(runStateColor(run.state));
            if (c == 5 && run.verdict) item->setBackground(verdictColor(*run.verdict));
            if (c == 4 && run.abortCause) item->setToolTip(QString::fromStdString(*run.abortCause));
            runs_->setItem(r, c, item);
        }
    }
    runs_->resizeColumnsToContents();
}

void BatchesSection::selectSample(const QString& code) {
    for (int i = 0; i < batches_->topLevelItemCount(); ++i) {
        QTreeWidgetItem* b = batches_->topLevelItem(i);
        for (int k = 0; k < b->childCount(); ++k) {
            if (b->child(k)->data(0, Qt::UserRole).toString() == code) {
                batches_->setCurrentItem(b->child(k));
                return;
            }
        }
    }
}

EnterpriseDialog* BatchesSection::registerEnterprise() {
    auto* d = new EnterpriseDialog(db_, who_, this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    connect(d, &QDialog::accepted, this, [this] {
        reload();
        emit recordsChanged();
    });
    d->show();
    return d;
}

BatchDialog* BatchesSection::registerBatch() {
    auto* d = new BatchDialog(db_, who_, this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    connect(d, &QDialog::accepted, this, [this] {
        reload();
        emit recordsChanged();
    });
    d->show();
    return d;
}

}  // namespace gasbench::ui
