#include "batch_dialog.hpp"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

#include "gasbench/storage/enterprise.hpp"
#include "gasbench/storage/sampling_batch.hpp"

namespace gasbench::ui {

BatchDialog::BatchDialog(storage::Database& db, QString who, QWidget* parent)
    : QDialog(parent), db_(db), who_(std::move(who)) {
    setObjectName("batchDialog");
    setWindowTitle(tr("Register a sampling batch"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    auto line = [&](const char* objectName, const QString& label) {
        auto* e = new QLineEdit;
        e->setObjectName(objectName);
        form->addRow(label, e);
        return e;
    };
    number_ = line("samplingNumber", tr("Sampling number"));
    category_ = new QComboBox;
    category_->setObjectName("category");
    for (auto c : storage::allProductCategories()) {
        category_->addItem(
            QString::fromStdString(std::string(storage::productCategoryNameZh(c))) + " (" +
                QString::fromStdString(std::string(storage::productCategoryId(c))) + ")",
            QString::fromStdString(std::string(storage::productCategoryId(c))));
    }
    form->addRow(tr("Product category"), category_);
    product_ = line("productName", tr("Product name"));
    brand_ = line("brand", tr("Brand"));
    model_ = line("model", tr("Model / specification"));
    productionDate_ = line("productionDate", tr("Production date (YYYY-MM-DD)"));
    batchNumber_ = line("batchNumber", tr("or batch number"));
    producer_ = new QComboBox;
    producer_->setObjectName("producer");
    sampledUnit_ = new QComboBox;
    sampledUnit_->setObjectName("sampledUnit");
    for (const auto& e : storage::listEnterprises(db_)) {
        QString label = QString::fromStdString(e.name + "  " + e.creditCode);
        producer_->addItem(label, QVariant::fromValue<qlonglong>(e.id));
        sampledUnit_->addItem(label, QVariant::fromValue<qlonglong>(e.id));
    }
    form->addRow(tr("Producer"), producer_);
    form->addRow(tr("Sampled unit"), sampledUnit_);
    samplingDate_ = new QDateEdit(QDate::currentDate());
    samplingDate_->setObjectName("samplingDate");
    samplingDate_->setDisplayFormat("yyyy-MM-dd");
    samplingDate_->setCalendarPopup(true);
    form->addRow(tr("Sampling date"), samplingDate_);
    samplers_ = line("samplers", tr("Samplers (comma between names)"));
    unitsDrawn_ = new QSpinBox;
    unitsDrawn_->setObjectName("unitsDrawn");
    unitsDrawn_->setRange(1, 1000);
    unitsDrawn_->setValue(2);
    form->addRow(tr("Units drawn"), unitsDrawn_);
    inspection_ = new QComboBox;
    inspection_->setObjectName("inspectionType");
    inspection_->addItem(tr("supervision sampling"), "supervision");
    inspection_->addItem(tr("commissioned"), "commissioned");
    form->addRow(tr("Inspection type"), inspection_);
    backup_ = new QCheckBox(tr("a backup unit was drawn (sample code …-B)"));
    backup_->setObjectName("backupSample");
    backup_->setChecked(true);
    form->addRow(QString(), backup_);
    layout->addLayout(form);
    error_ = new QLabel;
    error_->setObjectName("batchError");
    error_->setStyleSheet("color:#b71c1c;");
    error_->setWordWrap(true);
    layout->addWidget(error_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setObjectName("batchOk");
    connect(buttons, &QDialogButtonBox::accepted, this, &BatchDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void BatchDialog::accept() {
    storage::SamplingBatch b;
    b.samplingNumber = number_->text().trimmed().toStdString();
    b.category = *storage::parseProductCategory(category_->currentData().toString().toStdString());
    b.productName = product_->text().trimmed().toStdString();
    b.brand = brand_->text().trimmed().toStdString();
    b.model = model_->text().trimmed().toStdString();
    if (!productionDate_->text().trimmed().isEmpty())
        b.productionDate = productionDate_->text().trimmed().toStdString();
    if (!batchNumber_->text().trimmed().isEmpty())
        b.batchNumber = batchNumber_->text().trimmed().toStdString();
    if (producer_->currentIndex() < 0 || sampledUnit_->currentIndex() < 0) {
        error_->setText(tr("Register the producer and the sampled unit first."));
        return;
    }
    b.producerId = producer_->currentData().toLongLong();
    b.sampledUnitId = sampledUnit_->currentData().toLongLong();
    b.samplingDate = samplingDate_->date().toString("yyyy-MM-dd").toStdString();
    for (const QString& s :
         samplers_->text().split(QRegularExpression("[,，]"), Qt::SkipEmptyParts)) {
        b.samplers.push_back(s.trimmed().toStdString());
    }
    b.unitsDrawn = unitsDrawn_->value();
    b.inspectionType = inspection_->currentData().toString() == "commissioned"
                           ? storage::InspectionType::commissioned
                           : storage::InspectionType::supervision;
    b.samples.push_back({0, 0, b.samplingNumber + "-T", storage::SampleRole::test});
    if (backup_->isChecked())
        b.samples.push_back({0, 0, b.samplingNumber + "-B", storage::SampleRole::backup});
    try {
        stored_ = storage::addSamplingBatch(db_, b, who_.toStdString());
    } catch (const std::exception& e) {
        error_->setText(QString::fromUtf8(e.what()));
        return;
    }
    QDialog::accept();
}

}  // namespace gasbench::ui
