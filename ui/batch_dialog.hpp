#pragma once
// Registering a sampling batch (抽样单) with its samples: the test unit and, when drawn, the
// backup unit, coded from the sampling number. The storage layer checks the record and names the
// field it refuses; the dialog stays open with that reason.

#include <QDialog>

#include "gasbench/storage/database.hpp"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace gasbench::ui {

class BatchDialog : public QDialog {
    Q_OBJECT
  public:
    BatchDialog(storage::Database& db, QString who, QWidget* parent = nullptr);
    std::int64_t storedId() const { return stored_; }
    void accept() override;

  private:
    storage::Database& db_;
    QString who_;
    QLineEdit* number_ = nullptr;
    QComboBox* category_ = nullptr;
    QLineEdit* product_ = nullptr;
    QLineEdit* brand_ = nullptr;
    QLineEdit* model_ = nullptr;
    QLineEdit* productionDate_ = nullptr;
    QLineEdit* batchNumber_ = nullptr;
    QComboBox* producer_ = nullptr;
    QComboBox* sampledUnit_ = nullptr;
    QDateEdit* samplingDate_ = nullptr;
    QLineEdit* samplers_ = nullptr;
    QSpinBox* unitsDrawn_ = nullptr;
    QComboBox* inspection_ = nullptr;
    QCheckBox* backup_ = nullptr;
    QLabel* error_ = nullptr;
    std::int64_t stored_ = 0;
};

}  // namespace gasbench::ui
